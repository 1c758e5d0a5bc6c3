//! The desktop app's journal session, with no knowledge of any UI toolkit.
//!
//! The Tauri shell keeps one [`App`] in its state and forwards each command to one method
//! here, so everything the desktop app does — unlocking, saving with timestamps, undoing a
//! delete, noticing writes by the command line, wiping on lock — lives in the core and is
//! tested here. While unlocked, the records are decrypted once and kept in memory; queries
//! run on them, and only the page the UI asks for crosses to it.

use std::path::{Path, PathBuf};

use chrono::Local;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroize;

use crate::crypto::{Passphrase, RecoveryKey};
use crate::error::{Error, Result};
use crate::exchange::{Export, ImportPlan, ImportSummary};
use crate::insights::{Insights, Timeline};
use crate::model::{Actor, Date, Entry, Episode, Kind, Record, RecordId, Session, Settings, Timestamp};
use crate::patterns::{Patterns, compute, episodes_in};
use crate::query::{DateRange, Search, sort_newest_first, sort_oldest_first};
use crate::report::{self, FlaggedRecord, Redaction, RenderOptions, Report};
use crate::store::Journal;

/// Where the app stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LockState {
    /// No journal file yet: the first-run screen.
    NoJournal,
    /// A journal exists and is locked.
    Locked,
    /// Unlocked: records are in memory.
    Unlocked,
}

/// What the UI needs to choose a screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Status {
    pub state: LockState,
    pub journal_path: String,
    /// Minutes of inactivity before the app locks itself (from settings once unlocked).
    pub auto_lock_minutes: u32,
    /// Records that could not be authenticated, by id.
    pub damaged: Vec<String>,
    /// Whether the rows match the integrity summary.
    pub summary_ok: bool,
}

/// A new or edited daily entry, as the UI sends it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct EntryDraft {
    /// Empty for a new entry.
    #[serde(default)]
    pub id: Option<String>,
    pub date: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub mood: Option<u8>,
    #[serde(default)]
    pub closeness: Option<u8>,
    #[serde(default)]
    pub safety: Option<u8>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub for_therapy: bool,
}

/// A new or edited episode, as the UI sends it. Only kind and actor are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct EpisodeDraft {
    #[serde(default)]
    pub id: Option<String>,
    pub kind: Kind,
    pub actor: Actor,
    /// RFC 3339; now when absent.
    #[serde(default)]
    pub occurred_at: Option<String>,
    #[serde(default)]
    pub reconnected_at: Option<String>,
    #[serde(default)]
    pub trigger: String,
    #[serde(default)]
    pub behaviors: Vec<String>,
    #[serde(default)]
    pub intensity: Option<u8>,
    #[serde(default)]
    pub feelings: Vec<String>,
    #[serde(default)]
    pub story: String,
    #[serde(default)]
    pub need: String,
    #[serde(default)]
    pub responses: Vec<String>,
    #[serde(default)]
    pub next_time: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub for_therapy: bool,
}

/// A new or edited therapy session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SessionDraft {
    #[serde(default)]
    pub id: Option<String>,
    pub date: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub homework: String,
}

/// Which records the journal screen shows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
pub struct Filter {
    /// Case-insensitive text to look for.
    pub query: String,
    /// `entry`, `episode` or `session`; all when empty.
    pub types: Vec<String>,
    pub kind: Option<Kind>,
    pub actor: Option<Actor>,
    /// Only records marked for therapy.
    pub flagged: bool,
    /// Only records with this tag.
    pub tag: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub offset: usize,
    /// At most this many (default 100, at most 1000).
    pub limit: Option<usize>,
}

/// A record as the UI sees it: tagged with its `type`.
// Built only to be serialized for the UI; boxing the episode would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Item {
    Entry(Entry),
    Episode(Episode),
    Session(Session),
}

impl Item {
    fn from_record(r: &Record) -> Option<Item> {
        match r {
            Record::Entry(e) => Some(Item::Entry(e.clone())),
            Record::Episode(e) => Some(Item::Episode(e.clone())),
            Record::Session(s) => Some(Item::Session(s.clone())),
            Record::Settings(_) => None,
        }
    }
}

/// The longest range the Insights and preparation screens take, in days.
const MAX_RANGE_DAYS: i64 = 3660;
/// A partner's name as typed on the preparation screen is cut to this length.
const MAX_NAME_CHARS: usize = 100;

/// What the preparation screen asks for: a range (empty: since the last session, or the
/// last four weeks when there is none) and what to leave out.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, TS)]
pub struct PrepRequest {
    pub from: Option<String>,
    pub to: Option<String>,
    pub redaction: Redaction,
    /// How to name the partner in this copy; the saved setting when absent.
    pub partner_name: Option<String>,
}

/// A flagged record the user may leave out.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PrepItem {
    pub id: String,
    pub when: String,
    pub title: String,
}

/// The report as it will print, and the figures beside it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PrepView {
    pub from: String,
    pub to: String,
    pub previous_from: String,
    pub previous_to: String,
    /// The range starts at the last session.
    pub since_session: bool,
    /// Every flagged record in range, left out or not.
    pub items: Vec<PrepItem>,
    /// The report's body (escaped by its template), shown with the report's own stylesheet.
    pub html: String,
    pub current: Patterns,
    pub previous: Patterns,
}

/// The file forms of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ReportFile {
    Html,
    Markdown,
}

/// One page of records, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Page {
    pub items: Vec<Item>,
    /// How many records match in all.
    pub total: usize,
}

/// Export formats offered by the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Json,
    Markdown,
    Csv,
}

/// How many deletes can be undone.
const UNDO_DEPTH: usize = 20;

struct Unlocked {
    journal: Journal,
    /// Recently deleted records, newest last, so a delete can be undone.
    deleted: Vec<Record>,
    records: Vec<Record>,
    settings: Settings,
    damaged: Vec<String>,
    summary_ok: bool,
    data_version: i64,
}

impl Unlocked {
    fn load(journal: Journal) -> Result<Self> {
        let contents = journal.read_all()?;
        let data_version = journal.data_version()?;
        Ok(Unlocked {
            journal,
            deleted: vec![],
            records: contents.records,
            settings: contents.settings,
            damaged: contents.damaged.into_iter().map(|d| d.id).collect(),
            summary_ok: contents.summary_ok,
            data_version,
        })
    }

    fn reload(&mut self) -> Result<()> {
        let contents = self.journal.read_all()?;
        wipe_records(&mut self.records);
        self.records = contents.records;
        self.settings = contents.settings;
        self.damaged = contents.damaged.into_iter().map(|d| d.id).collect();
        self.summary_ok = contents.summary_ok;
        self.data_version = self.journal.data_version()?;
        Ok(())
    }

    fn find(&self, id: &str) -> Option<usize> {
        let id = RecordId::parse(id).ok()?;
        self.records.iter().position(|r| r.id().is_some_and(|x| x.bytes() == id.bytes()))
    }

    /// Writes one record and mirrors it in memory.
    fn store(&mut self, record: Record) -> Result<Item> {
        self.journal.put(&record)?;
        let item =
            Item::from_record(&record).ok_or_else(|| Error::invalid("settings are saved on their own"))?;
        match record.id().and_then(|id| self.find(id.as_str())) {
            Some(i) => self.records[i] = record,
            None => self.records.push(record),
        }
        self.data_version = self.journal.data_version()?;
        Ok(item)
    }
}

impl Drop for Unlocked {
    fn drop(&mut self) {
        wipe_records(&mut self.records);
        wipe_records(&mut self.deleted);
        self.settings.partner_name.zeroize();
    }
}

/// Overwrites every string of every record before the memory is freed.
fn wipe_records(records: &mut Vec<Record>) {
    for r in records.iter_mut() {
        match r {
            Record::Entry(e) => {
                e.text.zeroize();
                e.tags.iter_mut().for_each(Zeroize::zeroize);
            }
            Record::Episode(e) => {
                for s in [&mut e.trigger, &mut e.story, &mut e.need, &mut e.next_time, &mut e.notes] {
                    s.zeroize();
                }
                for list in [&mut e.behaviors, &mut e.feelings, &mut e.responses, &mut e.tags] {
                    list.iter_mut().for_each(Zeroize::zeroize);
                }
            }
            Record::Session(s) => {
                s.notes.zeroize();
                s.homework.zeroize();
            }
            Record::Settings(s) => s.partner_name.zeroize(),
        }
    }
    records.clear();
}

/// The desktop app's journal: locked or unlocked.
pub struct App {
    path: PathBuf,
    session: Option<Unlocked>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "App({}, unlocked: {})", self.path.display(), self.session.is_some())
    }
}

const DEFAULT_PAGE: usize = 100;
const MAX_PAGE: usize = 1000;

impl App {
    /// An app for the journal at `path` (which may not exist yet).
    pub fn new(path: PathBuf) -> Self {
        App { path, session: None }
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
        let (minutes, damaged, summary_ok) = match &self.session {
            Some(s) => (s.settings.auto_lock_minutes, s.damaged.clone(), s.summary_ok),
            None => (crate::model::DEFAULT_AUTO_LOCK_MINUTES, vec![], true),
        };
        Status {
            state,
            journal_path: self.path.display().to_string(),
            auto_lock_minutes: minutes,
            damaged,
            summary_ok,
        }
    }

    fn session(&self) -> Result<&Unlocked> {
        self.session.as_ref().ok_or(Error::Locked)
    }

    fn session_mut(&mut self) -> Result<&mut Unlocked> {
        self.session.as_mut().ok_or(Error::Locked)
    }

    /// Creates the journal and unlocks it. Returns the recovery key, to be shown once.
    pub fn create(&mut self, pass: Passphrase) -> Result<String> {
        let (journal, rk) = Journal::create(&self.path, &pass)?;
        self.session = Some(Unlocked::load(journal)?);
        Ok(rk.display().to_string())
    }

    /// Unlocks with the passphrase and makes the day's automatic backup.
    pub fn unlock(&mut self, pass: Passphrase) -> Result<Status> {
        let journal = Journal::unlock(&self.path, &pass)?;
        // A failed daily backup must not keep the user from their journal.
        let _ = journal.daily_backup(Local::now().date_naive());
        self.session = Some(Unlocked::load(journal)?);
        Ok(self.status())
    }

    /// Unlocks with the recovery key and sets a new passphrase.
    pub fn recover(&mut self, recovery_key: &str, new: Passphrase) -> Result<Status> {
        let rk = RecoveryKey::parse(recovery_key)?;
        let mut journal = Journal::unlock_with_recovery(&self.path, &rk)?;
        journal.change_passphrase(&new)?;
        self.session = Some(Unlocked::load(journal)?);
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

    /// The settings.
    pub fn settings(&self) -> Result<Settings> {
        Ok(self.session()?.settings.clone())
    }

    /// Saves the settings.
    pub fn save_settings(&mut self, settings: Settings) -> Result<Settings> {
        let s = self.session_mut()?;
        s.journal.save_settings(&settings)?;
        s.settings = settings.clone();
        s.data_version = s.journal.data_version()?;
        Ok(settings)
    }

    fn existing_created_at(
        &self,
        id: &Option<String>,
    ) -> Result<(RecordId, Option<Timestamp>, &'static str)> {
        match id.as_deref().filter(|s| !s.is_empty()) {
            None => Ok((RecordId::new(), None, "")),
            Some(raw) => {
                let s = self.session()?;
                let i = s.find(raw).ok_or_else(|| Error::NotFound(raw.to_owned()))?;
                let rec = &s.records[i];
                let created = match rec {
                    Record::Entry(e) => e.created_at.clone(),
                    Record::Episode(e) => e.created_at.clone(),
                    Record::Session(x) => x.created_at.clone(),
                    Record::Settings(_) => return Err(Error::NotFound(raw.to_owned())),
                };
                let id = rec.id().cloned().ok_or_else(|| Error::NotFound(raw.to_owned()))?;
                Ok((id, Some(created), rec.type_name()))
            }
        }
    }

    fn check_type(existing: &str, wanted: &str) -> Result<()> {
        if !existing.is_empty() && existing != wanted {
            return Err(Error::invalid(format!("that id belongs to {existing}, not to {wanted}")));
        }
        Ok(())
    }

    /// Builds a record for a draft (new id or the existing one, `created_at` kept on edit,
    /// `updated_at` now), checks it and writes it.
    fn save_draft(
        &mut self,
        id: &Option<String>,
        wanted: &str,
        build: impl FnOnce(RecordId, Timestamp, Timestamp) -> Result<Record>,
    ) -> Result<Item> {
        let (id, created, kind) = self.existing_created_at(id)?;
        Self::check_type(kind, wanted)?;
        let now = Timestamp::now();
        let rec = build(id, created.unwrap_or_else(|| now.clone()), now)?;
        rec.validate()?;
        self.session_mut()?.store(rec)
    }

    /// Adds or updates a daily entry.
    pub fn save_entry(&mut self, d: EntryDraft) -> Result<Item> {
        self.save_draft(&d.id, "entry", |id, created_at, updated_at| {
            Ok(Record::Entry(Entry {
                id,
                date: Date::parse(&d.date)?,
                text: d.text,
                mood: d.mood,
                closeness: d.closeness,
                safety: d.safety,
                tags: d.tags,
                for_therapy: d.for_therapy,
                created_at,
                updated_at,
            }))
        })
    }

    /// Adds or updates an episode; it happened now unless the draft says when.
    pub fn save_episode(&mut self, d: EpisodeDraft) -> Result<Item> {
        let parse = |s: Option<String>| s.filter(|x| !x.is_empty()).map(|x| Timestamp::parse(&x)).transpose();
        self.save_draft(&d.id, "episode", |id, created_at, updated_at| {
            Ok(Record::Episode(Episode {
                id,
                occurred_at: parse(d.occurred_at)?.unwrap_or_else(|| updated_at.clone()),
                reconnected_at: parse(d.reconnected_at)?,
                kind: d.kind,
                actor: d.actor,
                trigger: d.trigger,
                behaviors: d.behaviors,
                intensity: d.intensity,
                feelings: d.feelings,
                story: d.story,
                need: d.need,
                responses: d.responses,
                next_time: d.next_time,
                notes: d.notes,
                tags: d.tags,
                for_therapy: d.for_therapy,
                created_at,
                updated_at,
            }))
        })
    }

    /// Adds or updates a therapy session.
    pub fn save_session(&mut self, d: SessionDraft) -> Result<Item> {
        self.save_draft(&d.id, "session", |id, created_at, updated_at| {
            Ok(Record::Session(Session {
                id,
                date: Date::parse(&d.date)?,
                notes: d.notes,
                homework: d.homework,
                created_at,
                updated_at,
            }))
        })
    }

    /// Deletes a record. It is kept in memory (until lock) so that [`App::undo_delete`]
    /// can put it back exactly as it was.
    pub fn delete(&mut self, id: &str) -> Result<Item> {
        let s = self.session_mut()?;
        let i = s.find(id).ok_or_else(|| Error::NotFound(id.to_owned()))?;
        let rid = s.records[i].id().cloned().ok_or_else(|| Error::NotFound(id.to_owned()))?;
        s.journal.delete(&rid)?;
        s.data_version = s.journal.data_version()?;
        let gone = s.records.swap_remove(i);
        let item = Item::from_record(&gone).ok_or_else(|| Error::NotFound(id.to_owned()))?;
        s.deleted.push(gone);
        if s.deleted.len() > UNDO_DEPTH {
            let mut oldest = vec![s.deleted.remove(0)];
            wipe_records(&mut oldest);
        }
        Ok(item)
    }

    /// Puts back a record deleted in this session, exactly as it was.
    pub fn undo_delete(&mut self, id: &str) -> Result<Item> {
        let s = self.session_mut()?;
        let wanted = RecordId::parse(id)?;
        let i = s
            .deleted
            .iter()
            .rposition(|r| r.id().is_some_and(|x| x.bytes() == wanted.bytes()))
            .ok_or_else(|| Error::invalid("that delete can no longer be undone"))?;
        let record = s.deleted.remove(i);
        s.store(record)
    }

    /// One record by id.
    pub fn get(&self, id: &str) -> Result<Item> {
        let s = self.session()?;
        s.find(id)
            .and_then(|i| Item::from_record(&s.records[i]))
            .ok_or_else(|| Error::NotFound(id.to_owned()))
    }

    /// The entries of one day (several may share a date), oldest first.
    pub fn entries_on(&self, date: &str) -> Result<Vec<Item>> {
        let d = Date::parse(date)?;
        let s = self.session()?;
        let mut v: Vec<&Record> =
            s.records.iter().filter(|r| matches!(r, Record::Entry(e) if e.date == d)).collect();
        sort_oldest_first(&mut v);
        Ok(v.into_iter().filter_map(Item::from_record).collect())
    }

    /// A page of records matching the filter, newest first.
    pub fn list(&self, f: &Filter) -> Result<Page> {
        let s = self.session()?;
        let parse = |x: &Option<String>| {
            x.as_deref().filter(|v| !v.is_empty()).map(|v| Date::parse(v).map(|d| d.0)).transpose()
        };
        let range = DateRange { from: parse(&f.from)?, to: parse(&f.to)? };
        let search = (!f.query.trim().is_empty()).then(|| Search::new(f.query.trim()));
        let mut hits: Vec<&Record> = s
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
        let total = hits.len();
        let limit = f.limit.unwrap_or(DEFAULT_PAGE).clamp(1, MAX_PAGE);
        let items = hits.into_iter().skip(f.offset).take(limit).filter_map(Item::from_record).collect();
        Ok(Page { items, total })
    }

    /// Every tag in use, most used first, for suggestions and the tag filter.
    pub fn tags(&self) -> Result<Vec<String>> {
        let s = self.session()?;
        Ok(by_frequency(s.records.iter().flat_map(|r| tags(r).iter().map(String::as_str))))
    }

    /// Earlier triggers, most used first, for suggestions while logging.
    pub fn triggers(&self) -> Result<Vec<String>> {
        let s = self.session()?;
        Ok(by_frequency(s.records.iter().filter_map(|r| match r {
            Record::Episode(e) if !e.trigger.trim().is_empty() => Some(e.trigger.trim()),
            _ => None,
        })))
    }

    /// The user's own behaviour and response codes (those not in the catalogues).
    pub fn custom_codes(&self) -> Result<Vec<String>> {
        let s = self.session()?;
        let mut v: Vec<String> = s
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
        let s = self.session()?;
        let parse =
            |x: Option<&str>| x.filter(|v| !v.is_empty()).map(|v| Date::parse(v).map(|d| d.0)).transpose();
        let range = DateRange { from: parse(from)?, to: parse(to)? };
        Ok(compute(&episodes_in(&s.records, &range)))
    }

    /// The whole journal laid out in time, for the Timeline screen.
    pub fn timeline(&self) -> Result<Timeline> {
        Ok(crate::insights::timeline(&self.session()?.records))
    }

    /// The Insights screen's figures for `[from, to]` (local dates, `YYYY-MM-DD`).
    pub fn insights(&self, from: &str, to: &str) -> Result<Insights> {
        let s = self.session()?;
        let (from, to) = (Date::parse(from)?.0, Date::parse(to)?.0);
        if from > to {
            return Err(Error::invalid("the range starts after it ends"));
        }
        if (to - from).num_days() > MAX_RANGE_DAYS {
            return Err(Error::invalid("choose a range of at most ten years"));
        }
        Ok(crate::insights::insights(&s.records, from, to, &s.settings.partner_name))
    }

    /// The report as the preparation screen shows it, with the user's choices applied.
    pub fn prep(&self, req: &PrepRequest) -> Result<PrepView> {
        let (mut report, opts, since_session) = self.prep_report(req)?;
        // Every flagged record, before any is left out, so the user can take it back in.
        let items = report
            .flagged
            .iter()
            .map(|f| match &f.record {
                FlaggedRecord::Entry(e) => PrepItem {
                    id: e.id.as_str().to_owned(),
                    when: e.date.to_string(),
                    title: "Daily entry".into(),
                },
                FlaggedRecord::Episode(e) => PrepItem {
                    id: e.id.as_str().to_owned(),
                    when: e.occurred_at.as_str().to_owned(),
                    title: crate::formats::episode_headline(e, &opts.settings),
                },
            })
            .collect();
        report.redact(&req.redaction);
        Ok(PrepView {
            from: report.from.to_string(),
            to: report.to.to_string(),
            previous_from: report.previous.from.to_string(),
            previous_to: report.previous.to.to_string(),
            since_session,
            items,
            html: report::html_body(&report, &opts)?,
            current: report.patterns,
            previous: report.previous.patterns,
        })
    }

    /// Writes the report, with the user's choices applied, as HTML or Markdown to `dest`.
    pub fn export_prep(&self, req: &PrepRequest, format: ReportFile, dest: &Path) -> Result<()> {
        let (mut report, opts, _) = self.prep_report(req)?;
        report.redact(&req.redaction);
        let text = match format {
            ReportFile::Html => report::html(&report, &opts)?,
            ReportFile::Markdown => report::markdown(&report, &opts)?,
        };
        write_private(dest, text.as_bytes())
    }

    fn prep_report(&self, req: &PrepRequest) -> Result<(Report, RenderOptions, bool)> {
        let s = self.session()?;
        let today = Local::now().date_naive();
        let parse = |x: &Option<String>| {
            x.as_deref().filter(|v| !v.is_empty()).map(|v| Date::parse(v).map(|d| d.0)).transpose()
        };
        let (range, since_session) = match (parse(&req.from)?, parse(&req.to)?) {
            (Some(f), Some(t)) => ((f, t), false),
            _ => match report::since_last_session(&s.records, today) {
                Some(r) => (r, true),
                None => (report::default_range(today), false),
            },
        };
        if range.0 > range.1 || (range.1 - range.0).num_days() > MAX_RANGE_DAYS {
            return Err(Error::invalid("choose a range that starts before it ends, of at most ten years"));
        }
        let mut settings = s.settings.clone();
        if let Some(name) = &req.partner_name {
            settings.partner_name = name.trim().chars().take(MAX_NAME_CHARS).collect();
        }
        let opts = RenderOptions {
            settings,
            generated_at: today.format("%-d %B %Y").to_string(),
            text_hidden: req.redaction.hide_text,
        };
        Ok((report::build(&s.records, range.0, range.1), opts, since_session))
    }

    /// Changes the passphrase after checking the current one.
    pub fn change_passphrase(&mut self, current: Passphrase, new: Passphrase) -> Result<()> {
        let s = self.session_mut()?;
        // Proves the person at the keyboard knows the passphrase, not just an unlocked screen.
        drop(Journal::unlock(s.journal.path(), &current)?);
        s.journal.change_passphrase(&new)
    }

    /// An encrypted copy at `dest`, opening with the current passphrase.
    pub fn backup(&self, dest: &Path) -> Result<()> {
        self.session()?.journal.backup_to(dest)
    }

    /// Writes a plaintext export of everything to `dest`.
    pub fn export(&self, format: ExportFormat, dest: &Path) -> Result<usize> {
        let s = self.session()?;
        let mut all: Vec<&Record> = s.records.iter().collect();
        sort_oldest_first(&mut all);
        let text = match format {
            ExportFormat::Json => Export::new(all.iter().copied(), &s.settings).to_json()?,
            ExportFormat::Markdown => crate::formats::markdown(&all, &s.settings, Timestamp::now().as_str()),
            ExportFormat::Csv => crate::formats::csv(&all)?,
        };
        write_private(dest, text.as_bytes())?;
        Ok(all.len())
    }

    fn plan(&self, file: &Path) -> Result<ImportPlan> {
        let doc = Export::read_file(file)?;
        let s = self.session()?;
        ImportPlan::new(&doc, &s.records, &s.settings)
    }

    /// What importing `file` would do, without writing anything.
    pub fn import_preview(&self, file: &Path) -> Result<ImportSummary> {
        Ok(self.plan(file)?.summary())
    }

    /// Imports `file`: all or nothing.
    pub fn import(&mut self, file: &Path) -> Result<ImportSummary> {
        let plan = self.plan(file)?;
        let summary = plan.summary();
        let s = self.session_mut()?;
        s.journal.put_all(&plan.into_writes())?;
        s.reload()?;
        Ok(summary)
    }
}

/// Saves the recovery key shown at creation to a new file readable only by the owner.
/// Refuses anything that is not a well-formed recovery key, so the page cannot use this to
/// write arbitrary files.
pub fn write_recovery_key(path: &Path, key: &str) -> Result<()> {
    RecoveryKey::parse(key).map_err(|_| Error::invalid("that is not a recovery key"))?;
    let mut f = crate::store::create_private_file(path)?;
    std::io::Write::write_all(&mut f, format!("{}\n", key.trim()).as_bytes())
        .map_err(|e| Error::io(format!("could not write {}", path.display()), e))
}

/// Checks a file path chosen in a save or open dialog before the core touches it.
pub fn user_path(raw: &str) -> Result<PathBuf> {
    if raw.is_empty() || raw.len() > 4096 || raw.contains('\0') {
        return Err(Error::invalid("that is not a usable file path"));
    }
    let p = PathBuf::from(raw);
    if !p.is_absolute() {
        return Err(Error::invalid("please choose the file with the file dialog (an absolute path)"));
    }
    Ok(p)
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

/// Writes a file readable by the owner only (exports are plaintext).
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| Error::io(format!("could not write {}", path.display()), e))?;
    f.write_all(bytes).map_err(|e| Error::io(format!("could not write {}", path.display()), e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app() -> (tempfile::TempDir, App) {
        let dir = tempfile::tempdir().unwrap();
        let mut app = App::new(dir.path().join("journal.ebb"));
        assert_eq!(app.status().state, LockState::NoJournal);
        let key = app.create(Passphrase::new("pw".into())).unwrap();
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
        EpisodeDraft {
            id: None,
            kind,
            actor,
            occurred_at: None,
            reconnected_at: None,
            trigger: String::new(),
            behaviors: vec![],
            intensity: None,
            feelings: vec![],
            story: String::new(),
            need: String::new(),
            responses: vec![],
            next_time: String::new(),
            notes: String::new(),
            tags: vec![],
            for_therapy: false,
        }
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
        app.unlock(Passphrase::new("pw".into())).unwrap();
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
        app.unlock(Passphrase::new("pw".into())).unwrap();
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
        let mut other = Journal::unlock(app.path(), &Passphrase::new("pw".into())).unwrap();
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
            app.change_passphrase(Passphrase::new("wrong".into()), Passphrase::new("new".into())),
            Err(Error::WrongPassphrase)
        ));
        app.change_passphrase(Passphrase::new("pw".into()), Passphrase::new("new".into())).unwrap();
        app.lock();
        app.unlock(Passphrase::new("new".into())).unwrap();
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
        fresh.create(Passphrase::new("x".into())).unwrap();
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
}
