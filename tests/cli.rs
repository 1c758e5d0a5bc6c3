//! The `ebb` command line as a user drives it (SPEC §4): every command, exit codes, and the
//! guarantee that a failed command leaves the journal as it was.

mod common;

use common::*;
use serde_json::{Value, json};
use std::os::unix::fs::PermissionsExt;

const ODD: &str = "Zero\u{200b}width, RTL \u{202e}txet, e\u{301} vs \u{e9}, 👩‍❤️‍👨, tab\t, «quotes» \"q\" \\ and <script>alert(1)</script> **md**";

fn episode_args<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["episode", "--kind", "pull_away", "--actor", "partner"];
    v.extend_from_slice(extra);
    v
}

#[test]
fn init_shows_the_recovery_key_alone_on_one_line() {
    let s = Scratch::new();
    let out = s.ebb(&["init"]).ok();
    let lines: Vec<_> = out.lines().collect();
    assert_eq!(lines.len(), 1, "{out}");
    assert_eq!(lines[0].split('-').count(), 13, "{out}");
    let mode = std::fs::metadata(s.journal()).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn init_can_write_the_key_to_a_private_file_and_never_overwrites_a_journal() {
    let s = Scratch::new();
    let key = s.path("key.txt");
    let out = s.ebb(&["init", "--recovery-key-file", key.to_str().unwrap()]).ok();
    assert!(out.is_empty(), "nothing on stdout when the key goes to a file: {out}");
    assert_eq!(std::fs::metadata(&key).unwrap().permissions().mode() & 0o777, 0o600);
    s.ebb(&["write", "keep me"]).ok();
    let before = std::fs::read(s.journal()).unwrap();
    let err = s.ebb(&["init"]).fails(1);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read(s.journal()).unwrap(), before);
    assert_eq!(s.export()["entries"][0]["text"], "keep me");
}

#[test]
fn every_field_round_trips_with_odd_unicode_and_markup() {
    let s = Scratch::with_journal();
    s.ebb(&[
        "write",
        ODD,
        "--date",
        "2026-11-23",
        "--mood",
        "1",
        "--closeness",
        "0",
        "--safety",
        "10",
        "--tag",
        ODD,
        "--tag",
        "work",
        "--for-therapy",
    ])
    .ok();
    s.ebb(&episode_args(&[
        "--at",
        "2026-11-22T21:15:00+01:00",
        "--reconnected-at",
        "2026-11-23T08:00:00+01:00",
        "--return-at",
        "2026-11-22T21:35:00+01:00",
        "--repair",
        "talked_it_through",
        "--repair",
        "our_own_repair",
        "--trigger",
        ODD,
        "--behavior",
        "shut_down",
        "--behavior",
        "my_own_code",
        "--intensity",
        "10",
        "--response",
        "named_the_pattern",
        "--feeling",
        ODD,
        "--story",
        ODD,
        "--need",
        ODD,
        "--next-time",
        ODD,
        "--notes",
        ODD,
        "--tag",
        "x",
        "--for-therapy",
    ]))
    .ok();
    s.ebb(&["session", "--date", "2026-11-20", "--notes", ODD, "--homework", ODD]).ok();

    let e = s.export();
    assert_eq!(e["format"], "ebb-export");
    assert_eq!(e["version"], 2);
    let entry = &e["entries"][0];
    assert_eq!(entry["text"], ODD);
    assert_eq!(entry["date"], "2026-11-23");
    assert_eq!(
        (entry["mood"].clone(), entry["closeness"].clone(), entry["safety"].clone()),
        (json!(1), json!(0), json!(10))
    );
    assert_eq!(entry["tags"], json!([ODD, "work"]));
    assert_eq!(entry["for_therapy"], true);
    let ep = &e["episodes"][0];
    assert_eq!(ep["occurred_at"], "2026-11-22T21:15:00+01:00");
    assert_eq!(ep["reconnected_at"], "2026-11-23T08:00:00+01:00");
    assert_eq!(ep["return_at"], "2026-11-22T21:35:00+01:00");
    assert_eq!(ep["repairs"], json!(["talked_it_through", "our_own_repair"]));
    assert_eq!((ep["kind"].as_str(), ep["actor"].as_str()), (Some("pull_away"), Some("partner")));
    for f in ["trigger", "story", "need", "next_time", "notes"] {
        assert_eq!(ep[f], ODD, "{f}");
    }
    assert_eq!(ep["feelings"], json!([ODD]));
    assert_eq!(ep["behaviors"], json!(["shut_down", "my_own_code"]));
    assert_eq!(ep["responses"], json!(["named_the_pattern"]));
    assert_eq!(ep["intensity"], 10);
    assert_eq!(ep["for_therapy"], true);
    let se = &e["sessions"][0];
    assert_eq!((se["notes"].as_str(), se["homework"].as_str()), (Some(ODD), Some(ODD)));
    assert_eq!(e["settings"]["auto_lock_minutes"], 5);
}

#[test]
fn write_always_adds_and_keeps_text_exactly() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "  same day  ", "--date", "2026-11-01"]).ok();
    s.ebb(&["write", "  same day  ", "--date", "2026-11-01"]).ok();
    let e = s.export();
    let entries = e["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2, "several entries may share a date");
    assert!(entries.iter().all(|x| x["text"] == "  same day  "));
    assert_ne!(entries[0]["id"], entries[1]["id"]);
}

#[test]
fn wrong_passphrase_is_exit_3_and_changes_nothing() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "hello"]).ok();
    let before = rows(&s.journal());
    let err = s.ebb_env(&["write", "intruder"], &[("EBB_PASSPHRASE", "not it")]).fails(3);
    assert!(err.contains("passphrase"), "{err}");
    assert_eq!(rows(&s.journal()), before);
    // The passphrase file route, with a trailing newline as editors leave it.
    let f = s.write_file("pass.txt", &format!("{PASS}\n"));
    let r = s.ebb_env(&["list", "--json", "--passphrase-file", f.to_str().unwrap()], &[]);
    assert_eq!(r.json().as_array().unwrap().len(), 1);
}

#[test]
fn no_passphrase_and_no_terminal_is_a_clear_usage_error() {
    let s = Scratch::with_journal();
    let err = s.ebb_env(&["list"], &[]).fails(2);
    assert!(err.contains("--passphrase-file"), "{err}");
}

#[test]
fn bad_usage_is_exit_2_with_one_line() {
    let s = Scratch::with_journal();
    for args in [
        vec!["write", "x", "--mood", "6"],
        vec!["write", "x", "--date", "23/11/2026"],
        vec!["episode", "--kind", "sulk", "--actor", "me"],
        vec!["episode", "--kind", "pursuit"],
        vec!["episode", "--kind", "pursuit", "--actor", "me", "--intensity", "11"],
        vec!["episode", "--kind", "pursuit", "--actor", "me", "--behavior", "Shut Down"],
        vec![
            "episode",
            "--kind",
            "pursuit",
            "--actor",
            "me",
            "--at",
            "2026-11-22T10:00:00Z",
            "--reconnected-at",
            "2026-11-22T09:00:00Z",
        ],
        vec!["episode", "--kind", "pursuit", "--actor", "me", "--tag", ""],
        vec!["list", "--from", "2026-12-01", "--to", "2026-11-01"],
        vec!["frobnicate"],
    ] {
        let err = s.ebb(&args).fails(2);
        assert!(err.len() < 400, "{err}");
    }
    assert_eq!(s.export()["episodes"], json!([]), "nothing was written");
}

#[test]
fn help_explains_the_commands() {
    let s = Scratch::new();
    let out = s.ebb(&["--help"]).ok();
    for word in [
        "init",
        "write",
        "episode",
        "session",
        "list",
        "search",
        "export",
        "import",
        "passwd",
        "recover",
        "backup",
        "verify",
        "EBB_PASSPHRASE",
        "Exit codes",
    ] {
        assert!(out.contains(word), "help lacks {word}: {out}");
    }
    let out = s.ebb(&["episode", "--help"]).ok();
    assert!(out.contains("pull_away") && out.contains("--reconnected-at"), "{out}");
}

#[test]
fn list_is_newest_first_with_ranges_and_last() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "first", "--date", "2026-11-01"]).ok();
    s.ebb(&episode_args(&["--at", "2026-11-02T09:00:00+01:00", "--trigger", "second"])).ok();
    s.ebb(&["session", "--date", "2026-11-03", "--notes", "third"]).ok();
    let all = s.ebb(&["list", "--json"]).json();
    let types: Vec<_> =
        all.as_array().unwrap().iter().map(|r| r["type"].as_str().unwrap().to_owned()).collect();
    assert_eq!(types, ["session", "episode", "entry"]);
    let last = s.ebb(&["list", "--json", "--last", "1"]).json();
    assert_eq!(last[0]["notes"], "third");
    let mid = s.ebb(&["list", "--json", "--from", "2026-11-02", "--to", "2026-11-02"]).json();
    assert_eq!(mid.as_array().unwrap().len(), 1);
    assert_eq!(mid[0]["trigger"], "second");
    let human = s.ebb(&["list"]).ok();
    let lines: Vec<_> = human.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].starts_with("2026-11-03") && lines[2].starts_with("2026-11-01"), "{human}");
}

#[test]
fn search_finds_text_in_any_field_ignoring_case() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "A quiet Évening walk"]).ok();
    s.ebb(&episode_args(&["--need", "to feel ÉVENING calm"])).ok();
    s.ebb(&["session", "--homework", "nothing related"]).ok();
    let found = s.ebb(&["search", "évening", "--json"]).json();
    assert_eq!(found.as_array().unwrap().len(), 2);
    assert_eq!(s.ebb(&["search", "absent words", "--json"]).json(), json!([]));
}

#[test]
fn export_formats_and_private_output_file() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "text with, comma", "--date", "2026-11-01"]).ok();
    s.ebb(&episode_args(&["--at", "2026-11-02T21:15:00+01:00", "--trigger", "late plans"])).ok();
    let md = s.ebb(&["export", "--format", "markdown"]).ok();
    assert!(
        md.contains("# Ebb journal") && md.contains("late plans") && md.contains("text with, comma"),
        "{md}"
    );
    let csv = s.ebb(&["export", "--format", "csv"]).ok();
    assert!(csv.starts_with("type,id,date,"), "{csv}");
    assert!(csv.contains("\"text with, comma\""), "{csv}");
    assert_eq!(csv.lines().count(), 3);
    let out = s.path("out.json");
    let r = s.ebb(&["export", "-o", out.to_str().unwrap(), "--from", "2026-11-02"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("not encrypted"));
    assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);
    let doc: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(doc["entries"], json!([]));
    assert_eq!(doc["episodes"].as_array().unwrap().len(), 1);
}

#[test]
fn passphrase_change_reseals_only_the_key() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "one"]).ok();
    s.ebb(&["session", "--notes", "two"]).ok();
    let before = rows(&s.journal());
    s.ebb_env(&["passwd"], &[("EBB_PASSPHRASE", PASS), ("EBB_NEW_PASSPHRASE", "a new one")]).ok();
    assert_eq!(rows(&s.journal()), before, "records are byte-for-byte the same");
    s.ebb(&["list"]).fails(3);
    let r = s.ebb_env(&["list", "--json"], &[("EBB_PASSPHRASE", "a new one")]);
    assert_eq!(r.json().as_array().unwrap().len(), 2);
    // An empty new passphrase is refused.
    s.ebb_env(&["passwd"], &[("EBB_PASSPHRASE", "a new one"), ("EBB_NEW_PASSPHRASE", "")]).fails(2);
}

#[test]
fn recovery_key_sets_a_new_passphrase() {
    let s = Scratch::new();
    let key = s.path("key.txt");
    s.ebb(&["init", "--recovery-key-file", key.to_str().unwrap()]).ok();
    s.ebb(&["write", "remember me"]).ok();
    let newpass = s.write_file("new.txt", "fresh start\n");
    s.ebb_env(
        &[
            "recover",
            "--recovery-key-file",
            key.to_str().unwrap(),
            "--new-passphrase-file",
            newpass.to_str().unwrap(),
        ],
        &[],
    )
    .ok();
    s.ebb(&["list"]).fails(3);
    let r = s.ebb_env(&["list", "--json"], &[("EBB_PASSPHRASE", "fresh start")]);
    assert_eq!(r.json()[0]["text"], "remember me");

    // A key with one character changed, a malformed key, and another journal's key: all exit 3.
    let good = std::fs::read_to_string(&key).unwrap();
    let mut chars: Vec<char> = good.trim().chars().collect();
    chars[0] = if chars[0] == 'A' { 'B' } else { 'A' };
    let altered = s.write_file("altered.txt", &chars.iter().collect::<String>());
    let malformed = s.write_file("malformed.txt", "not a key at all");
    let other = Scratch::new();
    let other_key = other.path("k");
    other.ebb(&["init", "--recovery-key-file", other_key.to_str().unwrap()]).ok();
    for k in [altered, malformed, other_key] {
        let err = s
            .ebb_env(&["recover", "--recovery-key-file", k.to_str().unwrap()], &[("EBB_NEW_PASSPHRASE", "x")])
            .fails(3);
        assert!(err.contains("recovery key"), "{err}");
    }
}

#[test]
fn backup_opens_with_the_same_passphrase() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "backed up"]).ok();
    let copy = s.path("copy.ebb");
    s.ebb(&["backup", copy.to_str().unwrap()]).ok();
    assert_eq!(std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777, 0o600);
    let r = s.ebb(&["--journal", copy.to_str().unwrap(), "list", "--json"]);
    assert_eq!(r.json()[0]["text"], "backed up");
    // Never overwrites.
    let err = s.ebb(&["backup", copy.to_str().unwrap()]).fails(1);
    assert!(err.contains("already exists"), "{err}");
}

#[test]
fn unlock_makes_one_daily_backup() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "a"]).ok();
    s.ebb(&["write", "b"]).ok();
    let backups: Vec<_> = files_below(&s.path("backups"));
    assert_eq!(backups.len(), 1, "{backups:?}");
    let name = backups[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("journal-") && name.ends_with(".ebb"), "{name}");
    let r = s.ebb(&["--journal", backups[0].to_str().unwrap(), "verify"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn verify_reports_a_tampered_record_by_id_and_the_rest_still_read() {
    let s = Scratch::with_journal();
    for t in ["one", "two", "three"] {
        s.ebb(&["write", t]).ok();
    }
    assert_eq!(s.ebb(&["verify"]).json()["ok"], true);
    let victim = rows(&s.journal())[1].clone();
    let mut ct = victim.3.clone();
    ct[20] ^= 0x01;
    raw(&s.journal())
        .execute("UPDATE records SET ciphertext = ?1 WHERE id = ?2", rusqlite::params![ct, victim.0])
        .unwrap();
    let id = uuid_of(&victim.0);

    let r = s.ebb(&["verify"]);
    let report = r.json();
    let err = r.fails(4);
    assert!(err.contains(&id), "{err}");
    assert_eq!(report["damaged"], json!([id]));

    let r = s.ebb(&["list", "--json"]);
    assert_eq!(r.json().as_array().unwrap().len(), 2, "the two good records still list");
    assert!(r.fails(4).contains(&id));
    let r = s.ebb(&["export"]);
    assert_eq!(r.json()["entries"].as_array().unwrap().len(), 2);
    r.fails(4);
}

#[test]
fn swapped_ciphertexts_are_both_reported() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "one"]).ok();
    s.ebb(&["write", "two"]).ok();
    let r = rows(&s.journal());
    let c = raw(&s.journal());
    for (from, to) in [(&r[0], &r[1]), (&r[1], &r[0])] {
        c.execute(
            "UPDATE records SET nonce = ?1, ciphertext = ?2 WHERE id = ?3",
            rusqlite::params![from.2, from.3, to.0],
        )
        .unwrap();
    }
    drop(c);
    let err = s.ebb(&["verify"]).fails(4);
    assert!(err.contains(&uuid_of(&r[0].0)) && err.contains(&uuid_of(&r[1].0)), "{err}");
}

#[test]
fn a_row_from_another_journal_is_reported() {
    let a = Scratch::with_journal();
    let b = Scratch::with_journal();
    a.ebb(&["write", "mine"]).ok();
    b.ebb(&["write", "theirs"]).ok();
    let foreign = rows(&b.journal())[0].clone();
    raw(&a.journal())
        .execute(
            "INSERT INTO records VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![foreign.0, foreign.1, foreign.2, foreign.3],
        )
        .unwrap();
    let err = a.ebb(&["verify"]).fails(4);
    assert!(err.contains(&uuid_of(&foreign.0)), "{err}");
}

#[test]
fn a_deleted_row_is_reported() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "one"]).ok();
    s.ebb(&["write", "two"]).ok();
    let gone = rows(&s.journal())[0].0.clone();
    raw(&s.journal()).execute("DELETE FROM records WHERE id = ?1", [gone]).unwrap();
    let err = s.ebb(&["verify"]).fails(4);
    assert!(err.contains("deleted"), "{err}");
    s.ebb(&["list"]).fails(4);
}

#[test]
fn an_older_version_put_back_is_reported() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "one"]).ok();
    let old = rows(&s.journal())[0].clone();
    // Re-importing the record with a newer updated_at makes version 2.
    let mut doc = s.export();
    doc["entries"][0]["text"] = json!("one, edited");
    doc["entries"][0]["updated_at"] = json!("2099-01-01T00:00:00Z");
    let f = s.write_file("edit.json", &doc.to_string());
    assert_eq!(s.ebb(&["import", f.to_str().unwrap()]).json()["updated"], 1);
    assert_eq!(rows(&s.journal())[0].1, 2);
    raw(&s.journal())
        .execute(
            "UPDATE records SET version = ?1, nonce = ?2, ciphertext = ?3 WHERE id = ?4",
            rusqlite::params![old.1, old.2, old.3, old.0],
        )
        .unwrap();
    let err = s.ebb(&["verify"]).fails(4);
    assert!(err.contains("rolled back"), "{err}");
}

#[test]
fn damaged_files_are_told_apart_from_wrong_passphrases() {
    // Not a journal at all.
    let s = Scratch::new();
    s.write_file("journal.ebb", "just some notes, not a database\n");
    let err = s.ebb(&["list"]).fails(4);
    assert!(err.contains("not an Ebb journal"), "{err}");
    // An SQLite file of some other program.
    let s = Scratch::new();
    raw(&s.journal()).execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);").unwrap();
    assert!(s.ebb(&["list"]).fails(4).contains("not an Ebb journal"));
    // No journal yet.
    let s = Scratch::new();
    assert!(s.ebb(&["list"]).fails(1).contains("ebb init"));
    // A damaged header: the salt altered.
    let s = Scratch::with_journal();
    raw(&s.journal()).execute("UPDATE meta SET salt = zeroblob(16)", []).unwrap();
    let err = s.ebb(&["list"]).fails(4);
    assert!(err.contains("damaged"), "{err}");
    // A newer format.
    let s = Scratch::with_journal();
    raw(&s.journal()).execute_batch("PRAGMA user_version = 99").unwrap();
    let err = s.ebb(&["list"]).fails(1);
    assert!(err.contains("newer version"), "{err}");
    // A damaged integrity summary.
    let s = Scratch::with_journal();
    raw(&s.journal()).execute("UPDATE integrity SET sealed = zeroblob(64)", []).unwrap();
    assert!(s.ebb(&["list"]).fails(4).contains("integrity"));
}

#[test]
fn kdf_parameters_outside_the_bounds_are_refused_as_damage() {
    for (col, value) in [("kdf_m_kib", 1024_i64), ("kdf_t", 1), ("kdf_m_kib", 4 * 1024 * 1024), ("kdf_t", 64)]
    {
        let s = Scratch::with_journal();
        raw(&s.journal()).execute(&format!("UPDATE meta SET {col} = ?1"), [value]).unwrap();
        let err = s.ebb(&["list"]).fails(4);
        assert!(err.contains("damaged") || err.contains("tampered"), "{col}={value}: {err}");
    }
}
