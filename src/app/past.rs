//! "On this day": what the person wrote on the same date in earlier years, and a calm look at
//! how the cycle went around this time a year ago against the last month (issue 17).

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use super::{App, Item};
use crate::error::Result;
use crate::model::{Date, Record};
use crate::query::sort_newest_first;

/// The most earlier-year records Today lists.
const MOST: usize = 20;

/// Today's look back.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct OnThisDay {
    /// Entries and episodes of this month and day in earlier years, newest first (a 29
    /// February's show on the 28th in other years).
    pub items: Vec<Item>,
    /// Episodes in the month around this day a year ago (15 days either side).
    pub last_year: u32,
    /// Episodes in the 30 days up to this day.
    pub this_year: u32,
}

/// Whether `d` is `day`'s month and day in an earlier year.
fn same_day_before(d: NaiveDate, day: NaiveDate) -> bool {
    if d.year() >= day.year() {
        return false;
    }
    let leap_day_shown_on_28th = d.month() == 2
        && d.day() == 29
        && day.month() == 2
        && day.day() == 28
        && NaiveDate::from_ymd_opt(day.year(), 2, 29).is_none();
    (d.month(), d.day()) == (day.month(), day.day()) || leap_day_shown_on_28th
}

impl App {
    /// What Today shows of earlier years for `date` (`YYYY-MM-DD`).
    pub fn on_this_day(&self, date: &str) -> Result<OnThisDay> {
        let day = Date::parse(date)?.0;
        let l = self.loaded()?;
        let mut earlier: Vec<&Record> = l
            .records
            .iter()
            .filter(|r| matches!(r, Record::Entry(_) | Record::Episode(_)))
            .filter(|r| r.date().is_some_and(|d| same_day_before(d, day)))
            .collect();
        sort_newest_first(&mut earlier);
        earlier.truncate(MOST);
        let a_year_ago = day.checked_sub_months(Months::new(12)).unwrap_or(day);
        let within = |from: NaiveDate, to: NaiveDate| {
            l.records
                .iter()
                .filter(|r| matches!(r, Record::Episode(_)) && r.date().is_some_and(|d| d >= from && d <= to))
                .count()
        };
        let n = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        let around = |d: NaiveDate, days: u64| {
            (
                d.checked_sub_days(Days::new(days)).unwrap_or(d),
                d.checked_add_days(Days::new(days)).unwrap_or(d),
            )
        };
        let (from, to) = around(a_year_ago, 15);
        Ok(OnThisDay {
            items: earlier.into_iter().filter_map(Item::from_record).collect(),
            last_year: n(within(from, to)),
            this_year: n(within(day.checked_sub_days(Days::new(29)).unwrap_or(day), day)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{EpisodeDraft, Passphrase};

    use crate::app::bare_entry as entry;

    fn episode(at: &str) -> EpisodeDraft {
        serde_json::from_value(serde_json::json!({ "kind": "pursuit", "actor": "me", "occurred_at": at }))
            .unwrap()
    }

    #[test]
    fn earlier_years_of_this_day_and_the_month_around_it_a_year_ago() {
        let dir = tempfile::tempdir().unwrap();
        let mut app = App::new(dir.path().join("j.ebb"));
        app.create(Passphrase::new("pass words".into())).unwrap();
        app.save_entry(entry("2023-06-10", "two years ago")).unwrap();
        app.save_entry(entry("2024-06-10", "a year ago")).unwrap();
        app.save_entry(entry("2024-06-11", "the day after")).unwrap();
        app.save_entry(entry("2025-06-10", "today itself")).unwrap();
        for at in [
            "2024-05-27T20:00:00+02:00",
            "2024-06-20T20:00:00+02:00",
            "2024-06-26T20:00:00+02:00",
            "2025-05-20T20:00:00+02:00",
            "2025-06-01T20:00:00+02:00",
        ] {
            app.save_episode(episode(at)).unwrap();
        }
        let o = app.on_this_day("2025-06-10").unwrap();
        let texts: Vec<String> = o
            .items
            .iter()
            .map(|i| match i {
                Item::Entry(e) => e.text.clone(),
                _ => "episode".into(),
            })
            .collect();
        assert_eq!(texts, vec!["a year ago", "two years ago"], "earlier years only, newest first");
        // 2024-05-26 ..= 2024-06-25 a year ago: the 27 May and 20 June ones; this year from 12 May.
        assert_eq!((o.last_year, o.this_year), (2, 2));
        assert!(app.on_this_day("10 June").is_err());
    }

    #[test]
    fn a_leap_day_shows_on_the_28th_when_the_year_has_none() {
        let d = |s: &str| Date::parse(s).unwrap().0;
        assert!(same_day_before(d("2024-02-29"), d("2025-02-28")));
        assert!(!same_day_before(d("2024-02-29"), d("2028-02-28")), "2028 has its own 29th");
        assert!(same_day_before(d("2024-02-29"), d("2028-02-29")));
        assert!(!same_day_before(d("2025-02-28"), d("2025-02-28")), "not this year's");
    }
}
