//! Ebb in Spanish and German through the real `ebb` (SPEC §11): `--help`, every kind of error
//! line, the report in every form, and the language chosen in Settings. A word of the English
//! catalogue that the other language never uses, found in its output, is a word left untranslated.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use common::*;
use ebb::i18n::{self, Lang};
use serde_json::{Value, json};

/// Every word the messages of one language's catalogues hold (not comments, ids or variables).
fn catalogue_words(code: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(code);
    let mut words = BTreeSet::new();
    for f in std::fs::read_dir(&dir).unwrap() {
        let text = std::fs::read_to_string(f.unwrap().path()).unwrap();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let value = match line.split_once(" = ") {
                Some((id, v)) if !id.starts_with(' ') => v,
                _ => line,
            };
            // Leave out `{ $variables }` and selector keys such as `[one]`.
            let mut clean = String::new();
            let mut depth = 0;
            for c in value.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ if depth > 0 => {}
                    _ => clean.push(c),
                }
            }
            if clean.trim_start().starts_with('[') || clean.trim_start().starts_with("*[") {
                clean = clean.split_once(']').map(|(_, r)| r.to_owned()).unwrap_or_default();
            }
            words.extend(words_of(&clean));
        }
    }
    words
}

fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// English words (three letters or more) the other language's catalogues never use.
fn english_only(code: &str) -> BTreeSet<String> {
    let other = catalogue_words(code);
    catalogue_words("en").into_iter().filter(|w| w.chars().count() >= 3 && !other.contains(w)).collect()
}

/// The English-only words in `text`, apart from the ones the caller expects (names, user text).
fn english_left(text: &str, english: &BTreeSet<String>, allowed: &[&str]) -> Vec<String> {
    let mut allowed: BTreeSet<String> = allowed.iter().flat_map(|a| words_of(a)).collect();
    // Names of things in a file or on the command line: `entries[0].date`, `--from`, `shut_down`.
    let named =
        text.split_whitespace().filter(|t| t.contains(['[', '.', '_', '`', '-']) && !t.ends_with('.'));
    allowed.extend(named.flat_map(words_of));
    let left: BTreeSet<String> =
        words_of(text).into_iter().filter(|w| english.contains(w) && !allowed.contains(w)).collect();
    left.into_iter().collect()
}

/// The commands' names, which are the same in every language.
const COMMANDS: &str = "init write episode session list search export patterns report import passwd rekey \
    recovery-key recover backup verify show edit delete practice checkin sync status add end help";

const OTHER: [(&str, &str); 2] = [("de", "de_DE.UTF-8"), ("es", "es_ES.UTF-8")];

fn lang(code: &str) -> Lang {
    Lang::parse(code).unwrap()
}

#[test]
fn help_is_in_the_system_language_with_no_english_heading_or_sentence() {
    let s = Scratch::new();
    for (code, locale) in OTHER {
        let english = english_only(code);
        for args in
            [&["--help"][..], &["report", "--help"], &["practice", "add", "--help"], &["episode", "--help"]]
        {
            let out = s.ebb_env(args, &[("LANG", locale)]).ok();
            let usage = i18n::message_in(lang(code), "cli-heading-usage", &[]);
            assert!(out.contains(&usage), "{code} {args:?}: {out}");
            assert!(!out.contains("Usage:") && !out.contains("Options:"), "{code} {args:?}: {out}");
            // Commands and options are named the same in every language.
            let options: Vec<&str> = out.split_whitespace().filter(|w| w.starts_with("--")).collect();
            let left = english_left(&out, &english, &[COMMANDS, &options.join(" ")]);
            assert!(left.is_empty(), "{code} {args:?}: English left: {left:?}\n{out}");
        }
        // LC_ALL wins over LANG, and LC_MESSAGES over LANG (SPEC §11).
        let en = s.ebb_env(&["--help"], &[("LANG", locale), ("LC_ALL", "en_GB.UTF-8")]).ok();
        assert!(en.contains("Usage:"), "{en}");
        let by_messages = s.ebb_env(&["--help"], &[("LANG", "en_GB.UTF-8"), ("LC_MESSAGES", locale)]).ok();
        assert!(
            by_messages.contains(&i18n::message_in(lang(code), "cli-heading-usage", &[])),
            "{by_messages}"
        );
    }
}

/// A command's arguments, and the environment it needs beyond the passphrase.
type Failure = (Vec<String>, Vec<(&'static str, String)>);

/// Failing commands of every kind: each must say its one line in the language asked for.
fn failures(s: &Scratch) -> Vec<Failure> {
    let bad_json = s
        .write_file("bad.json", "{\"format\": \"ebb-export\", \"version\": 1, \"entries\": [{\"date\": 5}]}");
    let garbage = s.write_file("garbage.ebb", "this is not a journal, only words");
    let missing = s.path("nowhere").join("journal.ebb");
    let a = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
    vec![
        (a(&["frobnicate"]), vec![]),
        (a(&["episode", "--kind", "sideways", "--actor", "me"]), vec![]),
        (a(&["write", "x", "--mood", "9"]), vec![]),
        (a(&["list", "--last", "many"]), vec![]),
        (a(&["report", "--since-last-session", "--from", "2026-11-01"]), vec![]),
        (a(&["report", "--from", "2026-13-01"]), vec![]),
        (a(&["report", "--from", "2026-11-10", "--to", "2026-11-01"]), vec![]),
        (a(&["report", "--language", "xx"]), vec![]),
        (a(&["episode", "--kind", "pull_away", "--actor", "me", "--at", "tomorrow-ish"]), vec![]),
        (
            a(&[
                "episode",
                "--kind",
                "pull_away",
                "--actor",
                "me",
                "--at",
                "2026-11-10 20:00",
                "--reconnected-at",
                "2026-11-10 19:00",
            ]),
            vec![],
        ),
        (a(&["show", "00000000-0000-4000-8000-000000000099"]), vec![]),
        (a(&["import", bad_json.to_str().unwrap()]), vec![]),
        (a(&["import", s.path("absent.json").to_str().unwrap()]), vec![]),
        (a(&["init"]), vec![]),
        (a(&["list"]), vec![("EBB_PASSPHRASE", "not the passphrase".to_owned())]),
        (a(&["--journal", garbage.to_str().unwrap(), "list"]), vec![]),
        (a(&["--journal", missing.to_str().unwrap(), "list"]), vec![]),
        (a(&["practice", "end", "00000000-0000-4000-8000-000000000099"]), vec![]),
        (a(&["checkin", "not-an-id", "--done", "yes"]), vec![]),
    ]
}

#[test]
fn every_kind_of_error_line_is_in_the_system_language() {
    let s = Scratch::with_journal();
    for (code, locale) in OTHER {
        let english = english_only(code);
        for (args, extra) in failures(&s) {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let mut english_env: Vec<(&str, &str)> = vec![("EBB_PASSPHRASE", PASS)];
            english_env.extend(extra.iter().map(|(k, v)| (*k, v.as_str())));
            let mut env = english_env.clone();
            env.push(("LANG", locale));
            let english_run = s.ebb_env(&args, &english_env);
            let theirs = s.ebb_env(&args, &env);
            assert_eq!(
                theirs.code, english_run.code,
                "{code} {args:?}: the exit code never changes with the language"
            );
            assert_ne!(english_run.code, 0, "{args:?} fails");
            let err = theirs.fails(english_run.code);
            let line = err.lines().find(|l| l.starts_with("ebb: ")).unwrap().to_owned();
            let en_line =
                english_run.stderr.lines().find(|l| l.starts_with("ebb: ")).unwrap_or("").to_owned();
            assert_ne!(line, en_line, "{code} {args:?}: the same line as in English");
            let paths = [s.dir.path().to_str().unwrap()];
            let left = english_left(&line, &english, &[&args.join(" "), paths[0]]);
            assert!(left.is_empty(), "{code} {args:?}: English left: {left:?}\n{line}");
        }
    }
}

/// The digits of a document, in order of appearance: what a reader compares between two copies.
fn numbers(doc: &str) -> Vec<String> {
    let mut out: Vec<String> =
        doc.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty()).map(str::to_owned).collect();
    out.sort();
    out
}

fn ep(n: u32, at: &str, kind: &str, actor: &str, extra: Value) -> Value {
    let mut v = json!({"id": format!("00000000-0000-4000-8000-{n:012}"), "occurred_at": at, "kind": kind,
        "actor": actor, "created_at": at, "updated_at": at});
    for (k, x) in extra.as_object().unwrap() {
        v[k] = x.clone();
    }
    v
}

/// A journal whose report has something in every section, with settings in `language`.
fn journal(language: Option<&str>) -> Scratch {
    let s = Scratch::with_journal();
    let mut episodes = vec![];
    for (i, day) in (10..28).enumerate() {
        let i = u32::try_from(i).unwrap();
        let (kind, actor) = if i % 2 == 0 { ("pull_away", "partner") } else { ("pursuit", "me") };
        episodes.push(ep(
            i + 1,
            &format!("2026-11-{day}T20:00:00+01:00"),
            kind,
            actor,
            json!({
                "intensity": (i % 10), "reconnected_at": format!("2026-11-{day}T2{}:30:00+01:00", 1 + i % 3),
                "behaviors": [if i % 2 == 0 { "shut_down" } else { "chased" }], "responses": ["self_soothed"],
                "repairs": ["talked_it_through"], "trigger": if i % 3 == 0 { "Pläne" } else { "Nachricht" },
                "for_therapy": i % 7 == 0,
            }),
        ));
    }
    episodes.push(ep(90, "2026-10-20T20:00:00+01:00", "pull_away", "partner", json!({"intensity": 9})));
    let doc = json!({
        "format": "ebb-export", "version": 2, "exported_at": "2026-12-01T09:00:00+01:00",
        "entries": (1..9).map(|d| json!({"id": format!("10000000-0000-4000-8000-{d:012}"), "date": format!("2026-11-1{d}"),
            "text": "…", "mood": 1 + d % 5, "closeness": d, "safety": 10 - d, "for_therapy": d == 3,
            "created_at": format!("2026-11-1{d}T21:00:00+01:00"), "updated_at": format!("2026-11-1{d}T21:00:00+01:00")})).collect::<Vec<_>>(),
        "episodes": episodes,
        "sessions": [{"id": "20000000-0000-4000-8000-000000000001", "date": "2026-11-20", "homework": "…",
            "created_at": "2026-11-20T18:00:00+01:00", "updated_at": "2026-11-20T18:00:00+01:00"}],
        "settings": {"partner_name": "Sam", "auto_lock_minutes": 5, "language": language},
    });
    let f = s.write_file("in.json", &doc.to_string());
    s.ebb(&["import", f.to_str().unwrap()]).ok();
    s
}

const RANGE: [&str; 4] = ["--from", "2026-11-10", "--to", "2026-12-07"];

#[test]
fn the_report_in_every_language_says_the_numbers_of_the_json() {
    let s = journal(None);
    let report = |format: &str, language: &str| {
        let mut a = vec!["report", "--format", format, "--language", language];
        a.extend(RANGE);
        s.ebb(&a).ok()
    };
    let json_en = report("json", "en");
    let r: Value = serde_json::from_str(&json_en).unwrap();
    let t = &r["patterns"]["totals"];
    let total: u64 = ["pull_away", "pursuit"]
        .iter()
        .flat_map(|k| ["me", "partner"].map(|a| t[k][a].as_u64().unwrap()))
        .sum();
    assert_eq!(total, 18, "{json_en}");
    let mut by_lang = BTreeMap::new();
    for code in ["en", "es", "de"] {
        assert_eq!(report("json", code), json_en, "{code}: the JSON never changes with the language");
        for format in ["markdown", "html"] {
            let doc = report(format, code);
            let body = if format == "html" { html_text(&doc) } else { doc.clone() };
            // Every count of the JSON is in the document, and the document holds the same
            // numbers in every language: dates, counts, medians and percentages alike.
            for n in
                [total, t["pull_away"]["partner"].as_u64().unwrap(), t["pursuit"]["me"].as_u64().unwrap()]
            {
                assert!(numbers(&body).contains(&n.to_string()), "{code} {format}: {n} missing\n{body}");
            }
            by_lang.insert((format, code), numbers(&body));
            if code != "en" {
                let left = english_left(&body, &english_only(code), &["Sam", "Pläne", "Nachricht", "Ebb"]);
                assert!(left.is_empty(), "{code} {format}: English left: {left:?}\n{body}");
            }
        }
    }
    for format in ["markdown", "html"] {
        for code in ["es", "de"] {
            assert_eq!(
                by_lang[&(format, code)],
                by_lang[&(format, "en")],
                "{code} {format}: other numbers than English"
            );
        }
    }
    let de = report("markdown", "de");
    assert!(de.contains("10. November – 7. Dezember 2026"), "German dates: {de}");
    let es = report("markdown", "es");
    assert!(es.contains("10 de noviembre"), "Spanish dates: {es}");
}

/// The words a person reads in an HTML page: no tags, no style sheet.
fn html_text(html: &str) -> String {
    let body = html.split_once("</style>").map_or(html, |(_, b)| b);
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    // The entities the template writes for quotes and markup, as a reader sees them.
    for (entity, c) in [("&#x27;", "'"), ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
        out = out.replace(entity, c);
    }
    out
}

#[test]
fn the_language_in_settings_wins_over_the_system_once_the_journal_is_open() {
    let s = journal(Some("de"));
    // The system says Spanish; the journal's Settings say German.
    let env = [("EBB_PASSPHRASE", PASS), ("LANG", "es_ES.UTF-8")];
    let mut a = vec!["report", "--format", "markdown"];
    a.extend(RANGE);
    let md = s.ebb_env(&a, &env).ok();
    assert!(md.contains("Dezember"), "{md}");
    let list = s.ebb_env(&["list"], &env).ok();
    let english = english_only("de");
    let left = english_left(&list, &english, &["Sam", "Pläne", "Nachricht", "shut_down", "chased", "…"]);
    assert!(left.is_empty(), "English left in `ebb list`: {left:?}\n{list}");
    // Every command speaks it, not only those that read all the records.
    let write = s.ebb_env(&["write", "…", "--date", "2026-11-30"], &env);
    let said = format!("{}{}", write.stdout, write.stderr);
    let de = |id: &str, args: &[(&str, i18n::Arg)]| i18n::message_in(lang("de"), id, args);
    assert!(said.contains(&de("cli-msg-saved-entry", &[("date", "2026-11-30".into())])), "{said}");
    let missing = s.ebb_env(&["show", "00000000-0000-4000-8000-000000000099"], &env);
    assert_ne!(missing.code, 0);
    let missing = missing.stderr;
    assert!(
        missing.contains(&de("error-not-found", &[("id", "00000000-0000-4000-8000-000000000099".into())])),
        "{missing}"
    );
    // Before the journal is open only the system's language is known: a wrong passphrase is
    // said in Spanish.
    let err = s.ebb_env(&["list"], &[("EBB_PASSPHRASE", "wrong one"), ("LANG", "es_ES.UTF-8")]).fails(3);
    assert!(err.contains(&i18n::with_lang(lang("es"), || ebb::Error::WrongPassphrase.to_string())), "{err}");
    // And a report can still be asked for in another language than the journal's.
    a.extend(["--language", "es"]);
    assert!(s.ebb_env(&a, &env).ok().contains("diciembre"));
}

#[test]
fn the_app_speaks_the_settings_language_and_keeps_it_after_lock() {
    use ebb::app::{App, LockState, Passphrase};
    // This process's language is the system's (C: English) until a journal says otherwise.
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(dir.path().join("journal.ebb"));
    app.create(Passphrase::new("pass words here".into())).unwrap();
    assert_eq!(app.status().language, i18n::from_env().code());
    let mut settings = app.settings().unwrap();
    settings.language = Some("de".into());
    app.save_settings(settings).unwrap();
    assert_eq!(app.status().language, "de");
    assert_eq!(i18n::current().code(), "de", "the core's own messages are German from now on");
    app.lock();
    let locked = app.status();
    assert_eq!(locked.state, LockState::Locked);
    assert_eq!(locked.language, "de", "the unlock screen keeps the language spoken before the lock");
    let err = app.unlock(Passphrase::new("not these words".into())).unwrap_err().to_string();
    assert_eq!(err, i18n::message_in(lang("de"), "error-wrong-passphrase", &[]));
    // A language that is not one of the catalogues is refused, and nothing changes.
    app.unlock(Passphrase::new("pass words here".into())).unwrap();
    let mut settings = app.settings().unwrap();
    settings.language = Some("fr".into());
    assert!(app.save_settings(settings).is_err());
    assert_eq!(app.settings().unwrap().language.as_deref(), Some("de"));
    // Back to the system's language.
    let mut settings = app.settings().unwrap();
    settings.language = None;
    app.save_settings(settings).unwrap();
    assert_eq!(app.status().language, i18n::from_env().code());
}
