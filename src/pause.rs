//! Taking a pause and coming back (DOMAIN.md, "Taking a pause, and coming back"; SPEC §8).
//!
//! A pause is an episode: the one who pauses pulls away, but says when they will be back.
//! This module holds its rules of time and words, with no I/O: when the return falls, what a
//! snooze moves it to, what the person can say, and which recent episodes Today asks about.

use chrono::{DateTime, Duration, FixedOffset, TimeZone};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{Actor, Episode, Kind, Record};
use crate::tr;

/// The length Ebb proposes: about twenty minutes is what calming down for real takes.
pub const DEFAULT_MINUTES: u32 = 20;
/// Shortest and longest pause the app takes, in minutes (a single minute is for a breath,
/// and for trying the pause out).
pub const MINUTES: std::ops::RangeInclusive<u32> = 1..=240;
/// "Not yet": how much later the app asks again.
pub const SNOOZE_MINUTES: u32 = 10;
/// How far back Today asks about episodes with no reconnection time.
pub const ASK_BACK_DAYS: i64 = 7;

/// The response a pause records: the one who paused asked for it with a return; the one
/// who gave the space calmed themselves instead of chasing.
pub fn response_for(who_pauses: Actor) -> &'static str {
    match who_pauses {
        Actor::Me => "asked_for_pause_with_return",
        Actor::Partner => "self_soothed",
    }
}

/// When the pause ends: `minutes` of real time after `start`, written in the offset the
/// clock shows at that moment. Across a change of clocks (the end of summer time) twenty
/// minutes stay twenty minutes, and the clock time shown is the one on the wall then.
pub fn return_time<Tz: TimeZone>(start: &DateTime<Tz>, minutes: u32) -> DateTime<FixedOffset> {
    (start.clone() + Duration::minutes(i64::from(minutes))).fixed_offset()
}

/// "Not yet": the next time to ask, [`SNOOZE_MINUTES`] from now.
pub fn snoozed<Tz: TimeZone>(now: &DateTime<Tz>) -> DateTime<FixedOffset> {
    return_time(now, SNOOZE_MINUTES)
}

/// Whether the return time has come.
pub fn is_due<Tz: TimeZone>(now: &DateTime<Tz>, at: &DateTime<FixedOffset>) -> bool {
    now.timestamp() >= at.timestamp()
}

/// A clock time as the person reads it: `20:35`.
pub fn clock(at: &DateTime<FixedOffset>) -> String {
    at.format("%H:%M").to_string()
}

/// The line the person can say, written for their side: the one who needs the pause names
/// the overwhelm and the return; the one who gives it offers the space and says when they
/// will check in. No blame in either.
pub fn default_line(who_pauses: Actor, minutes: u32, back: &str) -> String {
    match who_pauses {
        Actor::Me => tr!("pauseline-me", minutes = minutes, back = back),
        Actor::Partner => tr!("pauseline-partner", back = back),
    }
}

/// One episode Today asks about: it has no reconnection time yet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FollowUp {
    /// The episode's id.
    pub id: String,
    /// Pull-away or pursuit.
    pub kind: Kind,
    /// Who moved.
    pub actor: Actor,
    /// When it happened, as stored.
    pub occurred_at: String,
    /// When the one who paused promised to be back, if it was a pause.
    pub return_at: Option<String>,
}

/// The episodes of the last [`ASK_BACK_DAYS`] days with no reconnection time, except those
/// the person asked not to be asked about, newest first.
pub fn follow_ups<Tz: TimeZone>(
    records: &[Record],
    now: &DateTime<Tz>,
    not_asked: &[String],
) -> Vec<FollowUp> {
    let since = now.timestamp() - ASK_BACK_DAYS * 86_400;
    let mut out: Vec<&Episode> = records
        .iter()
        .filter_map(|r| match r {
            Record::Episode(e) => Some(e),
            _ => None,
        })
        .filter(|e| {
            let t = e.occurred_at.datetime().timestamp();
            e.reconnected_at.is_none()
                && t >= since
                && t <= now.timestamp()
                && !not_asked.iter().any(|n| n == e.id.as_str())
        })
        .collect();
    out.sort_by(|a, b| {
        b.occurred_at.datetime().cmp(&a.occurred_at.datetime()).then_with(|| a.id.as_str().cmp(b.id.as_str()))
    });
    out.into_iter()
        .map(|e| FollowUp {
            id: e.id.to_string(),
            kind: e.kind,
            actor: e.actor,
            occurred_at: e.occurred_at.as_str().to_owned(),
            return_at: e.return_at.as_ref().map(|t| t.as_str().to_owned()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{RecordId, Timestamp};
    use chrono_tz::Europe::Berlin;

    #[test]
    fn a_return_past_midnight_falls_on_the_next_day() {
        let start = Berlin.with_ymd_and_hms(2026, 11, 20, 23, 50, 0).unwrap();
        let back = return_time(&start, 20);
        assert_eq!(back.to_rfc3339(), "2026-11-21T00:10:00+01:00");
        assert_eq!(clock(&back), "00:10");
    }

    #[test]
    fn twenty_minutes_stay_twenty_across_the_clocks_going_back() {
        // 25 October 2026, 02:50 summer time; at 03:00 the clocks go back to 02:00.
        let start = Berlin.with_ymd_and_hms(2026, 10, 25, 0, 50, 0).unwrap() + Duration::hours(2);
        assert_eq!(start.fixed_offset().to_rfc3339(), "2026-10-25T02:50:00+02:00");
        let back = return_time(&start, 20);
        assert_eq!(back.to_rfc3339(), "2026-10-25T02:10:00+01:00");
        assert_eq!((back - start.fixed_offset()).num_minutes(), 20);
        // And forward in spring: 01:50 + 20 min is 03:10 summer time.
        let spring = Berlin.with_ymd_and_hms(2026, 3, 29, 1, 50, 0).unwrap();
        assert_eq!(return_time(&spring, 20).to_rfc3339(), "2026-03-29T03:10:00+02:00");
    }

    #[test]
    fn a_snooze_asks_again_ten_minutes_later_and_due_means_the_time_has_come() {
        let now = Berlin.with_ymd_and_hms(2026, 11, 20, 20, 20, 0).unwrap();
        let again = snoozed(&now);
        assert_eq!(clock(&again), "20:30");
        assert!(!is_due(&now, &again));
        assert!(is_due(&(now + Duration::minutes(10)), &again));
        assert!(is_due(&(now + Duration::minutes(11)), &again));
    }

    #[test]
    fn the_line_is_written_for_the_side_that_says_it() {
        let me = default_line(Actor::Me, 20, "20:35");
        assert!(me.contains("overwhelmed") && me.contains("20 minutes") && me.contains("20:35"), "{me}");
        let partner = default_line(Actor::Partner, 20, "20:35");
        assert!(partner.contains("space") && partner.contains("20:35") && !partner.contains("overwhelmed"));
        assert_eq!(response_for(Actor::Me), "asked_for_pause_with_return");
        assert_eq!(response_for(Actor::Partner), "self_soothed");
    }

    fn episode(n: u32, at: &str, back: Option<&str>) -> Record {
        let mut e =
            Episode::bare(&format!("00000000-0000-4000-8000-{n:012}"), at, Kind::PullAway, Actor::Partner);
        e.reconnected_at = back.map(|b| Timestamp::parse(b).unwrap());
        Record::Episode(e)
    }

    #[test]
    fn today_asks_about_the_last_seven_days_without_a_reconnection_newest_first() {
        let now = Berlin.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
        let records = [
            episode(1, "2026-11-17T09:00:00+01:00", None), // exactly 7 days: asked
            episode(2, "2026-11-17T08:59:00+01:00", None), // a minute older: not asked
            episode(3, "2026-11-23T21:00:00+01:00", None),
            episode(4, "2026-11-22T21:00:00+01:00", Some("2026-11-22T22:00:00+01:00")), // reconnected
            episode(5, "2026-11-21T21:00:00+01:00", None),                              // "don't ask"
            episode(6, "2026-11-25T21:00:00+01:00", None),                              // in the future
        ];
        let dont = [RecordId::parse("00000000-0000-4000-8000-000000000005").unwrap().to_string()];
        let ids: Vec<String> = follow_ups(&records, &now, &dont).into_iter().map(|f| f.id).collect();
        assert_eq!(ids, ["00000000-0000-4000-8000-000000000003", "00000000-0000-4000-8000-000000000001"]);
    }
}
