//! A journal written by an earlier release opens with this one and gives back the same
//! records (SPEC §8: export version 2; the header bound on first unlock). The fixture was
//! made by the release of 2026-12-01 (tests/fixtures/release-2026-12-01/README.md).

mod common;

use common::*;
use serde_json::{Value, json};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/release-2026-12-01");
const OLD_PASS: &str = "fixture passphrase of the 2026-12-01 release";

fn fixture() -> Scratch {
    let s = Scratch::new();
    std::fs::copy(format!("{FIXTURE}/journal.ebb"), s.journal()).unwrap();
    s
}

fn old(s: &Scratch, args: &[&str]) -> Run {
    s.ebb_env(args, &[("EBB_PASSPHRASE", OLD_PASS)])
}

fn sealed_summary_len(s: &Scratch) -> usize {
    raw(&s.journal()).query_row("SELECT length(sealed) FROM integrity", [], |r| r.get::<_, i64>(0)).unwrap()
        as usize
}

#[test]
fn a_journal_of_the_last_release_opens_and_exports_the_same_records_as_version_2() {
    let s = fixture();
    // 48 bytes of summary and a 16-byte tag: the form from before headers were bound.
    assert_eq!(sealed_summary_len(&s), 64);
    let before: Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{FIXTURE}/expected-export.json")).unwrap())
            .unwrap();
    assert_eq!(before["version"], 1);

    let out = old(&s, &["export"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let after = out.json();
    assert_eq!(after["version"], 2);
    // Bound on that first unlock: 80 bytes and the tag.
    assert_eq!(sealed_summary_len(&s), 96);

    // Every record as it was; version 2's new fields at their empty values.
    let mut expected = before.clone();
    expected["version"] = json!(2);
    expected["exported_at"] = after["exported_at"].clone();
    for e in expected["episodes"].as_array_mut().unwrap() {
        e["return_at"] = Value::Null;
        e["repairs"] = json!([]);
    }
    expected["settings"]["reminder_at"] = Value::Null;
    expected["settings"]["language"] = Value::Null;
    expected["practices"] = json!([]);
    expected["checkins"] = json!([]);
    assert_eq!(after, expected);

    // It verifies, takes new writes with the new fields, and still opens with its recovery key.
    old(&s, &["verify"]).ok();
    old(
        &s,
        &[
            pause_args("me", "2026-12-02T20:00:00+01:00", "2026-12-02T20:20:00+01:00"),
            vec!["--repair", "came_back_as_promised"],
        ]
        .concat(),
    )
    .ok();
    old(&s, &["verify"]).ok();
    s.ebb_env(
        &["recover", "--recovery-key-file", &format!("{FIXTURE}/recovery-key.txt")],
        &[("EBB_NEW_PASSPHRASE", "a passphrase for after the upgrade")],
    )
    .ok();
}

#[test]
fn the_last_release_export_imports_into_a_new_journal_exactly() {
    let s = Scratch::with_journal();
    s.ebb(&["import", &format!("{FIXTURE}/expected-export.json")]).ok();
    let again = s.export();
    let before: Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{FIXTURE}/expected-export.json")).unwrap())
            .unwrap();
    for key in ["entries", "sessions"] {
        assert_eq!(again[key], before[key], "{key}");
    }
    assert_eq!(again["episodes"][0]["trigger"], before["episodes"][0]["trigger"]);
    assert_eq!(again["episodes"].as_array().unwrap().len(), 2);
    assert_eq!(again["settings"]["partner_name"], "Sam");
}
