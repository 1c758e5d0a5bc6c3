//! Taking a pause, coming back, and the follow-up questions on Today ([`crate::pause`] holds
//! the rules; this is where they meet the journal).

use chrono::{DateTime, FixedOffset, Local};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{App, EpisodeDraft, Item};
use crate::alarms::RunningPause;
use crate::error::{Error, Result};
use crate::model::{Actor, Kind, Record, Timestamp};
use crate::pause::{self, FollowUp};
use crate::tr;

/// A pause the person starts: who needs it, for how long, and what they will say.
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PauseRequest {
    /// `me`: I need the pause; `partner`: my partner asked for one.
    pub who: Actor,
    /// How long, in minutes (5–240).
    pub minutes: u32,
    /// The line to say, if the person changed the one proposed; empty keeps what is
    /// remembered (their own line from before, or Ebb's).
    #[serde(default)]
    pub line: String,
}

/// What the pause screen shows before the pause starts: the line for each side, as the
/// person last wrote it or Ebb's own.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PauseLines {
    /// The line when I need the pause.
    pub me: String,
    /// The line when my partner asked for one.
    pub partner: String,
}

impl App {
    /// The lines to propose for a pause of `minutes` ending at `back` (`HH:MM`): the person's
    /// own if they changed Ebb's before, with the new time in it. Locked, Ebb's own.
    pub fn pause_lines(&self, minutes: u32, back: &str) -> Result<PauseLines> {
        let remembered = self.loaded().ok().map(|l| &l.settings.app_state);
        let pick = |own: Option<&String>, who| match own.filter(|o| !o.is_empty()) {
            Some(o) => o.clone(),
            None => pause::default_line(who, minutes, back),
        };
        Ok(PauseLines {
            me: pick(remembered.map(|s| &s.pause_line_me), Actor::Me),
            partner: pick(remembered.map(|s| &s.pause_line_partner), Actor::Partner),
        })
    }

    /// Starts a pause. Unlocked, it is logged as an episode at once (a pull-away by the one
    /// who pauses, with the promised return and the response of the person's side), and the
    /// line is remembered if they changed the one proposed (changed back to Ebb's, it is
    /// forgotten). Locked — in the moment, nobody should have to type a passphrase first —
    /// it runs all the same and is logged, with its own start time, at the next unlock.
    pub fn start_pause(&mut self, req: PauseRequest) -> Result<RunningPause> {
        if !pause::MINUTES.contains(&req.minutes) {
            return Err(Error::invalid(tr!(
                "app-pause-minutes",
                min = *pause::MINUTES.start(),
                max = *pause::MINUTES.end(),
                minutes = req.minutes
            )));
        }
        let now = Local::now();
        if self.session.is_none() {
            return Ok(self.alarms.start(req.who, req.minutes, &now, None));
        }
        let Item::Episode(e) = self.log_pause(req.who, req.minutes, now.fixed_offset())? else {
            return Err(Error::Internal("a pause's episode"));
        };
        let running = self.alarms.start(req.who, req.minutes, &now, Some(e.id.to_string()));
        if req.line.is_empty() {
            return Ok(running);
        }
        let back = pause::return_time(&now, req.minutes);
        let default = pause::default_line(req.who, req.minutes, &pause::clock(&back));
        let line = if req.line.trim() == default.trim() { String::new() } else { req.line };
        let mut settings = self.settings()?;
        let slot = match req.who {
            Actor::Me => &mut settings.app_state.pause_line_me,
            Actor::Partner => &mut settings.app_state.pause_line_partner,
        };
        if *slot != line {
            *slot = line;
            self.store_settings(settings)?;
        }
        Ok(running)
    }

    /// The episode a pause is logged as.
    fn log_pause(&mut self, who: Actor, minutes: u32, start: DateTime<FixedOffset>) -> Result<Item> {
        let draft: EpisodeDraft = serde_json::from_value(serde_json::json!({
            "kind": Kind::PullAway,
            "actor": who,
            "occurred_at": Timestamp::from_datetime(start).as_str(),
            "return_at": Timestamp::from_datetime(pause::return_time(&start, minutes)).as_str(),
            "responses": [pause::response_for(who)],
        }))
        .map_err(|_| Error::Internal("a pause's episode"))?;
        self.save_episode(draft)
    }

    /// At unlock: a pause started while locked is logged now, as of when it started. If that
    /// fails the pause stays as it is, to be logged at the next unlock; unlocking goes on.
    pub(super) fn log_waiting_pause(&mut self) {
        if let Some((who, minutes, started)) = self.alarms.unlogged()
            && let Ok(Item::Episode(e)) = self.log_pause(who, minutes, started)
        {
            self.alarms.logged(e.id.to_string());
        }
    }

    /// The pause that is running, locked or not.
    pub fn running_pause(&self) -> Option<RunningPause> {
        self.alarms.running()
    }

    /// "Not yet": the running pause asks again in ten minutes.
    pub fn snooze_pause(&mut self) -> Option<RunningPause> {
        self.alarms.snooze(&Local::now())
    }

    /// "End it now": the running pause asks at once.
    pub fn end_pause_now(&mut self) -> Option<RunningPause> {
        self.alarms.end_now(&Local::now())
    }

    /// The running pause is answered, or left for Today's questions ("later").
    pub fn stop_pause(&mut self) {
        self.alarms.stop();
    }

    /// "Yes, we came back to each other": the episode's reconnection time (`at`, RFC 3339;
    /// now when empty), and what helped, added to what it already lists.
    pub fn came_back(&mut self, id: &str, at: &str, repairs: Vec<String>) -> Result<Item> {
        let Item::Episode(e) = self.get(id)? else {
            return Err(Error::invalid(tr!("app-not-an-episode", id = id)));
        };
        let mut draft = EpisodeDraft::from(&e);
        draft.reconnected_at =
            Some(if at.is_empty() { Timestamp::now().as_str().to_owned() } else { at.to_owned() });
        for r in repairs {
            if !draft.repairs.contains(&r) {
                draft.repairs.push(r);
            }
        }
        let saved = self.save_episode(draft)?;
        if self.alarms.episode() == Some(id) {
            self.alarms.stop();
        }
        Ok(saved)
    }

    /// The recent episodes Today asks about (no reconnection time yet).
    pub fn follow_ups(&self) -> Result<Vec<FollowUp>> {
        let l = self.loaded()?;
        Ok(pause::follow_ups(&l.records, &Local::now(), &l.settings.app_state.not_asked))
    }

    /// "Don't ask about this one": Today stops asking about the episode.
    pub fn dont_ask(&mut self, id: &str) -> Result<()> {
        let known =
            self.loaded()?.records.iter().any(|r| matches!(r, Record::Episode(e) if e.id.as_str() == id));
        if !known {
            return Err(Error::NotFound(id.to_owned()));
        }
        let mut settings = self.settings()?;
        if !settings.app_state.not_asked.iter().any(|n| n == id) {
            settings.app_state.not_asked.push(id.to_owned());
            // Only recent episodes are asked about: older ids need not be kept.
            let l = self.loaded()?;
            let since = Local::now().timestamp() - pause::ASK_BACK_DAYS * 86_400;
            settings.app_state.not_asked.retain(|n| {
                l.records.iter().any(|r| {
                    matches!(r, Record::Episode(e) if e.id.as_str() == n && e.occurred_at.datetime().timestamp() >= since)
                })
            });
            self.store_settings(settings)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Passphrase;

    fn app() -> (tempfile::TempDir, App) {
        let dir = tempfile::tempdir().unwrap();
        let mut app = App::new(dir.path().join("journal.ebb"));
        app.create(Passphrase::new("pause test words".into())).unwrap();
        (dir, app)
    }

    /// The episode a pause was logged as.
    fn episode_of(app: &App, p: &RunningPause) -> crate::model::Episode {
        match app.get(p.episode_id.as_deref().expect("logged")).unwrap() {
            Item::Episode(e) => e,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_pause_is_an_episode_with_its_promised_return_and_the_sides_response() {
        let (_d, mut app) = app();
        let p = app.start_pause(PauseRequest { who: Actor::Me, minutes: 25, line: String::new() }).unwrap();
        let e = episode_of(&app, &p);
        assert_eq!((e.kind, e.actor), (Kind::PullAway, Actor::Me));
        assert_eq!(e.responses, ["asked_for_pause_with_return"]);
        let back = e.return_at.clone().unwrap();
        assert_eq!((back.datetime() - e.occurred_at.datetime()).num_minutes(), 25);
        assert_eq!(p.ask_at, back.datetime().to_rfc3339(), "the app asks at the promised return");
        assert!(e.reconnected_at.is_none());
        // Today asks about it until the person answers.
        assert_eq!(app.follow_ups().unwrap().len(), 1);
        // The pause keeps running across a lock.
        app.lock();
        assert_eq!(app.running_pause(), Some(p.clone()));
        app.unlock(Passphrase::new("pause test words".into())).unwrap();
        let Item::Episode(done) =
            app.came_back(e.id.as_str(), "", vec!["came_back_as_promised".into()]).unwrap()
        else {
            panic!()
        };
        assert!(done.reconnected_at.is_some());
        assert_eq!(done.repairs, ["came_back_as_promised"]);
        assert!(app.follow_ups().unwrap().is_empty());
        assert!(app.running_pause().is_none(), "coming back ends the pause");
        // A partner's pause records the person's own way of giving space.
        let p =
            app.start_pause(PauseRequest { who: Actor::Partner, minutes: 1, line: String::new() }).unwrap();
        let e = episode_of(&app, &p);
        assert_eq!(
            (e.actor, e.responses.as_slice()),
            (Actor::Partner, ["self_soothed".to_string()].as_slice())
        );
        for bad in [0, 241] {
            assert!(
                app.start_pause(PauseRequest { who: Actor::Me, minutes: bad, line: String::new() }).is_err()
            );
        }
        assert_eq!(app.running_pause().unwrap().episode_id, p.episode_id, "a refused pause changes nothing");
    }

    #[test]
    fn a_pause_started_locked_runs_and_is_logged_at_unlock_as_of_its_start() {
        let (_d, mut app) = app();
        app.lock();
        let lines = app.pause_lines(20, "20:35").unwrap();
        assert!(lines.me.contains("20:35"), "locked, Ebb's own lines");
        let p =
            app.start_pause(PauseRequest { who: Actor::Me, minutes: 20, line: "my words".into() }).unwrap();
        assert_eq!(p.episode_id, None);
        let asked = app.snooze_pause().unwrap();
        assert_ne!(asked.ask_at, p.ask_at, "not yet moves the question (to ten minutes from now)");
        std::thread::sleep(std::time::Duration::from_millis(1100));
        app.unlock(Passphrase::new("pause test words".into())).unwrap();
        let running = app.running_pause().unwrap();
        let e = episode_of(&app, &running);
        // Logged as of its start, with the promised return, not the snoozed question.
        assert_eq!(e.occurred_at.datetime().to_rfc3339(), p.started_at);
        assert_eq!(e.return_at.unwrap().datetime().to_rfc3339(), p.ask_at);
        assert_eq!(app.pause_lines(20, "20:35").unwrap().me, lines.me, "a locked pause's line is not kept");
        // A second unlock does not log it twice.
        app.lock();
        app.unlock(Passphrase::new("pause test words".into())).unwrap();
        assert_eq!(app.follow_ups().unwrap().len(), 1);
        app.end_pause_now();
        app.stop_pause();
        assert!(app.running_pause().is_none());
    }

    #[test]
    fn a_changed_line_is_remembered_for_its_side_and_dont_ask_sticks_after_lock() {
        let (_d, mut app) = app();
        assert!(app.pause_lines(20, "20:35").unwrap().me.contains("20:35"));
        let mine = "I need a little time. Back at half past.".to_string();
        app.start_pause(PauseRequest { who: Actor::Me, minutes: 20, line: mine.clone() }).unwrap();
        let lines = app.pause_lines(30, "21:00").unwrap();
        assert_eq!(lines.me, mine);
        assert!(lines.partner.contains("21:00"), "the other side keeps Ebb's line");
        let id = app.follow_ups().unwrap()[0].id.clone();
        app.dont_ask(&id).unwrap();
        assert!(app.follow_ups().unwrap().is_empty());
        assert!(app.dont_ask("00000000-0000-4000-8000-000000000000").is_err());
        app.lock();
        app.unlock(Passphrase::new("pause test words".into())).unwrap();
        assert!(app.follow_ups().unwrap().is_empty());
        assert_eq!(app.pause_lines(20, "20:35").unwrap().me, mine);
        // Saving preferences from an older copy of the settings keeps what the app remembered.
        let stale = crate::model::Settings { partner_name: "Sam".into(), ..Default::default() };
        app.save_settings(stale).unwrap();
        assert_eq!(app.pause_lines(20, "20:35").unwrap().me, mine);
        assert!(app.follow_ups().unwrap().is_empty());
        // And it is not in the export.
        let (json, _) = app.export_text(super::super::ExportFormat::Json, &Default::default()).unwrap();
        assert!(!json.contains("half past") && !json.contains("not_asked"), "{json}");
        // A pause started with the line as proposed (not touched) keeps the remembered one.
        app.start_pause(PauseRequest { who: Actor::Me, minutes: 20, line: String::new() }).unwrap();
        assert_eq!(app.pause_lines(30, "21:00").unwrap().me, mine);
    }
}
