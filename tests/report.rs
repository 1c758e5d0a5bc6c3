//! `ebb patterns` and `ebb report` as a user runs them (SPEC §4, §5, §5b).

mod common;

use common::*;
use serde_json::{Value, json};

const XSS: &str = "<script>alert(1)</script><img src=x onerror=alert(2)>";

fn ep(id: u32, at: &str, kind: &str, actor: &str, extra: Value) -> Value {
    let mut v = json!({
        "id": format!("00000000-0000-4000-8000-{id:012}"), "occurred_at": at, "kind": kind, "actor": actor,
        "created_at": at, "updated_at": at,
    });
    for (k, x) in extra.as_object().unwrap() {
        v[k] = x.clone();
    }
    v
}

/// A small journal whose figures are worked out by hand below.
fn journal() -> Scratch {
    let s = Scratch::with_journal();
    let doc = json!({
        "format": "ebb-export", "version": 1, "exported_at": "2026-11-24T09:00:00+01:00",
        "entries": [
            {"id": "10000000-0000-4000-8000-000000000001", "date": "2026-11-10", "text": XSS, "for_therapy": true,
             "created_at": "2026-11-10T21:00:00+01:00", "updated_at": "2026-11-10T21:00:00+01:00"},
            {"id": "10000000-0000-4000-8000-000000000002", "date": "2026-11-11", "text": "not flagged",
             "created_at": "2026-11-11T21:00:00+01:00", "updated_at": "2026-11-11T21:00:00+01:00"}
        ],
        "episodes": [
            // Previous period (2026-10-13 … 2026-11-09 for a report of 2026-11-10 … 2026-12-07).
            ep(1, "2026-10-20T20:00:00+01:00", "pull_away", "partner", json!({"intensity": 9})),
            ep(2, "2026-10-21T20:00:00+01:00", "pull_away", "partner", json!({"intensity": 9})),
            ep(3, "2026-10-22T20:00:00+01:00", "pull_away", "partner", json!({"intensity": 9})),
            // In range: a cycle of 3 started by the partner after a trigger with markup.
            ep(4, "2026-11-12T20:00:00+01:00", "pull_away", "partner",
               json!({"trigger": XSS, "intensity": 6, "reconnected_at": "2026-11-12T21:00:00+01:00", "behaviors": ["shut_down"], "for_therapy": true})),
            ep(5, "2026-11-12T22:00:00+01:00", "pursuit", "me",
               json!({"intensity": 4, "reconnected_at": "2026-11-12T23:00:00+01:00", "responses": ["self_soothed"], "behaviors": ["chased"]})),
            ep(6, "2026-11-13T08:00:00+01:00", "pull_away", "partner", json!({"intensity": 2, "reconnected_at": "2026-11-13T11:00:00+01:00"})),
        ],
        "sessions": [
            {"id": "20000000-0000-4000-8000-000000000001", "date": "2026-11-09", "homework": "before the range",
             "created_at": "2026-11-09T18:00:00+01:00", "updated_at": "2026-11-09T18:00:00+01:00"},
            {"id": "20000000-0000-4000-8000-000000000002", "date": "2026-11-20", "homework": "breathe first",
             "created_at": "2026-11-20T18:00:00+01:00", "updated_at": "2026-11-20T18:00:00+01:00"}
        ],
        "settings": {"partner_name": "Sam <b>", "auto_lock_minutes": 5}
    });
    let f = s.write_file("in.json", &doc.to_string());
    s.ebb(&["import", f.to_str().unwrap()]).ok();
    s
}

const RANGE: [&str; 4] = ["--from", "2026-11-10", "--to", "2026-12-07"];

#[test]
fn patterns_give_the_spec_figures() {
    let s = journal();
    let p = s.ebb(&["patterns"]).json();
    assert_eq!(
        p["totals"],
        json!({"pull_away": {"me": 0, "partner": 5}, "pursuit": {"me": 1, "partner": 0}})
    );
    let p = s.ebb(&["patterns", "--from", "2026-11-10"]).json();
    assert_eq!(p["totals"]["pull_away"]["partner"], 2);
    assert_eq!(p["cycles"].as_array().unwrap().len(), 1);
    assert_eq!(p["cycles"][0]["length"], 3);
    assert_eq!(p["cycles"][0]["trigger"], XSS);
    assert_eq!(p["cycles"][0]["started_by"], json!({"actor": "partner", "kind": "pull_away"}));
    // Reconnection: 60, 60, 180 minutes → median 60, p90 rank ceil(2.7) = 3 → 180.
    assert_eq!(p["reconnection"], json!({"count": 3, "median_minutes": 60.0, "p90_minutes": 180.0}));
    assert_eq!(p["intensity"]["mean"], 4.0);
    assert_eq!(p["secure_response_rate"], json!({"episodes": 1, "with_response": 1, "rate": 1.0}));
    assert_eq!(p["weeks"], json!([{"week": "2026-W46", "totals": p["totals"], "mean_intensity": 4.0}]));
    // Thursday 20:00 and 22:00, Friday 08:00 (local).
    assert_eq!(p["heatmap"][3][20], 1);
    assert_eq!(p["heatmap"][3][22], 1);
    assert_eq!(p["heatmap"][4][8], 1);
    // An empty range still has every key.
    let empty = s.ebb(&["patterns", "--from", "2030-01-01"]).json();
    assert_eq!(empty["cycles"], json!([]));
    assert_eq!(empty["intensity"], json!({"mean": null, "slope_per_week": null}));
}

#[test]
fn report_json_has_range_previous_period_flags_and_sessions() {
    let s = journal();
    let mut args = vec!["report", "--format", "json"];
    args.extend(RANGE);
    let r = s.ebb(&args).json();
    assert_eq!((r["from"].as_str(), r["to"].as_str()), (Some("2026-11-10"), Some("2026-12-07")));
    assert_eq!(r["previous"]["from"], "2026-10-13");
    assert_eq!(r["previous"]["to"], "2026-11-09");
    assert_eq!(r["previous"]["patterns"]["totals"]["pull_away"]["partner"], 3);
    assert_eq!(r["patterns"]["totals"]["pursuit"]["me"], 1);
    let flagged = r["flagged"].as_array().unwrap();
    assert_eq!(flagged.len(), 2);
    assert_eq!((flagged[0]["type"].as_str(), flagged[0]["at"].as_str()), (Some("entry"), Some("2026-11-10")));
    assert_eq!(flagged[0]["text"], XSS);
    assert_eq!(flagged[1]["type"], "episode");
    assert_eq!(flagged[1]["at"], "2026-11-12T20:00:00+01:00");
    assert_eq!(flagged[1]["id"], "00000000-0000-4000-8000-000000000004");
    let sessions = r["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0]["homework"], "breathe first");
}

#[test]
fn markdown_and_html_say_what_the_json_says() {
    let s = journal();
    let mut a = vec!["report", "--format", "markdown"];
    a.extend(RANGE);
    let md = s.ebb(&a).ok();
    let mut a = vec!["report", "--format", "html"];
    a.extend(RANGE);
    let html = s.ebb(&a).ok();
    for doc in [&md, &html] {
        assert!(doc.contains("3 episodes in this period"), "{doc}");
        assert!(doc.contains("You logged 3 episodes"), "{doc}");
        assert!(doc.contains("1 more than the 4 weeks before (3)") || doc.contains("same number"), "{doc}");
        assert!(doc.contains("median of 1 h"), "{doc}");
        assert!(doc.contains("1 cycle"), "{doc}");
        assert!(doc.contains("1 of your 1 episode (100%)"), "{doc}");
        assert!(doc.contains("Calmed myself instead of chasing"), "{doc}");
        assert!(doc.contains("breathe first") && !doc.contains("before the range"), "{doc}");
        assert!(
            doc.contains("10 November 2026") && doc.contains("12 November 2026, 20:00"),
            "flagged items: {doc}"
        );
    }
    assert!(md.contains("# For my therapy session: 10 November – 7 December 2026"), "{md}");
}

#[test]
fn markup_in_journal_text_comes_out_as_text() {
    let s = journal();
    for (fmt, escaped) in [("html", "&lt;script&gt;"), ("markdown", "&lt;script&gt;")] {
        let mut a = vec!["report", "--format", fmt];
        a.extend(RANGE);
        let doc = s.ebb(&a).ok();
        assert!(!doc.contains("<script") && !doc.contains("<img") && !doc.contains("<b>"), "{fmt}: {doc}");
        assert!(doc.contains(escaped), "{fmt}: {doc}");
    }
}

#[test]
fn the_html_report_is_self_contained() {
    let s = journal();
    let out = s.path("report.html");
    let mut a = vec!["report", "--format", "html", "-o", out.to_str().unwrap()];
    a.extend(RANGE);
    let r = s.ebb(&a);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    // The one kind of url() allowed: the report's own typeface, inline.
    let faces = html.matches("@font-face { font-family: 'Fira Sans'").count();
    assert!(faces >= 2, "the regular and semibold faces are embedded ({faces})");
    assert_eq!(html.matches("url(").count(), faces, "every url() is an embedded font");
    assert_eq!(html.matches("url(data:font/woff2;base64,").count(), faces);
    let html = html.replace("url(data:font/woff2;base64,", "");
    for banned in
        ["<script", "src=\"", "href=\"", "url(", "@import", "<link", "http:", "https:", "<iframe", "<object"]
    {
        assert!(!html.contains(banned), "the report holds {banned}");
    }
    let swatches = html.matches("<svg viewBox=\"0 0 9 9\" aria-hidden=\"true\">").count();
    assert_eq!(swatches, 4, "a colour swatch for each series of the legend");
    assert_eq!(html.matches("<svg").count() - swatches, 2, "two inline charts");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);
}

#[test]
fn since_last_session_starts_at_the_latest_session() {
    let s = journal();
    let r = s.ebb(&["report", "--since-last-session", "--format", "json"]).json();
    assert_eq!(r["from"], "2026-11-20");
    // Without any session, it falls back to the last 28 days and says so.
    let fresh = Scratch::with_journal();
    let r = fresh.ebb(&["report", "--since-last-session", "--format", "json"]);
    assert!(r.stderr.contains("not logged a therapy session"), "{}", r.stderr);
    let v = r.json();
    let from = chrono::NaiveDate::parse_from_str(v["from"].as_str().unwrap(), "%Y-%m-%d").unwrap();
    let to = chrono::NaiveDate::parse_from_str(v["to"].as_str().unwrap(), "%Y-%m-%d").unwrap();
    assert_eq!((to - from).num_days(), 27);
    // --to and --since-last-session do not mix.
    s.ebb(&["report", "--since-last-session", "--to", "2026-11-01"]).fails(2);
}

#[test]
fn an_empty_period_is_said_in_words() {
    let s = Scratch::with_journal();
    let md = s.ebb(&["report", "--from", "2026-01-05", "--to", "2026-01-11"]).ok();
    assert!(md.contains("You logged 0 episodes in this week."), "{md}");
    assert!(md.contains("No cycles this time"), "{md}");
    assert!(md.contains("Nothing was marked"), "{md}");
    assert!(!md.contains("| When |"), "no empty table: {md}");
}

/// The summary (figures, charts, cycles, lists, sessions) comes first so it fills page 1
/// whatever follows; it says how many flagged records follow, and they follow in full, long
/// words and all, while the summary's own copies of the user's words stay short.
#[test]
fn the_summary_comes_first_and_flagged_records_follow_in_full() {
    let s = Scratch::with_journal();
    let long = format!("{}\nsecond line of the entry, kept", "a long flagged entry ".repeat(40));
    let trigger = "a trigger that goes on and on ".repeat(10);
    let doc = json!({
        "format": "ebb-export", "version": 1, "exported_at": "2026-11-24T09:00:00+01:00",
        "entries": [
            {"id": "10000000-0000-4000-8000-000000000001", "date": "2026-11-10", "text": long, "for_therapy": true,
             "created_at": "2026-11-10T21:00:00+01:00", "updated_at": "2026-11-10T21:00:00+01:00"}
        ],
        "episodes": [
            ep(1, "2026-11-12T20:00:00+01:00", "pull_away", "partner",
               json!({"trigger": trigger, "story": "that I am too much", "notes": "we both cried", "for_therapy": true})),
            ep(2, "2026-11-12T22:00:00+01:00", "pursuit", "me", json!({})),
        ],
        "settings": {"partner_name": "S".repeat(300), "auto_lock_minutes": 5}
    });
    let f = s.write_file("in.json", &doc.to_string());
    s.ebb(&["import", f.to_str().unwrap()]).ok();
    for fmt in ["html", "markdown"] {
        let mut a = vec!["report", "--format", fmt];
        a.extend(RANGE);
        let doc = s.ebb(&a).ok();
        let at = |needle: &str| doc.find(needle).unwrap_or_else(|| panic!("{fmt}: no {needle:?}"));
        assert!(doc.contains("I marked 2 things to talk about; they follow this summary."), "{fmt}");
        let talk = at("I want to talk about");
        for part in [
            "2 episodes in this period",
            "Cycles",
            "What set things off",
            "What I practised",
            "Sessions in this period",
        ] {
            assert!(at(part) < talk, "{fmt}: {part} comes before the flagged records");
        }
        // In full after the summary: the whole entry, the story and the notes.
        let flagged = &doc[talk..];
        assert!(flagged.contains("second line of the entry, kept"), "{fmt}: the whole entry");
        assert!(flagged.contains(&"a long flagged entry ".repeat(40).trim_end().to_owned()), "{fmt}");
        assert!(flagged.contains("that I am too much") && flagged.contains("we both cried"), "{fmt}");
        assert!(flagged.contains(trigger.trim()), "{fmt}: the whole trigger");
        // The summary's copy of the trigger and the partner's name are cut short.
        let summary = &doc[..talk];
        assert!(!summary.contains(trigger.trim()), "{fmt}: the summary shortens the trigger");
        assert!(summary.contains("a trigger that goes on and on a trigger that goes on and on…"), "{fmt}");
        assert!(
            !summary.contains(&"S".repeat(41)) && summary.contains(&format!("{}…", "S".repeat(40))),
            "{fmt}"
        );
    }
    // A period with nothing flagged says so once, on the summary's page, with no empty section.
    let md = s.ebb(&["report", "--from", "2026-11-13", "--to", "2026-11-20"]).ok();
    assert_eq!(md.matches("Nothing was marked to bring to this session.").count(), 1, "{md}");
    assert!(!md.contains("I want to talk about"), "{md}");
}
