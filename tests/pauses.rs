//! Pauses and repairs through the real `ebb` binary (SPEC §8): `--return-at`, `--repair`,
//! `ebb edit` coming back to an episode, and `ebb patterns`' `pauses` and `repairs`.

mod common;

use common::*;
use serde_json::json;

#[test]
fn a_pause_logged_then_come_back_to_shows_in_patterns_exactly() {
    let s = Scratch::with_journal();
    let on_time = s
        .ebb(
            &[
                pause_args("me", "2026-11-20T20:00:00+01:00", "2026-11-20T20:20:00+01:00"),
                vec!["--response", "asked_for_pause_with_return"],
            ]
            .concat(),
        )
        .id();
    let late = s.ebb(&pause_args("partner", "2026-11-21T23:50:00+01:00", "2026-11-22T00:10:00+01:00")).id();
    s.ebb(&["episode", "--kind", "pursuit", "--actor", "me", "--at", "2026-11-22T09:00:00+01:00"]).ok();
    // Coming back to them, as the Today follow-up does.
    s.ebb(&[
        "edit",
        &on_time,
        "--reconnected-at",
        "2026-11-20T20:30:00+01:00",
        "--repair",
        "came_back_as_promised",
        "--repair",
        "talked_it_through",
    ])
    .ok();
    s.ebb(&["edit", &late, "--reconnected-at", "2026-11-22T01:10:00+01:00", "--repair", "talked_it_through"])
        .ok();
    let shown = s.ebb(&["show", &on_time]).json();
    assert_eq!(shown["return_at"], "2026-11-20T20:20:00+01:00");
    assert_eq!(shown["repairs"], json!(["came_back_as_promised", "talked_it_through"]));

    let p = s.ebb(&["patterns"]).json();
    assert_eq!(p["pauses"], json!({"count": 2, "returned": 2, "on_time": 1, "on_time_rate": 0.5}));
    // talked_it_through: 30 and 80 minutes, median 55; came_back_as_promised: 30.
    assert_eq!(
        p["repairs"],
        json!([
            {"code": "talked_it_through", "count": 2, "median_minutes": 55.0},
            {"code": "came_back_as_promised", "count": 1, "median_minutes": 30.0},
        ])
    );
    // A range without them has the keys, empty.
    let quiet = s.ebb(&["patterns", "--from", "2026-10-01", "--to", "2026-10-31"]).json();
    assert_eq!(quiet["pauses"], json!({"count": 0, "returned": 0, "on_time": 0, "on_time_rate": null}));
    assert_eq!(quiet["repairs"], json!([]));
    // The report says it in words, blame-free.
    let md = s.ebb(&["report", "--format", "markdown", "--from", "2026-11-15", "--to", "2026-11-28"]).ok();
    assert!(
        md.contains(
            "2 pauses were taken with a time to come back; 2 ended with coming back, 1 of them on time"
        ),
        "{md}"
    );
    assert!(
        md.contains("What helped you reconnect most often: we talked about what happened, calmly (2 times, a median of 55 min to reconnect); quickest: the one who paused came back when they said (30 min)."),
        "{md}"
    );
    // Clearing the pause.
    s.ebb(&["edit", &late, "--clear", "return_at"]).ok();
    assert_eq!(s.ebb(&["patterns"]).json()["pauses"]["count"], 1);
}

#[test]
fn a_return_before_the_start_or_an_odd_repair_code_is_refused_and_nothing_is_written() {
    let s = Scratch::with_journal();
    let err = s.ebb(&pause_args("me", "2026-11-20T20:00:00+01:00", "2026-11-20T19:00:00+01:00")).fails(2);
    assert!(err.contains("return_at") && err.contains("before occurred_at"), "{err}");
    let err = s.ebb(&["episode", "--kind", "pull_away", "--actor", "me", "--repair", "Our Walk"]).fails(2);
    assert!(err.contains("repairs") && err.contains("Our Walk"), "{err}");
    let err = s.ebb(&["write", "a day", "--repair", "humour"]).fails(2);
    assert!(err.contains("--repair"), "{err}");
    assert!(rows(&s.journal()).is_empty());
}
