//! The therapy-session report (SPEC §5b): one range, the same figures for the period of equal
//! length before it, the records the user flagged, and the sessions in range.
//!
//! [`build`] gathers the data (the JSON form); [`markdown`] and [`html`] turn it into Markdown
//! or a self-contained printable HTML page with inline SVG charts.

mod charts;
mod fonts;
mod render;
pub(crate) mod sentences;

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{Date, Entry, Episode, Record, Session, Settings};
use crate::patterns::{Patterns, compute_all};
use crate::query::{DateRange, sort_oldest_first};

pub use render::{html, html_body, markdown};

/// The report's stylesheet, for a page that shows [`html_body`].
pub const CSS: &str = include_str!("templates/report.css");

/// Days in the default report range: the last four weeks up to today.
pub const DEFAULT_DAYS: i64 = 28;

/// The period before the report's range, of the same length.
#[derive(Debug, Clone, Serialize)]
pub struct Previous {
    /// The first day of the earlier period.
    pub from: Date,
    /// The last day of the earlier period: the day before the report's `from`.
    pub to: Date,
    /// The earlier period's patterns (SPEC §5).
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
    /// The record itself, its fields written beside `type` and `at`.
    #[serde(flatten)]
    pub record: FlaggedRecord,
}

/// The record behind a flag.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum FlaggedRecord {
    /// A daily entry marked for therapy.
    Entry(Entry),
    /// An episode marked for therapy.
    Episode(Box<Episode>),
}

/// Everything the report says, in the JSON form of SPEC §5b.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The first day of the range.
    pub from: Date,
    /// The last day of the range.
    pub to: Date,
    /// The range's patterns (SPEC §5).
    pub patterns: Patterns,
    /// The same figures for the period of equal length just before.
    pub previous: Previous,
    /// Every entry and episode in range marked for therapy, oldest first.
    pub flagged: Vec<Flagged>,
    /// The therapy sessions in range, oldest first.
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

    // Practice days are never counted after today.
    let today = chrono::Local::now().date_naive();
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
        patterns: compute_all(records, &range, today),
        previous: Previous {
            from: Date(prev_from),
            to: Date(prev_to),
            patterns: compute_all(records, &prev_range, today),
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
    /// The user's own words were left out ([`Redaction::hide_text`]): empty lists say so
    /// rather than "nothing was written down".
    pub text_hidden: bool,
}

/// What the user chose to leave out of a copy of the report on the preparation screen.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, TS)]
pub struct Redaction {
    /// Ids of flagged entries and episodes not to include.
    pub leave_out: Vec<String>,
    /// Leave out everything written in the user's own words: entry text, triggers, stories,
    /// needs, feelings, notes and homework. Counts, codes and intensities stay.
    pub hide_text: bool,
}

impl Report {
    /// Applies the user's choices to this copy of the report.
    pub fn redact(&mut self, r: &Redaction) {
        self.flagged.retain(|f| {
            let id = match &f.record {
                FlaggedRecord::Entry(e) => e.id.as_str(),
                FlaggedRecord::Episode(e) => e.id.as_str(),
            };
            !r.leave_out.iter().any(|x| x == id)
        });
        if !r.hide_text {
            return;
        }
        for f in &mut self.flagged {
            match &mut f.record {
                FlaggedRecord::Entry(e) => e.text.clear(),
                FlaggedRecord::Episode(e) => {
                    for t in [&mut e.trigger, &mut e.story, &mut e.need, &mut e.next_time, &mut e.notes] {
                        t.clear();
                    }
                    e.feelings.clear();
                }
            }
        }
        for s in &mut self.sessions {
            s.notes.clear();
            s.homework.clear();
        }
        for p in [&mut self.patterns, &mut self.previous.patterns] {
            p.triggers.clear();
            for c in &mut p.cycles {
                c.trigger.clear();
            }
            // The cycle map's usual trigger and each practice's text are the person's words too.
            for g in &mut p.cycle_map {
                g.trigger.clear();
            }
            for f in &mut p.practice {
                f.text.clear();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Kind, RecordId, Timestamp};

    fn id(n: u32) -> String {
        format!("00000000-0000-4000-8000-{n:012}")
    }

    fn records() -> Vec<Record> {
        let t = Timestamp::parse("2026-11-10T09:00:00Z").unwrap();
        let entry = Entry {
            id: RecordId::parse(&id(1)).unwrap(),
            date: Date(NaiveDate::from_ymd_opt(2026, 11, 10).unwrap()),
            text: "ENTRY-WORDS about the weekend".into(),
            mood: None,
            closeness: None,
            safety: None,
            tags: vec![],
            for_therapy: true,
            created_at: t.clone(),
            updated_at: t,
        };
        let mut a = Episode::bare(&id(2), "2026-11-11T20:00:00+00:00", Kind::Pursuit, Actor::Me);
        a.trigger = "TRIGGER-WORDS".into();
        a.story = "STORY-WORDS".into();
        a.for_therapy = true;
        a.intensity = Some(7);
        let mut b = Episode::bare(&id(3), "2026-11-11T21:00:00+00:00", Kind::PullAway, Actor::Partner);
        b.for_therapy = true;
        b.need = "NEED-WORDS".into();
        vec![Record::Entry(entry), Record::Episode(a), Record::Episode(b)]
    }

    fn page(r: &Report, hidden: bool) -> String {
        let opts = RenderOptions { text_hidden: hidden, ..RenderOptions::default() };
        html_body(r, &opts).unwrap() + &markdown(r, &opts).unwrap()
    }

    #[test]
    fn leaving_out_items_removes_them_and_nothing_else() {
        let from = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let to = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let mut r = build(&records(), from, to);
        assert!(page(&r, false).contains("ENTRY-WORDS"));
        r.redact(&Redaction { leave_out: vec![id(1), id(3)], hide_text: false });
        assert_eq!(r.flagged.len(), 1);
        let p = page(&r, false);
        assert!(!p.contains("ENTRY-WORDS") && !p.contains("NEED-WORDS"), "{p}");
        assert!(p.contains("TRIGGER-WORDS"));
        assert_eq!(r.patterns.totals.total(), 2, "figures still count every episode");
    }

    #[test]
    fn hiding_free_text_keeps_counts_and_says_what_was_left_out() {
        let from = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let to = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let mut r = build(&records(), from, to);
        r.redact(&Redaction { leave_out: vec![], hide_text: true });
        let p = page(&r, true);
        // Case-blind: the cycle map lower-cases its trigger, and once printed it that way.
        let lower = p.to_lowercase();
        for words in ["ENTRY-WORDS", "TRIGGER-WORDS", "STORY-WORDS", "NEED-WORDS"] {
            assert!(!lower.contains(&words.to_lowercase()), "{words} left in:\n{p}");
        }
        assert!(r.patterns.cycle_map.iter().all(|g| g.trigger.is_empty()));
        assert_eq!(r.flagged.len(), 3);
        assert!(p.contains("7 of 10"), "intensity stays");
        assert!(p.contains("Left out of this copy."));
        assert_eq!(r.patterns.cycles.len(), 1);
    }

    #[test]
    fn a_long_range_lists_the_latest_three_sessions_and_says_how_many_there_were() {
        let t = Timestamp::parse("2026-11-01T09:00:00Z").unwrap();
        let records: Vec<Record> = (1..=5)
            .map(|n| {
                Record::Session(Session {
                    id: RecordId::parse(&id(10 + n)).unwrap(),
                    date: Date(NaiveDate::from_ymd_opt(2026, 9, n * 5).unwrap()),
                    notes: String::new(),
                    homework: format!("HOMEWORK-{n}"),
                    created_at: t.clone(),
                    updated_at: t.clone(),
                })
            })
            .collect();
        let from = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        let r = build(&records, from, NaiveDate::from_ymd_opt(2026, 9, 30).unwrap());
        let p = page(&r, false);
        assert!(p.contains("The latest 3 of 5:"), "{p}");
        assert!(p.contains("HOMEWORK-5") && p.contains("HOMEWORK-3"));
        assert!(!p.contains("HOMEWORK-2") && !p.contains("HOMEWORK-1"));
    }
}
