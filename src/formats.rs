//! The human-readable export formats: Markdown (to read or print) and CSV (for a
//! spreadsheet). JSON, the lossless format, lives in [`crate::exchange`].
//!
//! Journal text may itself be Markdown, so it is written through untouched; a reader who
//! renders the file sees the user's own formatting.

use std::fmt::Write as _;

use crate::catalog;
use crate::error::{Error, Result};
use crate::i18n;
use crate::model::{Checkin, Entry, Episode, Practice, Record, Session, Settings, Text, Timestamp};
use crate::tr;

/// How to call the partner in sentences: their name if the user gave one.
pub fn partner_label(settings: &Settings) -> String {
    match settings.partner_name.trim() {
        "" => tr!("partner-default"),
        n => n.to_owned(),
    }
}

/// "I pulled away", "Sam pursued", … — what happened, without blame.
pub fn episode_headline(e: &Episode, settings: &Settings) -> String {
    tr!("words-headline", actor = e.actor.as_str(), kind = e.kind.as_str(), partner = partner_label(settings))
}

/// Words for a code: its catalogue label, or the user's own code with spaces.
pub fn code_label(code: &str) -> String {
    catalog::label(code).unwrap_or_else(|| code.replace('_', " "))
}

/// A code with its catalogue words when it has some.
pub fn describe_code(code: &str) -> String {
    match catalog::label(code) {
        Some(l) => format!("{l} ({code})"),
        None => code.replace('_', " "),
    }
}

fn nonempty(s: &str) -> Option<&str> {
    Some(s).filter(|t| !t.trim().is_empty())
}

/// Renders records (already chosen and ordered oldest first) as one Markdown document.
pub fn markdown(records: &[&Record], settings: &Settings, exported_at: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", tr!("formats-title"));
    let _ = writeln!(out, "{}\n", tr!("formats-exported", at = exported_at));
    if records.is_empty() {
        let _ = writeln!(out, "{}", tr!("formats-empty"));
        return out;
    }
    let mut current_date = None;
    for r in records {
        let date = r.date();
        if date != current_date {
            if let Some(d) = date {
                let _ = writeln!(out, "## {}\n", capitalized(&i18n::date(d, "date-full")));
            }
            current_date = date;
        }
        match r {
            Record::Entry(e) => md_entry(&mut out, e),
            Record::Episode(e) => md_episode(&mut out, e, settings),
            Record::Session(s) => md_session(&mut out, s),
            Record::Practice(p) => md_practice(&mut out, p),
            Record::Checkin(c) => md_checkin(&mut out, c),
            Record::Settings(_) => {}
        }
    }
    out
}

/// A heading's first letter in capitals ("lunes, 23 de noviembre" starts a Spanish heading
/// as "Lunes").
fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn md_entry(out: &mut String, e: &Entry) {
    let _ = writeln!(out, "### {}\n", tr!("report-daily-entry"));
    let mut facts = Vec::new();
    if let Some(m) = e.mood {
        facts.push(tr!("formats-mood", value = m));
    }
    if let Some(c) = e.closeness {
        facts.push(tr!("formats-closeness", value = c));
    }
    if let Some(s) = e.safety {
        facts.push(tr!("formats-safety", value = s));
    }
    if !e.tags.is_empty() {
        facts.push(tr!("formats-tags", tags = e.tags.join(", ")));
    }
    if e.for_therapy {
        facts.push(tr!("formats-for-therapy"));
    }
    if !facts.is_empty() {
        let _ = writeln!(out, "{}\n", facts.join(" · "));
    }
    if let Some(t) = nonempty(&e.text) {
        let _ = writeln!(out, "{t}\n");
    }
}

fn md_episode(out: &mut String, e: &Episode, settings: &Settings) {
    let at = e.occurred_at.datetime();
    let _ = writeln!(out, "### {} — {}\n", at.format("%H:%M"), episode_headline(e, settings));
    // Each label is a message id; the line is "- **Label:** value".
    let mut line = |id: &str, value: String| {
        let _ = writeln!(out, "- **{}:** {value}", tr!(id));
    };
    if let Some(t) = nonempty(&e.trigger) {
        line("report-detail-trigger", t.to_owned());
    }
    if !e.behaviors.is_empty() {
        line(
            "report-detail-behaviors",
            e.behaviors.iter().map(|c| describe_code(c)).collect::<Vec<_>>().join("; "),
        );
    }
    if let Some(i) = e.intensity {
        line("report-detail-intensity", tr!("report-of-ten", value = i));
    }
    if !e.feelings.is_empty() {
        line("formats-label-felt", e.feelings.join(", "));
    }
    if let Some(t) = nonempty(&e.story) {
        line("formats-label-story", t.to_owned());
    }
    if let Some(t) = nonempty(&e.need) {
        line("formats-label-need", t.to_owned());
    }
    if !e.responses.is_empty() {
        line(
            "formats-label-did",
            e.responses.iter().map(|c| describe_code(c)).collect::<Vec<_>>().join("; "),
        );
    }
    if let Some(t) = nonempty(&e.next_time) {
        line("formats-label-next-time", t.to_owned());
    }
    if let Some(r) = &e.return_at {
        line("formats-label-pause", r.datetime().format("%Y-%m-%d %H:%M").to_string());
    }
    if let Some(r) = &e.reconnected_at {
        let mins = (r.datetime() - at).num_minutes();
        line(
            "report-detail-reconnected",
            tr!(
                "formats-reconnected",
                at = r.datetime().format("%Y-%m-%d %H:%M").to_string(),
                duration = duration_words(mins)
            ),
        );
    }
    if !e.repairs.is_empty() {
        line(
            "formats-label-repairs",
            e.repairs.iter().map(|c| describe_code(c)).collect::<Vec<_>>().join("; "),
        );
    }
    if let Some(t) = nonempty(&e.notes) {
        line("report-detail-notes", t.to_owned());
    }
    if !e.tags.is_empty() {
        line("formats-label-tags", e.tags.join(", "));
    }
    if e.for_therapy {
        line("formats-for-therapy", tr!("formats-yes"));
    }
    let _ = writeln!(out);
}

fn md_session(out: &mut String, s: &Session) {
    let _ = writeln!(out, "### {}\n", tr!("formats-session"));
    if let Some(t) = nonempty(&s.notes) {
        let _ = writeln!(out, "**{}:** {t}\n", tr!("report-detail-notes"));
    }
    if let Some(t) = nonempty(&s.homework) {
        let _ = writeln!(out, "**{}:** {t}\n", tr!("formats-label-homework"));
    }
}

fn md_practice(out: &mut String, p: &Practice) {
    let _ = writeln!(out, "### {}\n", tr!("formats-practice"));
    if let Some(t) = nonempty(&p.text) {
        let _ = writeln!(out, "{t}\n");
    }
    if let Some(r) = &p.response {
        let _ = writeln!(out, "**{}:** {r}\n", tr!("formats-label-response"));
    }
    let from = p.started_on.to_string();
    let when = match p.ended_on {
        Some(end) => tr!("formats-practice-from-to", from = from, to = end.to_string()),
        None => tr!("formats-practice-since", from = from),
    };
    let _ = writeln!(out, "{when}\n");
}

fn md_checkin(out: &mut String, c: &Checkin) {
    let said = tr!("formats-checkin-done", done = c.done.as_str(), practice = c.practice_id.as_str());
    let _ = writeln!(out, "### {}\n\n{said}\n", tr!("formats-checkin"));
    if let Some(t) = nonempty(&c.note) {
        let _ = writeln!(out, "{t}\n");
    }
}

/// "45 min", "3 h 10 min", "2 days 4 h".
pub fn duration_words(minutes: i64) -> String {
    let m = minutes.max(0);
    let (d, h, min) = (m / 1440, (m % 1440) / 60, m % 60);
    match (d, h, min) {
        (0, 0, min) => tr!("formats-minutes", minutes = min),
        (0, h, 0) => tr!("formats-hours", hours = h),
        (0, h, min) => tr!("formats-hours-minutes", hours = h, minutes = min),
        (d, 0, _) => tr!("formats-days", days = d),
        (d, h, _) => tr!("formats-days-hours", days = d, hours = h),
    }
}

const CSV_HEADER: [&str; 33] = [
    "type",
    "id",
    "date",
    "occurred_at",
    "reconnected_at",
    "return_at",
    "kind",
    "actor",
    "text",
    "mood",
    "closeness",
    "safety",
    "trigger",
    "behaviors",
    "intensity",
    "feelings",
    "story",
    "need",
    "responses",
    "repairs",
    "next_time",
    "notes",
    "homework",
    "tags",
    "for_therapy",
    "response",
    "ended_on",
    "session_id",
    "practice_id",
    "done",
    "note",
    "created_at",
    "updated_at",
];

/// A cell of the user's words that a spreadsheet will show, never run: text starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel, LibreOffice and
/// Google Sheets (OWASP's "CSV injection"), so it gets a leading `'`, which they hide.
fn inert(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell }
}

/// Renders records as one CSV table with a `type` column; lists are joined with "; ".
pub fn csv(records: &[&Record]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let err = |e: csv::Error| Error::invalid(tr!("formats-csv-error", problem = e.to_string()));
    w.write_record(CSV_HEADER).map_err(err)?;
    let num = |n: Option<u8>| n.map(|v| v.to_string()).unwrap_or_default();
    for r in records {
        let mut row: [String; CSV_HEADER.len()] = std::array::from_fn(|_| String::new());
        // Every cell by its column's name, so a column added to the header cannot shift others.
        let mut set = |name: &str, v: String| {
            if let Some(i) = CSV_HEADER.iter().position(|h| *h == name) {
                row[i] = v;
            }
        };
        set("type", r.type_name().into());
        // Text columns by name, from the one list of text fields.
        for (name, t) in r.texts() {
            set(
                name,
                inert(match t {
                    Text::One(s) => s.to_owned(),
                    Text::Many(v) => v.join("; "),
                }),
            );
        }
        let time = |t: &Option<Timestamp>| t.as_ref().map(|t| t.as_str().to_owned()).unwrap_or_default();
        let (id, created, updated) = match r {
            Record::Entry(e) => {
                set("date", e.date.to_string());
                set("mood", num(e.mood));
                set("closeness", num(e.closeness));
                set("safety", num(e.safety));
                set("for_therapy", e.for_therapy.to_string());
                (&e.id, &e.created_at, &e.updated_at)
            }
            Record::Episode(e) => {
                set("date", e.occurred_at.local_date().to_string());
                set("occurred_at", e.occurred_at.as_str().into());
                set("reconnected_at", time(&e.reconnected_at));
                set("return_at", time(&e.return_at));
                set("kind", e.kind.as_str().into());
                set("actor", e.actor.as_str().into());
                set("intensity", num(e.intensity));
                set("for_therapy", e.for_therapy.to_string());
                (&e.id, &e.created_at, &e.updated_at)
            }
            Record::Session(x) => {
                set("date", x.date.to_string());
                (&x.id, &x.created_at, &x.updated_at)
            }
            Record::Practice(p) => {
                set("date", p.started_on.to_string());
                set("ended_on", p.ended_on.map(|d| d.to_string()).unwrap_or_default());
                set("session_id", p.session_id.clone().unwrap_or_default());
                (&p.id, &p.created_at, &p.updated_at)
            }
            Record::Checkin(c) => {
                set("date", c.date.to_string());
                set("practice_id", c.practice_id.clone());
                set("done", c.done.as_str().into());
                (&c.id, &c.created_at, &c.updated_at)
            }
            Record::Settings(_) => continue,
        };
        set("id", id.to_string());
        set("created_at", created.as_str().into());
        set("updated_at", updated.as_str().into());
        w.write_record(&row).map_err(err)?;
    }
    let bytes =
        w.into_inner().map_err(|e| Error::invalid(tr!("formats-csv-error", problem = e.to_string())))?;
    String::from_utf8(bytes).map_err(|_| Error::invalid(tr!("formats-csv-not-utf8")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn episode() -> Episode {
        let t = Timestamp::parse("2026-11-22T21:15:00+01:00").unwrap();
        Episode {
            id: RecordId::new(),
            occurred_at: t.clone(),
            reconnected_at: Some(Timestamp::parse("2026-11-23T08:00:00+01:00").unwrap()),
            return_at: None,
            kind: Kind::PullAway,
            actor: Actor::Partner,
            trigger: "plans changed, \"last minute\"".into(),
            behaviors: vec!["shut_down".into(), "my_own".into()],
            intensity: Some(7),
            feelings: vec!["hurt".into()],
            story: String::new(),
            need: "reassurance".into(),
            responses: vec![],
            repairs: vec![],
            next_time: String::new(),
            notes: "line one\nline two".into(),
            tags: vec![],
            for_therapy: true,
            created_at: t.clone(),
            updated_at: t,
        }
    }

    #[test]
    fn markdown_tells_what_happened_in_words() {
        let rec = Record::Episode(episode());
        let settings = Settings { partner_name: "Sam".into(), ..Settings::default() };
        let md = markdown(&[&rec], &settings, "2026-11-24");
        assert!(md.contains("## Sunday 22 November 2026"), "{md}");
        assert!(md.contains("### 21:15 — Sam pulled away"), "{md}");
        assert!(md.contains("(shut_down)") && md.contains("my own"), "{md}");
        assert!(md.contains("10 h 45 min later"), "{md}");
        assert!(md.contains("not encrypted"));
    }

    #[test]
    fn csv_quotes_commas_quotes_and_newlines() {
        let rec = Record::Episode(episode());
        let out = csv(&[&rec]).unwrap();
        let mut rd = csv::Reader::from_reader(out.as_bytes());
        let head = rd.headers().unwrap().clone();
        let row = rd.records().next().unwrap().unwrap();
        let col = |n: &str| &row[head.iter().position(|h| h == n).unwrap()];
        assert_eq!(col("trigger"), "plans changed, \"last minute\"");
        assert_eq!(col("notes"), "line one\nline two");
        assert_eq!(col("behaviors"), "shut_down; my_own");
        assert_eq!(col("kind"), "pull_away");
        assert_eq!(col("return_at"), "");
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration_words(45), "45 min");
        assert_eq!(duration_words(120), "2 h");
        assert_eq!(duration_words(190), "3 h 10 min");
        assert_eq!(duration_words(1440 + 240), "1 day 4 h");
        assert_eq!(duration_words(2880), "2 days");
    }

    #[test]
    fn csv_has_a_column_for_every_text_field_and_writes_each() {
        let records = crate::model::tests::canaried();
        let rows: Vec<&Record> = records.iter().filter(|r| !matches!(r, Record::Settings(_))).collect();
        let out = csv(&rows).unwrap();
        for r in &rows {
            for (name, t) in r.texts() {
                assert!(CSV_HEADER.contains(&name), "no CSV column for {}.{name}", r.type_name());
                for s in t.strs() {
                    assert!(out.contains(s), "{s} is not in the CSV");
                }
            }
        }
    }
}
