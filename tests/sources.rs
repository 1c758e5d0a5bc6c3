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
