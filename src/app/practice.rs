//! Practice between sessions (SPEC §8): what the person chose to practise, from a day until
//! they end it, and a check-in a day on how it went.

use chrono::{Local, NaiveDate};

use super::{App, Item};
use crate::error::{Error, Result};
use crate::model::{Checkin, CheckinDraft, Date, Practice, PracticeDraft, Record, RecordId, Timestamp};
use crate::tr;

/// `YYYY-MM-DD`, or today when empty.
fn day_or_today(raw: &str) -> Result<Date> {
    if raw.trim().is_empty() { Ok(Date(Local::now().date_naive())) } else { Date::parse(raw) }
}

/// The practice a draft saves as (not yet checked).
pub(super) fn practice_record(
    d: PracticeDraft,
    id: RecordId,
    created_at: Timestamp,
    updated_at: Timestamp,
) -> Result<Record> {
    let started_on = day_or_today(&d.started_on)?;
    let ended_on = d.ended_on.as_deref().filter(|s| !s.trim().is_empty()).map(Date::parse).transpose()?;
    let mut d = d;
    d.response = d.response.take().filter(|r| !r.is_empty());
    d.session_id = d.session_id.take().filter(|s| !s.is_empty());
    Ok(Record::Practice(d.into_record(id, started_on, ended_on, created_at, updated_at)))
}

/// The check-in a draft saves as (not yet checked).
pub(super) fn checkin_record(
    d: CheckinDraft,
    id: RecordId,
    created_at: Timestamp,
    updated_at: Timestamp,
) -> Result<Record> {
    let date = day_or_today(&d.date)?;
    Ok(Record::Checkin(d.into_record(id, date, created_at, updated_at)))
}

impl From<&Practice> for PracticeDraft {
    /// The draft that saves the practice unchanged: the start of an edit.
    fn from(p: &Practice) -> Self {
        p.to_draft(p.started_on.to_string(), p.ended_on.map(|d| d.to_string()))
    }
}

impl From<&Checkin> for CheckinDraft {
    /// The draft that saves the check-in unchanged: the start of an edit.
    fn from(c: &Checkin) -> Self {
        c.to_draft(c.date.to_string())
    }
}

/// Whether the practice runs on `day`.
pub fn active_on(p: &Practice, day: NaiveDate) -> bool {
    p.started_on.0 <= day && p.ended_on.is_none_or(|e| e.0 >= day)
}

impl App {
    /// Starts or edits a practice. A session it names must be in the journal.
    pub fn save_practice(&mut self, d: PracticeDraft) -> Result<Item> {
        if let Some(sid) = d.session_id.as_deref().filter(|s| !s.is_empty()) {
            let known = self
                .loaded()?
                .records
                .iter()
                .any(|r| matches!(r, Record::Session(s) if s.id.as_str() == sid));
            if !known {
                return Err(Error::invalid(tr!("app-no-session", id = sid)));
            }
        }
        let existing = d.id.clone();
        self.save_draft(&existing, "practice", |id, c, u| practice_record(d, id, c, u))
    }

    /// Ends a practice on `on` (`YYYY-MM-DD`; today when empty).
    pub fn end_practice(&mut self, id: &str, on: &str) -> Result<Item> {
        let Item::Practice(p) = self.get(id)? else {
            return Err(Error::invalid(tr!("app-not-a-practice", id = id)));
        };
        let mut d = PracticeDraft::from(&p);
        d.ended_on = Some(day_or_today(on)?.to_string());
        self.save_practice(d)
    }

    /// Every practice: those running today first, then the ended ones; each group by start
    /// day, newest first.
    pub fn practices(&self) -> Result<Vec<Practice>> {
        let today = Local::now().date_naive();
        let mut out: Vec<Practice> = self
            .loaded()?
            .records
            .iter()
            .filter_map(|r| match r {
                Record::Practice(p) => Some(p.clone()),
                _ => None,
            })
            .collect();
        out.sort_by(|a, b| {
            let running = |p: &Practice| p.ended_on.is_none_or(|e| e.0 >= today);
            running(b)
                .cmp(&running(a))
                .then_with(|| b.started_on.0.cmp(&a.started_on.0))
                .then_with(|| a.id.as_str().cmp(b.id.as_str()))
        });
        Ok(out)
    }

    /// Records that day's check-in on a practice, or replaces the one already there (there
    /// is one a day: the app edits it, keeping its id and `created_at`).
    pub fn checkin(&mut self, mut d: CheckinDraft) -> Result<Item> {
        let date = day_or_today(&d.date)?;
        d.date = date.to_string();
        let l = self.loaded()?;
        let Some(Record::Practice(p)) =
            l.records.iter().find(|r| r.id().is_some_and(|i| i.as_str() == d.practice_id))
        else {
            return Err(Error::invalid(tr!("app-no-practice", id = d.practice_id.as_str())));
        };
        if date.0 < p.started_on.0 {
            return Err(Error::invalid(tr!(
                "app-checkin-before-start",
                start = p.started_on.to_string(),
                date = date.to_string()
            )));
        }
        if let Some(end) = p.ended_on
            && date.0 > end.0
        {
            return Err(Error::invalid(tr!(
                "app-checkin-after-end",
                end = end.to_string(),
                date = date.to_string()
            )));
        }
        let same_day = l.records.iter().find_map(|r| match r {
            Record::Checkin(c) if c.practice_id == d.practice_id && c.date.0 == date.0 => {
                Some(c.id.to_string())
            }
            _ => None,
        });
        d.id = same_day.or(d.id.take().filter(|i| !i.is_empty()));
        let existing = d.id.clone();
        self.save_draft(&existing, "checkin", |id, c, u| checkin_record(d, id, c, u))
    }

    /// Edits a check-in as given (its id kept). Moved onto a day that already has another
    /// check-in of the same practice, it is refused naming both.
    pub fn save_checkin(&mut self, d: CheckinDraft) -> Result<Item> {
        let date = day_or_today(&d.date)?;
        let clash = self.loaded()?.records.iter().find_map(|r| match r {
            Record::Checkin(c)
                if c.practice_id == d.practice_id
                    && c.date.0 == date.0
                    && d.id.as_deref() != Some(c.id.as_str()) =>
            {
                Some(c.id.to_string())
            }
            _ => None,
        });
        if let Some(other) = clash {
            return Err(Error::invalid(tr!(
                "app-checkin-twice",
                practice = d.practice_id.as_str(),
                checkin = other,
                date = date.to_string()
            )));
        }
        let existing = d.id.clone();
        self.save_draft(&existing, "checkin", |id, c, u| checkin_record(d, id, c, u))
    }

    /// The check-ins of one day.
    pub fn checkins_on(&self, date: &str) -> Result<Vec<Checkin>> {
        let day = Date::parse(date)?;
        Ok(self
            .loaded()?
            .records
            .iter()
            .filter_map(|r| match r {
                Record::Checkin(c) if c.date.0 == day.0 => Some(c.clone()),
                _ => None,
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Passphrase;
    use crate::model::Done;

    fn app() -> (tempfile::TempDir, App) {
        let dir = tempfile::tempdir().unwrap();
        let mut app = App::new(dir.path().join("journal.ebb"));
        app.create(Passphrase::new("practice test words".into())).unwrap();
        (dir, app)
    }

    fn practice(text: &str, from: &str) -> PracticeDraft {
        serde_json::from_value(
            serde_json::json!({"text": text, "response": "named_the_pattern", "started_on": from}),
        )
        .unwrap()
    }

    fn check(pid: &str, date: &str, done: &str) -> CheckinDraft {
        serde_json::from_value(serde_json::json!({"practice_id": pid, "date": date, "done": done})).unwrap()
    }

    #[test]
    fn a_practice_runs_until_ended_and_takes_one_check_in_a_day() {
        let (_d, mut app) = app();
        let Item::Practice(p) = app.save_practice(practice("Name the pattern once", "2026-11-20")).unwrap()
        else {
            panic!()
        };
        assert!(p.ended_on.is_none());
        let id = p.id.to_string();
        let Item::Checkin(first) = app.checkin(check(&id, "2026-11-21", "no")).unwrap() else { panic!() };
        // The same day again replaces it: same id, same created_at, the new answer.
        let mut again = check(&id, "2026-11-21", "yes");
        again.note = "said it out loud".into();
        let Item::Checkin(second) = app.checkin(again).unwrap() else { panic!() };
        assert_eq!(
            (second.id.clone(), second.created_at.clone()),
            (first.id.clone(), first.created_at.clone())
        );
        assert_eq!(second.done, Done::Yes);
        assert_eq!(app.checkins_on("2026-11-21").unwrap().len(), 1);
        // Not before the practice starts, and only on a practice.
        assert!(app.checkin(check(&id, "2026-11-19", "yes")).is_err());
        assert!(app.checkin(check("00000000-0000-4000-8000-000000000000", "2026-11-21", "yes")).is_err());
        // Ending it: on a day, never before its start.
        assert!(app.end_practice(&id, "2026-11-10").is_err());
        let Item::Practice(ended) = app.end_practice(&id, "2026-11-25").unwrap() else { panic!() };
        assert!(app.checkin(check(&id, "2026-11-26", "yes")).is_err(), "not after it ended");
        assert!(app.checkin(check(&id, "2026-11-25", "yes")).is_ok(), "its last day is a day it runs");
        assert_eq!(ended.ended_on.unwrap().to_string(), "2026-11-25");
        assert!(active_on(&ended, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()));
        assert!(!active_on(&ended, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()));
        // Running ones first.
        app.save_practice(practice("Say I'm overwhelmed", "")).unwrap();
        let all = app.practices().unwrap();
        assert_eq!(all[0].text, "Say I'm overwhelmed");
        assert_eq!(all[0].started_on.0, Local::now().date_naive(), "today by default");
        // A practice from a session names one in the journal.
        let mut from_session = practice("x", "");
        from_session.session_id = Some(RecordId::new().to_string());
        assert!(app.save_practice(from_session).is_err());
    }

    #[test]
    fn an_import_with_two_check_ins_for_one_day_is_refused_naming_both() {
        let (_d, mut app) = app();
        let Item::Practice(p) = app.save_practice(practice("Name it", "2026-11-20")).unwrap() else {
            panic!()
        };
        let Item::Checkin(c) = app.checkin(check(p.id.as_str(), "2026-11-21", "yes")).unwrap() else {
            panic!()
        };
        let (json, _) = app.export_text(super::super::ExportFormat::Json, &Default::default()).unwrap();
        let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(doc["version"], 2);
        // The same pair under another id: refused, both named, nothing written.
        let other = RecordId::new().to_string();
        let mut dup = doc["checkins"][0].clone();
        dup["id"] = other.clone().into();
        doc["checkins"] = serde_json::json!([dup]);
        let parsed = crate::exchange::Export::parse(doc.to_string().as_bytes()).unwrap();
        let err = app.import_doc(&parsed).unwrap_err().to_string();
        assert!(err.contains(&other) && err.contains(c.id.as_str()), "{err}");
        assert_eq!(app.checkins_on("2026-11-21").unwrap().len(), 1, "nothing was written");
        // Two in the file itself: refused when the file is read.
        let third = RecordId::new().to_string();
        let mut dup2 = dup.clone();
        dup2["id"] = third.clone().into();
        doc["checkins"] = serde_json::json!([dup, dup2]);
        let err = crate::exchange::Export::parse(doc.to_string().as_bytes()).unwrap_err().to_string();
        assert!(err.contains(&other) && err.contains(&third), "{err}");
        // The same check-in again (same id, same pair) is not a second one.
        doc["checkins"] = serde_json::json!([doc["checkins"][0].clone()]);
        doc["checkins"][0]["id"] = c.id.to_string().into();
        let parsed = crate::exchange::Export::parse(doc.to_string().as_bytes()).unwrap();
        assert_eq!(app.import_doc(&parsed).unwrap().added, 0);
    }
}
