//! What Ebb rings while it waits — the end of a pause and the daily reminder — and the rules
//! of when, apart from any clock or notification server so each rule can be tested.
//!
//! The desktop app keeps one [`Alarms`] for as long as it runs, locked or not: a pause that
//! is still running when the journal locks (or the window closes to the tray) must still
//! ring, and the reminder must ring before anyone unlocks. So what is kept here is only
//! times, a record id and a side — never words — and what rings is fixed text that says
//! nothing of the journal (no names, no counts).

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveTime, SecondsFormat, SubsecRound, TimeZone};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::{Actor, is_clock_time};
use crate::pause;

/// The title of every notification.
pub const TITLE: &str = "Ebb";
/// What Ebb says the first time closing its window leaves it waiting in the tray, in the
/// language speaking now (`locales/*/notify.ftl`).
pub fn tray_body() -> String {
    crate::tr!("notify-tray")
}
/// How late a reminder may still ring: the computer slept through its time, or Ebb started
/// a little after it. Later than this, the day's reminder is let go.
pub const REMINDER_LATE_MINUTES: i64 = 60;

/// Something to show now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ring {
    /// The pause's time to come back has come.
    PauseOver,
    /// The daily reminder.
    Reminder,
}

impl Ring {
    /// The notification's text: fixed, kind, and free of anything from the journal, in
    /// the language speaking now.
    pub fn body(self) -> String {
        match self {
            Ring::PauseOver => crate::tr!("notify-pause-over"),
            Ring::Reminder => crate::tr!("notify-reminder"),
        }
    }
}

/// The pause that is running, as the app's screens see it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RunningPause {
    /// The episode it is logged as; `null` while it was started locked and is not logged yet
    /// (it is, with its start time, at the next unlock).
    pub episode_id: Option<String>,
    /// Who needs the pause.
    pub who: Actor,
    /// How long it was meant to last, in minutes.
    pub minutes: u32,
    /// When it started (RFC 3339).
    pub started_at: String,
    /// When the app asks "Did you come back to each other?" (RFC 3339): the promised return,
    /// later after "not yet", sooner after "end it now".
    pub ask_at: String,
}

#[derive(Debug)]
struct Waiting {
    episode_id: Option<String>,
    who: Actor,
    minutes: u32,
    started: DateTime<FixedOffset>,
    ask_at: DateTime<FixedOffset>,
    rung: bool,
}

/// The app's alarms: at most one running pause, and the daily reminder.
#[derive(Debug, Default)]
pub struct Alarms {
    reminder: Option<NaiveTime>,
    /// The last local day the journal had an entry on, as last seen unlocked.
    wrote_on: Option<NaiveDate>,
    /// The last day the reminder rang or was let go.
    reminded_on: Option<NaiveDate>,
    pause: Option<Waiting>,
}

impl Alarms {
    /// Sets the reminder's time of day (`HH:MM`), or none. A time newly set that has
    /// already passed today waits for tomorrow: turning the reminder on is not a reason to
    /// be reminded at once.
    pub fn set_reminder<Tz: TimeZone>(&mut self, at: Option<&str>, now: &DateTime<Tz>) {
        let parsed = clock_time(at);
        if parsed == self.reminder {
            return;
        }
        self.reminder = parsed;
        let local = now.naive_local();
        if parsed.is_some_and(|t| local.time() >= t) {
            self.reminded_on = Some(local.date());
        }
    }

    /// Arms the reminder kept from an earlier run (Ebb started at login): unlike a time newly
    /// set, one whose time passed a little before the start still rings, within
    /// [`REMINDER_LATE_MINUTES`].
    pub fn arm_reminder(&mut self, at: Option<&str>) {
        self.reminder = clock_time(at);
    }

    /// The reminder's time, if one is set.
    pub fn reminder(&self) -> Option<String> {
        self.reminder.map(|t| t.format("%H:%M").to_string())
    }

    /// The latest day the journal has an entry for, up to today (the reminder stays quiet
    /// on that day). Learned while unlocked, and kept when the journal locks.
    pub fn last_entry_on(&mut self, day: Option<NaiveDate>) {
        self.wrote_on = day;
    }

    /// Starts a pause of `minutes` now; `episode_id` is the episode it was logged as, or
    /// `None` when the journal is locked. A new pause replaces one still running.
    pub fn start<Tz: TimeZone>(
        &mut self,
        who: Actor,
        minutes: u32,
        now: &DateTime<Tz>,
        episode_id: Option<String>,
    ) -> RunningPause {
        // Whole seconds, as the journal stores times: the episode logged later matches.
        let started = now.fixed_offset().trunc_subsecs(0);
        let w = self.pause.insert(Waiting {
            episode_id,
            who,
            minutes,
            ask_at: pause::return_time(&started, minutes),
            started,
            rung: false,
        });
        view(w)
    }

    /// The pause that is running, if any.
    pub fn running(&self) -> Option<RunningPause> {
        self.pause.as_ref().map(view)
    }

    /// A pause started locked that is not logged yet: who, how long, and when it started.
    pub fn unlogged(&self) -> Option<(Actor, u32, DateTime<FixedOffset>)> {
        self.pause.as_ref().filter(|w| w.episode_id.is_none()).map(|w| (w.who, w.minutes, w.started))
    }

    /// The running pause is now logged as this episode.
    pub fn logged(&mut self, episode_id: String) {
        if let Some(w) = &mut self.pause {
            w.episode_id = Some(episode_id);
        }
    }

    /// The episode the running pause is logged as.
    pub fn episode(&self) -> Option<&str> {
        self.pause.as_ref().and_then(|w| w.episode_id.as_deref())
    }

    /// "Not yet": ask again [`pause::SNOOZE_MINUTES`] from now, and ring then.
    pub fn snooze<Tz: TimeZone>(&mut self, now: &DateTime<Tz>) -> Option<RunningPause> {
        if let Some(w) = &mut self.pause {
            w.ask_at = pause::snoozed(now);
            w.rung = false;
        }
        self.running()
    }

    /// "End it now": ask at once. The person is at the screen, so nothing rings.
    pub fn end_now<Tz: TimeZone>(&mut self, now: &DateTime<Tz>) -> Option<RunningPause> {
        if let Some(w) = &mut self.pause {
            w.ask_at = now.fixed_offset();
            w.rung = true;
        }
        self.running()
    }

    /// The pause is over and answered (or put off to Today's questions).
    pub fn stop(&mut self) {
        self.pause = None;
    }

    /// What rings now. Each alarm rings once: the pause when its time comes (again after a
    /// snooze), the reminder once a day at its time — not on a day the journal already has
    /// an entry, and not more than [`REMINDER_LATE_MINUTES`] late.
    pub fn due<Tz: TimeZone>(&mut self, now: &DateTime<Tz>) -> Vec<Ring> {
        let mut out = Vec::new();
        if let Some(w) = &mut self.pause
            && !w.rung
            && pause::is_due(now, &w.ask_at)
        {
            w.rung = true;
            out.push(Ring::PauseOver);
        }
        let local = now.naive_local();
        let (today, time) = (local.date(), local.time());
        if let Some(at) = self.reminder
            && self.reminded_on != Some(today)
            && time >= at
        {
            self.reminded_on = Some(today);
            let late = time.signed_duration_since(at) > Duration::minutes(REMINDER_LATE_MINUTES);
            if self.wrote_on != Some(today) && !late {
                out.push(Ring::Reminder);
            }
        }
        out
    }
}

/// `HH:MM` as a time of day; none for anything else.
fn clock_time(at: Option<&str>) -> Option<NaiveTime> {
    at.filter(|t| is_clock_time(t)).and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok())
}

fn view(w: &Waiting) -> RunningPause {
    RunningPause {
        episode_id: w.episode_id.clone(),
        who: w.who,
        minutes: w.minutes,
        started_at: w.started.to_rfc3339_opts(SecondsFormat::Secs, false),
        ask_at: w.ask_at.to_rfc3339_opts(SecondsFormat::Secs, false),
    }
}

/// What the desktop app keeps outside the journal, in a small file beside it, because it is
/// needed before anyone unlocks: the reminder's time of day (so Ebb started at login can ring
/// it), and whether the person has been told that closing the window keeps Ebb in the tray.
/// No words, names, dates or counts: the journal's own copy of the reminder time is the one
/// that counts, and this one follows it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DesktopPrefs {
    /// The daily reminder's time (`HH:MM`), or none.
    pub reminder_at: Option<String>,
    /// The person has seen "Ebb keeps running in the tray".
    pub tray_told: bool,
}

impl DesktopPrefs {
    /// The file beside the journal at `journal`.
    pub fn path(journal: &Path) -> PathBuf {
        let mut name = journal.file_name().map(|n| n.to_os_string()).unwrap_or_default();
        name.push(".desktop.json");
        journal.with_file_name(name)
    }

    /// Reads the file; a missing or damaged one is the defaults (nothing in it is precious).
    pub fn load(journal: &Path) -> Self {
        let mut p: DesktopPrefs = std::fs::read(Self::path(journal))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        if p.reminder_at.as_deref().is_some_and(|t| !is_clock_time(t)) {
            p.reminder_at = None;
        }
        p
    }

    /// Writes the file (owner-only, replaced whole).
    pub fn save(&self, journal: &Path) -> Result<()> {
        let bytes = serde_json::to_vec_pretty(self).map_err(|_| Error::Internal("desktop preferences"))?;
        crate::files::write_private(&Self::path(journal), &bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::Berlin;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<chrono_tz::Tz> {
        Berlin.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    #[test]
    fn a_pause_rings_once_at_its_time_again_after_a_snooze_and_not_when_ended_early() {
        let mut a = Alarms::default();
        let start = at(2026, 11, 20, 20, 0);
        let p = a.start(Actor::Me, 1, &start, Some("e1".into()));
        assert_eq!(p.ask_at, "2026-11-20T20:01:00+01:00");
        assert!(a.due(&(start + Duration::seconds(59))).is_empty());
        assert_eq!(a.due(&at(2026, 11, 20, 20, 1)), [Ring::PauseOver]);
        assert!(a.due(&at(2026, 11, 20, 20, 2)).is_empty(), "once");
        a.snooze(&at(2026, 11, 20, 20, 2));
        assert!(a.due(&at(2026, 11, 20, 20, 11)).is_empty());
        assert_eq!(a.due(&at(2026, 11, 20, 20, 12)), [Ring::PauseOver]);
        a.start(Actor::Partner, 20, &at(2026, 11, 20, 21, 0), None);
        a.end_now(&at(2026, 11, 20, 21, 5));
        assert!(a.due(&at(2026, 11, 20, 21, 30)).is_empty(), "the person ended it at the screen");
        a.stop();
        assert!(a.running().is_none());
    }

    #[test]
    fn a_pause_past_midnight_and_across_the_clocks_going_back_rings_after_its_real_minutes() {
        let mut a = Alarms::default();
        a.start(Actor::Me, 20, &at(2026, 11, 20, 23, 50), None);
        assert!(a.due(&at(2026, 11, 21, 0, 9)).is_empty());
        assert_eq!(a.due(&at(2026, 11, 21, 0, 10)), [Ring::PauseOver]);
        // 02:50 summer time on 25 October; twenty minutes later the wall says 02:10.
        let start = at(2026, 10, 25, 0, 50) + Duration::hours(2);
        a.start(Actor::Me, 20, &start, None);
        assert!(a.due(&(start + Duration::minutes(19))).is_empty());
        assert_eq!(a.due(&(start + Duration::minutes(20))), [Ring::PauseOver]);
    }

    #[test]
    fn a_pause_started_locked_keeps_its_start_until_it_is_logged() {
        let mut a = Alarms::default();
        let start = at(2026, 11, 20, 20, 0);
        a.start(Actor::Partner, 30, &start, None);
        let (who, minutes, started) = a.unlogged().unwrap();
        assert_eq!((who, minutes, started), (Actor::Partner, 30, start.fixed_offset()));
        // A snooze moves the question, never the start or the promised length.
        a.snooze(&at(2026, 11, 20, 20, 40));
        assert_eq!(a.unlogged().unwrap().2, start.fixed_offset());
        a.logged("e9".into());
        assert!(a.unlogged().is_none());
        assert_eq!(a.episode(), Some("e9"));
    }

    #[test]
    fn the_reminder_rings_once_a_day_at_its_time_and_not_on_a_day_with_an_entry() {
        let mut a = Alarms::default();
        a.set_reminder(Some("21:00"), &at(2026, 11, 20, 9, 0));
        assert!(a.due(&at(2026, 11, 20, 20, 59)).is_empty());
        assert_eq!(a.due(&at(2026, 11, 20, 21, 0)), [Ring::Reminder]);
        assert!(a.due(&at(2026, 11, 20, 21, 5)).is_empty(), "once a day");
        // The next day the person wrote first: no reminder.
        a.last_entry_on(NaiveDate::from_ymd_opt(2026, 11, 21));
        assert!(a.due(&at(2026, 11, 21, 21, 0)).is_empty());
        // And the day after, it rings again.
        assert_eq!(a.due(&at(2026, 11, 22, 21, 0)), [Ring::Reminder]);
        // The computer slept through the time: a little late still rings, hours late does not.
        assert_eq!(a.due(&at(2026, 11, 23, 21, 40)), [Ring::Reminder]);
        assert!(a.due(&at(2026, 11, 24, 23, 0)).is_empty());
        assert!(a.due(&at(2026, 11, 24, 23, 30)).is_empty());
        a.set_reminder(None, &at(2026, 11, 25, 9, 0));
        assert!(a.due(&at(2026, 11, 25, 21, 0)).is_empty());
        assert_eq!(a.reminder(), None);
    }

    #[test]
    fn a_reminder_set_after_its_time_waits_for_tomorrow() {
        let mut a = Alarms::default();
        a.set_reminder(Some("08:00"), &at(2026, 11, 20, 8, 30));
        assert!(a.due(&at(2026, 11, 20, 8, 31)).is_empty());
        assert_eq!(a.due(&at(2026, 11, 21, 8, 0)), [Ring::Reminder]);
        // Setting the same time again (every save of the settings) changes nothing.
        a.set_reminder(Some("08:00"), &at(2026, 11, 22, 7, 0));
        assert_eq!(a.due(&at(2026, 11, 22, 8, 0)), [Ring::Reminder]);
        assert!(
            {
                a.set_reminder(Some("25:00"), &at(2026, 11, 23, 7, 0));
                a.reminder().is_none()
            },
            "a time that is not one turns the reminder off"
        );
    }

    #[test]
    fn a_reminder_kept_from_before_rings_when_ebb_starts_a_little_after_its_time() {
        let mut a = Alarms::default();
        a.arm_reminder(Some("21:00"));
        assert_eq!(a.due(&at(2026, 11, 20, 21, 5)), [Ring::Reminder], "started at login at 21:05");
        // The journal then says the same time: nothing changes, it does not ring twice.
        a.set_reminder(Some("21:00"), &at(2026, 11, 20, 21, 6));
        assert!(a.due(&at(2026, 11, 20, 21, 7)).is_empty());
    }

    #[test]
    fn the_reminder_across_the_clock_changes_rings_once() {
        let mut a = Alarms::default();
        a.set_reminder(Some("02:30"), &at(2026, 3, 28, 12, 0));
        // 29 March 2026: 02:00 jumps to 03:00, so 02:30 never shows; it rings at 03:00.
        let before = at(2026, 3, 29, 1, 59);
        assert!(a.due(&before).is_empty());
        assert_eq!(a.due(&(before + Duration::minutes(1))), [Ring::Reminder]);
        assert_eq!((before + Duration::minutes(1)).naive_local().time().to_string(), "03:00:00");
        // 25 October 2026: 02:30 comes twice; it rings at the first only.
        let first = at(2026, 10, 25, 0, 30) + Duration::hours(2);
        assert_eq!(a.due(&first), [Ring::Reminder]);
        assert!(a.due(&(first + Duration::hours(1))).is_empty());
    }

    #[test]
    fn nothing_that_rings_says_anything_of_the_journal() {
        for b in [Ring::PauseOver.body(), Ring::Reminder.body(), tray_body()] {
            assert!(!b.chars().any(|c| c.is_ascii_digit()), "no counts or times: {b}");
        }
    }

    #[test]
    fn desktop_prefs_round_trip_and_a_damaged_file_is_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("journal.ebb");
        assert_eq!(DesktopPrefs::load(&journal), DesktopPrefs::default());
        let p = DesktopPrefs { reminder_at: Some("21:15".into()), tray_told: true };
        p.save(&journal).unwrap();
        assert_eq!(DesktopPrefs::path(&journal), dir.path().join("journal.ebb.desktop.json"));
        assert_eq!(DesktopPrefs::load(&journal), p);
        std::fs::write(DesktopPrefs::path(&journal), b"{\"reminder_at\": \"tea time\"}").unwrap();
        assert_eq!(DesktopPrefs::load(&journal).reminder_at, None);
        std::fs::write(DesktopPrefs::path(&journal), b"\xff not json").unwrap();
        assert_eq!(DesktopPrefs::load(&journal), DesktopPrefs::default());
    }
}
