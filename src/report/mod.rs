//! The therapy-session report (SPEC §5b): one range, the same figures for the period of equal
//! length before it, the records the user flagged, and the sessions in range.
//!
//! [`build`] gathers the data (the JSON form); [`render`] turns it into Markdown or a
//! self-contained printable HTML page with inline SVG charts.

mod charts;
mod render;
pub(crate) mod sentences;

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use crate::model::{Date, Entry, Episode, Record, Session, Settings};
use crate::patterns::{Patterns, compute, episodes_in};
use crate::query::{DateRange, sort_oldest_first};

pub use render::{html, markdown};

/// Days in the default report range: the last four weeks up to today.
pub const DEFAULT_DAYS: i64 = 28;

/// The period before the report's range, of the same length.
#[derive(Debug, Clone, Serialize)]
pub struct Previous {
    pub from: Date,
    pub to: Date,
    pub patterns: Patterns,
}

/// A flagged record as it appears in the report.
#[derive(Debug, Clone, Serialize)]
pub struct Flagged {
    /// `entry` or `episode`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// An entry's date, or an episode's `occurred_at`.
    pub at: String,
    #[serde(flatten)]
    pub record: FlaggedRecord,
}

/// The record behind a flag.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum FlaggedRecord {
    Entry(Entry),
    Episode(Box<Episode>),
}

/// Everything the report says, in the JSON form of SPEC §5b.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub from: Date,
    pub to: Date,
    pub patterns: Patterns,
    pub previous: Previous,
    pub flagged: Vec<Flagged>,
    pub sessions: Vec<Session>,
}

/// The range `[today - 27 days, today]`.
pub fn default_range(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    (today - Duration::days(DEFAULT_DAYS - 1), today)
}

/// The range from the latest session's date up to today, if there is a session.
pub fn since_last_session(records: &[Record], today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    records
        .iter()
        .filter_map(|r| match r {
            Record::Session(s) if s.date.0 <= today => Some(s.date.0),
            _ => None,
        })
        .max()
        .map(|d| (d, today))
}

/// Builds the report over `[from, to]` (inclusive local dates).
pub fn build(records: &[Record], from: NaiveDate, to: NaiveDate) -> Report {
    let days = (to - from).num_days() + 1;
    let prev_to = from - Duration::days(1);
    let prev_from = from - Duration::days(days);
    let range = DateRange { from: Some(from), to: Some(to) };
    let prev_range = DateRange { from: Some(prev_from), to: Some(prev_to) };

    let mut in_range: Vec<&Record> = records.iter().filter(|r| range.holds(r)).collect();
    sort_oldest_first(&mut in_range);
    let flagged = in_range
        .iter()
        .filter_map(|r| match r {
            Record::Entry(e) if e.for_therapy => Some(Flagged {
                kind: "entry",
                at: e.date.to_string(),
                record: FlaggedRecord::Entry(e.clone()),
            }),
            Record::Episode(e) if e.for_therapy => Some(Flagged {
                kind: "episode",
                at: e.occurred_at.as_str().to_owned(),
                record: FlaggedRecord::Episode(Box::new(e.clone())),
            }),
            _ => None,
        })
        .collect();
    let sessions = in_range
        .iter()
        .filter_map(|r| match r {
            Record::Session(s) => Some(s.clone()),
            _ => None,
        })
        .collect();

    Report {
        from: Date(from),
        to: Date(to),
        patterns: compute(&episodes_in(records, &range)),
        previous: Previous {
            from: Date(prev_from),
            to: Date(prev_to),
            patterns: compute(&episodes_in(records, &prev_range)),
        },
        flagged,
        sessions,
    }
}

/// Options for the words of a rendered report.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// How the partner is named.
    pub settings: Settings,
    /// When the report was made, shown in its footer.
    pub generated_at: String,
}
