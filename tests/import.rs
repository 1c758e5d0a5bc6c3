//! Import (SPEC §3): exact round trips, idempotence, newer-wins, and every kind of bad file
//! refused with the journal left exactly as it was.

mod common;

use common::*;
use serde_json::{Value, json};

fn sample() -> Value {
    json!({
        "format": "ebb-export",
        "version": 2,
        "exported_at": "2026-11-24T09:00:00+01:00",
        "entries": [{
            "id": "0b7e1b54-8c1f-4f0e-9d3a-2f61c2a9e7d1", "date": "2026-11-23",
            "text": "  spaces kept \u{0} \n<img src=x onerror=alert(1)>\r\nčšž 日本 🌊",
            "mood": 3, "closeness": 6, "safety": null,
            "tags": ["work", "Work", "work", " padded "], "for_therapy": false,
            "created_at": "2026-11-23T21:00:00+01:00", "updated_at": "2026-11-23T21:00:00.5+01:00"
        }],
        "episodes": [{
            "id": "7d0f5d1e-3a43-4c0a-9a36-1f4f8f3c2b10",
            "occurred_at": "2026-11-22T21:15:00+01:00",
            "reconnected_at": "2026-11-23T07:00:00Z",
            "return_at": "2026-11-22T21:35:00+01:00",
            "kind": "pull_away", "actor": "partner",
            "trigger": "plans changed last minute ",
            "behaviors": ["shut_down", "left_room", "shut_down"],
            "intensity": 7, "feelings": ["hurt", "anxious"],
            "story": "what I told myself it meant", "need": "reassurance",
            "responses": ["named_the_pattern", "my_own_response"],
            "repairs": ["talked_it_through", "our_walk"],
            "next_time": "", "notes": "…",
            "tags": [], "for_therapy": true,
            "created_at": "2026-11-22T21:20:00+01:00", "updated_at": "2026-11-22T21:20:00+01:00"
        }],
        "sessions": [{
            "id": "c1a0a0e4-6a53-4f9b-8bb4-4c3b5f0b9e22", "date": "2026-11-20",
            "notes": "talked about weekends", "homework": "ask for time to connect",
            "created_at": "2026-11-20T18:00:00+01:00", "updated_at": "2026-11-20T18:00:00+01:00"
        }],
        "practices": [{
            "id": "5b2d8c1e-7f3a-4e6b-9c0d-1a2b3c4d5e6f", "text": "ask for time to connect \u{1F33F}",
            "response": "self_soothed", "started_on": "2026-11-20", "ended_on": null,
            "session_id": "c1a0a0e4-6a53-4f9b-8bb4-4c3b5f0b9e22",
            "created_at": "2026-11-20T18:05:00+01:00", "updated_at": "2026-11-20T18:05:00+01:00"
        }],
        "checkins": [{
            "id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "practice_id": "5b2d8c1e-7f3a-4e6b-9c0d-1a2b3c4d5e6f",
            "date": "2026-11-21", "done": "no_chance", "note": "<b>not</b> today",
            "created_at": "2026-11-21T22:00:00+01:00", "updated_at": "2026-11-21T22:00:00+01:00"
        }],
        "settings": { "partner_name": "Sam", "auto_lock_minutes": 7, "reminder_at": "21:30", "language": "es" }
    })
}

fn import(s: &Scratch, doc: &Value) -> Run {
    let f = s.write_file("in.json", &doc.to_string());
    s.ebb(&["import", f.to_str().unwrap()])
}

fn strip_exported_at(mut v: Value) -> Value {
    v.as_object_mut().unwrap().remove("exported_at");
    v
}

#[test]
fn import_then_export_gives_back_every_record_exactly() {
    let s = Scratch::with_journal();
    let r = import(&s, &sample());
    assert_eq!(r.json(), json!({"added": 5, "updated": 0, "unchanged": 0, "settings_changed": true}));
    assert_eq!(strip_exported_at(s.export()), strip_exported_at(sample()));
}

#[test]
fn a_version_1_file_imports_and_comes_back_as_version_2_with_the_new_fields_empty() {
    let s = Scratch::with_journal();
    let mut v1 = sample();
    v1["version"] = json!(1);
    v1["episodes"][0].as_object_mut().unwrap().remove("return_at");
    v1["episodes"][0].as_object_mut().unwrap().remove("repairs");
    v1["settings"] = json!({ "partner_name": "Sam", "auto_lock_minutes": 7 });
    v1.as_object_mut().unwrap().remove("practices");
    v1.as_object_mut().unwrap().remove("checkins");
    import(&s, &v1).ok();
    let mut want = sample();
    want["practices"] = json!([]);
    want["checkins"] = json!([]);
    want["episodes"][0]["return_at"] = Value::Null;
    want["episodes"][0]["repairs"] = json!([]);
    want["settings"]["reminder_at"] = Value::Null;
    want["settings"]["language"] = Value::Null;
    assert_eq!(strip_exported_at(s.export()), strip_exported_at(want));
}

#[test]
fn importing_twice_keeps_one_copy() {
    let s = Scratch::with_journal();
    import(&s, &sample()).ok();
    let once = strip_exported_at(s.export());
    let r = import(&s, &sample());
    assert_eq!(r.json(), json!({"added": 0, "updated": 0, "unchanged": 5, "settings_changed": false}));
    assert_eq!(strip_exported_at(s.export()), once);
}

#[test]
fn a_newer_updated_at_wins_and_an_older_one_does_not() {
    let s = Scratch::with_journal();
    import(&s, &sample()).ok();
    let mut older = sample();
    older["entries"][0]["text"] = json!("older text");
    older["entries"][0]["updated_at"] = json!("2026-11-01T00:00:00Z");
    assert_eq!(import(&s, &older).json()["updated"], 0);
    assert_eq!(s.export()["entries"][0]["text"], sample()["entries"][0]["text"]);
    let mut newer = sample();
    newer["entries"][0]["text"] = json!("newer text");
    newer["entries"][0]["updated_at"] = json!("2026-11-24T00:00:00Z");
    assert_eq!(import(&s, &newer).json()["updated"], 1);
    assert_eq!(s.export()["entries"][0]["text"], "newer text");
}

#[test]
fn optional_fields_may_be_absent_and_settings_are_optional() {
    let s = Scratch::with_journal();
    let doc = json!({
        "format": "ebb-export", "version": 1, "exported_at": "2026-11-24T09:00:00Z",
        "episodes": [{
            "id": "7d0f5d1e-3a43-4c0a-9a36-1f4f8f3c2b10", "occurred_at": "2026-11-22T21:15:00+01:00",
            "kind": "pursuit", "actor": "me",
            "created_at": "2026-11-22T21:20:00+01:00", "updated_at": "2026-11-22T21:20:00+01:00"
        }]
    });
    import(&s, &doc).ok();
    let ep = &s.export()["episodes"][0];
    assert_eq!(ep["trigger"], "");
    assert_eq!(ep["reconnected_at"], Value::Null);
    assert_eq!(ep["behaviors"], json!([]));
}

/// Each bad file is refused with exit 2, a message naming the problem, and no change.
#[test]
fn every_bad_import_leaves_the_journal_unchanged() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "already here"]).ok();
    let before_rows = rows(&s.journal());
    let before = strip_exported_at(s.export());

    let mut cases: Vec<(&str, Value)> = vec![];
    let mut add = |what: &'static str, f: &dyn Fn(&mut Value)| {
        let mut d = sample();
        f(&mut d);
        cases.push((what, d));
    };
    add("surprise", &|d| d["surprise"] = json!(1));
    add("colour", &|d| d["episodes"][0]["colour"] = json!("red"));
    add("format", &|d| d["format"] = json!("something-else"));
    add("version", &|d| d["version"] = json!(3));
    add("return_at", &|d| d["episodes"][0]["return_at"] = json!("2026-11-22T21:00:00+01:00"));
    add("return_at", &|d| d["episodes"][0]["return_at"] = json!("at eight"));
    add("repairs", &|d| d["episodes"][0]["repairs"] = json!(["Hug!"]));
    add("reminder_at", &|d| d["settings"]["reminder_at"] = json!("25:00"));
    add("language", &|d| d["settings"]["language"] = json!("fr"));
    add("app_state", &|d| d["settings"]["app_state"] = json!({}));
    add("version 2", &|d| d["version"] = json!(1));
    add("kind", &|d| d["episodes"][0]["kind"] = json!("sulk"));
    add("actor", &|d| d["episodes"][0]["actor"] = json!("them"));
    add("intensity", &|d| d["episodes"][0]["intensity"] = json!(11));
    add("mood", &|d| d["entries"][0]["mood"] = json!(0));
    add("closeness", &|d| d["entries"][0]["closeness"] = json!(-1));
    add("safety", &|d| d["entries"][0]["safety"] = json!(4.5));
    add("reconnected_at", &|d| d["episodes"][0]["reconnected_at"] = json!("2026-11-22T20:00:00+01:00"));
    add("behaviors", &|d| d["episodes"][0]["behaviors"] = json!(["Shut Down"]));
    add("responses", &|d| d["episodes"][0]["responses"] = json!(["ok-code"]));
    add("tag", &|d| d["entries"][0]["tags"] = json!([""]));
    add("id", &|d| d["sessions"][0]["id"] = json!("not-a-uuid"));
    add("date", &|d| d["sessions"][0]["date"] = json!("2026-02-30"));
    add("occurred_at", &|d| d["episodes"][0]["occurred_at"] = json!("last tuesday"));
    add("occurred_at", &|d| {
        d["episodes"][0].as_object_mut().unwrap().remove("occurred_at").map(|_| ()).unwrap()
    });
    add("more than once", &|d| d["sessions"][0]["id"] = d["entries"][0]["id"].clone());
    add("auto_lock_minutes", &|d| d["settings"]["auto_lock_minutes"] = json!(0));
    add("bytes", &|d| d["entries"][0]["text"] = json!("x".repeat(1024 * 1024 + 1)));
    add("theme", &|d| d["settings"]["theme"] = json!("dark"));

    for (what, doc) in &cases {
        let err = import(&s, doc).fails(2);
        assert!(err.contains(what), "error for {what} should name it: {err}");
    }
    for (what, text) in
        [("valid Ebb export", "{not json"), ("valid Ebb export", "[1,2,3]"), ("valid Ebb export", "")]
    {
        let f = s.write_file("bad.json", text);
        let err = s.ebb(&["import", f.to_str().unwrap()]).fails(2);
        assert!(err.contains(what), "{err}");
    }
    assert_eq!(rows(&s.journal()), before_rows, "no row changed");
    assert_eq!(strip_exported_at(s.export()), before);
}

#[test]
fn an_id_of_another_type_is_refused_whole() {
    let s = Scratch::with_journal();
    // The sample's settings say Spanish; this journal stays in English, as its errors are read.
    let mut first = sample();
    first["settings"]["language"] = Value::Null;
    import(&s, &first).ok();
    let before = rows(&s.journal());
    let mut doc = sample();
    // A new entry that would be fine, and a session reusing the episode's id.
    doc["entries"][0]["id"] = json!("11111111-2222-4333-8444-555555555555");
    doc["sessions"][0]["id"] = doc["episodes"][0]["id"].clone();
    doc["episodes"] = json!([]);
    let err = import(&s, &doc).fails(2);
    assert!(err.contains("episode") && err.contains("session"), "{err}");
    assert_eq!(rows(&s.journal()), before, "all or nothing: the good entry was not added");
}

#[test]
fn export_then_import_into_a_fresh_journal_gives_the_same_records() {
    let a = Scratch::with_journal();
    a.ebb(&["write", "<img src=x onerror=alert(1)>", "--mood", "2", "--tag", "t"]).ok();
    a.ebb(&["episode", "--kind", "pursuit", "--actor", "me", "--behavior", "chased", "--intensity", "4"])
        .ok();
    a.ebb(&["session", "--notes", "n"]).ok();
    let exported = a.export();
    let b = Scratch::with_journal();
    import(&b, &exported).ok();
    assert_eq!(strip_exported_at(b.export()), strip_exported_at(exported));
}
