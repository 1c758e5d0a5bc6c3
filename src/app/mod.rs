//! The use cases of Ebb, once, for every way in.
//!
//! The desktop shell keeps one [`App`] in its state and forwards each command to one method
//! here; the `ebb` command line parses its arguments, calls the same methods and prints what
//! they return. So everything a user can do — unlocking, saving with timestamps, editing and
//! deleting, undoing a delete, noticing writes by another process, exporting, importing,
//! reporting, changing the passphrase, wiping on lock — lives here once and is tested here.
//!
//! While unlocked, records are decrypted on first need and kept in memory (the desktop app
//! asks for them at once; `ebb write` never does); queries run on them, and only what a
//! screen or a command asks for leaves this module.

use std::path::{Path, PathBuf};

use chrono::{Local, NaiveDate};

use crate::alarms::{Alarms, DesktopPrefs};
use crate::crypto::RecoveryKey;
use crate::error::{Error, Result};
use crate::exchange::{Export, ImportPlan, ImportSummary};
use crate::files::write_private;
use crate::insights::{Insights, Timeline};
use crate::model::{Date, Record, RecordId, Settings, Timestamp};
use crate::patterns::Patterns;
use crate::query::{DateRange, Search, sort_newest_first, sort_oldest_first};
use crate::store::{Contents, Journal};
use crate::tr;

mod contract;
mod memory;
mod past;
mod pauses;
mod practice;
mod reminders;
mod summary;
mod syncing;

/// The passphrase type callers hand in (zeroized on drop, never printed).
pub use crate::crypto::Passphrase;
pub use contract::*;
use memory::{Loaded, Unlocked};
pub use past::OnThisDay;
pub use pauses::{PauseLines, PauseRequest};
pub use practice::active_on;
pub use reminders::OFFER_AFTER_DAYS;
pub use summary::{ReportPlan, ReportRange};
pub use syncing::{AFTER_SAVE, ConflictItem, EVERY, SyncView};

/// The longest range the Insights and preparation screens take, in days.
const MAX_RANGE_DAYS: i64 = 3660;
/// A partner's name as typed on the preparation screen is cut to this length.
const MAX_NAME_CHARS: usize = 100;
const DEFAULT_PAGE: usize = 100;
const MAX_PAGE: usize = 1000;

/// The journal: locked or unlocked.
pub struct App {
    path: PathBuf,
    session: Option<Unlocked>,
    /// The running pause and the daily reminder: kept across lock, times only.
    alarms: Alarms,
    /// The desktop app's preferences beside the journal (read by [`App::wake`]).
    desktop: DesktopPrefs,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "App({}, unlocked: {})", self.path.display(), self.session.is_some())
    }
}

fn parse_day(x: Option<&str>) -> Result<Option<NaiveDate>> {
    x.filter(|v| !v.is_empty()).map(|v| Date::parse(v).map(|d| d.0)).transpose()
}

impl App {
    /// An app for the journal at `path` (which may not exist yet).
    pub fn new(path: PathBuf) -> Self {
        App { path, session: None, alarms: Alarms::default(), desktop: DesktopPrefs::default() }
    }

    /// Where the journal is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The state, for choosing a screen.
    pub fn status(&self) -> Status {
        let state = match (&self.session, self.path.exists()) {
            (Some(_), _) => LockState::Unlocked,
            (None, true) => LockState::Locked,
            (None, false) => LockState::NoJournal,
        };
        let loaded = self.session.as_ref().and_then(|s| s.loaded().ok());
        // Locked, the Settings cannot be read: the language spoken last (the person's choice
        // from before the lock, or the system's at start) stays, so the unlock screen, the tray
        // and the notifications keep speaking it.
        let language = match loaded {
            Some(l) => crate::i18n::chosen_or_system(l.settings.language.as_deref()),
            None => crate::i18n::current(),
        };
        let (minutes, damaged, summary_ok) = match loaded {
            Some(l) => {
                (l.settings.auto_lock_minutes, l.damaged.iter().map(|d| d.id.clone()).collect(), l.summary_ok)
            }
            None => (crate::model::DEFAULT_AUTO_LOCK_MINUTES, vec![], true),
        };
        Status {
            state,
            journal_path: self.path.display().to_string(),
            auto_lock_minutes: minutes,
            damaged,
            summary_ok,
            read_only: self.session.as_ref().is_some_and(|s| s.journal.read_only()),
            language: language.code().to_owned(),
        }
    }

    fn session(&self) -> Result<&Unlocked> {
        self.session.as_ref().ok_or(Error::Locked)
    }

    fn session_mut(&mut self) -> Result<&mut Unlocked> {
        self.session.as_mut().ok_or(Error::Locked)
    }

    /// Every readable record, decrypted (read now if this is the first need).
    fn loaded(&self) -> Result<&Loaded> {
        self.session()?.loaded()
    }

    /// Creates the journal and unlocks it. Returns the recovery key, to be shown once.
    pub fn create(&mut self, pass: Passphrase) -> Result<String> {
        let (journal, rk) = Journal::create(&self.path, &pass)?;
        self.session = Some(Unlocked::new(speaking(journal))?);
        Ok(rk.display().to_string())
    }

    /// Unlocks with the passphrase, makes the day's automatic backup and decrypts every
    /// record (the desktop app shows them at once).
    pub fn unlock(&mut self, pass: Passphrase) -> Result<Status> {
        self.open(pass)?;
        // A failed daily backup must not keep the user from their journal.
        let _ = self.daily_backup();
        self.or_lock(|app| app.loaded().map(|_| ()))?;
        self.log_waiting_pause();
        Ok(self.status())
    }

    /// Runs the rest of an unlock; if it fails, locks again, so a failed command never leaves
    /// the keys in memory behind an error.
    fn or_lock(&mut self, rest: impl FnOnce(&mut App) -> Result<()>) -> Result<()> {
        let r = rest(self);
        if r.is_err() {
            self.lock();
        }
        r
    }

    /// Unlocks with the passphrase and decrypts nothing yet: each use case reads what it
    /// needs (the command line's way).
    pub fn open(&mut self, pass: Passphrase) -> Result<()> {
        self.open_with(&pass)
    }

    /// As [`App::open`], leaving the passphrase with the caller (a key change asks for it).
    pub fn open_with(&mut self, pass: &Passphrase) -> Result<()> {
        if !self.path.exists() {
            return Err(Error::NoJournal(self.path.clone()));
        }
        let journal = Journal::unlock(&self.path, pass)?;
        self.session = Some(Unlocked::new(speaking(journal))?);
        Ok(())
    }

    /// Unlocks with the recovery key, decrypting nothing yet.
    pub fn open_with_recovery(&mut self, recovery_key: &str) -> Result<()> {
        let rk = RecoveryKey::parse(recovery_key)?;
        let journal = Journal::unlock_with_recovery(&self.path, &rk)?;
        self.session = Some(Unlocked::new(speaking(journal))?);
        Ok(())
    }

    /// The day's automatic encrypted backup (at most one a day), if one was made now.
    pub fn daily_backup(&self) -> Result<Option<PathBuf>> {
        let s = self.session()?;
        // The clean-read check uses the records in memory (read now if they were not yet,
        // and then kept for the rest of the session), so the journal is decrypted once.
        s.journal.daily_backup_if_clean(Local::now().date_naive(), || {
            s.journal.check_structure()?;
            s.loaded()?.problem().map_or(Ok(()), Err)
        })
    }

    /// Unlocks with the recovery key and sets a new passphrase.
    pub fn recover(&mut self, recovery_key: &str, new: Passphrase) -> Result<Status> {
        self.open_with_recovery(recovery_key)?;
        self.or_lock(|app| {
            app.set_passphrase(new)?;
            app.loaded().map(|_| ())
        })?;
        self.log_waiting_pause();
        Ok(self.status())
    }

    /// Locks: drops the keys and wipes the decrypted records, and the stale copies of the
    /// keys that moves left on this thread's stack.
    pub fn lock(&mut self) {
        self.session = None;
        crate::crypto::scrub_stack();
    }

    /// Re-reads the journal if another process (the command line) changed it.
    /// Returns whether anything changed.
    pub fn refresh(&mut self) -> Result<bool> {
        let s = self.session_mut()?;
        if s.journal.data_version()? == s.data_version {
            return Ok(false);
        }
        s.reload()?;
        Ok(true)
    }

    /// The damage found when the records were read, as the error a command ends with.
    pub fn problem(&self) -> Result<Option<Error>> {
        Ok(self.loaded()?.problem())
    }

    /// The settings.
    pub fn settings(&self) -> Result<Settings> {
        Ok(self.loaded()?.settings.clone())
    }

    /// Saves the person's preferences. What the app remembers for itself
    /// ([`Settings::app_state`]) stays as the journal has it: a screen holding an older copy
    /// cannot undo a pause line or a "don't ask" saved since.
    pub fn save_settings(&mut self, mut settings: Settings) -> Result<Settings> {
        settings.app_state = self.loaded()?.settings.app_state.clone();
        self.store_settings(settings)
    }

    /// Shows or hides the gentle question under the day's entry (app memory, not exported).
    pub fn set_prompts(&mut self, on: bool) -> Result<Settings> {
        let mut settings = self.settings()?;
        settings.app_state.prompts_off = !on;
        self.store_settings(settings)
    }

    /// Saves the settings as given, what the app remembers included.
    fn store_settings(&mut self, settings: Settings) -> Result<Settings> {
        let s = self.session_mut()?;
        let outside = s.changed_outside()?;
        s.journal.save_settings(&settings)?;
        if let Some(l) = s.loaded_mut() {
            l.settings = settings.clone();
        }
        crate::i18n::set_chosen(settings.language.as_deref());
        s.own_write_done(outside)?;
        Ok(settings)
    }

    /// The record a draft edits: its id and `created_at`, and its type; a new id for a new one.
    fn existing(&self, id: &Option<String>) -> Result<(RecordId, Option<Timestamp>, &'static str)> {
        match id.as_deref().filter(|s| !s.is_empty()) {
            None => Ok((RecordId::new(), None, "")),
            Some(raw) => {
                let not_found = || Error::NotFound(raw.to_owned());
                let rid = RecordId::parse(raw).map_err(|_| not_found())?;
                let rec = self.session()?.record(&rid)?.ok_or_else(not_found)?;
                let created = rec.created_at().cloned().ok_or_else(not_found)?;
                Ok((rid, Some(created), rec.type_name()))
            }
        }
    }

    /// Builds a record for a draft (new id or the existing one, `created_at` kept on edit,
    /// `updated_at` now), checks it and writes it.
    fn save_draft(
        &mut self,
        id: &Option<String>,
        wanted: &str,
        build: impl FnOnce(RecordId, Timestamp, Timestamp) -> Result<Record>,
    ) -> Result<Item> {
        let (id, created, existing) = self.existing(id)?;
        if !existing.is_empty() && existing != wanted {
            return Err(Error::invalid(tr!("app-wrong-type", existing = existing, wanted = wanted)));
        }
        let now = Timestamp::now();
        let rec = build(id, created.unwrap_or_else(|| now.clone()), now)?;
        // The store checks every record it writes (Record::validate), once.
        self.session_mut()?.store(rec)
    }

    /// Checks a new record's draft as saving it would, without a journal: the command line
    /// refuses bad input before it asks for the passphrase.
    pub fn check_new(draft: &Draft) -> Result<()> {
        let now = Timestamp::now();
        let (id, t) = (RecordId::new(), || now.clone());
        match draft.clone() {
            Draft::Entry(d) => entry_record(d, id, t(), t()),
            Draft::Episode(d) => episode_record(d, id, t(), t()),
            Draft::Session(d) => session_record(d, id, t(), t()),
        }?
        .validate()
    }

    /// Adds or updates a daily entry.
    pub fn save_entry(&mut self, d: EntryDraft) -> Result<Item> {
        let existing = d.id.clone();
        self.save_draft(&existing, "entry", |id, created_at, updated_at| {
            entry_record(d, id, created_at, updated_at)
        })
    }

    /// Adds or updates an episode; it happened now unless the draft says when.
    pub fn save_episode(&mut self, d: EpisodeDraft) -> Result<Item> {
        let existing = d.id.clone();
        self.save_draft(&existing, "episode", |id, created_at, updated_at| {
            episode_record(d, id, created_at, updated_at)
        })
    }

    /// Adds or updates a therapy session.
    pub fn save_session(&mut self, d: SessionDraft) -> Result<Item> {
        let existing = d.id.clone();
        self.save_draft(&existing, "session", |id, created_at, updated_at| {
            session_record(d, id, created_at, updated_at)
        })
    }

    /// Deletes a record. It is kept in memory (until lock) so that [`App::undo_delete`]
    /// can put it back exactly as it was.
    pub fn delete(&mut self, id: &str) -> Result<Item> {
        let rid = RecordId::parse(id).map_err(|_| Error::NotFound(id.to_owned()))?;
        let gone = self.session_mut()?.remove(&rid)?;
        Item::from_record(&gone).ok_or_else(|| Error::NotFound(id.to_owned()))
    }

    /// Puts back a record deleted in this session, exactly as it was.
    pub fn undo_delete(&mut self, id: &str) -> Result<Item> {
        let s = self.session_mut()?;
        let wanted = RecordId::parse(id)?;
        let i = s
            .deleted
            .iter()
            .rposition(|r| r.id().is_some_and(|x| x.bytes() == wanted.bytes()))
            .ok_or_else(|| Error::invalid(tr!("app-undo-gone")))?;
        let record = s.deleted.remove(i);
        s.store(record)
    }

    /// One record by id.
    pub fn get(&self, id: &str) -> Result<Item> {
        let not_found = || Error::NotFound(id.to_owned());
        let rid = RecordId::parse(id).map_err(|_| not_found())?;
        self.session()?.record(&rid)?.as_ref().and_then(Item::from_record).ok_or_else(not_found)
    }

    /// The entries of one day (several may share a date), oldest first.
    pub fn entries_on(&self, date: &str) -> Result<Vec<Item>> {
        let d = Date::parse(date)?;
        let mut v: Vec<&Record> =
            self.loaded()?.records.iter().filter(|r| matches!(r, Record::Entry(e) if e.date == d)).collect();
        sort_oldest_first(&mut v);
        Ok(v.into_iter().filter_map(Item::from_record).collect())
    }

    /// Every record matching the filter, newest first (its `offset` and `limit` are not
    /// applied: see [`App::list`]).
    pub fn select(&self, f: &Filter) -> Result<Vec<&Record>> {
        let range = DateRange { from: parse_day(f.from.as_deref())?, to: parse_day(f.to.as_deref())? };
        if let (Some(from), Some(to)) = (range.from, range.to)
            && from > to
        {
            return Err(Error::invalid(tr!(
                "app-range-backwards",
                from = from.to_string(),
                to = to.to_string()
            )));
        }
        let search = (!f.query.trim().is_empty()).then(|| Search::new(f.query.trim()));
        let mut hits: Vec<&Record> = self
            .loaded()?
            .records
            .iter()
            .filter(|r| range.holds(r))
            .filter(|r| f.types.is_empty() || f.types.iter().any(|t| t == r.type_name()))
            .filter(|r| match r {
                Record::Episode(e) => {
                    f.kind.is_none_or(|k| e.kind == k) && f.actor.is_none_or(|a| e.actor == a)
                }
                _ => f.kind.is_none() && f.actor.is_none(),
            })
            .filter(|r| !f.flagged || flagged(r))
            .filter(|r| f.tag.as_deref().is_none_or(|t| tags(r).iter().any(|x| x == t)))
            .filter(|r| search.as_ref().is_none_or(|q| q.matches(r)))
            .collect();
        sort_newest_first(&mut hits);
        Ok(hits)
    }

    /// Records whose text fields contain `query` exactly as given (case aside), newest first:
    /// the command line's `ebb search`, where spaces in the query count.
    pub fn search(&self, query: &str) -> Result<Vec<&Record>> {
        let q = Search::new(query);
        let mut hits: Vec<&Record> = self.loaded()?.records.iter().filter(|r| q.matches(r)).collect();
        sort_newest_first(&mut hits);
        Ok(hits)
    }

    /// A page of records matching the filter, newest first.
    pub fn list(&self, f: &Filter) -> Result<Page> {
        let hits = self.select(f)?;
        let total = hits.len();
        let limit = f.limit.unwrap_or(DEFAULT_PAGE).clamp(1, MAX_PAGE);
        let items = hits.into_iter().skip(f.offset).take(limit).filter_map(Item::from_record).collect();
        Ok(Page { items, total })
    }

    /// Every tag in use, most used first, for suggestions and the tag filter.
    pub fn tags(&self) -> Result<Vec<String>> {
        Ok(by_frequency(self.loaded()?.records.iter().flat_map(|r| tags(r).iter().map(String::as_str))))
    }

    /// Earlier triggers, most used first, for suggestions while logging.
    pub fn triggers(&self) -> Result<Vec<String>> {
        Ok(by_frequency(self.loaded()?.records.iter().filter_map(|r| match r {
            Record::Episode(e) if !e.trigger.trim().is_empty() => Some(e.trigger.trim()),
            _ => None,
        })))
    }

    /// The user's own behaviour and response codes (those not in the catalogues).
    pub fn custom_codes(&self) -> Result<Vec<String>> {
        let mut v: Vec<String> = self
            .loaded()?
            .records
            .iter()
            .filter_map(|r| match r {
                Record::Episode(e) => Some(e.behaviors.iter().chain(&e.responses)),
                _ => None,
            })
            .flatten()
            .filter(|c| crate::catalog::label(c).is_none())
            .cloned()
            .collect();
        v.sort();
        v.dedup();
        Ok(v)
    }

    /// Patterns over `[from, to]` (either may be empty for open).
    pub fn patterns(&self, from: Option<&str>, to: Option<&str>) -> Result<Patterns> {
        let range = DateRange { from: parse_day(from)?, to: parse_day(to)? };
        if let (Some(f), Some(t)) = (range.from, range.to)
            && f > t
        {
            return Err(Error::invalid(tr!("app-range-backwards", from = f.to_string(), to = t.to_string())));
        }
        Ok(crate::patterns::compute_all(&self.loaded()?.records, &range, Local::now().date_naive()))
    }

    /// The whole journal laid out in time, for the Timeline screen.
    pub fn timeline(&self) -> Result<Timeline> {
        Ok(crate::insights::timeline(&self.loaded()?.records))
    }

    /// The Insights screen's figures for `[from, to]` (local dates, `YYYY-MM-DD`).
    pub fn insights(&self, from: &str, to: &str) -> Result<Insights> {
        let l = self.loaded()?;
        let (from, to) = (Date::parse(from)?.0, Date::parse(to)?.0);
        if from > to {
            return Err(Error::invalid(tr!("app-range-backwards-plain")));
        }
        if (to - from).num_days() > MAX_RANGE_DAYS {
            return Err(Error::invalid(tr!("app-range-too-long")));
        }
        Ok(crate::insights::insights(&l.records, from, to, &l.settings.partner_name))
    }

    /// Checks that `current` is the passphrase (the desktop app asks for it again before a
    /// key change, so an unlocked screen alone cannot make one).
    fn confirm(&self, current: &Passphrase) -> Result<()> {
        let s = self.session()?;
        drop(Journal::unlock(s.journal.path(), current)?);
        crate::crypto::scrub_stack();
        Ok(())
    }

    /// Changes the passphrase after checking the current one.
    pub fn change_passphrase(&mut self, current: Passphrase, new: Passphrase) -> Result<KeyChange> {
        new.check_new()?;
        self.confirm(&current)?;
        self.set_passphrase(new)
    }

    /// Seals the data key under a new passphrase (the journal was just unlocked with the
    /// current one or the recovery key), and makes today's backup again so that only
    /// backups from earlier days open with the old one.
    pub fn set_passphrase(&mut self, new: Passphrase) -> Result<KeyChange> {
        self.session_mut()?.journal.change_passphrase(&new)?;
        self.after_key_change(None, None)
    }

    /// Replaces the recovery key (after checking the passphrase): the old one stops opening
    /// the journal and its backups. Returns the new one, to be shown once.
    pub fn new_recovery_key(&mut self, current: Passphrase) -> Result<KeyChange> {
        self.confirm(&current)?;
        let rk = self.session_mut()?.journal.new_recovery_key()?;
        self.after_key_change(Some(rk), None)
    }

    /// Changes the data key itself: every record sealed again under a new key in one
    /// transaction, a new recovery key, the same passphrase (`current`, checked).
    /// `progress(done, total)` follows the records.
    pub fn rekey(
        &mut self,
        current: Passphrase,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<KeyChange> {
        let left = self.sync_folder();
        // The versions kept in conflict live only in the sync bookkeeping, which a new key
        // leaves behind: the person chooses first, so nothing they wrote is dropped.
        let kept = if left.is_some() { self.conflicts()?.len() } else { 0 };
        if kept > 0 {
            return Err(Error::invalid(tr!("app-rekey-conflicts", count = kept)));
        }
        let (rk, previous) = self.session_mut()?.journal.rekey(&current, progress)?;
        self.sync_forget();
        let mut change = self.after_key_change(Some(rk), Some(previous))?;
        change.left_sync = left.map(|f| f.display().to_string());
        Ok(change)
    }

    /// What a key change leaves to do to the backups, and the report of it.
    fn after_key_change(
        &mut self,
        rk: Option<RecoveryKey>,
        previous: Option<crate::crypto::Keys>,
    ) -> Result<KeyChange> {
        // The change was this process's own write: nothing to read again.
        let s = self.session_mut()?;
        s.data_version = s.journal.data_version()?;
        let s = self.session()?;
        let today = Local::now().date_naive();
        let clean = || {
            s.journal.check_structure()?;
            s.loaded()?.problem().map_or(Ok(()), Err)
        };
        let keys = previous.as_ref().unwrap_or_else(|| s.journal.keys());
        let b = s.journal.after_key_change(today, keys, rk.as_ref(), clean)?;
        let data_key_changed = previous.is_some();
        drop(previous);
        let n = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        Ok(KeyChange {
            recovery_key: rk.map(|k| k.display().to_string()),
            older_backups: n(b.older),
            backups_resealed: n(b.resealed),
            backups_not_resealed: n(b.not_resealed),
            data_key_changed,
            left_sync: None,
        })
    }

    /// An encrypted copy at `dest`, opening with the current passphrase.
    pub fn backup(&self, dest: &Path) -> Result<()> {
        self.session()?.journal.backup_to(dest)
    }

    /// Authenticates every record and the integrity summary.
    pub fn verify(&self) -> Result<Contents> {
        self.session()?.journal.verify()
    }

    /// A plaintext export of the records in `range`, and how many it holds.
    pub fn export_text(&self, format: ExportFormat, range: &DateRange) -> Result<(String, usize)> {
        let l = self.loaded()?;
        let mut picked: Vec<&Record> = l.records.iter().filter(|r| range.holds(r)).collect();
        sort_oldest_first(&mut picked);
        let text = match format {
            ExportFormat::Json => {
                let mut doc = Export::new(picked.iter().copied(), &l.settings);
                doc.conflicts = self.export_conflicts(range)?;
                doc.to_json()?
            }
            ExportFormat::Markdown => {
                crate::formats::markdown(&picked, &l.settings, Timestamp::now().as_str())
            }
            ExportFormat::Csv => crate::formats::csv(&picked)?,
        };
        Ok((text, picked.len()))
    }

    /// The versions kept in conflict of the records in `range`, as the export lists them.
    fn export_conflicts(&self, range: &DateRange) -> Result<Vec<crate::exchange::ExportConflict>> {
        let s = self.session()?;
        Ok(crate::sync::conflicts(&s.journal)?
            .into_iter()
            .filter(|c| range.holds(&c.record))
            .filter_map(|c| {
                let record = serde_json::to_value(Item::from_record(&c.record)?).ok()?;
                Some(crate::exchange::ExportConflict { id: c.id, device: c.device, record })
            })
            .collect())
    }

    /// Writes a plaintext export of everything to `dest`.
    pub fn export(&self, format: ExportFormat, dest: &Path) -> Result<usize> {
        let (text, n) = self.export_text(format, &DateRange::default())?;
        write_private(dest, text.as_bytes())?;
        Ok(n)
    }

    fn plan(&self, doc: &Export) -> Result<ImportPlan> {
        let l = self.loaded()?;
        ImportPlan::new(doc, &l.records, &l.settings)
    }

    /// What importing `file` would do, without writing anything.
    pub fn import_preview(&self, file: &Path) -> Result<ImportSummary> {
        Ok(self.plan(&Export::read_file(file)?)?.summary())
    }

    /// Imports `file`: all or nothing.
    pub fn import(&mut self, file: &Path) -> Result<ImportSummary> {
        self.import_doc(&Export::read_file(file)?)
    }

    /// Imports daily entries brought from another app ([`crate::sources`]): all or nothing,
    /// and a second time changes nothing.
    pub fn import_entries(&mut self, entries: Vec<crate::model::Entry>) -> Result<ImportSummary> {
        self.import_doc(&entries_doc(entries))
    }

    /// What bringing `file` in from `app` would do, without writing anything.
    pub fn import_from_preview(
        &self,
        app: crate::sources::Source,
        file: &Path,
    ) -> Result<crate::sources::FromApp> {
        let brought = crate::sources::read(app, file)?;
        let plan = self.plan(&entries_doc(brought.entries.clone()))?;
        Ok(brought.preview(&plan.summary()))
    }

    /// Brings `file` in from `app`: all or nothing.
    pub fn import_from(
        &mut self,
        app: crate::sources::Source,
        file: &Path,
    ) -> Result<crate::sources::FromApp> {
        let brought = crate::sources::read(app, file)?;
        let summary = self.import_entries(brought.entries.clone())?;
        Ok(brought.preview(&summary))
    }

    /// Imports an export already read and checked ([`Export::read_file`]): all or nothing.
    pub fn import_doc(&mut self, doc: &Export) -> Result<ImportSummary> {
        let plan = self.plan(doc)?;
        let summary = plan.summary();
        let s = self.session_mut()?;
        s.journal.put_all(&plan.into_writes())?;
        // Read again on next need (the command line has none; the desktop asks at once).
        s.forget()?;
        Ok(summary)
    }
}

/// Hands the journal back after making its language the one spoken from now on (SPEC §11).
/// Only the Settings row is read, so the command line, which decrypts nothing else until a
/// command needs it, speaks the journal's language in every line, not just after a listing.
pub(crate) fn speaking(journal: Journal) -> Journal {
    if let Ok(settings) = journal.settings() {
        crate::i18n::set_chosen(settings.language.as_deref());
    }
    journal
}

/// An entry with only a day and words, for the tests of the use cases.
#[cfg(test)]
pub(crate) fn bare_entry(date: &str, text: &str) -> EntryDraft {
    EntryDraft {
        id: None,
        date: date.into(),
        text: text.into(),
        mood: None,
        closeness: None,
        safety: None,
        tags: vec![],
        for_therapy: false,
    }
}

/// Entries brought from another app as an export to import: the person's settings are theirs,
/// so the document carries none.
fn entries_doc(entries: Vec<crate::model::Entry>) -> Export {
    let records: Vec<Record> = entries.into_iter().map(Record::Entry).collect();
    let mut doc = Export::new(records.iter(), &Settings::default());
    doc.settings = None;
    doc
}

/// A new record's draft, of any type, for [`App::check_new`]. Made once per command and
/// checked at once, so the size of the episode variant costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Draft {
    /// A daily entry.
    Entry(EntryDraft),
    /// An episode.
    Episode(EpisodeDraft),
    /// A therapy session.
    Session(SessionDraft),
}

/// The entry a draft saves as (not yet checked).
fn entry_record(d: EntryDraft, id: RecordId, created_at: Timestamp, updated_at: Timestamp) -> Result<Record> {
    let date = Date::parse(&d.date)?;
    Ok(Record::Entry(d.into_record(id, date, created_at, updated_at)))
}

/// The episode a draft saves as (not yet checked); it happened now unless the draft says when.
fn episode_record(
    d: EpisodeDraft,
    id: RecordId,
    created_at: Timestamp,
    updated_at: Timestamp,
) -> Result<Record> {
    let parse = |s: &Option<String>| s.as_deref().filter(|x| !x.is_empty()).map(Timestamp::parse).transpose();
    let occurred_at = parse(&d.occurred_at)?.unwrap_or_else(|| updated_at.clone());
    let reconnected_at = parse(&d.reconnected_at)?;
    let return_at = parse(&d.return_at)?;
    Ok(Record::Episode(d.into_record(id, occurred_at, reconnected_at, return_at, created_at, updated_at)))
}

/// The session a draft saves as (not yet checked).
fn session_record(
    d: SessionDraft,
    id: RecordId,
    created_at: Timestamp,
    updated_at: Timestamp,
) -> Result<Record> {
    let date = Date::parse(&d.date)?;
    Ok(Record::Session(d.into_record(id, date, created_at, updated_at)))
}

fn flagged(r: &Record) -> bool {
    match r {
        Record::Entry(e) => e.for_therapy,
        Record::Episode(e) => e.for_therapy,
        _ => false,
    }
}

fn tags(r: &Record) -> &[String] {
    match r {
        Record::Entry(e) => &e.tags,
        Record::Episode(e) => &e.tags,
        _ => &[],
    }
}

fn by_frequency<'a>(items: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for i in items {
        *counts.entry(i).or_default() += 1;
    }
    let mut v: Vec<(&str, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    v.into_iter().take(200).map(|(s, _)| s.to_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Kind, Session};

    fn app() -> (tempfile::TempDir, App) {
        let dir = tempfile::tempdir().unwrap();
        let mut app = App::new(dir.path().join("journal.ebb"));
        assert_eq!(app.status().state, LockState::NoJournal);
        let key = app.create(Passphrase::new("pass words".into())).unwrap();
        assert_eq!(key.split('-').count(), 13);
        (dir, app)
    }

    fn entry(date: &str, text: &str) -> EntryDraft {
        EntryDraft {
            id: None,
            date: date.into(),
            text: text.into(),
            mood: Some(3),
            closeness: None,
            safety: None,
            tags: vec!["work".into()],
            for_therapy: false,
        }
    }

    fn episode(kind: Kind, actor: Actor) -> EpisodeDraft {
        // Only kind and actor are required; serde gives every other field its default.
        serde_json::from_value(serde_json::json!({ "kind": kind, "actor": actor })).unwrap()
    }

    #[test]
    fn the_days_question_is_turned_off_and_on_and_stays_out_of_the_export() {
        let (_dir, mut app) = app();
        assert!(!app.settings().unwrap().app_state.prompts_off, "on by default");
        assert!(app.set_prompts(false).unwrap().app_state.prompts_off);
        assert!(app.settings().unwrap().app_state.prompts_off);
        let (json, _) = app.export_text(ExportFormat::Json, &DateRange::default()).unwrap();
        assert!(!json.contains("prompts_off"));
        assert!(!app.set_prompts(true).unwrap().app_state.prompts_off);
    }

    #[test]
    fn another_apps_export_is_previewed_without_a_write_then_brought_in_once() {
        let (dir, mut app) = app();
        let file = dir.path().join("jrnl.json");
        std::fs::write(
            &file,
            r#"{"entries": [{"title": "One.", "body": "", "date": "2024-01-02", "time": "09:00", "tags": [], "starred": false},
                           {"title": "Two.", "body": "b", "date": "2024-03-04", "time": "10:00", "tags": ["@x"], "starred": false}]}"#,
        )
        .unwrap();
        let jrnl = crate::sources::Source::Jrnl;
        let seen = app.import_from_preview(jrnl, &file).unwrap();
        assert_eq!((seen.entries, seen.added, seen.unchanged), (2, 2, 0));
        assert_eq!(
            (seen.first_day.as_deref(), seen.last_day.as_deref()),
            (Some("2024-01-02"), Some("2024-03-04"))
        );
        assert!(app.list(&Filter::default()).unwrap().items.is_empty(), "a preview writes nothing");
        assert_eq!(app.import_from(jrnl, &file).unwrap().added, 2);
        assert_eq!(app.list(&Filter::default()).unwrap().items.len(), 2);
        let again = app.import_from_preview(jrnl, &file).unwrap();
        assert_eq!((again.added, again.unchanged), (0, 2));
    }

    #[test]
    fn a_write_by_the_command_line_is_not_hidden_by_the_apps_own_write_after_it() {
        let (dir, mut app) = app();
        app.save_entry(entry("2026-11-19", "the app's first")).unwrap();
        // The command line writes (another connection)…
        let mut cli = App::new(dir.path().join("journal.ebb"));
        cli.open(Passphrase::new("pass words".into())).unwrap();
        cli.save_entry(entry("2026-11-20", "from the terminal")).unwrap();
        // …then the app writes before its next look (what happened with a check-in on Today).
        app.save_entry(entry("2026-11-21", "the app's second")).unwrap();
        app.save_settings(Settings { partner_name: "Sam".into(), ..Default::default() }).unwrap();
        // Before the fix, its own write took the change counter as read: the terminal's
        // entry never showed until the next unlock.
        assert!(app.refresh().unwrap(), "the outside write is still seen");
        let texts: Vec<String> = app
            .entries_on("2026-11-20")
            .unwrap()
            .into_iter()
            .filter_map(|i| if let Item::Entry(e) = i { Some(e.text) } else { None })
            .collect();
        assert_eq!(texts, ["from the terminal"]);
        assert_eq!(app.entries_on("2026-11-21").unwrap().len(), 1, "and its own write is kept");
        assert!(!app.refresh().unwrap());
    }

    #[test]
    fn prep_lists_every_flagged_record_but_shows_only_those_kept_in() {
        let (_d, mut app) = app();
        let mut ids = vec![];
        for (date, text) in [("2026-11-19", "KEEP-THIS"), ("2026-11-20", "LEAVE-THIS-OUT")] {
            let mut e = entry(date, text);
            e.for_therapy = true;
            let Item::Entry(saved) = app.save_entry(e).unwrap() else { panic!("an entry") };
            ids.push(saved.id.as_str().to_owned());
        }
        let mut req = PrepRequest {
            from: Some("2026-11-01".into()),
            to: Some("2026-11-24".into()),
            partner_name: Some("Alex".into()),
            ..PrepRequest::default()
        };
        req.redaction.leave_out = vec![ids[1].clone()];
        let view = app.prep(&req).unwrap();
        assert_eq!(view.items.len(), 2, "a left-out record can still be taken back in");
        assert!(view.html.contains("KEEP-THIS"));
        assert!(!view.html.contains("LEAVE-THIS-OUT"));
        assert!(!view.since_session);
        assert!(
            app.prep(&PrepRequest { from: Some("2026-11-24".into()), to: Some("2026-11-01".into()), ..req })
                .is_err()
        );
    }

    #[test]
    fn lock_unlock_and_a_wrong_passphrase() {
        let (_d, mut app) = app();
        assert_eq!(app.status().state, LockState::Unlocked);
        app.save_entry(entry("2026-11-23", "kept")).unwrap();
        app.lock();
        assert_eq!(app.status().state, LockState::Locked);
        assert!(matches!(app.list(&Filter::default()), Err(Error::Locked)));
        assert!(matches!(app.unlock(Passphrase::new("nope".into())), Err(Error::WrongPassphrase)));
        app.unlock(Passphrase::new("pass words".into())).unwrap();
        assert_eq!(app.list(&Filter::default()).unwrap().items.len(), 1);
    }

    #[test]
    fn a_minimal_episode_needs_only_kind_and_actor() {
        let (_d, mut app) = app();
        let rec = app.save_episode(episode(Kind::PullAway, Actor::Partner)).unwrap();
        let Item::Episode(e) = rec else { panic!("an episode") };
        assert_eq!(e.created_at, e.updated_at);
        assert!(e.trigger.is_empty() && e.intensity.is_none());
    }

    #[test]
    fn editing_keeps_created_at_and_the_id() {
        let (_d, mut app) = app();
        let Item::Entry(first) = app.save_entry(entry("2026-11-23", "draft")).unwrap() else { panic!() };
        let mut d = entry("2026-11-23", "draft, finished");
        d.id = Some(first.id.to_string());
        let Item::Entry(second) = app.save_entry(d).unwrap() else { panic!() };
        assert_eq!(second.id, first.id);
        assert_eq!(second.created_at, first.created_at);
        assert_eq!(app.entries_on("2026-11-23").unwrap().len(), 1);
        // An entry's id cannot be used to save an episode.
        let mut ep = episode(Kind::Pursuit, Actor::Me);
        ep.id = Some(first.id.to_string());
        assert!(app.save_episode(ep).is_err());
    }

    #[test]
    fn delete_then_undo_restores_the_same_record() {
        let (_d, mut app) = app();
        let rec = app.save_entry(entry("2026-11-23", "oops")).unwrap();
        let Item::Entry(e) = &rec else { panic!() };
        let id = e.id.to_string();
        let gone = app.delete(&id).unwrap();
        assert_eq!(gone, rec);
        assert!(matches!(app.get(&id), Err(Error::NotFound(_))));
        app.undo_delete(&id).unwrap();
        assert_eq!(app.get(&id).unwrap(), rec);
        assert!(app.undo_delete(&id).is_err(), "only once");
        // And it is in the file, not only in memory.
        app.lock();
        app.unlock(Passphrase::new("pass words".into())).unwrap();
        assert_eq!(app.get(&id).unwrap(), rec);
    }

    #[test]
    fn filters_and_paging() {
        let (_d, mut app) = app();
        for day in 1..=9 {
            app.save_entry(entry(&format!("2026-11-0{day}"), &format!("day {day}"))).unwrap();
        }
        let mut ep = episode(Kind::Pursuit, Actor::Me);
        ep.for_therapy = true;
        ep.trigger = "Unanswered TEXT".into();
        app.save_episode(ep).unwrap();
        app.save_episode(episode(Kind::PullAway, Actor::Partner)).unwrap();

        let all = app.list(&Filter { limit: Some(4), ..Filter::default() }).unwrap();
        assert_eq!((all.total, all.items.len()), (11, 4));
        let next = app.list(&Filter { limit: Some(4), offset: 8, ..Filter::default() }).unwrap();
        assert_eq!(next.items.len(), 3);
        let q = app.list(&Filter { query: "unanswered text".into(), ..Filter::default() }).unwrap();
        assert_eq!(q.total, 1);
        let f = app.list(&Filter { flagged: true, ..Filter::default() }).unwrap();
        assert_eq!(f.total, 1);
        let k = app.list(&Filter { kind: Some(Kind::PullAway), ..Filter::default() }).unwrap();
        assert_eq!(k.total, 1);
        let a = app.list(&Filter { actor: Some(Actor::Me), ..Filter::default() }).unwrap();
        assert_eq!(a.total, 1);
        let t = app.list(&Filter { tag: Some("work".into()), ..Filter::default() }).unwrap();
        assert_eq!(t.total, 9);
        let r = app
            .list(&Filter {
                from: Some("2026-11-02".into()),
                to: Some("2026-11-03".into()),
                ..Filter::default()
            })
            .unwrap();
        assert_eq!(r.total, 2);
        assert_eq!(app.triggers().unwrap(), ["Unanswered TEXT"]);
        assert_eq!(app.tags().unwrap(), ["work"]);
    }

    #[test]
    fn writes_by_another_process_are_noticed() {
        let (_d, mut app) = app();
        assert!(!app.refresh().unwrap());
        let mut other = Journal::unlock(app.path(), &Passphrase::new("pass words".into())).unwrap();
        let now = Timestamp::now();
        other
            .put(&Record::Session(Session {
                id: RecordId::new(),
                date: Date::today(),
                notes: "from the command line".into(),
                homework: String::new(),
                created_at: now.clone(),
                updated_at: now,
            }))
            .unwrap();
        assert!(app.refresh().unwrap());
        assert_eq!(app.list(&Filter::default()).unwrap().total, 1);
        assert!(!app.refresh().unwrap(), "nothing new the second time");
    }

    #[test]
    fn passphrase_change_needs_the_current_one() {
        let (_d, mut app) = app();
        assert!(matches!(
            app.change_passphrase(Passphrase::new("wrong".into()), Passphrase::new("new words".into())),
            Err(Error::WrongPassphrase)
        ));
        app.change_passphrase(Passphrase::new("pass words".into()), Passphrase::new("new words".into()))
            .unwrap();
        app.lock();
        app.unlock(Passphrase::new("new words".into())).unwrap();
    }

    #[test]
    fn a_new_data_key_keeps_every_record_and_the_settings_and_reports_progress() {
        let (_d, mut app) = app();
        for i in 0..5 {
            app.save_entry(entry("2026-11-23", &format!("entry {i}"))).unwrap();
        }
        let mut settings = app.settings().unwrap();
        settings.partner_name = "Sam".into();
        app.save_settings(settings).unwrap();
        assert!(matches!(
            app.rekey(Passphrase::new("not the one".into()), &mut |_, _| {}),
            Err(Error::WrongPassphrase)
        ));
        let mut seen = vec![];
        let change = app.rekey(Passphrase::new("pass words".into()), &mut |d, t| seen.push((d, t))).unwrap();
        // Five entries and the settings row, each reported once, in order.
        assert_eq!(seen, (1..=6).map(|d| (d, 6)).collect::<Vec<_>>());
        assert!(change.data_key_changed);
        let key = change.recovery_key.clone().unwrap();
        assert!(!format!("{change:?}").contains(&key), "the new recovery key does not print");
        app.lock();
        app.unlock(Passphrase::new("pass words".into())).unwrap();
        assert_eq!(app.settings().unwrap().partner_name, "Sam");
        assert_eq!(app.list(&Filter::default()).unwrap().items.len(), 5);
        assert!(app.status().summary_ok && !app.status().read_only);
        app.lock();
        app.recover(&key, Passphrase::new("after the new key".into())).unwrap();
        assert_eq!(app.settings().unwrap().partner_name, "Sam");
    }

    #[test]
    fn export_then_preview_and_import_into_a_fresh_journal() {
        let (dir, mut app) = app();
        app.save_entry(entry("2026-11-23", "<img src=x onerror=alert(1)>")).unwrap();
        app.save_episode(episode(Kind::Pursuit, Actor::Me)).unwrap();
        let file = dir.path().join("out.json");
        assert_eq!(app.export(ExportFormat::Json, &file).unwrap(), 2);

        let dir2 = tempfile::tempdir().unwrap();
        let mut fresh = App::new(dir2.path().join("j.ebb"));
        fresh.create(Passphrase::new("export words".into())).unwrap();
        let preview = fresh.import_preview(&file).unwrap();
        assert_eq!((preview.added, preview.updated), (2, 0));
        assert_eq!(fresh.list(&Filter::default()).unwrap().total, 0, "a preview writes nothing");
        fresh.import(&file).unwrap();
        let a = app.list(&Filter::default()).unwrap().items;
        let b = fresh.list(&Filter::default()).unwrap().items;
        assert_eq!(a, b);
    }

    #[test]
    fn recovery_sets_a_new_passphrase() {
        let dir = tempfile::tempdir().unwrap();
        let mut app = App::new(dir.path().join("journal.ebb"));
        let key = app.create(Passphrase::new("forgotten".into())).unwrap();
        app.lock();
        assert!(matches!(
            app.recover("AAAA-BBBB", Passphrase::new("n".into())),
            Err(Error::WrongRecoveryKey)
        ));
        app.recover(&key, Passphrase::new("remembered".into())).unwrap();
        app.lock();
        app.unlock(Passphrase::new("remembered".into())).unwrap();
    }

    #[test]
    fn a_failed_recovery_leaves_the_journal_locked() {
        let dir = tempfile::tempdir().unwrap();
        let mut app = App::new(dir.path().join("journal.ebb"));
        let key = app.create(Passphrase::new("forgotten".into())).unwrap();
        app.lock();
        // The key opens the journal, but the new passphrase is refused: nothing stays unlocked.
        assert!(app.recover(&key, Passphrase::new(String::new())).is_err());
        assert_eq!(app.status().state, LockState::Locked);
        assert!(matches!(app.list(&Filter::default()), Err(Error::Locked)));
        app.unlock(Passphrase::new("forgotten".into())).unwrap();
    }

    #[test]
    fn new_drafts_are_checked_without_a_journal() {
        let mut bad = episode(Kind::Pursuit, Actor::Me);
        bad.behaviors = vec!["Shut Down".into()];
        assert!(matches!(App::check_new(&Draft::Episode(bad)), Err(Error::Invalid(_))));
        assert!(App::check_new(&Draft::Episode(episode(Kind::Pursuit, Actor::Me))).is_ok());
        let mut e = entry("2026-11-31", "no such day");
        assert!(App::check_new(&Draft::Entry(e.clone())).is_err());
        e.date = "2026-11-30".into();
        assert!(App::check_new(&Draft::Entry(e)).is_ok());
    }

    #[test]
    fn a_delete_is_mirrored_and_an_import_is_read_again_on_next_need() {
        let (dir, mut app) = app();
        let kept = app.save_entry(entry("2026-11-20", "kept")).unwrap();
        let gone = app.save_entry(entry("2026-11-21", "gone")).unwrap();
        let gone_id = match &gone {
            Item::Entry(e) => e.id.as_str().to_owned(),
            _ => unreachable!(),
        };
        app.delete(&gone_id).unwrap();
        assert_eq!(app.list(&Filter::default()).unwrap().total, 1);
        assert!(app.delete(&gone_id).is_err(), "gone from the file too");
        let file = dir.path().join("export.json");
        app.export(ExportFormat::Json, &file).unwrap();
        app.import(&file).unwrap();
        assert_eq!(app.list(&Filter::default()).unwrap().items, vec![kept]);
    }
}
