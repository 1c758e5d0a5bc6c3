//! Choosing and ordering records: date ranges, newest first, and text search.
//!
//! Shared by the command line and (later) the desktop app so that both agree on what
//! "newest" and "contains" mean.

use std::cmp::Ordering;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::model::Record;

/// An inclusive range of local dates; either end may be open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DateRange {
    /// The first date in the range; open when `None`.
    pub from: Option<NaiveDate>,
    /// The last date in the range; open when `None`.
    pub to: Option<NaiveDate>,
}

impl DateRange {
    /// Whether `d` falls in the range.
    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t)
    }

    /// Whether a record's local date falls in the range (settings never do).
    pub fn holds(&self, r: &Record) -> bool {
        r.date().is_some_and(|d| self.contains(d))
    }
}

/// The moment a record is sorted by within its date: an episode's start, otherwise when the
/// record was created.
fn moment(r: &Record) -> Option<DateTime<FixedOffset>> {
    match r {
        Record::Entry(e) => Some(e.created_at.datetime()),
        Record::Episode(e) => Some(e.occurred_at.datetime()),
        Record::Session(s) => Some(s.created_at.datetime()),
        Record::Practice(p) => Some(p.created_at.datetime()),
        Record::Checkin(c) => Some(c.created_at.datetime()),
        Record::Settings(_) => None,
    }
}

/// Orders records in time: by local date, then by moment, then by id for a stable order.
pub fn chronological(a: &Record, b: &Record) -> Ordering {
    (a.date(), moment(a))
        .cmp(&(b.date(), moment(b)))
        .then_with(|| a.id().map(|i| i.as_str()).cmp(&b.id().map(|i| i.as_str())))
}

/// Sorts newest first.
pub fn sort_newest_first(records: &mut [&Record]) {
    records.sort_unstable_by(|a, b| chronological(b, a));
}

/// Sorts oldest first (the order of exports and reports).
pub fn sort_oldest_first(records: &mut [&Record]) {
    records.sort_unstable_by(|a, b| chronological(a, b));
}

/// The newest `n` records, newest first, without sorting all of them.
pub fn newest<'a>(records: impl IntoIterator<Item = &'a Record>, n: usize) -> Vec<&'a Record> {
    let mut v: Vec<&Record> = records.into_iter().collect();
    if n == 0 {
        return vec![];
    }
    if v.len() > n {
        v.select_nth_unstable_by(n - 1, |a, b| chronological(b, a));
        v.truncate(n);
    }
    sort_newest_first(&mut v);
    v
}

/// Every piece of free text and every label in a record, for search ([`Record::texts`]).
pub fn text_fields(r: &Record) -> Vec<&str> {
    match r {
        Record::Settings(_) => vec![],
        r => r.texts().into_iter().flat_map(|(_, t)| t.strs()).collect(),
    }
}

/// A case-insensitive substring query (Unicode lower-casing on both sides).
#[derive(Debug, Clone)]
pub struct Search {
    needle: String,
}

impl Search {
    /// Prepares a query.
    pub fn new(query: &str) -> Self {
        Search { needle: query.to_lowercase() }
    }

    /// Whether any text field of the record contains the query.
    pub fn matches(&self, r: &Record) -> bool {
        text_fields(r).iter().any(|t| t.to_lowercase().contains(&self.needle))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn entry(date: &str, text: &str) -> Record {
        let t = Timestamp::parse(&format!("{date}T12:00:00+00:00")).unwrap();
        Record::Entry(Entry {
            id: RecordId::new(),
            date: Date::parse(date).unwrap(),
            text: text.into(),
            mood: None,
            closeness: None,
            safety: None,
            tags: vec!["Work".into()],
            for_therapy: false,
            created_at: t.clone(),
            updated_at: t,
        })
    }

    #[test]
    fn ranges_are_inclusive_and_open_ended() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let r = DateRange { from: Some(d("2026-11-01")), to: Some(d("2026-11-30")) };
        assert!(r.contains(d("2026-11-01")) && r.contains(d("2026-11-30")));
        assert!(!r.contains(d("2026-10-31")) && !r.contains(d("2026-12-01")));
        assert!(DateRange::default().contains(d("1999-01-01")));
    }

    #[test]
    fn newest_first_orders_by_date() {
        let (a, b, c) = (entry("2026-11-01", "a"), entry("2026-11-03", "c"), entry("2026-11-02", "b"));
        let mut v = vec![&a, &b, &c];
        sort_newest_first(&mut v);
        let dates: Vec<_> = v.iter().map(|r| r.date().unwrap().to_string()).collect();
        assert_eq!(dates, ["2026-11-03", "2026-11-02", "2026-11-01"]);
    }

    #[test]
    fn newest_n_matches_a_full_sort() {
        let recs: Vec<Record> = (1..=28).rev().map(|d| entry(&format!("2026-02-{d:02}"), "x")).collect();
        let mut all: Vec<&Record> = recs.iter().collect();
        sort_newest_first(&mut all);
        for n in [0, 1, 5, 28, 40] {
            let top = newest(&recs, n);
            assert_eq!(top, all[..n.min(28)].to_vec(), "n = {n}");
        }
    }

    #[test]
    fn search_ignores_case_including_non_ascii() {
        let r = entry("2026-11-01", "Ärger über den ABEND");
        assert!(Search::new("ärger").matches(&r));
        assert!(Search::new("abend").matches(&r));
        assert!(Search::new("work").matches(&r), "tags are searched");
        assert!(!Search::new("morning").matches(&r));
    }
}
