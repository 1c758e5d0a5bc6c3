//! `jrnl --export json` (jrnl-org/jrnl's JSON exporter): `{"tags": {…}, "entries": [{"title",
//! "body", "date": "YYYY-MM-DD", "time": "HH:MM", "tags": ["@tag"], "starred"}]}`, and a
//! `uuid` on entries of journals backed by Day One. No time zone: the time is read as this
//! computer's local time on that day.

use std::collections::HashSet;

use chrono::{Local, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use serde::Deserialize;

use super::{Brought, Source, entry, from_json, stable_id, tag};
use crate::error::{Error, Result};
use crate::model::{Date, Timestamp};
use crate::tr;

#[derive(Deserialize)]
struct Export {
    entries: Vec<JrnlEntry>,
}

#[derive(Deserialize)]
struct JrnlEntry {
    title: String,
    #[serde(default)]
    body: String,
    date: String,
    time: String,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    starred: bool,
    #[serde(default)]
    uuid: Option<String>,
}

pub(super) fn parse(bytes: &[u8]) -> Result<Brought> {
    let doc: Export = from_json(Source::Jrnl, bytes)?;
    let mut out = Brought::default();
    let mut seen = HashSet::new();
    for (i, e) in doc.entries.into_iter().enumerate() {
        let bad = |id: &str| Error::invalid(tr!(id, app = Source::Jrnl.name(), number = (i + 1).to_string()));
        let day = NaiveDate::parse_from_str(&e.date, "%Y-%m-%d").map_err(|_| bad("source-entry-bad-date"))?;
        let time = NaiveTime::parse_from_str(&e.time, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(&e.time, "%H:%M:%S"))
            .map_err(|_| bad("source-entry-bad-time"))?;
        let naive = NaiveDateTime::new(day, time);
        // A time that does not exist here (the clocks went forward) is read an hour on.
        let local = Local
            .from_local_datetime(&naive)
            .earliest()
            .or_else(|| Local.from_local_datetime(&(naive + chrono::Duration::hours(1))).earliest())
            .ok_or_else(|| bad("source-entry-time-not-here"))?;
        let at = Timestamp::from_datetime(local.fixed_offset());
        let text = if e.body.is_empty() { e.title } else { format!("{}\n{}", e.title, e.body) };
        let id = match &e.uuid {
            Some(u) => stable_id(Source::Jrnl, &[u])?,
            None => stable_id(Source::Jrnl, &[&e.date, &e.time, &text])?,
        };
        // The same entry twice in one file is one entry.
        if !seen.insert(id.clone()) {
            continue;
        }
        let tags = e.tags.iter().filter_map(|t| tag(t)).collect();
        out.entries.push(entry(id, Date(day), text, tags, e.starred, at.clone(), at));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"{"tags": {"@work": 1, "@home": 1},
      "entries": [
        {"title": "Work Update.", "body": "Done.\nAnd a second line.", "date": "2024-01-16", "time": "17:30", "tags": ["@work"], "starred": true},
        {"title": "Only a title", "body": "", "date": "2024-01-17", "time": "08:05", "tags": [], "starred": false,
         "creator": {"software_agent": "jrnl"}},
        {"title": "Only a title", "body": "", "date": "2024-01-17", "time": "08:05", "tags": [], "starred": false}
      ]}"#;

    #[test]
    fn entries_keep_title_body_date_and_tags_and_a_repeat_is_one() {
        let b = parse(FILE.as_bytes()).unwrap();
        assert_eq!(b.entries.len(), 2, "the same entry twice is one");
        let first = &b.entries[0];
        assert_eq!(first.text, "Work Update.\nDone.\nAnd a second line.");
        assert_eq!(first.date.to_string(), "2024-01-16");
        assert_eq!(first.tags, vec!["work", "starred"]);
        assert_eq!(first.created_at.datetime().time().to_string(), "17:30:00");
        assert_eq!(b.entries[1].text, "Only a title");
        assert!(b.left_out.is_empty());
        // The same file again gives the same ids.
        assert_eq!(parse(FILE.as_bytes()).unwrap().entries[0].id, first.id);
    }

    #[test]
    fn a_wrong_file_is_named_plainly() {
        for (bad, says) in [
            ("{}", "missing field `entries`"),
            (r#"{"entries": [{"title": "x", "date": "16/01/2024", "time": "17:30"}]}"#, "entry 1: its date"),
            (r#"{"entries": [{"title": "x", "date": "2024-01-16", "time": "half past"}]}"#, "its time"),
            ("not json", "not a jrnl export"),
        ] {
            let e = parse(bad.as_bytes()).unwrap_err().to_string();
            assert!(e.contains(says), "{bad}: {e}");
        }
    }
}
