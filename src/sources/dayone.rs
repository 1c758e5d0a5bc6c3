//! Day One's JSON export (`Journal.json` in the export `.zip`): `{"metadata": {"version"},
//! "entries": [{"uuid", "creationDate": "…Z", "modifiedDate", "timeZone": "Europe/London",
//! "text" (Markdown), "tags", "starred", "photos", "videos", "audios", "pdfAttachments",
//! "location", "weather", …}]}`. Media sit in the text as `![](dayone-moment://ID)`; the text
//! carries Markdown backslash escapes (`\.`, `\-`, `\(`) that Day One adds on export.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde::de::IgnoredAny;

use super::{Brought, Source, entry, from_json, stable_id, tag};
use crate::error::{Error, Result};
use crate::model::{Date, Timestamp};
use crate::tr;

#[derive(Deserialize)]
struct Export {
    entries: Vec<DayOneEntry>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DayOneEntry {
    uuid: String,
    creation_date: String,
    #[serde(default)]
    modified_date: Option<String>,
    #[serde(default)]
    time_zone: Option<String>,
    #[serde(default)]
    text: String,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    starred: bool,
    #[serde(default)]
    photos: Vec<IgnoredAny>,
    #[serde(default)]
    videos: Vec<IgnoredAny>,
    #[serde(default)]
    audios: Vec<IgnoredAny>,
    #[serde(default)]
    pdf_attachments: Vec<IgnoredAny>,
    #[serde(default)]
    location: Option<IgnoredAny>,
    #[serde(default)]
    weather: Option<IgnoredAny>,
}

/// The text without its media references, its Markdown escapes undone. A line that held only
/// media goes (with one blank line beside it, so no gap is left); every other line, blank
/// lines and trailing spaces (Markdown's hard breaks) included, stays as written.
fn clean(text: &str) -> String {
    const MEDIA: &str = "![](dayone-moment:";
    let mut lines: Vec<String> = Vec::new();
    let mut skip_blank = false;
    for line in text.split('\n') {
        if !line.contains(MEDIA) {
            if skip_blank && line.trim().is_empty() {
                skip_blank = false;
                continue;
            }
            skip_blank = false;
            lines.push(unescape(line));
            continue;
        }
        let mut rest = line;
        let mut kept = String::new();
        while let Some(at) = rest.find(MEDIA) {
            kept.push_str(&rest[..at]);
            match rest[at..].find(')') {
                Some(end) => rest = &rest[at + end + 1..],
                // Not a reference after all: kept as written.
                None => {
                    kept.push_str(&rest[at..]);
                    rest = "";
                    break;
                }
            }
        }
        kept.push_str(rest);
        if kept.trim().is_empty() {
            // Only media: the line goes, and a blank line before or after it with it.
            if lines.last().is_some_and(|l| l.trim().is_empty()) {
                lines.pop();
            } else {
                skip_blank = true;
            }
        } else {
            lines.push(unescape(&kept));
        }
    }
    lines.join("\n")
}

/// A backslash before ASCII punctuation is a Markdown escape (CommonMark): the character.
fn unescape(line: &str) -> String {
    let mut plain = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
            plain.extend(chars.next());
        } else {
            plain.push(c);
        }
    }
    plain
}

/// Day One's export `.zip`: every `.json` file at its top (one a journal) read and parsed in
/// turn through a bounded reader, all of them together no larger than an import may be (a
/// small archive can unpack to far more).
fn parse_zip(bytes: &[u8]) -> Result<Brought> {
    use std::io::Read;
    let bad = || Error::invalid(tr!("source-zip-unreadable", app = Source::DayOne.name()));
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| bad())?;
    let mut all = Brought::default();
    let mut seen = HashSet::new();
    let (mut journals, mut total) = (0, 0u64);
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).map_err(|_| bad())?;
        let name = f.name().to_owned();
        if name.contains('/') || !name.to_ascii_lowercase().ends_with(".json") {
            continue; // photos/, audios/ …: counted from the entries, not read
        }
        let room = crate::exchange::MAX_IMPORT_BYTES.saturating_sub(total);
        let mut json = zeroize::Zeroizing::new(Vec::new());
        (&mut f).take(room + 1).read_to_end(&mut json).map_err(|_| bad())?;
        total += json.len() as u64;
        if total > crate::exchange::MAX_IMPORT_BYTES {
            return Err(Error::invalid(tr!("source-zip-too-large", app = Source::DayOne.name())));
        }
        journals += 1;
        let one = parse_json(&json)?;
        for (what, n) in &one.left_out {
            *all.left_out.entry(what).or_default() += n;
        }
        // An entry in two journals of one export is one entry.
        all.entries.extend(one.entries.into_iter().filter(|e| seen.insert(e.id.clone())));
    }
    if journals == 0 {
        return Err(Error::invalid(tr!("source-zip-no-journal", app = Source::DayOne.name())));
    }
    Ok(all)
}

pub(super) fn parse(bytes: &[u8]) -> Result<Brought> {
    if bytes.starts_with(b"PK\x03\x04") { parse_zip(bytes) } else { parse_json(bytes) }
}

fn parse_json(bytes: &[u8]) -> Result<Brought> {
    let doc: Export = from_json(Source::DayOne, bytes)?;
    let mut out = Brought::default();
    let mut seen = HashSet::new();
    for (i, e) in doc.entries.into_iter().enumerate() {
        let bad =
            |id: &str| Error::invalid(tr!(id, app = Source::DayOne.name(), number = (i + 1).to_string()));
        let when = |s: &str| DateTime::parse_from_rfc3339(s).map(|t| t.with_timezone(&Utc));
        let created = when(&e.creation_date).map_err(|_| bad("source-entry-no-creation-time"))?;
        let modified = e.modified_date.as_deref().and_then(|m| when(m).ok()).unwrap_or(created);
        // The entry's own time zone gives its day; one Ebb does not know, this computer's.
        let tz: Option<chrono_tz::Tz> = e.time_zone.as_deref().and_then(|z| z.parse().ok());
        let stamp = |t: DateTime<Utc>| {
            Timestamp::from_datetime(match tz {
                Some(z) => t.with_timezone(&z).fixed_offset(),
                None => t.with_timezone(&chrono::Local).fixed_offset(),
            })
        };
        let local = stamp(created).datetime();
        let id = stable_id(Source::DayOne, &[&e.uuid.to_ascii_uppercase()])?;
        if !seen.insert(id.clone()) {
            continue;
        }
        for (what, n) in [
            ("photos", e.photos.len()),
            ("videos", e.videos.len()),
            ("audio recordings", e.audios.len()),
            ("PDFs", e.pdf_attachments.len()),
            ("places", usize::from(e.location.is_some())),
            ("weather notes", usize::from(e.weather.is_some())),
        ] {
            if n > 0 {
                *out.left_out.entry(what).or_default() += n;
            }
        }
        let tags = e.tags.iter().filter_map(|t| tag(t)).collect();
        let text = clean(&e.text);
        out.entries.push(entry(
            id,
            Date(local.date_naive()),
            text,
            tags,
            e.starred,
            stamp(created),
            stamp(modified),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r##"{"metadata": {"version": "1.0"}, "entries": [
      {"uuid": "876E72B228F847379F296B1698CA3F61", "creationDate": "2024-04-19T23:48:36Z",
       "modifiedDate": "2024-04-20T08:00:00Z", "timeZone": "Europe/Berlin", "starred": true,
       "tags": ["dev-testing-tag", ""], "text": "# Trip\n\n![](dayone-moment:\/\/24BD79E9E42F4A4CA0C9F384F547B5BC)\n\nThis\\-is \\(fine\\)\\. A path C:\\Users stays\\.",
       "photos": [{"identifier": "24BD79E9E42F4A4CA0C9F384F547B5BC", "type": "jpeg"}],
       "location": {"placeName": "Dundas Castle"}, "richText": "{}"},
      {"uuid": "11111111111111111111111111111111", "creationDate": "2024-04-19T22:30:00Z",
       "timeZone": "America/New_York", "text": "![](dayone-moment:/audio/ABC)",
       "audios": [{"identifier": "ABC", "format": "aac"}]}
    ]}"##;

    #[test]
    fn the_day_is_the_entrys_own_and_media_are_counted_not_kept() {
        let b = parse(FILE.as_bytes()).unwrap();
        let first = &b.entries[0];
        // 23:48 UTC is 01:48 the next day in Berlin.
        assert_eq!(first.date.to_string(), "2024-04-20");
        assert_eq!(first.created_at.as_str(), "2024-04-20T01:48:36+02:00");
        assert_eq!(first.updated_at.as_str(), "2024-04-20T10:00:00+02:00");
        assert_eq!(first.text, "# Trip\n\nThis-is (fine). A path C:\\Users stays.");
        assert_eq!(first.tags, vec!["dev-testing-tag", "starred"]);
        // 22:30 UTC is still the 19th in New York; an entry with only a recording keeps its day.
        assert_eq!(b.entries[1].date.to_string(), "2024-04-19");
        assert_eq!(b.entries[1].text, "");
        let left: Vec<(&str, usize)> = b.left_out.iter().map(|(k, v)| (*k, *v)).collect();
        assert_eq!(left, vec![("audio recordings", 1), ("photos", 1), ("places", 1)]);
    }

    #[test]
    fn the_export_zip_is_read_whole_journals_and_all() {
        use std::io::Write;
        let mut buf = std::io::Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut buf);
            let opts = zip::write::SimpleFileOptions::default();
            z.start_file("Journal.json", opts).unwrap();
            z.write_all(FILE.as_bytes()).unwrap();
            z.start_file("Travel.json", opts).unwrap();
            z.write_all(FILE.replace("876E72B2", "99999999").as_bytes()).unwrap();
            z.start_file("photos/31c871f18f68d2fde4196ccba1f8ece1.jpeg", opts).unwrap();
            z.write_all(b"not read").unwrap();
            z.finish().unwrap();
        }
        let b = parse(buf.get_ref()).unwrap();
        assert_eq!(b.entries.len(), 3, "both journals; the same entry in both is one");
        assert_eq!(b.left_out.get("photos"), Some(&2));
        let e = parse(b"PK\x03\x04 not really a zip").unwrap_err().to_string();
        // Text beside media stays as written: blank runs and a hard break too.
        assert_eq!(
            clean("a  \n\n\n\nb ![](dayone-moment://X) c\n![](dayone-moment:/video/Y)\nend"),
            "a  \n\n\n\nb  c\nend"
        );
        assert_eq!(
            clean("no close ![](dayone-moment:/audio/Z and more"),
            "no close ![](dayone-moment:/audio/Z and more"
        );
        assert!(e.contains("cannot be read"), "{e}");
    }

    #[test]
    fn a_wrong_file_is_named_plainly() {
        for (bad, says) in [
            (r#"{"metadata": {}}"#, "missing field `entries`"),
            (r#"{"entries": [{"uuid": "A", "creationDate": "yesterday"}]}"#, "entry 1: its creationDate"),
            (r#"{"entries": [{"creationDate": "2024-04-19T22:30:00Z"}]}"#, "uuid"),
        ] {
            let e = parse(bad.as_bytes()).unwrap_err().to_string();
            assert!(e.contains(says) && e.contains("Day One"), "{bad}: {e}");
        }
    }
}
