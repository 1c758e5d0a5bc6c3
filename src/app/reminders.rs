//! The daily reminder and what rings while the desktop app waits ([`crate::alarms`] holds the
//! rules; this is where they meet the journal and the preferences file beside it).

use chrono::{DateTime, Local, TimeZone};

use super::App;
use crate::alarms::{DesktopPrefs, Ring};
use crate::error::Result;
use crate::model::{Record, Settings};

/// Today offers the reminder once the journal has been in use this many days.
pub const OFFER_AFTER_DAYS: i64 = 7;

impl App {
    /// The desktop app has started: reads its preferences beside the journal, so the reminder
    /// rings even before anyone unlocks (Ebb started at login, locked).
    pub fn wake(&mut self) {
        self.desktop = DesktopPrefs::load(&self.path);
        self.alarms.arm_reminder(self.desktop.reminder_at.as_deref());
    }

    /// What rings now (the shell shows it as a notification). Unlocked, the reminder's time
    /// and the latest day with an entry are first read from the journal, and kept for while
    /// it is locked.
    pub fn tick(&mut self) -> Vec<Ring> {
        self.tick_at(&Local::now())
    }

    pub(super) fn tick_at<Tz: TimeZone>(&mut self, now: &DateTime<Tz>) -> Vec<Ring> {
        let today = now.naive_local().date();
        let facts = self.loaded().ok().map(|l| {
            let last = l
                .records
                .iter()
                .filter_map(|r| match r {
                    Record::Entry(e) if e.date.0 <= today => Some(e.date.0),
                    _ => None,
                })
                .max();
            (l.settings.reminder_at.clone(), last)
        });
        if let Some((reminder, last)) = facts {
            self.alarms.set_reminder(reminder.as_deref(), now);
            self.alarms.last_entry_on(last);
            if self.desktop.reminder_at != reminder {
                self.desktop.reminder_at = reminder;
                // Only the next start at login needs it; failing to write it loses nothing.
                let _ = self.desktop.save(&self.path);
            }
        }
        self.alarms.due(now)
    }

    /// Whether Today offers the daily reminder: none is set, it was never offered, and the
    /// journal's first record is at least a week old.
    pub fn reminder_offer(&self) -> Result<bool> {
        let l = self.loaded()?;
        let s = &l.settings;
        if s.reminder_at.is_some() || s.app_state.reminder_offered {
            return Ok(false);
        }
        let since = Local::now().timestamp() - OFFER_AFTER_DAYS * 86_400;
        let first = l.records.iter().filter_map(|r| r.created_at().map(|t| t.datetime().timestamp())).min();
        Ok(first.is_some_and(|t| t <= since))
    }

    /// The answer to Today's offer: a time (`HH:MM`) turns the reminder on, none leaves it
    /// off. Either way it is not offered again.
    pub fn answer_reminder_offer(&mut self, at: Option<String>) -> Result<Settings> {
        let mut settings = self.settings()?;
        settings.app_state.reminder_offered = true;
        if at.is_some() {
            settings.reminder_at = at;
        }
        self.store_settings(settings)
    }

    /// Whether the person still needs to be told that closing the window keeps Ebb in the
    /// tray; asking marks it told, so it is said once.
    pub fn tell_about_tray(&mut self) -> bool {
        if self.desktop.tray_told {
            return false;
        }
        self.desktop.tray_told = true;
        let _ = self.desktop.save(&self.path);
        true
    }

    /// Whether something is waiting to ring: a running pause or a daily reminder. Closing the
    /// window then keeps Ebb running, locked.
    pub fn has_alarms(&self) -> bool {
        self.alarms.running().is_some() || self.alarms.reminder().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{EntryDraft, Passphrase};
    use chrono::Duration;

    fn app() -> (tempfile::TempDir, App) {
        let dir = tempfile::tempdir().unwrap();
        let mut app = App::new(dir.path().join("journal.ebb"));
        app.create(Passphrase::new("reminder test words".into())).unwrap();
        (dir, app)
    }

    fn entry(app: &mut App, date: &str) {
        let d: EntryDraft =
            serde_json::from_value(serde_json::json!({"date": date, "text": "a few words"})).unwrap();
        app.save_entry(d).unwrap();
    }

    #[test]
    fn the_reminder_follows_the_journal_rings_when_locked_and_stays_quiet_on_a_day_with_an_entry() {
        let (dir, mut app) = app();
        let now = Local::now();
        let soon = now + Duration::minutes(1);
        let at = soon.format("%H:%M").to_string();
        let mut s = app.settings().unwrap();
        s.reminder_at = Some(at.clone());
        app.save_settings(s).unwrap();
        assert!(app.tick_at(&now).is_empty() || now.date_naive() != soon.date_naive());
        // The time is copied beside the journal for Ebb started at login.
        assert_eq!(DesktopPrefs::load(&dir.path().join("journal.ebb")).reminder_at, Some(at.clone()));
        assert!(app.has_alarms());
        app.lock();
        if now.date_naive() == soon.date_naive() {
            assert_eq!(app.tick_at(&soon), [Ring::Reminder], "locked, it still rings");
        }
        // A new run of the app, started locked: the reminder is known before unlock.
        let mut fresh = App::new(dir.path().join("journal.ebb"));
        fresh.wake();
        assert!(fresh.has_alarms());
        // Tomorrow, with tomorrow's entry already written: quiet. (Dated entries are seen
        // when unlocked.)
        fresh.unlock(Passphrase::new("reminder test words".into())).unwrap();
        let tomorrow = soon + Duration::days(1);
        entry(&mut fresh, &tomorrow.format("%Y-%m-%d").to_string());
        // An entry dated in the future does not count for today...
        fresh.tick_at(&soon);
        // ...but on its day it keeps the reminder quiet.
        assert!(fresh.tick_at(&tomorrow).is_empty());
        assert_eq!(fresh.tick_at(&(tomorrow + Duration::days(1))), [Ring::Reminder]);
    }

    #[test]
    fn the_reminder_is_offered_once_after_the_first_week() {
        let (_d, mut app) = app();
        entry(&mut app, &Local::now().format("%Y-%m-%d").to_string());
        assert!(!app.reminder_offer().unwrap(), "not in the first week");
        // A journal a week old (its first record imported with its own created_at).
        let old = (Local::now() - Duration::days(8)).fixed_offset().to_rfc3339();
        let json = serde_json::json!({
            "format": "ebb-export", "version": 2, "exported_at": old,
            "entries": [{"id": "5f0c1a52-3b3e-4f4a-9f43-0a1b2c3d4e5f", "date": &old[..10], "text": "first",
                "mood": null, "tags": [], "created_at": old, "updated_at": old}],
            "episodes": [], "sessions": [],
            "settings": {"partner_name": "", "auto_lock_minutes": 5, "reminder_at": null, "language": null}
        });
        app.import_doc(&crate::exchange::Export::parse(json.to_string().as_bytes()).unwrap()).unwrap();
        assert!(app.reminder_offer().unwrap());
        app.answer_reminder_offer(None).unwrap();
        assert!(!app.reminder_offer().unwrap(), "no thanks is remembered");
        assert_eq!(app.settings().unwrap().reminder_at, None);
        assert!(app.answer_reminder_offer(Some("7pm".into())).is_err());
        app.answer_reminder_offer(Some("19:00".into())).unwrap();
        assert_eq!(app.settings().unwrap().reminder_at.as_deref(), Some("19:00"));
    }

    #[test]
    fn the_tray_is_explained_once_per_computer() {
        let (dir, mut app) = app();
        app.wake();
        assert!(app.tell_about_tray());
        assert!(!app.tell_about_tray());
        let mut again = App::new(dir.path().join("journal.ebb"));
        again.wake();
        assert!(!again.tell_about_tray());
    }
}
