//! The records a user keeps: daily entries, cycle episodes, therapy sessions and settings.
//!
//! These types are the export format of SPEC §3 and the plaintext inside each sealed row.
//! Strings and arrays are kept exactly as given — no trimming, sorting or de-duplicating —
//! because a journal must give back precisely what was written. Validation happens at the
//! edge ([`Record::validate`]) so that nothing out of range ever reaches the store.

use std::fmt;

use chrono::{DateTime, FixedOffset, Local, NaiveDate, SecondsFormat, SubsecRound};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;
use zeroize::Zeroize;

use crate::error::{Error, Result};
use crate::tr;

/// Largest accepted size of one text field, in bytes. A real journal never comes near it;
/// an attacker-made import file would.
pub const MAX_TEXT_BYTES: usize = 1024 * 1024;
/// Largest accepted number of items in one list (tags, behaviours, feelings, responses).
pub const MAX_LIST_ITEMS: usize = 1000;
/// Largest accepted size of one list item (a tag, a feeling, a code), in bytes.
pub const MAX_ITEM_BYTES: usize = 1024;

/// A record id: a UUID string, kept exactly as written (case included).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordId {
    raw: String,
    bytes: [u8; 16],
}

impl RecordId {
    /// A fresh random (version 4) id.
    pub fn new() -> Self {
        let u = uuid::Uuid::new_v4();
        RecordId { raw: u.to_string(), bytes: *u.as_bytes() }
    }

    /// A version 4 id from a seeded generator, for reproducible sample journals.
    pub fn new_with(rng: &mut fastrand::Rng) -> Self {
        let mut b = [0u8; 16];
        rng.fill(&mut b);
        let u = uuid::Builder::from_random_bytes(b).into_uuid();
        RecordId { raw: u.to_string(), bytes: *u.as_bytes() }
    }

    /// Parses a UUID string such as `3f2c…-…`.
    pub fn parse(s: &str) -> Result<Self> {
        let u = uuid::Uuid::try_parse(s)
            .map_err(|_| Error::invalid(tr!("valid-record-id", given = format!("{s:?}"))))?;
        Ok(RecordId { raw: s.to_owned(), bytes: *u.as_bytes() })
    }

    /// The id as written.
    pub fn as_str(&self) -> &str {
        &self.raw
    }

    /// The 16 bytes of the UUID: the row id in the store.
    pub fn bytes(&self) -> [u8; 16] {
        self.bytes
    }
}

impl Default for RecordId {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl Serialize for RecordId {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.raw)
    }
}

impl<'de> Deserialize<'de> for RecordId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        RecordId::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// Wipes the id's text and bytes (records are wiped on lock, ids included).
impl Zeroize for RecordId {
    fn zeroize(&mut self) {
        self.raw.zeroize();
        self.bytes.zeroize();
    }
}

/// A moment with the user's UTC offset at the time, e.g. `2026-11-22T21:15:00+01:00`.
///
/// The original text is kept so that an import followed by an export gives back the same
/// string, even where RFC 3339 allows several spellings (`Z`, fractional seconds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timestamp {
    raw: String,
    at: DateTime<FixedOffset>,
}

impl Timestamp {
    /// Parses RFC 3339 (`2026-11-22T21:15:00+01:00`).
    pub fn parse(s: &str) -> Result<Self> {
        let at = DateTime::parse_from_rfc3339(s)
            .map_err(|_| Error::invalid(tr!("valid-time", given = format!("{s:?}"))))?;
        Ok(Timestamp { raw: s.to_owned(), at })
    }

    /// The current moment in the local time zone, to the second.
    pub fn now() -> Self {
        Self::from_datetime(Local::now().fixed_offset())
    }

    /// Wraps a chrono time, truncated and formatted to whole seconds.
    pub fn from_datetime(at: DateTime<FixedOffset>) -> Self {
        let at = at.trunc_subsecs(0);
        let raw = at.to_rfc3339_opts(SecondsFormat::Secs, false);
        Timestamp { raw, at }
    }

    /// The string as stored.
    pub fn as_str(&self) -> &str {
        &self.raw
    }

    /// The moment, with its own offset.
    pub fn datetime(&self) -> DateTime<FixedOffset> {
        self.at
    }

    /// The calendar date in the offset the time was recorded in.
    pub fn local_date(&self) -> NaiveDate {
        self.at.date_naive()
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.raw)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Timestamp::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// Wipes the moment's text and sets it to the epoch.
impl Zeroize for Timestamp {
    fn zeroize(&mut self) {
        self.raw.zeroize();
        self.at = DateTime::<chrono::Utc>::UNIX_EPOCH.fixed_offset();
    }
}

/// A calendar date in the user's local calendar, always written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

/// Sets the date to the epoch's.
impl Zeroize for Date {
    fn zeroize(&mut self) {
        self.0 = DateTime::<chrono::Utc>::UNIX_EPOCH.date_naive();
    }
}

impl Date {
    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Self> {
        let ok = s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
        let parsed = if ok { NaiveDate::parse_from_str(s, "%Y-%m-%d").ok() } else { None };
        parsed.map(Date).ok_or_else(|| Error::invalid(tr!("valid-date", given = format!("{s:?}"))))
    }

    /// Today in the local calendar.
    pub fn today() -> Self {
        Date(Local::now().date_naive())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// Which way an episode went: pulling away from closeness, or chasing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Withdrawal: leaving, shutting down, avoiding.
    PullAway,
    /// Pursuit: chasing, demanding, pushing for closeness.
    Pursuit,
}

impl Kind {
    /// The export spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::PullAway => "pull_away",
            Kind::Pursuit => "pursuit",
        }
    }
}

impl std::str::FromStr for Kind {
    type Err = String;
    /// The export spelling; `pull-away` too, as people type it.
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "pull_away" | "pull-away" => Ok(Kind::PullAway),
            "pursuit" => Ok(Kind::Pursuit),
            _ => Err(tr!("valid-possible-values", values = "pull_away, pursuit")),
        }
    }
}

/// Who did it: the user or their partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// The person writing the journal.
    Me,
    /// Their partner.
    Partner,
}

impl Actor {
    /// The export spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Actor::Me => "me",
            Actor::Partner => "partner",
        }
    }
}

impl std::str::FromStr for Actor {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "me" => Ok(Actor::Me),
            "partner" => Ok(Actor::Partner),
            _ => Err(tr!("valid-possible-values", values = "me, partner")),
        }
    }
}

/// Declares a record type and its draft from one list of fields, so the two can never
/// disagree: the record (what is sealed and exported) has a checked id, its keys in their
/// typed form and its save times; the draft (what the app and the command line send) has an
/// optional id and the same keys as text still to be checked. Every other field is written
/// once, in `shared`, and appears in both with the same name, type, serde rules and docs;
/// the mappings between the two move those fields over by the same list.
macro_rules! record_and_draft {
    (
        $(#[$meta:meta])*
        record $name:ident;
        $(#[$dmeta:meta])*
        draft $draft:ident;
        keys { $( $(#[$km:meta])* $kf:ident : $kt:ty ),* $(,)? }
        drafted { $( $(#[$dm:meta])* $df:ident : $dt:ty ),* $(,)? }
        shared { $( $(#[$sm:meta])* $sf:ident : $st:ty ),* $(,)? }
    ) => {
        $(#[$meta])*
        // Zeroize is derived, so every field added later is wiped on lock too (tests: model
        // and app::memory).
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, Zeroize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            /// The record's id, a UUID.
            #[ts(type = "string")]
            pub id: RecordId,
            $( $(#[$km])* pub $kf: $kt, )*
            $( $(#[$sm])* pub $sf: $st, )*
            /// When the record was first saved, RFC 3339.
            #[ts(type = "string")]
            pub created_at: Timestamp,
            /// When the record was last changed, RFC 3339.
            #[ts(type = "string")]
            pub updated_at: Timestamp,
        }

        $(#[$dmeta])*
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, Zeroize)]
        #[serde(deny_unknown_fields)]
        pub struct $draft {
            /// Empty for a new record.
            #[serde(default)]
            pub id: Option<String>,
            $( $(#[$dm])* pub $df: $dt, )*
            $( $(#[$sm])* pub $sf: $st, )*
        }

        impl $draft {
            /// The record this draft saves as, given its id, its keys once checked and its
            /// save times; every other field moves over as it is (not yet validated).
            pub fn into_record(
                self,
                id: RecordId,
                $( $kf: $kt, )*
                created_at: Timestamp,
                updated_at: Timestamp,
            ) -> $name {
                $name { id, $( $kf, )* $( $sf: self.$sf, )* created_at, updated_at }
            }
        }

        impl $name {
            /// The draft that saves this record unchanged (the start of an edit), given its
            /// keys as text.
            pub fn to_draft(&self, $( $df: $dt ),*) -> $draft {
                $draft { id: Some(self.id.to_string()), $( $df, )* $( $sf: self.$sf.clone(), )* }
            }
        }
    };
}

record_and_draft! {
    /// The daily entry: a few lines about the day and how close and safe it felt.
    record Entry;
    /// A new or edited daily entry, as the app and the command line send it.
    draft EntryDraft;
    keys {
        /// The day the entry is about, `YYYY-MM-DD` in the local calendar.
        #[ts(type = "string")]
        date: Date,
    }
    drafted {
        /// The day the entry is about, `YYYY-MM-DD`.
        date: String,
    }
    shared {
        /// What the user wrote about the day (Markdown allowed).
        #[serde(default, deserialize_with = "text_or_null")]
        text: String,
        /// The day's mood, 1–5, if given.
        #[serde(default)]
        mood: Option<u8>,
        /// How close the user felt to their partner that day, 0–10, if given.
        #[serde(default)]
        closeness: Option<u8>,
        /// How safe the user felt with their partner that day, 0–10, if given.
        #[serde(default)]
        safety: Option<u8>,
        /// The entry's tags, none of them empty.
        #[serde(default)]
        tags: Vec<String>,
        /// Whether to bring the entry to therapy.
        #[serde(default)]
        for_therapy: bool,
    }
}

record_and_draft! {
    /// One pull-away or pursuit moment of the cycle.
    record Episode;
    /// A new or edited episode, as the app and the command line send it. Only kind and
    /// actor are required.
    draft EpisodeDraft;
    keys {
        /// When the episode started, RFC 3339 with the user's offset at the time.
        #[ts(type = "string")]
        occurred_at: Timestamp,
        /// When the partners reconnected, if they have; not before `occurred_at`.
        #[serde(default)]
        #[ts(type = "string | null")]
        reconnected_at: Option<Timestamp>,
        /// A pause: when the one who paused promised to come back; not before `occurred_at`
        /// (SPEC §8, export version 2).
        #[serde(default)]
        #[ts(type = "string | null")]
        return_at: Option<Timestamp>,
    }
    drafted {
        /// When the episode started, RFC 3339; now when absent.
        #[serde(default)]
        occurred_at: Option<String>,
        /// When the partners reconnected, RFC 3339; absent or empty if they have not yet.
        #[serde(default)]
        reconnected_at: Option<String>,
        /// When the one who paused promised to come back, RFC 3339; absent or empty if no
        /// pause was taken.
        #[serde(default)]
        return_at: Option<String>,
    }
    shared {
        /// Whether it was a pull-away or a pursuit.
        #[zeroize(skip)]
        kind: Kind,
        /// Who pulled away or pursued: the user or their partner.
        #[zeroize(skip)]
        actor: Actor,
        /// What set it off, in the user's words.
        #[serde(default, deserialize_with = "text_or_null")]
        trigger: String,
        /// What the move looked like, as behaviour codes (`[a-z0-9_]+`).
        #[serde(default)]
        behaviors: Vec<String>,
        /// How intense it felt, 0–10, if given.
        #[serde(default)]
        intensity: Option<u8>,
        /// What the user felt.
        #[serde(default)]
        feelings: Vec<String>,
        /// The story the user told themselves about what it meant.
        #[serde(default, deserialize_with = "text_or_null")]
        story: String,
        /// What the user needed underneath.
        #[serde(default, deserialize_with = "text_or_null")]
        need: String,
        /// What the user did, as response codes (`[a-z0-9_]+`), secure responses included.
        #[serde(default)]
        responses: Vec<String>,
        /// What helped the partners reconnect, as repair codes (`[a-z0-9_]+`; SPEC §8).
        #[serde(default)]
        repairs: Vec<String>,
        /// What the user would like to try next time.
        #[serde(default, deserialize_with = "text_or_null")]
        next_time: String,
        /// Any other notes.
        #[serde(default, deserialize_with = "text_or_null")]
        notes: String,
        /// The episode's tags, none of them empty.
        #[serde(default)]
        tags: Vec<String>,
        /// Whether to bring the episode to therapy.
        #[serde(default)]
        for_therapy: bool,
    }
}

record_and_draft! {
    /// A therapy session: when, what was talked about, what to practise.
    record Session;
    /// A new or edited therapy session, as the app and the command line send it.
    draft SessionDraft;
    keys {
        /// The day of the session, `YYYY-MM-DD` in the local calendar.
        #[ts(type = "string")]
        date: Date,
    }
    drafted {
        /// The day of the session, `YYYY-MM-DD`.
        date: String,
    }
    shared {
        /// What was talked about.
        #[serde(default, deserialize_with = "text_or_null")]
        notes: String,
        /// What the user will practise before the next session.
        #[serde(default, deserialize_with = "text_or_null")]
        homework: String,
    }
}

record_and_draft! {
    /// Something the person chose to practise between sessions, often homework from one
    /// (SPEC §8): from a day until they end it.
    record Practice;
    /// A new or edited practice, as the app and the command line send it.
    draft PracticeDraft;
    keys {
        /// The first day of the practice, `YYYY-MM-DD`.
        #[ts(type = "string")]
        started_on: Date,
        /// The last day, if the person ended it; not before `started_on`.
        #[ts(type = "string | null")]
        ended_on: Option<Date>,
    }
    drafted {
        /// The first day, `YYYY-MM-DD`; today when empty.
        #[serde(default)]
        started_on: String,
        /// The last day, `YYYY-MM-DD`; empty or absent while it runs.
        #[serde(default)]
        ended_on: Option<String>,
    }
    shared {
        /// What to practise, in the person's words.
        #[serde(default, deserialize_with = "text_or_null")]
        text: String,
        /// The secure response being practised (a code, `[a-z0-9_]+`), if any.
        #[serde(default)]
        response: Option<String>,
        /// The session it came from, if any.
        #[serde(default)]
        #[ts(type = "string | null")]
        session_id: Option<String>,
    }
}

impl std::str::FromStr for Done {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "yes" => Ok(Done::Yes),
            "no" => Ok(Done::No),
            "no_chance" | "no-chance" => Ok(Done::NoChance),
            _ => Err(tr!("valid-possible-values", values = "yes, no, no_chance")),
        }
    }
}

impl Done {
    /// The code as exported.
    pub fn as_str(self) -> &'static str {
        match self {
            Done::Yes => "yes",
            Done::No => "no",
            Done::NoChance => "no_chance",
        }
    }
}

/// How a day's try of a practice went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Done {
    /// Tried it.
    Yes,
    /// Did not.
    No,
    /// There was no moment for it today.
    NoChance,
}

record_and_draft! {
    /// One day's check-in on a practice: at most one per practice and day (SPEC §8).
    record Checkin;
    /// A check-in as the app and the command line send it.
    draft CheckinDraft;
    keys {
        /// The day, `YYYY-MM-DD`.
        #[ts(type = "string")]
        date: Date,
    }
    drafted {
        /// The day, `YYYY-MM-DD`; today when empty.
        #[serde(default)]
        date: String,
    }
    shared {
        /// The practice it is about.
        #[ts(type = "string")]
        practice_id: String,
        /// Whether the person tried it.
        #[zeroize(skip)]
        done: Done,
        /// An optional line.
        #[serde(default, deserialize_with = "text_or_null")]
        note: String,
    }
}

/// Default minutes of inactivity before the desktop app locks itself.
pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 5;

/// Preferences, stored encrypted like every record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, Zeroize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// How the user wants their partner named on screen and in reports.
    #[serde(default, deserialize_with = "text_or_null")]
    pub partner_name: String,
    /// 1–1440.
    #[serde(default = "default_auto_lock")]
    pub auto_lock_minutes: u32,
    /// The daily reminder's local time, `HH:MM`, or none (SPEC §8).
    #[serde(default)]
    pub reminder_at: Option<String>,
    /// The language of the app and the report, `en`, `es` or `de`, or none for the
    /// system's (SPEC §8, §11).
    #[serde(default)]
    pub language: Option<String>,
    /// What the app remembers for the person between visits. Sealed with the settings, never
    /// exported: it is the app's memory, not the journal (the export's settings are
    /// [`crate::exchange::ExportSettings`]).
    #[serde(default)]
    pub app_state: AppState,
}

/// What the app remembers between visits that is not part of the journal itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS, Zeroize)]
#[serde(deny_unknown_fields)]
pub struct AppState {
    /// The line the person says when they take a pause themselves, as they last wrote it;
    /// empty for Ebb's own.
    #[serde(default)]
    pub pause_line_me: String,
    /// The line the person says when their partner asks for a pause; empty for Ebb's own.
    #[serde(default)]
    pub pause_line_partner: String,
    /// Episodes the person asked Today not to ask about again ("Don't ask about this one").
    #[serde(default)]
    pub not_asked: Vec<String>,
    /// Today has offered the daily reminder once (after the first week), whatever the answer.
    #[serde(default)]
    pub reminder_offered: bool,
    /// The person turned off the gentle question shown under the day's entry.
    #[serde(default)]
    pub prompts_off: bool,
}

fn default_auto_lock() -> u32 {
    DEFAULT_AUTO_LOCK_MINUTES
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            partner_name: String::new(),
            auto_lock_minutes: DEFAULT_AUTO_LOCK_MINUTES,
            reminder_at: None,
            language: None,
            app_state: AppState::default(),
        }
    }
}

/// Any record the journal stores, as sealed inside one row.
#[cfg(test)]
impl Episode {
    /// An episode with only what every episode has, for tests.
    pub(crate) fn bare(id: &str, at: &str, kind: Kind, actor: Actor) -> Episode {
        let t = Timestamp::parse(at).expect("a test time");
        let d: EpisodeDraft = serde_json::from_value(serde_json::json!({ "kind": kind, "actor": actor }))
            .expect("a bare draft");
        d.into_record(RecordId::parse(id).expect("a test id"), t.clone(), None, None, t.clone(), t)
    }
}

// Episodes are the largest variant by far; records are built and moved rarely, so boxing
// would only add noise to every match.
/// Any one record: the plaintext sealed in one row of the store.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize)]
#[serde(rename_all = "snake_case")]
pub enum Record {
    /// A daily entry.
    Entry(Entry),
    /// A pull-away or pursuit episode.
    Episode(Episode),
    /// A therapy session.
    Session(Session),
    /// Something practised between sessions (export version 2).
    Practice(Practice),
    /// One day's check-in on a practice (export version 2).
    Checkin(Checkin),
    /// The preferences, kept in one fixed row.
    Settings(Settings),
}

/// The value of one text field: a string, or a list of labels (tags, feelings, codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text<'a> {
    /// Free text, such as an entry's text or an episode's trigger.
    One(&'a str),
    /// A list of labels, such as tags or behaviour codes.
    Many(&'a [String]),
}

impl<'a> Text<'a> {
    /// Every string it holds.
    pub fn strs(self) -> impl Iterator<Item = &'a str> {
        let (one, many): (Option<&'a str>, &'a [String]) = match self {
            Text::One(s) => (Some(s), &[]),
            Text::Many(v) => (None, v),
        };
        one.into_iter().chain(many.iter().map(String::as_str))
    }
}

impl Record {
    /// Every text field of the record by its export name, in export order: the one list
    /// that search looks through and the CSV export writes. A test fills every string field
    /// of every record type and checks that each shows up here, so none can be forgotten.
    pub fn texts(&self) -> Vec<(&'static str, Text<'_>)> {
        use Text::{Many, One};
        match self {
            Record::Entry(e) => vec![("text", One(&e.text)), ("tags", Many(&e.tags))],
            Record::Episode(e) => vec![
                ("trigger", One(&e.trigger)),
                ("behaviors", Many(&e.behaviors)),
                ("feelings", Many(&e.feelings)),
                ("story", One(&e.story)),
                ("need", One(&e.need)),
                ("responses", Many(&e.responses)),
                ("repairs", Many(&e.repairs)),
                ("next_time", One(&e.next_time)),
                ("notes", One(&e.notes)),
                ("tags", Many(&e.tags)),
            ],
            Record::Session(s) => vec![("notes", One(&s.notes)), ("homework", One(&s.homework))],
            Record::Practice(p) => {
                vec![("text", One(&p.text)), ("response", One(p.response.as_deref().unwrap_or("")))]
            }
            Record::Checkin(c) => vec![("note", One(&c.note))],
            Record::Settings(s) => vec![("partner_name", One(&s.partner_name))],
        }
    }

    /// The record's id; settings have none of their own (the store gives them a fixed row).
    pub fn id(&self) -> Option<&RecordId> {
        match self {
            Record::Entry(e) => Some(&e.id),
            Record::Episode(e) => Some(&e.id),
            Record::Session(s) => Some(&s.id),
            Record::Practice(p) => Some(&p.id),
            Record::Checkin(c) => Some(&c.id),
            Record::Settings(_) => None,
        }
    }

    /// `entry`, `episode`, `session`, `practice`, `checkin` or `settings`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Record::Entry(_) => "entry",
            Record::Episode(_) => "episode",
            Record::Session(_) => "session",
            Record::Practice(_) => "practice",
            Record::Checkin(_) => "checkin",
            Record::Settings(_) => "settings",
        }
    }

    /// When the record was first saved; settings have no such time.
    pub fn created_at(&self) -> Option<&Timestamp> {
        match self {
            Record::Entry(e) => Some(&e.created_at),
            Record::Episode(e) => Some(&e.created_at),
            Record::Session(s) => Some(&s.created_at),
            Record::Practice(p) => Some(&p.created_at),
            Record::Checkin(c) => Some(&c.created_at),
            Record::Settings(_) => None,
        }
    }

    /// When the record was last changed, for import's "newer wins" rule.
    pub fn updated_at(&self) -> Option<&Timestamp> {
        match self {
            Record::Entry(e) => Some(&e.updated_at),
            Record::Episode(e) => Some(&e.updated_at),
            Record::Session(s) => Some(&s.updated_at),
            Record::Practice(p) => Some(&p.updated_at),
            Record::Checkin(c) => Some(&c.updated_at),
            Record::Settings(_) => None,
        }
    }

    /// The local calendar date the record belongs to (an episode's, in its own offset).
    pub fn date(&self) -> Option<NaiveDate> {
        match self {
            Record::Entry(e) => Some(e.date.0),
            Record::Episode(e) => Some(e.occurred_at.local_date()),
            Record::Session(s) => Some(s.date.0),
            Record::Practice(p) => Some(p.started_on.0),
            Record::Checkin(c) => Some(c.date.0),
            Record::Settings(_) => None,
        }
    }

    /// Checks every rule of SPEC §3 that the types alone cannot express.
    pub fn validate(&self) -> Result<()> {
        let who = match self.id() {
            Some(id) => format!("{} {id}", self.type_name()),
            None => "settings".to_owned(),
        };
        let ctx = |field: &str| format!("{who}: {field}");
        let text = |field: &str, v: &str| check_text(&ctx(field), v);
        match self {
            Record::Entry(e) => {
                text("text", &e.text)?;
                check_range(&ctx("mood"), e.mood, 1, 5)?;
                check_range(&ctx("closeness"), e.closeness, 0, 10)?;
                check_range(&ctx("safety"), e.safety, 0, 10)?;
                check_tags(&ctx("tags"), &e.tags)?;
            }
            Record::Episode(e) => {
                for (name, v) in [
                    ("trigger", &e.trigger),
                    ("story", &e.story),
                    ("need", &e.need),
                    ("next_time", &e.next_time),
                    ("notes", &e.notes),
                ] {
                    text(name, v)?;
                }
                check_range(&ctx("intensity"), e.intensity, 0, 10)?;
                check_codes(&ctx("behaviors"), &e.behaviors)?;
                check_codes(&ctx("responses"), &e.responses)?;
                check_codes(&ctx("repairs"), &e.repairs)?;
                check_list(&ctx("feelings"), &e.feelings)?;
                check_tags(&ctx("tags"), &e.tags)?;
                for (name, t) in [("reconnected_at", &e.reconnected_at), ("return_at", &e.return_at)] {
                    if let Some(r) = t
                        && r.datetime() < e.occurred_at.datetime()
                    {
                        return Err(Error::invalid(tr!(
                            "valid-before",
                            record = who.as_str(),
                            field = name,
                            value = r.as_str(),
                            start_field = "occurred_at",
                            start = e.occurred_at.as_str()
                        )));
                    }
                }
            }
            Record::Session(s) => {
                text("notes", &s.notes)?;
                text("homework", &s.homework)?;
            }
            Record::Practice(p) => {
                text("text", &p.text)?;
                if let Some(r) = &p.response {
                    check_codes(&ctx("response"), std::slice::from_ref(r))?;
                }
                if let Some(s) = &p.session_id
                    && RecordId::parse(s).is_err()
                {
                    return Err(Error::invalid(tr!(
                        "valid-not-record-id",
                        record = who.as_str(),
                        field = "session_id",
                        given = format!("{s:?}")
                    )));
                }
                if let Some(end) = &p.ended_on
                    && end.0 < p.started_on.0
                {
                    return Err(Error::invalid(tr!(
                        "valid-before",
                        record = who.as_str(),
                        field = "ended_on",
                        value = end.0.to_string(),
                        start_field = "started_on",
                        start = p.started_on.0.to_string()
                    )));
                }
            }
            Record::Checkin(c) => {
                text("note", &c.note)?;
                if RecordId::parse(&c.practice_id).is_err() {
                    return Err(Error::invalid(tr!(
                        "valid-not-record-id",
                        record = who.as_str(),
                        field = "practice_id",
                        given = format!("{:?}", c.practice_id)
                    )));
                }
            }
            Record::Settings(s) => {
                text("partner_name", &s.partner_name)?;
                text("pause_line_me", &s.app_state.pause_line_me)?;
                text("pause_line_partner", &s.app_state.pause_line_partner)?;
                check_list(&ctx("not_asked"), &s.app_state.not_asked)?;
                if !(1..=1440).contains(&s.auto_lock_minutes) {
                    return Err(Error::invalid(tr!(
                        "valid-range",
                        field = ctx("auto_lock_minutes"),
                        low = "1",
                        high = "1440",
                        value = s.auto_lock_minutes.to_string()
                    )));
                }
                if let Some(r) = &s.reminder_at
                    && !is_clock_time(r)
                {
                    return Err(Error::invalid(tr!(
                        "valid-clock-time",
                        field = ctx("reminder_at"),
                        given = format!("{r:?}")
                    )));
                }
                if let Some(l) = &s.language
                    && !crate::i18n::codes().contains(&l.as_str())
                {
                    return Err(Error::invalid(tr!(
                        "valid-language",
                        field = ctx("language"),
                        codes = crate::i18n::codes().join(", "),
                        given = format!("{l:?}")
                    )));
                }
            }
        }
        Ok(())
    }
}

fn check_text(ctx: &str, v: &str) -> Result<()> {
    if v.len() > MAX_TEXT_BYTES {
        return Err(Error::invalid(tr!(
            "valid-text-too-long",
            field = ctx,
            size = v.len().to_string(),
            most = MAX_TEXT_BYTES.to_string()
        )));
    }
    Ok(())
}

/// Optional text: absent, `null` and `""` all mean "nothing written" (SPEC §3).
fn text_or_null<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

fn check_range(ctx: &str, v: Option<u8>, lo: u8, hi: u8) -> Result<()> {
    match v {
        Some(n) if n < lo || n > hi => Err(Error::invalid(tr!(
            "valid-range",
            field = ctx,
            low = lo.to_string(),
            high = hi.to_string(),
            value = n.to_string()
        ))),
        _ => Ok(()),
    }
}

fn check_list(ctx: &str, items: &[String]) -> Result<()> {
    if items.len() > MAX_LIST_ITEMS {
        return Err(Error::invalid(tr!(
            "valid-too-many-items",
            field = ctx,
            items = items.len().to_string(),
            most = MAX_LIST_ITEMS.to_string()
        )));
    }
    if let Some(big) = items.iter().find(|s| s.len() > MAX_ITEM_BYTES) {
        return Err(Error::invalid(tr!(
            "valid-item-too-long",
            field = ctx,
            size = big.len().to_string(),
            most = MAX_ITEM_BYTES.to_string()
        )));
    }
    Ok(())
}

fn check_tags(ctx: &str, tags: &[String]) -> Result<()> {
    check_list(ctx, tags)?;
    if tags.iter().any(|t| t.is_empty()) {
        return Err(Error::invalid(tr!("valid-empty-tag", field = ctx)));
    }
    Ok(())
}

/// Whether `t` is a time of day written `HH:MM`, two digits each (`07:30`, `23:59`).
pub fn is_clock_time(t: &str) -> bool {
    t.len() == 5 && chrono::NaiveTime::parse_from_str(t, "%H:%M").is_ok()
}

/// Whether `code` is a valid behaviour or response code: `[a-z0-9_]+`.
pub fn is_valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 64
        && code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn check_codes(ctx: &str, codes: &[String]) -> Result<()> {
    check_list(ctx, codes)?;
    if let Some(bad) = codes.iter().find(|c| !is_valid_code(c)) {
        return Err(Error::invalid(tr!("valid-bad-code", field = ctx, given = format!("{bad:?}"))));
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn episode() -> Episode {
        Episode::bare(RecordId::new().as_str(), "2026-11-22T21:15:00+01:00", Kind::PullAway, Actor::Partner)
    }

    #[test]
    fn timestamps_keep_their_spelling() {
        for s in ["2026-11-22T21:15:00Z", "2026-11-22T21:15:00.250+01:00", "2026-11-22T21:15:00-05:00"] {
            let t = Timestamp::parse(s).unwrap();
            assert_eq!(serde_json::to_string(&t).unwrap(), format!("\"{s}\""));
        }
        assert!(Timestamp::parse("2026-11-22 21:15").is_err());
        assert!(Timestamp::parse("yesterday").is_err());
    }

    #[test]
    fn dates_must_be_iso() {
        assert_eq!(Date::parse("2026-11-23").unwrap().to_string(), "2026-11-23");
        for bad in ["2026-1-5", "2026-02-30", "23.11.2026", "", "2026-11-23T00:00"] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn codes_follow_the_pattern() {
        assert!(is_valid_code("shut_down"));
        assert!(is_valid_code("my_own_2"));
        for bad in ["", "Shut_down", "shut-down", "shut down", "é"] {
            assert!(!is_valid_code(bad), "{bad}");
        }
    }

    #[test]
    fn ranges_are_enforced() {
        let mut e = episode();
        e.intensity = Some(10);
        assert!(Record::Episode(e.clone()).validate().is_ok());
        e.intensity = Some(11);
        let err = Record::Episode(e).validate().unwrap_err().to_string();
        assert!(err.contains("intensity") && err.contains("11"), "{err}");
    }

    #[test]
    fn reconnection_cannot_precede_the_episode() {
        let mut e = episode();
        // 20:00 UTC is 21:00 at +01:00: 15 minutes before the episode.
        e.reconnected_at = Some(Timestamp::parse("2026-11-22T20:00:00Z").unwrap());
        let err = Record::Episode(e.clone()).validate().unwrap_err().to_string();
        assert!(err.contains("before"), "{err}");
        // Same instant written in another offset is fine.
        e.reconnected_at = Some(Timestamp::parse("2026-11-22T20:15:00Z").unwrap());
        assert!(Record::Episode(e).validate().is_ok());
    }

    #[test]
    fn huge_text_is_refused() {
        let mut e = episode();
        e.notes = "x".repeat(MAX_TEXT_BYTES + 1);
        assert!(Record::Episode(e).validate().unwrap_err().to_string().contains("bytes"));
    }

    #[test]
    fn empty_tags_and_bad_codes_are_refused() {
        let mut e = episode();
        e.tags = vec![String::new()];
        assert!(Record::Episode(e.clone()).validate().is_err());
        e.tags = vec![];
        e.behaviors = vec!["Shut Down".into()];
        assert!(Record::Episode(e).validate().is_err());
    }

    #[test]
    fn unknown_fields_are_named() {
        let err = serde_json::from_str::<Session>(
            r#"{"id":"0b7e1b54-8c1f-4f0e-9d3a-2f61c2a9e7d1","date":"2026-11-20","mood":3,
                "created_at":"2026-11-20T10:00:00Z","updated_at":"2026-11-20T10:00:00Z"}"#,
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("mood"), "{err}");
    }

    /// Every record type, every string in it a canary (lists too); the fields that hold
    /// typed values (ids, dates, times, kind, actor) get valid ones. Nothing is named by hand
    /// but those types, so a text field added later is covered without touching this test.
    pub(crate) fn canaried() -> Vec<Record> {
        const TYPED: [&str; 8] =
            ["id", "date", "occurred_at", "reconnected_at", "created_at", "updated_at", "kind", "actor"];
        let t = Timestamp::parse("2026-11-22T21:15:00+01:00").unwrap();
        let mut ep = episode();
        ep.reconnected_at = Some(t.clone());
        ep.intensity = Some(7);
        let samples = [
            Record::Entry(Entry {
                id: RecordId::new(),
                date: Date::today(),
                text: String::new(),
                mood: Some(3),
                closeness: Some(4),
                safety: Some(5),
                tags: vec![],
                for_therapy: true,
                created_at: t.clone(),
                updated_at: t.clone(),
            }),
            Record::Episode(ep),
            Record::Session(Session {
                id: RecordId::new(),
                date: Date::today(),
                notes: String::new(),
                homework: String::new(),
                created_at: t.clone(),
                updated_at: t,
            }),
            Record::Settings(Settings::default()),
        ];
        samples
            .iter()
            .map(|r| {
                let mut v = serde_json::to_value(r).unwrap();
                let fields = v.as_object_mut().unwrap().values_mut().next().unwrap().as_object_mut().unwrap();
                for (k, f) in fields.iter_mut() {
                    if TYPED.contains(&k.as_str()) {
                        continue;
                    }
                    match f {
                        serde_json::Value::String(x) => *x = format!("canary_{k}"),
                        serde_json::Value::Array(a) => {
                            *a = vec![format!("canary_{k}_0").into(), format!("canary_{k}_1").into()]
                        }
                        _ => {}
                    }
                }
                serde_json::from_value(v).unwrap()
            })
            .collect()
    }

    #[test]
    fn texts_lists_every_text_field_of_every_record_type() {
        for r in canaried() {
            let json = serde_json::to_value(&r).unwrap();
            let fields = json.as_object().unwrap().values().next().unwrap().as_object().unwrap();
            let listed: Vec<&str> = r.texts().into_iter().flat_map(|(_, t)| t.strs()).collect();
            for (k, v) in fields {
                let strings: Vec<&str> = match v {
                    serde_json::Value::String(s) if s.starts_with("canary_") => vec![s],
                    serde_json::Value::Array(a) => a.iter().filter_map(|x| x.as_str()).collect(),
                    _ => vec![],
                };
                for s in strings {
                    assert!(listed.contains(&s), "{}.{k} is not in Record::texts", r.type_name());
                }
                if !strings_empty(v) {
                    assert!(
                        r.texts().iter().any(|(n, _)| n == k),
                        "{}.{k} is listed under another name",
                        r.type_name()
                    );
                }
            }
        }
    }

    fn strings_empty(v: &serde_json::Value) -> bool {
        match v {
            serde_json::Value::String(s) => !s.starts_with("canary_"),
            serde_json::Value::Array(a) => a.is_empty(),
            _ => true,
        }
    }

    #[test]
    fn zeroize_wipes_every_text_of_every_record_type() {
        for mut r in canaried() {
            let before = serde_json::to_string(&r).unwrap();
            assert!(before.contains("canary_"), "the sample has text: {before}");
            r.zeroize();
            let after = serde_json::to_string(&r).unwrap();
            assert!(!after.contains("canary"), "left after wiping: {after}");
            // Ids and times are wiped too.
            if let Some(id) = r.id() {
                assert_eq!(id.as_str(), "", "{after}");
            }
            assert!(!after.contains("2026-"), "a date or time survived: {after}");
        }
    }
}
