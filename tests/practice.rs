//! Practice between sessions through the real `ebb` binary (SPEC §8): `ebb practice
//! add|end|list`, `ebb checkin`, `ebb edit` of both, `ebb patterns`' `practice` and
//! `cycle_map`, and export version 2 carrying practices and check-ins both ways.

mod common;

use common::*;
use serde_json::json;

/// Logs one episode through the command line.
fn episode(s: &Scratch, kind: &str, actor: &str, at: &str, more: &[&str]) {
    s.ebb(&[&["episode", "--kind", kind, "--actor", actor, "--at", at][..], more].concat()).ok();
}

#[test]
fn a_practice_from_a_session_checked_in_on_shows_in_patterns_to_the_number() {
    let s = Scratch::with_journal();
    let session = s.ebb(&["session", "--date", "2026-11-16", "--homework", "Name the pattern"]).id();
    let p = s
        .ebb(&[
            "practice",
            "add",
            "Name the pattern once instead of chasing",
            "--response",
            "named_the_pattern",
            "--from",
            "2026-11-17",
            "--session",
            &session,
        ])
        .id();
    s.ebb(&["checkin", &p, "--done", "yes", "--date", "2026-11-17", "--note", "said it"]).ok();
    s.ebb(&["checkin", &p, "--done", "no", "--date", "2026-11-18"]).ok();
    // The same day again replaces that day's check-in.
    let again = s.ebb(&["checkin", &p, "--done", "no_chance", "--date", "2026-11-18"]).json();
    assert_eq!(again["done"], "no_chance");
    // Two episodes of mine used the response on days it ran; my partner's does not count.
    episode(&s, "pursuit", "me", "2026-11-18T20:00:00+01:00", &["--response", "named_the_pattern"]);
    episode(&s, "pull_away", "partner", "2026-11-18T21:00:00+01:00", &["--behavior", "shut_down"]);
    episode(
        &s,
        "pursuit",
        "me",
        "2026-11-19T08:00:00+01:00",
        &["--response", "named_the_pattern", "--behavior", "chased"],
    );
    s.ebb(&["practice", "end", &p, "--on", "2026-11-20"]).ok();

    let patterns = s.ebb(&["patterns", "--from", "2026-11-16", "--to", "2026-11-22"]).json();
    assert_eq!(
        patterns["practice"],
        json!([{
            "id": p, "text": "Name the pattern once instead of chasing", "response": "named_the_pattern",
            "days": 4, "checked_in": 2, "yes": 1, "no": 0, "no_chance": 1, "used_in_episodes": 2
        }])
    );
    // The cycle of 18 Nov 20:00 → 21:00 → 19 Nov 08:00, grouped by its first two moves.
    assert_eq!(
        patterns["cycle_map"],
        json!([{
            "first": {"actor": "me", "kind": "pursuit"}, "then": {"actor": "partner", "kind": "pull_away"},
            "count": 1, "first_behaviors": [], "then_behaviors": ["shut_down"], "trigger": ""
        }])
    );
    let list = s.ebb(&["practice", "list", "--json"]).json();
    assert_eq!(list[0]["ended_on"], "2026-11-20");
    assert_eq!(list[0]["session_id"], json!(session));
    let people = s.ebb(&["practice", "list"]).ok();
    assert!(people.contains("until 2026-11-20") && people.contains("Name the pattern once"), "{people}");

    // Edits: the response of a practice, a check-in's answer; refused where they do not fit.
    s.ebb(&["edit", &p, "--response", "self_soothed", "--clear", "ended_on"]).ok();
    let shown = s.ebb(&["show", &p]).json();
    assert_eq!((shown["response"].clone(), shown["ended_on"].clone()), (json!("self_soothed"), json!(null)));
    let c = s.ebb(&["checkin", &p, "--done", "yes", "--date", "2026-11-19"]).json()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    s.ebb(&["edit", &c, "--done", "no", "--note", "not today"]).ok();
    assert_eq!(s.ebb(&["show", &c]).json()["done"], "no");
    let moved = s.ebb(&["edit", &c, "--date", "2026-11-17"]).fails(2);
    assert!(moved.contains("one a day"), "{moved}");
    let wrong = s.ebb(&["edit", &c, "--kind", "pursuit"]).fails(2);
    assert!(wrong.contains("--kind does not apply to a check-in"), "{wrong}");
    // Bad input: a check-in before the practice began, an unknown practice, an end before
    // its start, an answer that is not one.
    assert!(s.ebb(&["checkin", &p, "--done", "yes", "--date", "2026-11-01"]).fails(2).contains("starts on"));
    s.ebb(&["checkin", "00000000-0000-4000-8000-000000000000", "--done", "yes"]).fails(2);
    assert!(s.ebb(&["practice", "end", &p, "--on", "2026-11-01"]).fails(2).contains("before started_on"));
    s.ebb(&["checkin", &p, "--done", "maybe"]).fails(2);
}

#[test]
fn export_version_2_carries_practices_and_check_ins_and_imports_back_exactly() {
    let s = Scratch::with_journal();
    let p = s.ebb(&["practice", "add", "Say I'm overwhelmed", "--from", "2026-11-10"]).id();
    s.ebb(&["checkin", &p, "--done", "yes", "--date", "2026-11-11"]).ok();
    let doc = s.export();
    assert_eq!(doc["version"], 2);
    assert_eq!(doc["practices"][0]["text"], "Say I'm overwhelmed");
    assert_eq!(doc["practices"][0]["response"], json!(null));
    assert_eq!(doc["checkins"][0]["practice_id"], json!(p));
    let file = s.write_file("v2.json", &doc.to_string());
    let other = Scratch::with_journal();
    assert_eq!(other.ebb(&["import", file.to_str().unwrap()]).json()["added"], 2);
    let mut back = other.export();
    let mut want = doc.clone();
    for d in [&mut back, &mut want] {
        d.as_object_mut().unwrap().remove("exported_at");
    }
    assert_eq!(back, want, "an exact round trip");
    assert_eq!(other.ebb(&["import", file.to_str().unwrap()]).json()["added"], 0, "idempotent");

    // A version-1 file with practices is refused, naming the field.
    let mut v1 = doc.clone();
    v1["version"] = json!(1);
    v1["settings"]["reminder_at"] = json!(null);
    v1["settings"]["language"] = json!(null);
    let f1 = s.write_file("v1.json", &v1.to_string());
    let err = other.ebb(&["import", f1.to_str().unwrap()]).fails(2);
    assert!(err.contains("practices is a field of export version 2"), "{err}");
    // Two check-ins for one practice and day: refused whole, both ids named, nothing written.
    let mut dup = doc.clone();
    let mut second = dup["checkins"][0].clone();
    second["id"] = json!("6a1f5c2e-0d4b-4c3a-9e8f-7b6a5d4c3b2a");
    dup["checkins"].as_array_mut().unwrap().push(second);
    dup["practices"][0]["text"] = json!("changed, so the file would write something");
    let fd = s.write_file("dup.json", &dup.to_string());
    let err = other.ebb(&["import", fd.to_str().unwrap()]).fails(2);
    assert!(
        err.contains("6a1f5c2e-0d4b-4c3a-9e8f-7b6a5d4c3b2a")
            && err.contains(doc["checkins"][0]["id"].as_str().unwrap()),
        "{err}"
    );
    assert_eq!(other.export()["practices"][0]["text"], "Say I'm overwhelmed");
    // An unknown field of a practice is named.
    let mut odd = doc.clone();
    odd["practices"][0]["colour"] = json!("blue");
    let fo = s.write_file("odd.json", &odd.to_string());
    assert!(other.ebb(&["import", fo.to_str().unwrap()]).fails(2).contains("colour"));
}

#[test]
fn the_report_says_the_practice_and_the_most_common_cycle_with_the_numbers_of_its_json() {
    let s = Scratch::with_journal();
    let p = s
        .ebb(&[
            "practice",
            "add",
            "Name the pattern",
            "--response",
            "named_the_pattern",
            "--from",
            "2026-11-16",
        ])
        .id();
    for (d, done) in [("2026-11-16", "yes"), ("2026-11-17", "yes"), ("2026-11-18", "no_chance")] {
        s.ebb(&["checkin", &p, "--done", done, "--date", d]).ok();
    }
    for day in ["17", "19"] {
        let mine = ["--behavior", "chased", "--behavior", "demanded", "--trigger", "Plans changed"];
        let used = ["--response", "named_the_pattern"];
        episode(&s, "pursuit", "me", &format!("2026-11-{day}T20:00:00+01:00"), &[&mine[..], &used].concat());
        episode(&s, "pull_away", "partner", &format!("2026-11-{day}T21:00:00+01:00"), &[]);
    }
    let range = ["--from", "2026-11-16", "--to", "2026-11-22"];
    let json = s.ebb(&[&["report", "--format", "json"][..], &range].concat()).json();
    let f = &json["patterns"]["practice"][0];
    assert_eq!(
        (f["days"].as_u64(), f["checked_in"].as_u64(), f["yes"].as_u64()),
        (Some(7), Some(3), Some(2))
    );
    assert_eq!(f["used_in_episodes"], 2);
    assert_eq!(json["patterns"]["cycle_map"][0]["count"], 2);
    let said = format!(
        "“Name the pattern”: checked in on {} of {} days (tried {}, no chance {}); used in {} episodes.",
        f["checked_in"], f["days"], f["yes"], f["no_chance"], f["used_in_episodes"]
    );
    let cycle = "Most often, you pursued — chased, demanded — and your partner pulled away within a day, after ‘plans changed’.";
    for format in ["markdown", "html"] {
        let doc = s.ebb(&[&["report", "--format", format][..], &range].concat()).ok();
        assert!(doc.contains(&said), "{format}: {said}\n{doc}");
        assert!(doc.contains(cycle), "{format}: {doc}");
        assert!(doc.contains("Practice between sessions"), "{format}");
    }
}
