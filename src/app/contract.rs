//! The types the desktop UI sees: what it sends (drafts, filters, requests) and what it gets
//! back (status, items, pages, the preparation view). TypeScript copies are generated from
//! these (`ts-rs`, tests/bindings.rs), so the two sides cannot drift.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{Actor, Checkin, Entry, Episode, Kind, Practice, Record, Session, Timestamp};
pub use crate::model::{EntryDraft, EpisodeDraft, SessionDraft};
use crate::patterns::Patterns;
use crate::report::Redaction;
use crate::tr;

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
    /// Whether there is a journal, and whether it is locked.
    pub state: LockState,
    /// The journal file's path, as shown to the user.
    pub journal_path: String,
    /// Minutes of inactivity before the app locks itself (from settings once unlocked).
    pub auto_lock_minutes: u32,
    /// Records that could not be authenticated, by id.
    pub damaged: Vec<String>,
    /// Whether the rows match the integrity summary.
    pub summary_ok: bool,
    /// Whether the journal opened read-only: its integrity summary is damaged, so the
    /// records can be read and exported but nothing can be saved.
    pub read_only: bool,
    /// The language the app speaks (SPEC §11): the one in Settings once unlocked, else the
    /// system's, else English; locked again, the one spoken before. A code such as `de`.
    pub language: String,
}

/// What a change of passphrase, recovery key or data key did, so the screen and the command
/// line can say exactly what still opens with what. It carries a new recovery key on its way
/// to be shown once: its `Debug` hides it, and it is wiped when dropped.
#[derive(Clone, Default, PartialEq, Serialize, TS)]
pub struct KeyChange {
    /// The new recovery key, shown once (after a new recovery key or a new data key).
    pub recovery_key: Option<String>,
    /// Backups from before today: each still opens with the passphrase of its day.
    pub older_backups: u32,
    /// Backups whose old recovery-key seal was replaced by the new key's.
    pub backups_resealed: u32,
    /// Backups that still open with an earlier recovery key (made before an earlier change
    /// of the data key).
    pub backups_not_resealed: u32,
    /// Whether the data key itself changed (then the older backups hold only what was
    /// written before now, under the old key).
    pub data_key_changed: bool,
    /// The sync folder the journal left because its data key changed (the folder's files are
    /// sealed under the old one); none if it did not sync.
    pub left_sync: Option<String>,
}

impl std::fmt::Debug for KeyChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyChange")
            .field("recovery_key", &self.recovery_key.as_ref().map(|_| "***"))
            .field("older_backups", &self.older_backups)
            .field("backups_resealed", &self.backups_resealed)
            .field("backups_not_resealed", &self.backups_not_resealed)
            .field("data_key_changed", &self.data_key_changed)
            .field("left_sync", &self.left_sync)
            .finish()
    }
}

impl Drop for KeyChange {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.recovery_key);
    }
}

/// Which records the journal screen shows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
pub struct Filter {
    /// Case-insensitive text to look for.
    pub query: String,
    /// `entry`, `episode` or `session`; all when empty.
    pub types: Vec<String>,
    /// Only episodes of this kind (other records are left out).
    pub kind: Option<Kind>,
    /// Only episodes by this actor (other records are left out).
    pub actor: Option<Actor>,
    /// Only records marked for therapy.
    pub flagged: bool,
    /// Only records with this tag.
    pub tag: Option<String>,
    /// The first local date to show, `YYYY-MM-DD`; open when absent or empty.
    pub from: Option<String>,
    /// The last local date to show, `YYYY-MM-DD`; open when absent or empty.
    pub to: Option<String>,
    /// How many matching records to skip, for paging.
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
    /// A daily entry.
    Entry(Entry),
    /// A pull-away or pursuit episode.
    Episode(Episode),
    /// A therapy session.
    Session(Session),
    /// Something practised between sessions.
    Practice(Practice),
    /// One day's check-in on a practice.
    Checkin(Checkin),
}

impl From<&Entry> for EntryDraft {
    /// The draft that saves the entry unchanged: the start of an edit.
    fn from(e: &Entry) -> Self {
        e.to_draft(e.date.to_string())
    }
}

impl From<&Episode> for EpisodeDraft {
    /// The draft that saves the episode unchanged: the start of an edit.
    fn from(e: &Episode) -> Self {
        let text = |t: &Timestamp| t.as_str().to_owned();
        e.to_draft(
            Some(text(&e.occurred_at)),
            e.reconnected_at.as_ref().map(text),
            e.return_at.as_ref().map(text),
        )
    }
}

impl From<&Session> for SessionDraft {
    /// The draft that saves the session unchanged: the start of an edit.
    fn from(s: &Session) -> Self {
        s.to_draft(s.date.to_string())
    }
}

impl Item {
    /// The item for a record; settings are not an item.
    pub fn from_record(r: &Record) -> Option<Item> {
        match r {
            Record::Entry(e) => Some(Item::Entry(e.clone())),
            Record::Episode(e) => Some(Item::Episode(e.clone())),
            Record::Session(s) => Some(Item::Session(s.clone())),
            Record::Practice(p) => Some(Item::Practice(p.clone())),
            Record::Checkin(c) => Some(Item::Checkin(c.clone())),
            Record::Settings(_) => None,
        }
    }
}

/// What the preparation screen asks for: a range (empty: since the last session, or the
/// last four weeks when there is none) and what to leave out.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, TS)]
pub struct PrepRequest {
    /// The first day of the range, `YYYY-MM-DD`; used only together with `to`.
    pub from: Option<String>,
    /// The last day of the range, `YYYY-MM-DD`; used only together with `from`.
    pub to: Option<String>,
    /// What to leave out of this copy of the report.
    pub redaction: Redaction,
    /// How to name the partner in this copy; the saved setting when absent.
    pub partner_name: Option<String>,
    /// The language of this copy (`en`, `es`, `de`…), when it is not the app's: a therapist
    /// may read another language than the person writes in.
    pub language: Option<String>,
}

/// A flagged record the user may leave out.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PrepItem {
    /// The flagged record's id.
    pub id: String,
    /// An entry's date, or an episode's `occurred_at` as stored.
    pub when: String,
    /// How the list names it: "Daily entry", or who did what ("Sam pursued").
    pub title: String,
}

/// The report as it will print, and the figures beside it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PrepView {
    /// The first day of the range, `YYYY-MM-DD`.
    pub from: String,
    /// The last day of the range, `YYYY-MM-DD`.
    pub to: String,
    /// The first day of the period of equal length before the range, `YYYY-MM-DD`.
    pub previous_from: String,
    /// The last day of that earlier period: the day before `from`.
    pub previous_to: String,
    /// The range starts at the last session.
    pub since_session: bool,
    /// Every flagged record in range, left out or not.
    pub items: Vec<PrepItem>,
    /// The report's body (escaped by its template), shown with the report's own stylesheet.
    pub html: String,
    /// The range's patterns (SPEC §5); triggers are emptied when text is hidden.
    pub current: Patterns,
    /// The earlier period's patterns, with triggers emptied in the same way.
    pub previous: Patterns,
}

/// The file forms of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ReportFile {
    /// One self-contained, printable HTML page.
    Html,
    /// One Markdown document.
    Markdown,
    /// SPEC §5b's JSON form (the command line's `--format json`).
    Json,
}

impl std::str::FromStr for ReportFile {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "markdown" => Ok(ReportFile::Markdown),
            "html" => Ok(ReportFile::Html),
            "json" => Ok(ReportFile::Json),
            _ => Err(tr!("app-possible-values", values = "markdown, html, json")),
        }
    }
}

impl std::str::FromStr for ExportFormat {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "json" => Ok(ExportFormat::Json),
            "markdown" => Ok(ExportFormat::Markdown),
            "csv" => Ok(ExportFormat::Csv),
            _ => Err(tr!("app-possible-values", values = "json, markdown, csv")),
        }
    }
}

/// One page of records, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Page {
    /// The records on this page, newest first.
    pub items: Vec<Item>,
    /// How many records match in all.
    pub total: usize,
}

/// Export formats offered by the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// The lossless JSON of SPEC §3, which import reads back.
    Json,
    /// One Markdown document, to read or print.
    Markdown,
    /// One CSV table with a `type` column, for a spreadsheet.
    Csv,
}
