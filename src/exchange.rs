//! The export format of SPEC §3 and §8 (version 2; version 1 is still read), and import of it.
//!
//! Import is all-or-nothing and idempotent: the whole file is parsed and checked before
//! anything is written, then every change goes in one transaction. A record whose id is
//! already in the journal is replaced only when its `updated_at` is newer.

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::{Checkin, Entry, Episode, Practice, Record, Session, Settings, Timestamp};
use crate::store::index_by_id;
use crate::tr;

/// The `format` marker of an Ebb export.
pub const FORMAT: &str = "ebb-export";
/// The export format version this build writes.
pub const VERSION: u32 = 2;
/// The versions this build reads: version 1 has none of version 2's fields (SPEC §8).
pub const READS: &[u32] = &[1, 2];
/// Largest import file accepted, in bytes.
pub const MAX_IMPORT_BYTES: u64 = 512 * 1024 * 1024;

/// A whole export document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export {
    /// The format marker, always `ebb-export` ([`FORMAT`]).
    pub format: String,
    /// The format version; this build writes [`VERSION`] and reads [`READS`].
    pub version: u32,
    /// When the export was made, RFC 3339 with the user's offset.
    pub exported_at: Timestamp,
    /// The daily entries.
    #[serde(default)]
    pub entries: Vec<Entry>,
    /// The pull-away and pursuit episodes.
    #[serde(default)]
    pub episodes: Vec<Episode>,
    /// The therapy sessions.
    #[serde(default)]
    pub sessions: Vec<Session>,
    /// What the person practises between sessions (version 2).
    #[serde(default)]
    pub practices: Vec<Practice>,
    /// The daily check-ins on those practices (version 2).
    #[serde(default)]
    pub checkins: Vec<Checkin>,
    /// The preferences; optional on import, always written on export.
    #[serde(default)]
    pub settings: Option<ExportSettings>,
    /// Versions kept beside the one shown, where two computers changed the same record
    /// without seeing each other's change (SPEC §9); written only when there are any. Import
    /// reads them and leaves them out: they are there to read, the records are what it takes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<ExportConflict>,
}

/// One version kept as a conflict: the record's id, the device that made it, and the
/// record as that device has it (with its `type`, as `ebb list --json` prints records).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportConflict {
    /// The record's id.
    pub id: String,
    /// The device that made this version.
    pub device: String,
    /// The version.
    pub record: serde_json::Value,
}

/// The settings as the export carries them (SPEC §3, §8): the person's preferences, without
/// what the app only remembers for itself ([`Settings::app_state`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportSettings {
    /// How the partner is named.
    #[serde(default)]
    pub partner_name: Option<String>,
    /// Minutes idle before the app locks.
    #[serde(default = "default_minutes")]
    pub auto_lock_minutes: u32,
    /// The daily reminder's time, `HH:MM`.
    #[serde(default)]
    pub reminder_at: Option<String>,
    /// `en`, `es`, `de`, or none for the system's.
    #[serde(default)]
    pub language: Option<String>,
}

/// Reads a file to import, whole, refusing anything that is not a regular file or is larger
/// than [`MAX_IMPORT_BYTES`]: opened once, without waiting (a named pipe would hold the open),
/// and read through a bounded reader, so nothing can make Ebb read more than that.
pub(crate) fn read_bounded(path: &Path) -> Result<zeroize::Zeroizing<Vec<u8>>> {
    use std::io::Read;
    let cant_read = |e| Error::io(tr!("store-could-not-read", path = path.display().to_string()), e);
    // Opened without waiting: a named pipe would otherwise hold the open until something
    // writes to it. Anything but a regular file is then refused.
    let f = {
        use std::os::unix::fs::OpenOptionsExt;
        let nonblock = rustix::fs::OFlags::NONBLOCK.bits();
        std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(i32::try_from(nonblock).unwrap_or(0))
            .open(path)
            .map_err(cant_read)?
    };
    let meta = f.metadata().map_err(cant_read)?;
    if !meta.is_file() {
        return Err(Error::invalid(tr!("valid-not-importable", path = path.display().to_string())));
    }
    let too_large = || {
        Error::invalid(tr!(
            "valid-import-too-large",
            path = path.display().to_string(),
            most = MAX_IMPORT_BYTES.to_string()
        ))
    };
    if meta.len() > MAX_IMPORT_BYTES {
        return Err(too_large());
    }
    let mut bytes = zeroize::Zeroizing::new(Vec::with_capacity(meta.len() as usize));
    f.take(MAX_IMPORT_BYTES + 1).read_to_end(&mut bytes).map_err(cant_read)?;
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

fn default_minutes() -> u32 {
    crate::model::DEFAULT_AUTO_LOCK_MINUTES
}

impl ExportSettings {
    /// The exported part of `s`.
    pub fn of(s: &Settings) -> Self {
        ExportSettings {
            partner_name: Some(s.partner_name.clone()),
            auto_lock_minutes: s.auto_lock_minutes,
            reminder_at: s.reminder_at.clone(),
            language: s.language.clone(),
        }
    }

    /// `base` with these preferences in place of its own (what the app remembers stays).
    pub fn applied_to(&self, base: &Settings) -> Settings {
        Settings {
            partner_name: self.partner_name.clone().unwrap_or_default(),
            auto_lock_minutes: self.auto_lock_minutes,
            reminder_at: self.reminder_at.clone(),
            language: self.language.clone(),
            app_state: base.app_state.clone(),
        }
    }
}

impl Export {
    /// Builds an export from records (already chosen and ordered by the caller).
    pub fn new<'a>(records: impl IntoIterator<Item = &'a Record>, settings: &Settings) -> Self {
        let mut e = Export {
            format: FORMAT.into(),
            version: VERSION,
            exported_at: Timestamp::now(),
            entries: vec![],
            episodes: vec![],
            sessions: vec![],
            practices: vec![],
            checkins: vec![],
            settings: Some(ExportSettings::of(settings)),
            conflicts: vec![],
        };
        for r in records {
            match r {
                Record::Entry(x) => e.entries.push(x.clone()),
                Record::Episode(x) => e.episodes.push(x.clone()),
                Record::Session(x) => e.sessions.push(x.clone()),
                Record::Practice(x) => e.practices.push(x.clone()),
                Record::Checkin(x) => e.checkins.push(x.clone()),
                Record::Settings(_) => {}
            }
        }
        e
    }

    /// Pretty JSON, ending in a newline.
    pub fn to_json(&self) -> Result<String> {
        let mut s = serde_json::to_string_pretty(self)
            .map_err(|e| Error::invalid(tr!("valid-json-write", problem = e.to_string())))?;
        s.push('\n');
        Ok(s)
    }

    /// Reads and checks an export file from disk, refusing one too large to be an export.
    ///
    /// The file is opened once and must be a regular file (a link to `/dev/zero` or a pipe
    /// reports a length of 0 and never ends); it is read through a reader bounded at
    /// [`MAX_IMPORT_BYTES`], so nothing can make Ebb read more than that.
    pub fn read_file(path: &Path) -> Result<Self> {
        Self::parse(&read_bounded(path)?)
    }

    /// Parses and checks an export file. Errors name the place in the file.
    pub fn parse(bytes: &[u8]) -> Result<Self> {
        let de = &mut serde_json::Deserializer::from_slice(bytes);
        let doc: Export = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            if path == "." || path.is_empty() {
                Error::invalid(tr!("valid-not-an-export", problem = json_problem(&inner)))
            } else {
                Error::invalid(tr!("valid-not-an-export-at", place = &path, problem = json_problem(&inner)))
            }
        })?;
        if doc.format != FORMAT {
            return Err(Error::invalid(tr!(
                "valid-wrong-format",
                found = format!("{:?}", doc.format),
                expected = format!("{FORMAT:?}")
            )));
        }
        if !READS.contains(&doc.version) {
            return Err(Error::invalid(tr!("valid-unread-version", version = doc.version.to_string())));
        }
        if doc.version == 1 {
            doc.refuse_newer_fields()?;
        }
        let mut seen = std::collections::HashSet::new();
        for r in doc.records() {
            r.validate()?;
            if let Some(id) = r.id()
                && !seen.insert(id.bytes())
            {
                return Err(Error::invalid(tr!("valid-id-twice", id = id.to_string())));
            }
        }
        if let Some(s) = &doc.settings {
            Record::Settings(s.applied_to(&Settings::default())).validate()?;
        }
        one_checkin_a_day(doc.checkins.iter(), std::iter::empty())?;
        Ok(doc)
    }

    /// A version-1 file holds none of version 2's fields: one that does was not made by Ebb,
    /// and the field is named rather than taken silently.
    fn refuse_newer_fields(&self) -> Result<()> {
        let newer = |place: String, field: &str| {
            Err(Error::invalid(tr!("valid-newer-field", place = place, field = field)))
        };
        for (i, e) in self.episodes.iter().enumerate() {
            if e.return_at.is_some() {
                return newer(format!("episodes[{i}]"), "return_at");
            }
            if !e.repairs.is_empty() {
                return newer(format!("episodes[{i}]"), "repairs");
            }
        }
        if !self.practices.is_empty() {
            return newer("practices".into(), "practices");
        }
        if !self.checkins.is_empty() {
            return newer("checkins".into(), "checkins");
        }
        if let Some(s) = &self.settings {
            if s.reminder_at.is_some() {
                return newer("settings".into(), "reminder_at");
            }
            if s.language.is_some() {
                return newer("settings".into(), "language");
            }
        }
        Ok(())
    }

    /// Entries, episodes, sessions, practices and check-ins as records.
    pub fn records(&self) -> Vec<Record> {
        let mut out = Vec::with_capacity(
            self.entries.len()
                + self.episodes.len()
                + self.sessions.len()
                + self.practices.len()
                + self.checkins.len(),
        );
        out.extend(self.entries.iter().cloned().map(Record::Entry));
        out.extend(self.episodes.iter().cloned().map(Record::Episode));
        out.extend(self.sessions.iter().cloned().map(Record::Session));
        out.extend(self.practices.iter().cloned().map(Record::Practice));
        out.extend(self.checkins.iter().cloned().map(Record::Checkin));
        out
    }
}

/// At most one check-in per practice and day (SPEC §8): two for the same pair — both in
/// `incoming`, or one there and one in `journal` under another id — refuse the whole import,
/// naming both ids. A check-in replacing itself (the same id) is an update, not a second one.
pub fn one_checkin_a_day<'a>(
    incoming: impl Iterator<Item = &'a Checkin>,
    journal: impl Iterator<Item = &'a Checkin>,
) -> Result<()> {
    let mut by_pair: std::collections::HashMap<(&str, chrono::NaiveDate), &str> =
        journal.map(|c| ((c.practice_id.as_str(), c.date.0), c.id.as_str())).collect();
    let mut in_file = std::collections::HashMap::new();
    for c in incoming {
        let pair = (c.practice_id.as_str(), c.date.0);
        if let Some(other) = in_file.insert(pair, c.id.as_str()) {
            return Err(Error::invalid(tr!(
                "valid-checkins-same-day",
                first = other,
                second = c.id.to_string(),
                practice = c.practice_id.as_str(),
                date = c.date.to_string()
            )));
        }
        if let Some(other) = by_pair.insert(pair, c.id.as_str())
            && other != c.id.as_str()
        {
            return Err(Error::invalid(tr!(
                "valid-checkin-already",
                id = c.id.to_string(),
                practice = c.practice_id.as_str(),
                date = c.date.to_string(),
                other = other
            )));
        }
    }
    Ok(())
}

/// What an import would do, worked out before anything is written.
#[derive(Debug, Default)]
pub struct ImportPlan {
    /// Records whose id is new to the journal.
    pub to_add: Vec<Record>,
    /// Records that replace an older version already in the journal.
    pub to_update: Vec<Record>,
    /// The settings, if the file has some that differ from the journal's.
    pub settings: Option<Settings>,
    /// How many are already in the journal as given, or there in a newer version.
    pub unchanged: usize,
}

/// What an import did or would do, in numbers for the user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportSummary {
    /// Records whose id was new to the journal.
    pub added: usize,
    /// Records that replaced an older version in the journal.
    pub updated: usize,
    /// Records already in the journal as given, or there in a newer version.
    pub unchanged: usize,
    /// Whether the file's settings replaced the journal's.
    pub settings_changed: bool,
}

impl ImportPlan {
    /// Compares an export with the journal's records and settings.
    pub fn new(doc: &Export, records: &[Record], settings: &Settings) -> Result<Self> {
        let existing = index_by_id(records);
        let journal_checkins = records.iter().filter_map(|r| match r {
            Record::Checkin(c) => Some(c),
            _ => None,
        });
        one_checkin_a_day(doc.checkins.iter(), journal_checkins)?;
        let mut plan = ImportPlan::default();
        for rec in doc.records() {
            let id = rec.id().ok_or_else(|| Error::invalid(tr!("valid-no-id")))?;
            match existing.get(&id.bytes()) {
                None => plan.to_add.push(rec),
                Some(old) if old.type_name() != rec.type_name() => {
                    return Err(Error::invalid(tr!(
                        "valid-id-other-type",
                        id = id.to_string(),
                        journal_type = old.type_name(),
                        file_type = rec.type_name()
                    )));
                }
                Some(old) if **old == rec => plan.unchanged += 1,
                Some(old) => {
                    let newer = match (rec.updated_at(), old.updated_at()) {
                        (Some(new), Some(was)) => new.datetime() > was.datetime(),
                        _ => false,
                    };
                    if newer { plan.to_update.push(rec) } else { plan.unchanged += 1 }
                }
            }
        }
        if let Some(s) = &doc.settings
            && *s != ExportSettings::of(settings)
        {
            plan.settings = Some(s.applied_to(settings));
        }
        Ok(plan)
    }

    /// The plan in numbers.
    pub fn summary(&self) -> ImportSummary {
        ImportSummary {
            added: self.to_add.len(),
            updated: self.to_update.len(),
            unchanged: self.unchanged,
            settings_changed: self.settings.is_some(),
        }
    }

    /// Every record to write, settings included, for one transaction.
    pub fn into_writes(self) -> Vec<Record> {
        let mut out = self.to_add;
        out.extend(self.to_update);
        out.extend(self.settings.map(Record::Settings));
        out
    }
}

/// What the JSON reader found wrong, in the person's language: serde_json words its errors in
/// English only, so the common kinds are named here and the place (line, column) kept.
pub(crate) fn json_problem(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let text = e.to_string();
    // serde_json ends every message with " at line L column C" when it knows the place.
    let what = text.split(" at line ").next().unwrap_or(&text);
    let quoted = || what.split('`').nth(1).unwrap_or("").to_owned();
    let problem = match e.classify() {
        Category::Syntax => tr!("valid-json-syntax"),
        Category::Eof => tr!("valid-json-eof"),
        Category::Io => tr!("valid-json-io"),
        Category::Data if what.starts_with("missing field") => {
            tr!("valid-json-missing-field", field = quoted())
        }
        Category::Data if what.starts_with("unknown field") => {
            tr!("valid-json-unknown-field", field = quoted())
        }
        Category::Data if what.starts_with("duplicate field") => {
            tr!("valid-json-duplicate-field", field = quoted())
        }
        Category::Data if what.starts_with("unknown variant") => {
            tr!("valid-json-unknown-value", value = quoted())
        }
        Category::Data if what.starts_with("invalid ") => tr!("valid-json-wrong-value"),
        // Ebb's own checks while reading (already in the person's language).
        Category::Data => what.to_owned(),
    };
    if e.line() == 0 {
        problem
    } else {
        tr!("valid-json-at", problem = problem, line = e.line(), column = e.column())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = r#"{"format":"ebb-export","version":1,"exported_at":"2026-11-24T09:00:00+01:00",
      "entries":[{"id":"0b7e1b54-8c1f-4f0e-9d3a-2f61c2a9e7d1","date":"2026-11-23","text":"  hi  ",
        "mood":3,"closeness":6,"safety":7,"tags":["b","a","a"],"for_therapy":false,
        "created_at":"2026-11-23T10:00:00+01:00","updated_at":"2026-11-23T10:00:00+01:00"}]}"#;

    #[test]
    fn parses_and_keeps_strings_exactly() {
        let doc = Export::parse(ONE.as_bytes()).unwrap();
        assert_eq!(doc.entries[0].text, "  hi  ");
        assert_eq!(doc.entries[0].tags, ["b", "a", "a"]);
        assert!(doc.settings.is_none());
    }

    #[test]
    fn unknown_fields_are_named_with_their_place() {
        let bad = ONE.replace("\"mood\":3", "\"mood\":3,\"colour\":\"red\"");
        let err = Export::parse(bad.as_bytes()).unwrap_err().to_string();
        assert!(err.contains("colour") && err.contains("entries[0]"), "{err}");
        let bad = ONE.replace("\"version\":1", "\"version\":1,\"extra\":true");
        assert!(Export::parse(bad.as_bytes()).unwrap_err().to_string().contains("extra"));
    }

    #[test]
    fn wrong_format_version_and_duplicates_are_refused() {
        assert!(Export::parse(ONE.replace("ebb-export", "other").as_bytes()).is_err());
        let err =
            Export::parse(ONE.replace("\"version\":1", "\"version\":3").as_bytes()).unwrap_err().to_string();
        assert!(err.contains("version 3") && err.contains("1 and 2"), "{err}");
        let doubled = ONE.replace(
            "\"entries\":[{",
            "\"sessions\":[{\"id\":\"0b7e1b54-8c1f-4f0e-9d3a-2f61c2a9e7d1\",\"date\":\"2026-11-20\",\"created_at\":\"2026-11-20T10:00:00Z\",\"updated_at\":\"2026-11-20T10:00:00Z\"}],\"entries\":[{",
        );
        assert!(Export::parse(doubled.as_bytes()).unwrap_err().to_string().contains("more than once"));
    }

    const EPISODE: &str = r#"{"format":"ebb-export","version":2,"exported_at":"2026-11-24T09:00:00+01:00",
      "episodes":[{"id":"5c1e6f0a-2b7d-4e3a-9f10-0a1b2c3d4e5f","occurred_at":"2026-11-23T20:00:00+01:00",
        "reconnected_at":"2026-11-23T20:40:00+01:00","return_at":"2026-11-23T20:20:00+01:00",
        "kind":"pull_away","actor":"me","responses":["asked_for_pause_with_return"],
        "repairs":["came_back_as_promised","our_walk"],
        "created_at":"2026-11-23T20:00:00+01:00","updated_at":"2026-11-23T20:40:00+01:00"}],
      "settings":{"partner_name":"Sam","auto_lock_minutes":5,"reminder_at":"21:30","language":"de"}}"#;

    #[test]
    fn version_2_carries_pauses_repairs_and_the_new_settings_and_version_1_still_reads() {
        let doc = Export::parse(EPISODE.as_bytes()).unwrap();
        let e = &doc.episodes[0];
        assert_eq!(e.return_at.as_ref().unwrap().as_str(), "2026-11-23T20:20:00+01:00");
        assert_eq!(e.repairs, ["came_back_as_promised", "our_walk"]);
        let s = doc.settings.as_ref().unwrap();
        assert_eq!((s.reminder_at.as_deref(), s.language.as_deref()), (Some("21:30"), Some("de")));
        // Written back, it is the same document.
        let again = Export::parse(doc.to_json().unwrap().as_bytes()).unwrap();
        assert_eq!(again, doc);
        assert_eq!(Export::parse(ONE.as_bytes()).unwrap().version, 1);
        // A version-1 file with a version-2 field names it.
        let v1 = EPISODE.replace("\"version\":2", "\"version\":1");
        let err = Export::parse(v1.as_bytes()).unwrap_err().to_string();
        assert!(
            err.contains("episodes[0]") && err.contains("return_at") && err.contains("version 2"),
            "{err}"
        );
    }

    #[test]
    fn bad_pauses_repairs_and_settings_are_refused_and_named() {
        for (from, to, word) in [
            (
                "\"return_at\":\"2026-11-23T20:20:00+01:00\"",
                "\"return_at\":\"2026-11-23T19:00:00+01:00\"",
                "return_at",
            ),
            ("\"return_at\":\"2026-11-23T20:20:00+01:00\"", "\"return_at\":\"at eight\"", "return_at"),
            ("\"our_walk\"", "\"Our Walk\"", "repairs"),
            ("\"21:30\"", "\"9:30pm\"", "reminder_at"),
            ("\"21:30\"", "\"24:00\"", "reminder_at"),
            ("\"de\"", "\"fr\"", "language"),
        ] {
            let bad = EPISODE.replace(from, to);
            assert_ne!(bad, EPISODE, "{from}");
            let err = Export::parse(bad.as_bytes()).unwrap_err().to_string();
            assert!(err.contains(word), "{to}: {err}");
        }
    }

    #[test]
    fn out_of_range_values_are_refused() {
        let err = Export::parse(ONE.replace("\"mood\":3", "\"mood\":9").as_bytes()).unwrap_err().to_string();
        assert!(err.contains("mood"), "{err}");
        let err = Export::parse(ONE.replace("\"mood\":3", "\"mood\":-1").as_bytes()).unwrap_err().to_string();
        assert!(err.contains("mood"), "{err}");
        assert!(Export::parse(b"not json").is_err());
        assert!(Export::parse(b"[]").is_err());
    }
}
