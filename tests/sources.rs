//! Bringing a journal from another app (SPEC §10) through the real `ebb import --from`.

mod common;

use common::*;

const JRNL: &str = r#"{"tags": {"@work": 2},
  "entries": [
    {"title": "A long day at work.", "body": "We argued about the plans.\nThen we talked.", "date": "2024-01-16", "time": "21:30", "tags": ["@work"], "starred": true},
    {"title": "Quiet.", "body": "", "date": "2024-01-17", "time": "07:05", "tags": ["@work"], "starred": false}
  ]}"#;

const DAYONE: &str = r##"{"metadata": {"version": "1.0"}, "entries": [
  {"uuid": "876E72B228F847379F296B1698CA3F61", "creationDate": "2024-04-19T23:48:36Z",
   "timeZone": "Europe/Berlin", "text": "# Trip\n\n![](dayone-moment://24BD79E9E42F4A4CA0C9F384F547B5BC)\n\nWe came back\\.",
   "tags": ["travel"], "photos": [{"identifier": "24BD79E9E42F4A4CA0C9F384F547B5BC"}, {"identifier": "X"}]}
]}"##;

fn entries(s: &Scratch) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = s.export()["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["date"].as_str().unwrap().to_owned(), e["text"].as_str().unwrap().to_owned()))
        .collect();
    v.sort();
    v
}

#[test]
fn a_jrnl_export_comes_over_once_with_dates_text_and_tags() {
    let s = Scratch::with_journal();
    let file = s.write_file("jrnl.json", JRNL);
    let r = s.ebb(&["import", "--from", "jrnl", file.to_str().unwrap()]);
    assert_eq!(r.json(), serde_json::json!({ "entries": 2 }));
    assert!(r.stderr.contains("2 new"), "{}", r.stderr);
    assert_eq!(
        entries(&s),
        vec![
            ("2024-01-16".into(), "A long day at work.\nWe argued about the plans.\nThen we talked.".into()),
            ("2024-01-17".into(), "Quiet.".into())
        ]
    );
    let first =
        s.export()["entries"].as_array().unwrap().iter().find(|e| e["date"] == "2024-01-16").unwrap().clone();
    assert_eq!(first["tags"], serde_json::json!(["work", "starred"]));
    // The same file again changes nothing.
    let again = s.ebb(&["import", "--from", "jrnl", file.to_str().unwrap()]);
    assert!(again.stderr.contains("0 new, 0 updated, 2 already here"), "{}", again.stderr);
    assert_eq!(entries(&s).len(), 2);
}

#[test]
fn a_day_one_export_lands_on_the_entrys_own_day_and_names_what_stays_behind() {
    let s = Scratch::with_journal();
    let file = s.write_file("Journal.json", DAYONE);
    let r = s.ebb(&["import", "--from", "dayone", file.to_str().unwrap()]);
    assert_eq!(r.json(), serde_json::json!({ "entries": 1 }));
    assert!(r.stderr.contains("Not carried over") && r.stderr.contains("2 photos"), "{}", r.stderr);
    assert_eq!(entries(&s), vec![("2024-04-20".into(), "# Trip\n\nWe came back.".into())]);
}

#[test]
fn a_wrong_file_is_one_clear_line_and_nothing_is_written() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "Already here"]).ok();
    let before = s.export();
    // An Ebb export given as a jrnl one, a Day One file with a bad date, an unknown app.
    let ebb_export = s.write_file("mine.json", &before.to_string());
    let err = s.ebb(&["import", "--from", "jrnl", ebb_export.to_str().unwrap()]).fails(2);
    assert!(err.contains("not a jrnl export"), "{err}");
    let bad_day = s.write_file("bad.json", &DAYONE.replace("2024-04-19T23:48:36Z", "last tuesday"));
    let err = s.ebb(&["import", "--from", "dayone", bad_day.to_str().unwrap()]).fails(2);
    assert!(err.contains("entry 1") && err.contains("creationDate"), "{err}");
    let err = s.ebb(&["import", "--from", "notion", ebb_export.to_str().unwrap()]).fails(2);
    assert!(err.contains("dayone, jrnl or minidiarium"), "{err}");
    let mut after = s.export();
    after["exported_at"] = before["exported_at"].clone();
    assert_eq!(after, before, "nothing was written");
}

#[test]
fn a_mini_diarium_export_comes_over_with_its_html_as_text() {
    let s = Scratch::with_journal();
    let file = s.write_file(
        "diarium.json",
        r#"{"metadata": {"application": "Mini Diarium", "version": "0.4.0"}, "entries": [
            {"id": 1, "date": "2024-03-02", "title": "Saturday", "text": "<p>We went <strong>walking</strong> &amp; talked.</p>",
             "dateUpdated": "2024-03-02T20:00:00+01:00", "tags": ["us"]}]}"#,
    );
    let r = s.ebb(&["import", "--from", "minidiarium", file.to_str().unwrap()]);
    assert_eq!(r.json(), serde_json::json!({ "entries": 1 }));
    assert_eq!(entries(&s), vec![("2024-03-02".into(), "Saturday\nWe went walking & talked.".into())]);
    s.ebb(&["import", "--from", "minidiarium", file.to_str().unwrap()]).ok();
    assert_eq!(entries(&s).len(), 1, "safe to repeat");
}

/// The real jrnl (scripts/install-deps.sh puts it in a private venv), with its own home.
struct Jrnl {
    home: tempfile::TempDir,
    bin: std::path::PathBuf,
}

impl Jrnl {
    fn new() -> Self {
        let bin = std::env::var_os("EBB_JRNL").map(std::path::PathBuf::from).unwrap_or_else(|| {
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/tools/jrnl/bin/jrnl")
        });
        assert!(
            bin.exists(),
            "jrnl is not at {}: run scripts/install-deps.sh (or set EBB_JRNL)",
            bin.display()
        );
        let home = tempfile::tempdir().unwrap();
        let cfg = home.path().join("cfg/jrnl");
        std::fs::create_dir_all(&cfg).unwrap();
        let config = format!(
            "colors: {{body: none, date: none, tags: none, title: none}}\ndefault_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: false\nindent_character: '|'\njournals:\n  default:\n    journal: {0}/plain.txt\n  secret:\n    journal: {0}/secret.txt\n    encrypt: true\nlinewrap: 79\ntagsymbols: '@'\ntemplate: false\ntimeformat: '%Y-%m-%d %H:%M'\nversion: v4.6\n",
            home.path().display()
        );
        std::fs::write(cfg.join("jrnl.yaml"), config).unwrap();
        Jrnl { home, bin }
    }

    /// Runs jrnl with `stdin` and no terminal (`setsid`), as a script would; returns stdout.
    fn run(&self, args: &[&str], stdin: &str) -> String {
        use std::io::Write;
        let mut child = std::process::Command::new("setsid")
            .arg(&self.bin)
            .args(args)
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path().join("cfg"))
            .env("XDG_DATA_HOME", self.home.path().join("data"))
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run jrnl");
        child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "jrnl {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }
}

#[test]
fn journals_the_real_jrnl_wrote_plain_and_encrypted_come_over_whole() {
    let j = Jrnl::new();
    j.run(&["2024-01-16 21:30: A long day at work. We argued about the plans @work"], "");
    j.run(&["2024-01-17 07:05: *Quiet morning, nothing to add."], "");
    j.run(&[], "2024-01-18 20:00: Two lines today.\nThe second says what helped @us @talk\n");
    let pw = "a secret jrnl passphrase";
    j.run(&["secret", "2024-02-01 22:00: Encrypted words @private"], &format!("{pw}\n{pw}\nn\n"));
    let plain = j.run(&["--format", "json"], "");
    let secret = j.run(&["secret", "--format", "json"], &format!("{pw}\n"));

    let s = Scratch::with_journal();
    for (name, json) in [("plain.json", &plain), ("secret.json", &secret)] {
        let file = s.write_file(name, json);
        s.ebb(&["import", "--from", "jrnl", file.to_str().unwrap()]).ok();
    }
    let all = s.export();
    let by_day =
        |d: &str| all["entries"].as_array().unwrap().iter().find(|e| e["date"] == d).cloned().unwrap();
    assert_eq!(all["entries"].as_array().unwrap().len(), 4);
    assert_eq!(by_day("2024-01-16")["text"], "A long day at work.\nWe argued about the plans @work");
    assert_eq!(by_day("2024-01-16")["tags"], serde_json::json!(["work"]));
    assert_eq!(by_day("2024-01-17")["tags"], serde_json::json!(["starred"]), "starred in jrnl");
    assert_eq!(by_day("2024-01-18")["text"], "Two lines today.\nThe second says what helped @us @talk");
    let mut tags: Vec<String> = serde_json::from_value(by_day("2024-01-18")["tags"].clone()).unwrap();
    tags.sort();
    assert_eq!(tags, vec!["talk", "us"]);
    assert_eq!(by_day("2024-02-01")["text"], "Encrypted words @private");
    // Twice: nothing new.
    let again = s.write_file("again.json", &plain);
    let r = s.ebb(&["import", "--from", "jrnl", again.to_str().unwrap()]);
    assert!(r.stderr.contains("0 new, 0 updated, 3 already here"), "{}", r.stderr);
}
