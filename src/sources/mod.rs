//! Journals from other apps (SPEC §10): each source's own export read into Ebb daily
//! entries, then taken in by the same all-or-nothing, idempotent import as an Ebb export.
//!
//! One module per source, each a pure parser from the bytes of its documented export; what a
//! source has that Ebb cannot hold (photos, audio, places) is counted, never dropped silently.
//! Ids come from the source's own ids or, where it has none, from the date and the text, so
//! the same file imported twice leaves one copy of each entry.

mod dayone;
mod jrnl;
mod minidiarium;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::{Date, Entry, RecordId, Timestamp};
use crate::tr;

/// An app whose export Ebb reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// Day One's JSON export (the `.json` inside the export `.zip`).
    DayOne,
    /// `jrnl --export json`.
    Jrnl,
    /// Mini Diarium's JSON export (and Mini Diary's, which it grew from).
    MiniDiarium,
}

impl std::str::FromStr for Source {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "dayone" => Ok(Source::DayOne),
            "jrnl" => Ok(Source::Jrnl),
            "minidiarium" => Ok(Source::MiniDiarium),
            other => Err(Error::invalid(tr!("source-unknown-app", given = format!("{other:?}")))),
        }
    }
}

impl Source {
    /// The app's name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Source::DayOne => "Day One",
            Source::Jrnl => "jrnl",
            Source::MiniDiarium => "Mini Diarium",
        }
    }
}

/// What a source's export holds, as Ebb entries, and what of it cannot come over.
#[derive(Debug, Default)]
pub struct Brought {
    /// One daily entry for each of the source's entries.
    pub entries: Vec<Entry>,
    /// What Ebb cannot hold, by what it is ("photos"), with how many.
    pub left_out: BTreeMap<&'static str, usize>,
}

/// What bringing a file in from another app does (or would do), for the app's preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FromApp {
    /// How many entries the file holds.
    pub entries: u32,
    /// Entries new to the journal.
    pub added: u32,
    /// Entries that replace an older version brought in before.
    pub updated: u32,
    /// Entries already in the journal as they are.
    pub unchanged: u32,
    /// The first and last day of the entries, `YYYY-MM-DD`.
    pub first_day: Option<String>,
    /// See `first_day`.
    pub last_day: Option<String>,
    /// What cannot come over, each with how many ("photos", 3).
    pub left_out: Vec<LeftOut>,
}

/// One kind of thing that cannot come over from another app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct LeftOut {
    /// What it is, in words: "photos", "audio recordings", "places".
    pub what: String,
    /// How many.
    pub count: u32,
}

/// "3 photos", "1 photo": what stays behind, in words, in the person's language. `what` is
/// one of the names the sources count under ([`Brought::left_out`]).
pub fn counted(what: &str, n: usize) -> String {
    let id = match what {
        "photos" => "source-left-photos",
        "videos" => "source-left-videos",
        "audio recordings" => "source-left-audio",
        "PDFs" => "source-left-pdfs",
        "places" => "source-left-places",
        "weather notes" => "source-left-weather",
        "images" => "source-left-images",
        _ => return tr!("source-left-other", what = what, count = n),
    };
    tr!(id, count = n)
}

impl Brought {
    /// The preview of this file against an import plan's counts.
    pub fn preview(&self, plan: &crate::exchange::ImportSummary) -> FromApp {
        let n = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        let days = self.entries.iter().map(|e| e.date.to_string());
        FromApp {
            entries: n(self.entries.len()),
            added: n(plan.added),
            updated: n(plan.updated),
            unchanged: n(plan.unchanged),
            first_day: days.clone().min(),
            last_day: days.max(),
            left_out: self
                .left_out
                .iter()
                .map(|(w, c)| LeftOut { what: (*w).to_owned(), count: n(*c) })
                .collect(),
        }
    }
}

/// Reads `path` as `source`'s export: every entry, or one clear error naming what is wrong.
pub fn read(source: Source, path: &Path) -> Result<Brought> {
    let bytes = crate::exchange::read_bounded(path)?;
    parse(source, &bytes)
}

/// Parses a source's export from its bytes.
pub fn parse(source: Source, bytes: &[u8]) -> Result<Brought> {
    let brought = match source {
        Source::DayOne => dayone::parse(bytes),
        Source::Jrnl => jrnl::parse(bytes),
        Source::MiniDiarium => minidiarium::parse(bytes),
    }?;
    for (i, e) in brought.entries.iter().enumerate() {
        // Said by the entry's place and day in the file: the id is Ebb's, not the app's.
        crate::model::Record::Entry(e.clone()).validate().map_err(|err| {
            let why = err.to_string();
            let why = why.split_once(": ").map_or(why.as_str(), |(_, w)| w).to_owned();
            Error::invalid(tr!(
                "source-entry-cannot-come-over",
                app = source.name(),
                number = (i + 1).to_string(),
                date = e.date.to_string(),
                why = why
            ))
        })?;
    }
    Ok(brought)
}

/// A JSON error from a source's file, said with the place in it.
fn not_valid(source: Source, e: serde_path_to_error::Error<serde_json::Error>) -> Error {
    let path = e.path().to_string();
    let inner = e.into_inner();
    if path == "." || path.is_empty() {
        Error::invalid(tr!(
            "source-not-an-export",
            app = source.name(),
            problem = crate::exchange::json_problem(&inner)
        ))
    } else {
        Error::invalid(tr!(
            "source-not-an-export-at",
            app = source.name(),
            place = path,
            problem = crate::exchange::json_problem(&inner)
        ))
    }
}

/// Reads JSON of the shape `T`, naming the place of the first thing that does not fit.
fn from_json<T: serde::de::DeserializeOwned>(source: Source, bytes: &[u8]) -> Result<T> {
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(|e| not_valid(source, e))
}

/// An entry id that is the same each time the same source entry is imported: the source's
/// own id, or its date and text, hashed with the source's name.
fn stable_id(source: Source, key: &[&str]) -> Result<RecordId> {
    let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
    ctx.update(b"ebb-import-v1");
    ctx.update(source.name().as_bytes());
    for k in key {
        ctx.update(&(k.len() as u64).to_be_bytes());
        ctx.update(k.as_bytes());
    }
    let digest = ctx.finish();
    let mut b = [0u8; 16];
    b.copy_from_slice(&digest.as_ref()[..16]);
    RecordId::parse(&uuid::Builder::from_random_bytes(b).into_uuid().to_string())
}

/// A tag as Ebb keeps it: without a leading `@` or `#` (jrnl's tag symbols), trimmed.
fn tag(raw: &str) -> Option<String> {
    let t = raw.trim().trim_start_matches(['@', '#']).trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// The entry Ebb makes of one from another app.
fn entry(
    id: RecordId,
    date: Date,
    text: String,
    mut tags: Vec<String>,
    starred: bool,
    created: Timestamp,
    updated: Timestamp,
) -> Entry {
    let mut seen = std::collections::HashSet::new();
    tags.retain(|t| seen.insert(t.clone()));
    if starred && !tags.iter().any(|t| t == "starred") {
        tags.push("starred".into());
    }
    Entry {
        id,
        date,
        text,
        mood: None,
        closeness: None,
        safety: None,
        tags,
        for_therapy: false,
        created_at: created,
        updated_at: updated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_apart_by_source_and_key() {
        let a = stable_id(Source::Jrnl, &["2026-01-02", "x"]).unwrap();
        assert_eq!(a, stable_id(Source::Jrnl, &["2026-01-02", "x"]).unwrap());
        assert_ne!(a, stable_id(Source::DayOne, &["2026-01-02", "x"]).unwrap());
        assert_ne!(a, stable_id(Source::Jrnl, &["2026-01-02x", ""]).unwrap(), "the parts are kept apart");
    }

    #[test]
    fn tags_lose_their_symbol_and_starred_is_a_tag() {
        assert_eq!(tag(" @work "), Some("work".into()));
        assert_eq!(tag("#home"), Some("home".into()));
        assert_eq!(tag("@"), None);
        let t = Timestamp::parse("2026-01-02T10:00:00+01:00").unwrap();
        let e = entry(
            RecordId::new(),
            Date::parse("2026-01-02").unwrap(),
            String::new(),
            vec!["a".into()],
            true,
            t.clone(),
            t,
        );
        assert_eq!(e.tags, vec!["a", "starred"]);
    }

    #[test]
    fn an_unknown_app_is_named() {
        let e = "notion".parse::<Source>().unwrap_err().to_string();
        assert!(e.contains("dayone, jrnl or minidiarium"), "{e}");
    }
}
