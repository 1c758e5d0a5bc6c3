//! The types the desktop UI sees: what it sends (drafts, filters, requests) and what it gets
//! back (status, items, pages, the preparation view). TypeScript copies are generated from
//! these (`ts-rs`, tests/bindings.rs), so the two sides cannot drift.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{Actor, Entry, Episode, Kind, Record, Session};
use crate::patterns::Patterns;
use crate::report::Redaction;

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
}

/// A new or edited daily entry, as the UI sends it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct EntryDraft {
    /// Empty for a new entry.
    #[serde(default)]
    pub id: Option<String>,
    /// The day the entry is about, `YYYY-MM-DD`.
    pub date: String,
    /// What the user wrote about the day.
    #[serde(default)]
    pub text: String,
    /// The day's mood, 1–5, if given.
    #[serde(default)]
    pub mood: Option<u8>,
    /// How close the user felt to their partner that day, 0–10, if given.
    #[serde(default)]
    pub closeness: Option<u8>,
    /// How safe the user felt with their partner that day, 0–10, if given.
    #[serde(default)]
    pub safety: Option<u8>,
    /// The entry's tags, none of them empty.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Whether to bring the entry to therapy.
    #[serde(default)]
    pub for_therapy: bool,
}

/// A new or edited episode, as the UI sends it. Only kind and actor are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct EpisodeDraft {
    /// Empty for a new episode.
    #[serde(default)]
    pub id: Option<String>,
    /// Whether it was a pull-away or a pursuit.
    pub kind: Kind,
    /// Who pulled away or pursued: the user or their partner.
    pub actor: Actor,
    /// RFC 3339; now when absent.
    #[serde(default)]
    pub occurred_at: Option<String>,
    /// When the partners reconnected, RFC 3339; absent or empty if they have not yet.
    #[serde(default)]
    pub reconnected_at: Option<String>,
    /// What set it off, in the user's words.
    #[serde(default)]
    pub trigger: String,
    /// What the move looked like, as behaviour codes (`[a-z0-9_]+`).
    #[serde(default)]
    pub behaviors: Vec<String>,
    /// How intense it felt, 0–10, if given.
    #[serde(default)]
    pub intensity: Option<u8>,
    /// What the user felt.
    #[serde(default)]
    pub feelings: Vec<String>,
    /// The story the user told themselves about what it meant.
    #[serde(default)]
    pub story: String,
    /// What the user needed underneath.
    #[serde(default)]
    pub need: String,
    /// What the user did, as response codes (`[a-z0-9_]+`), secure responses included.
    #[serde(default)]
    pub responses: Vec<String>,
    /// What the user would like to try next time.
    #[serde(default)]
    pub next_time: String,
    /// Any other notes.
    #[serde(default)]
    pub notes: String,
    /// The episode's tags, none of them empty.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Whether to bring the episode to therapy.
    #[serde(default)]
    pub for_therapy: bool,
}

/// A new or edited therapy session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SessionDraft {
    /// Empty for a new session.
    #[serde(default)]
    pub id: Option<String>,
    /// The day of the session, `YYYY-MM-DD`.
    pub date: String,
    /// What was talked about.
    #[serde(default)]
    pub notes: String,
    /// What the user will practise before the next session.
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
}

impl From<&Entry> for EntryDraft {
    /// The draft that saves the entry unchanged: the start of an edit.
    fn from(e: &Entry) -> Self {
        EntryDraft {
            id: Some(e.id.as_str().to_owned()),
            date: e.date.to_string(),
            text: e.text.clone(),
            mood: e.mood,
            closeness: e.closeness,
            safety: e.safety,
            tags: e.tags.clone(),
            for_therapy: e.for_therapy,
        }
    }
}

impl From<&Episode> for EpisodeDraft {
    /// The draft that saves the episode unchanged: the start of an edit.
    fn from(e: &Episode) -> Self {
        EpisodeDraft {
            id: Some(e.id.as_str().to_owned()),
            kind: e.kind,
            actor: e.actor,
            occurred_at: Some(e.occurred_at.as_str().to_owned()),
            reconnected_at: e.reconnected_at.as_ref().map(|t| t.as_str().to_owned()),
            trigger: e.trigger.clone(),
            behaviors: e.behaviors.clone(),
            intensity: e.intensity,
            feelings: e.feelings.clone(),
            story: e.story.clone(),
            need: e.need.clone(),
            responses: e.responses.clone(),
            next_time: e.next_time.clone(),
            notes: e.notes.clone(),
            tags: e.tags.clone(),
            for_therapy: e.for_therapy,
        }
    }
}

impl From<&Session> for SessionDraft {
    /// The draft that saves the session unchanged: the start of an edit.
    fn from(s: &Session) -> Self {
        SessionDraft {
            id: Some(s.id.as_str().to_owned()),
            date: s.date.to_string(),
            notes: s.notes.clone(),
            homework: s.homework.clone(),
        }
    }
}

impl Item {
    /// The item for a record; settings are not an item.
    pub fn from_record(r: &Record) -> Option<Item> {
        match r {
            Record::Entry(e) => Some(Item::Entry(e.clone())),
            Record::Episode(e) => Some(Item::Episode(e.clone())),
            Record::Session(s) => Some(Item::Session(s.clone())),
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
            _ => Err("possible values: markdown, html, json".into()),
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
            _ => Err("possible values: json, markdown, csv".into()),
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
