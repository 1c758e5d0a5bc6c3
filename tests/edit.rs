//! `ebb show`, `ebb edit` and `ebb delete` as a user runs them (SPEC §8): only the fields
//! given change, `--clear` empties one, `created_at` stays and `updated_at` moves, every check
//! of a new record applies, and a failed edit leaves the journal as it was.

mod common;

use common::*;
use serde_json::Value;

fn id_of(v: &Value) -> String {
    v["id"].as_str().unwrap().to_owned()
}

fn episode(s: &Scratch) -> Value {
    s.ebb(&[
        "episode",
        "--kind",
        "pull_away",
        "--actor",
        "partner",
        "--at",
        "2026-11-20T21:00:00+01:00",
        "--trigger",
        "plans changed",
        "--behavior",
        "shut_down",
        "--intensity",
        "7",
        "--tag",
        "weekend",
        "--for-therapy",
    ])
    .json()
}

#[test]
fn edit_adds_a_reconnection_time_to_an_episode_logged_earlier() {
    let s = Scratch::with_journal();
    let before = episode(&s);
    let id = id_of(&before);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let r = s.ebb(&["edit", &id, "--reconnected-at", "2026-11-21T08:30:00+01:00"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("Saved your changes to that episode."), "{}", r.stderr);
    let after = r.json();
    assert_eq!(after["reconnected_at"], "2026-11-21T08:30:00+01:00");
    // Everything not given is as it was; created_at stays, updated_at moves.
    for k in [
        "kind",
        "actor",
        "occurred_at",
        "trigger",
        "behaviors",
        "intensity",
        "tags",
        "for_therapy",
        "created_at",
    ] {
        assert_eq!(after[k], before[k], "{k}");
    }
    assert_ne!(after["updated_at"], before["updated_at"]);
    // What `show` and `export` say is the same record.
    assert_eq!(s.ebb(&["show", &id]).json(), after);
    let exported = s.export();
    assert_eq!(exported["episodes"][0]["reconnected_at"], "2026-11-21T08:30:00+01:00");
    assert_eq!(exported["episodes"].as_array().unwrap().len(), 1, "edited in place, not copied");
    // And the pattern engine counts it.
    assert_eq!(s.ebb(&["patterns"]).json()["reconnection"]["count"], 1);
}

#[test]
fn clear_empties_one_field_and_lists_are_replaced_whole() {
    let s = Scratch::with_journal();
    let id = id_of(&episode(&s));
    let v = s
        .ebb(&[
            "edit",
            &id,
            "--clear",
            "trigger",
            "--clear",
            "for_therapy",
            "--behavior",
            "left_room",
            "--behavior",
            "hot_cold",
        ])
        .json();
    assert_eq!(v["trigger"], "");
    assert_eq!(v["for_therapy"], false);
    assert_eq!(v["behaviors"], serde_json::json!(["left_room", "hot_cold"]));
    assert_eq!(v["intensity"], 7, "untouched");
    let v = s.ebb(&["edit", &id, "--clear", "intensity", "--clear", "tags"]).json();
    assert_eq!(v["intensity"], Value::Null);
    assert_eq!(v["tags"], serde_json::json!([]));
    // Entries and sessions too, text kept exactly.
    let e = s.ebb(&["write", "first words", "--mood", "2"]).json();
    let odd = "  new <b>words</b>\n\tkept exactly ";
    let v = s.ebb(&["edit", &id_of(&e), "--text", odd, "--clear", "mood", "--safety", "8"]).json();
    assert_eq!(
        (v["text"].as_str(), v["mood"].clone(), v["safety"].clone()),
        (Some(odd), Value::Null, 8.into())
    );
    let sess =
        s.ebb(&["session", "--date", "2026-11-20", "--notes", "talked", "--homework", "breathe"]).json();
    let v = s.ebb(&["edit", &id_of(&sess), "--homework", "name the pattern", "--clear", "notes"]).json();
    assert_eq!(
        (v["homework"].as_str(), v["notes"].as_str(), v["date"].as_str()),
        (Some("name the pattern"), Some(""), Some("2026-11-20"))
    );
}

#[test]
fn a_bad_edit_is_refused_with_one_clear_line_and_changes_nothing() {
    let s = Scratch::with_journal();
    let id = id_of(&episode(&s));
    let e = id_of(&s.ebb(&["write", "a day"]).json());
    let before = s.export();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["edit", &id, "--reconnected-at", "2026-11-19T08:00:00+01:00"], "before"),
        (vec!["edit", &id, "--intensity", "11"], "11"),
        (vec!["edit", &id, "--behavior", "Shut Down"], "Shut Down"),
        (vec!["edit", &id, "--mood", "3"], "--mood does not apply to an episode"),
        (vec!["edit", &id, "--clear", "kind"], "--clear kind does not apply to an episode"),
        (vec!["edit", &id, "--clear", "colour"], "no field \"colour\""),
        (vec!["edit", &e, "--trigger", "x"], "--trigger does not apply to an entry"),
        (vec!["edit", &e, "--clear", "homework"], "--clear homework does not apply to an entry"),
        (
            vec!["edit", "00000000-0000-4000-8000-000000000000", "--text", "x"],
            "00000000-0000-4000-8000-000000000000",
        ),
        (vec!["edit", "not-an-id", "--text", "x"], "not-an-id"),
        (vec!["edit", &id, "--kind", "sulk"], "pull_away, pursuit"),
    ];
    for (args, says) in cases {
        let r = s.ebb(&args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert_eq!(r.stderr.trim().lines().count(), 1, "{args:?}: one line: {}", r.stderr);
        assert!(r.stderr.contains(says), "{args:?}: {}", r.stderr);
    }
    assert_eq!(s.export()["episodes"], before["episodes"]);
    assert_eq!(s.export()["entries"], before["entries"]);
}

#[test]
fn bad_input_is_refused_before_the_passphrase_is_asked_for() {
    // Exit 2 (bad input), not 3 (wrong passphrase): the draft is checked first.
    let s = Scratch::with_journal();
    let wrong = [("EBB_PASSPHRASE", "not the passphrase")];
    for args in [
        vec!["episode", "--kind", "pursuit", "--actor", "me", "--behavior", "Shut Down"],
        vec!["write", "x", "--date", "2026-02-30"],
        vec!["session", "--date", "yesterday"],
    ] {
        let r = s.ebb_env(&args, &wrong);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
    }
    // And a search keeps its spaces: " " finds text with a space, not everything.
    s.ebb(&["write", "nospace"]).ok();
    s.ebb(&["write", "two words"]).ok();
    let hits = s.ebb(&["search", " ", "--json"]).json();
    assert_eq!(hits.as_array().unwrap().len(), 1, "{hits}");
}

#[test]
fn delete_removes_one_record_and_names_a_missing_id() {
    let s = Scratch::with_journal();
    let keep = id_of(&s.ebb(&["write", "keep me"]).json());
    let gone = id_of(&episode(&s));
    let r = s.ebb(&["delete", &gone]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()["deleted"], gone.as_str());
    assert!(r.stderr.contains("Deleted that episode"), "{}", r.stderr);
    let ex = s.export();
    assert_eq!(ex["episodes"].as_array().unwrap().len(), 0);
    assert_eq!(ex["entries"][0]["id"], keep.as_str());
    // Twice: there is none now. Exit 2, naming the id; `show` says the same.
    for cmd in ["delete", "show"] {
        let err = s.ebb(&[cmd, &gone]).fails(2);
        assert!(err.contains(&gone), "{cmd}: {err}");
    }
    // The journal is still whole: verify finds nothing wrong after a delete.
    s.ebb(&["verify"]).ok();
    assert_eq!(s.ebb(&["show", &keep]).json()["text"], "keep me");
}

#[test]
fn a_damaged_record_does_not_stop_writing_or_editing_another() {
    // Writing and editing touch only their own record, while `list` still names the
    // damage (exit 4) and gives every readable record.
    let s = Scratch::with_journal();
    let a = id_of(&s.ebb(&["write", "first"]).json());
    let b = id_of(&s.ebb(&["write", "second"]).json());
    let conn = raw(&s.journal());
    let id_bytes = uuid::Uuid::parse_str(&b).unwrap().into_bytes().to_vec();
    conn.execute("UPDATE records SET ciphertext = zeroblob(length(ciphertext)) WHERE id = ?1", [id_bytes])
        .unwrap();
    drop(conn);
    s.ebb(&["write", "third"]).ok();
    s.ebb(&["edit", &a, "--text", "first, edited"]).ok();
    let r = s.ebb(&["list", "--json"]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains(&b), "{}", r.stderr);
    let texts: Vec<String> =
        r.json().as_array().unwrap().iter().map(|v| v["text"].as_str().unwrap().to_owned()).collect();
    assert!(texts.contains(&"first, edited".to_owned()) && texts.contains(&"third".to_owned()), "{texts:?}");
}
