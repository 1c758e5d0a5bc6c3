//! Mini Diarium's JSON export (fjrevoredo/mini-diarium, `src-tauri/src/export/json.rs`), in
//! the three shapes it has had, and the Mini Diary file it grew from:
//!
//! - today: `{"metadata": {"application": "Mini Diarium", …}, "entries": [{"id", "date",
//!   "title", "text" (TipTap HTML), "dateUpdated", "tags"}]}`, several entries a day possible;
//! - before tags: the same without `tags`;
//! - first: `{"metadata": {…}, "entries": {"YYYY-MM-DD": {"dateUpdated", "title", "text"}}}`,
//!   one entry a day — also Mini Diary's own export, whose text is Markdown and whose
//!   `dateUpdated` is a JavaScript date string.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, FixedOffset, Local, NaiveDate, TimeZone};
use serde::Deserialize;

use super::{Brought, Source, entry, from_json, stable_id, tag};
use crate::error::{Error, Result};
use crate::model::{Date, Timestamp};
use crate::tr;

#[derive(Deserialize)]
struct Export {
    #[serde(default)]
    metadata: Metadata,
    entries: serde_json::Value,
}

#[derive(Deserialize, Default)]
struct Metadata {
    #[serde(default)]
    application: String,
}

/// One entry, in either shape (by day, the day is the key and none of `id`, `date`, `tags`).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Listed {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    date: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    date_updated: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
}

/// TipTap's HTML as the plain text it shows: a paragraph, heading or list item a line, `<br>`
/// a line break, every other tag dropped, entities decoded.
pub(super) fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            // A lone `<` is text.
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let tag = rest[open + 1..open + close].trim().to_ascii_lowercase();
        let name: String =
            tag.trim_start_matches('/').chars().take_while(char::is_ascii_alphanumeric).collect();
        let closing = tag.starts_with('/');
        match name.as_str() {
            "br" => out.push('\n'),
            "li" if !closing => out.push_str("- "),
            // A list item's paragraph already ended its line.
            "li" if closing && out.ends_with('\n') => {}
            "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "blockquote" if closing => out.push('\n'),
            _ => {}
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    html_escape::decode_html_entities(out.trim_end_matches('\n')).into_owned()
}

/// When an entry was last saved: RFC 3339 (Mini Diarium) or JavaScript's `Date.toString()`
/// (Mini Diary: `Sun Feb 15 2026 15:15:14 GMT+0100 (Central European Standard Time)`).
fn updated(raw: Option<&str>) -> Option<DateTime<FixedOffset>> {
    let raw = raw?.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(raw) {
        return Some(t);
    }
    let js = raw.split(" (").next().unwrap_or(raw);
    DateTime::parse_from_str(js, "%a %b %d %Y %H:%M:%S GMT%z").ok()
}

pub(super) fn parse(bytes: &[u8]) -> Result<Brought> {
    let doc: Export = from_json(Source::MiniDiarium, bytes)?;
    // Mini Diary wrote Markdown; Mini Diarium writes TipTap's HTML.
    let markdown = doc.metadata.application == "Mini Diary";
    // A list (today's shapes) or an object by day (the first one, and Mini Diary's).
    let shape = |e: serde_json::Error| {
        Error::invalid(tr!(
            "source-entries-shape",
            app = Source::MiniDiarium.name(),
            problem = crate::exchange::json_problem(&e)
        ))
    };
    let (listed, by_day): (Vec<Listed>, bool) = match doc.entries {
        v @ serde_json::Value::Array(_) => (serde_json::from_value(v).map_err(shape)?, false),
        v @ serde_json::Value::Object(_) => {
            let days: BTreeMap<String, Listed> = serde_json::from_value(v).map_err(shape)?;
            (days.into_iter().map(|(date, d)| Listed { date, ..d }).collect(), true)
        }
        _ => {
            return Err(Error::invalid(tr!("source-entries-neither", app = Source::MiniDiarium.name())));
        }
    };
    let mut out = Brought::default();
    let mut seen = HashSet::new();
    for (i, e) in listed.into_iter().enumerate() {
        let bad = |id: &str| {
            Error::invalid(tr!(id, app = Source::MiniDiarium.name(), number = (i + 1).to_string()))
        };
        let day = NaiveDate::parse_from_str(&e.date, "%Y-%m-%d").map_err(|_| bad("source-entry-bad-date"))?;
        let body = if markdown { e.text.trim_end().to_owned() } else { html_to_text(&e.text) };
        // Pictures in the editor's HTML cannot come over: counted, not dropped unsaid.
        let images = if markdown { 0 } else { e.text.to_ascii_lowercase().matches("<img").count() };
        let title = e.title.trim();
        let text = match (title.is_empty(), body.is_empty()) {
            (true, _) => body,
            (false, true) => title.to_owned(),
            (false, false) => format!("{title}\n{body}"),
        };
        // Saved at: the file's time, else noon of the entry's day here.
        let at = match updated(e.date_updated.as_deref()) {
            Some(t) => Timestamp::from_datetime(t),
            None => {
                let noon = day.and_hms_opt(12, 0, 0).ok_or_else(|| bad("source-entry-date"))?;
                let local =
                    Local.from_local_datetime(&noon).earliest().ok_or_else(|| bad("source-entry-date"))?;
                Timestamp::from_datetime(local.fixed_offset())
            }
        };
        // One entry a day in the by-day shape: the day is its id, so an entry edited there and
        // brought in again replaces the one before (its newer `dateUpdated` wins).
        let id = match &e.id {
            _ if by_day => stable_id(Source::MiniDiarium, &[&e.date])?,
            Some(id) => stable_id(Source::MiniDiarium, &[&e.date, &id.to_string()])?,
            None => stable_id(Source::MiniDiarium, &[&e.date, &text])?,
        };
        if !seen.insert(id.clone()) {
            continue;
        }
        if images > 0 {
            *out.left_out.entry("images").or_default() += images;
        }
        let tags = e.tags.iter().filter_map(|t| tag(t)).collect();
        out.entries.push(entry(id, Date(day), text, tags, false, at.clone(), at));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiptap_html_reads_as_the_text_it_shows() {
        assert_eq!(
            html_to_text(
                "<p>See <a href=\"https://example.com\">the <strong>site</strong></a></p><p></p><p>Tom &amp; me &lt;3</p>"
            ),
            "See the site\n\nTom & me <3"
        );
        assert_eq!(
            html_to_text("<h2>Plans</h2><ul><li><p>one</p></li><li><p>two</p></li></ul>line<br>break"),
            "Plans\n- one\n- two\nline\nbreak"
        );
        assert_eq!(html_to_text("a < b, no tag"), "a < b, no tag");
        assert_eq!(
            html_to_text("<p><span style=\"color: red\">red</span> <mark>marked</mark></p>"),
            "red marked"
        );
    }

    #[test]
    fn todays_shape_yesterdays_and_the_first_one_all_come_over() {
        let today = r#"{"metadata": {"application": "Mini Diarium", "version": "0.4.0", "exportedAt": "2026-01-02T10:00:00+00:00"},
          "entries": [
            {"id": 42, "date": "2024-01-15", "title": "My Entry", "text": "<p>We talked.</p><p>It helped.</p>",
             "dateUpdated": "2024-01-15T10:30:00.123456789+00:00", "tags": ["travel", ""], "metadata": {"fontFamily": "Merriweather"}},
            {"id": 43, "date": "2024-01-15", "title": "", "text": "<p>A second one that day</p>", "dateUpdated": "2024-01-15T22:00:00+01:00"}
          ]}"#;
        let b = parse(today.as_bytes()).unwrap();
        assert_eq!(b.entries.len(), 2, "two entries on one day stay two");
        assert_eq!(b.entries[0].text, "My Entry\nWe talked.\nIt helped.");
        assert_eq!(b.entries[0].tags, vec!["travel"]);
        assert_eq!(b.entries[1].text, "A second one that day");
        assert_eq!(b.entries[1].updated_at.as_str(), "2024-01-15T22:00:00+01:00");
        assert_ne!(b.entries[0].id, b.entries[1].id);

        let first = r#"{"metadata": {"application": "Mini Diarium", "version": "0.1.0", "dateUpdated": "2024-02-01T09:00:00+00:00"},
          "entries": {"2024-01-31": {"dateUpdated": "2024-01-31T21:00:00+00:00", "title": "Night", "text": "<p>Quiet</p>"}}}"#;
        let b = parse(first.as_bytes()).unwrap();
        assert_eq!(b.entries[0].date.to_string(), "2024-01-31");
        assert_eq!(b.entries[0].text, "Night\nQuiet");
        // Edited there and exported again: the same entry, so it replaces the one before.
        let edited =
            parse(first.replace("<p>Quiet</p>", "<p>Quiet, then <img src='data:x'> talk</p>").as_bytes())
                .unwrap();
        assert_eq!(edited.entries[0].id, b.entries[0].id);
        assert_eq!(edited.left_out.get("images"), Some(&1), "a picture is counted");

        let mini_diary = r#"{"metadata": {"application": "Mini Diary", "version": "3.3.0"},
          "entries": {"2020-05-04": {"dateUpdated": "Mon May 04 2020 21:15:14 GMT+0200 (Central European Summer Time)", "title": "", "text": "Some **bold** words & <things>"}}}"#;
        let b = parse(mini_diary.as_bytes()).unwrap();
        assert_eq!(
            b.entries[0].text, "Some **bold** words & <things>",
            "Mini Diary's Markdown is kept as written"
        );
        assert_eq!(b.entries[0].updated_at.as_str(), "2020-05-04T21:15:14+02:00");
    }

    #[test]
    fn a_wrong_file_is_named_plainly() {
        for (bad, says) in [
            (r#"{"metadata": {}}"#, "entries"),
            (r#"{"entries": [{"date": "15.01.2024", "text": "x"}]}"#, "entry 1: its date"),
            (r#"{"entries": 7}"#, "Mini Diarium"),
        ] {
            let e = parse(bad.as_bytes()).unwrap_err().to_string();
            assert!(e.contains(says) && e.contains("Mini Diarium"), "{bad}: {e}");
        }
    }
}
