//! What the command line prints: JSON on stdout for programs, lines for people, and
//! messages on stderr.

use std::io::Write;

use ebb::error::{Error, Result};
use ebb::formats;
use ebb::model::{Record, Settings};
use ebb::tr;
use serde_json::Value;

/// A message for the person at the terminal.
pub fn say(msg: &str) {
    let _ = writeln!(std::io::stderr(), "{msg}");
}

/// Writes to stdout; a closed pipe (`ebb list | head`) is not an error.
pub fn print_out(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Error::io(tr!("cli-msg-write-output-failed"), e))
        }
        _ => Ok(()),
    }
}

pub fn print_json(v: &Value) -> Result<()> {
    print_out(&format!("{v}\n"))
}

pub fn record_json(r: &Record) -> Value {
    let mut v = match r {
        Record::Entry(x) => serde_json::to_value(x),
        Record::Episode(x) => serde_json::to_value(x),
        Record::Session(x) => serde_json::to_value(x),
        Record::Practice(x) => serde_json::to_value(x),
        Record::Checkin(x) => serde_json::to_value(x),
        Record::Settings(x) => serde_json::to_value(x),
    }
    .unwrap_or(Value::Null);
    if let Value::Object(m) = &mut v {
        m.insert("type".into(), Value::from(r.type_name()));
    }
    v
}

fn first_line(s: &str, max: usize) -> String {
    let line = s.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
    if line.chars().count() > max {
        format!("{}…", line.chars().take(max).collect::<String>())
    } else {
        line.to_owned()
    }
}

/// The words of the record-type column, each padded to the longest so the columns line up
/// in every language.
struct Types {
    entry: String,
    episode: String,
    session: String,
    practice: String,
    checkin: String,
}

impl Types {
    fn new() -> Self {
        let words = [
            tr!("cli-msg-list-type-entry"),
            tr!("cli-msg-list-type-episode"),
            tr!("cli-msg-list-type-session"),
            tr!("cli-msg-list-type-practice"),
            tr!("cli-msg-list-type-checkin"),
        ];
        let width = words.iter().map(|w| w.chars().count()).max().unwrap_or(0) + 1;
        let [entry, episode, session, practice, checkin] = words.map(|w| format!("{w:<width$}"));
        Types { entry, episode, session, practice, checkin }
    }
}

fn human_line(r: &Record, settings: &Settings, types: &Types) -> String {
    match r {
        Record::Entry(e) => {
            let mut bits = vec![];
            if let Some(m) = e.mood {
                bits.push(tr!("cli-msg-list-mood", mood = m));
            }
            if let Some(c) = e.closeness {
                bits.push(tr!("cli-msg-list-closeness", closeness = c));
            }
            if let Some(s) = e.safety {
                bits.push(tr!("cli-msg-list-safety", safety = s));
            }
            if e.for_therapy {
                bits.push(tr!("cli-msg-list-for-therapy"));
            }
            let text = first_line(&e.text, 60);
            format!("{}        {}{}  {}", e.date, types.entry, bits.join(" · "), text).trim_end().to_owned()
        }
        Record::Episode(e) => {
            let mut bits = vec![formats::episode_headline(e, settings)];
            if let Some(i) = e.intensity {
                bits.push(tr!("cli-msg-list-intensity", intensity = i));
            }
            if e.for_therapy {
                bits.push(tr!("cli-msg-list-for-therapy"));
            }
            let trigger = first_line(&e.trigger, 50);
            format!(
                "{}  {}{}  {}",
                e.occurred_at.datetime().format("%Y-%m-%d %H:%M"),
                types.episode,
                bits.join(" · "),
                trigger
            )
            .trim_end()
            .to_owned()
        }
        Record::Session(s) => {
            format!("{}        {}{}", s.date, types.session, first_line(&s.notes, 60)).trim_end().to_owned()
        }
        Record::Practice(p) => {
            let until = p
                .ended_on
                .map(|d| tr!("cli-msg-list-until", date = d.to_string()))
                .unwrap_or_else(|| tr!("cli-msg-list-running"));
            let response = p.response.as_deref().map(|r| format!(" · {r}")).unwrap_or_default();
            format!(
                "{}        {}{until}{response}  {}",
                p.started_on,
                types.practice,
                first_line(&p.text, 60)
            )
            .trim_end()
            .to_owned()
        }
        Record::Checkin(c) => {
            format!("{}        {}{}  {}", c.date, types.checkin, c.done.as_str(), first_line(&c.note, 60))
                .trim_end()
                .to_owned()
        }
        Record::Settings(_) => String::new(),
    }
}

pub fn show_records(records: &[&Record], settings: &Settings, json_out: bool, empty_msg: &str) -> Result<()> {
    if json_out {
        let v: Vec<Value> = records.iter().map(|r| record_json(r)).collect();
        return print_json(&Value::from(v));
    }
    if records.is_empty() {
        say(empty_msg);
        return Ok(());
    }
    let types = Types::new();
    let mut text = String::new();
    for r in records {
        text.push_str(&human_line(r, settings, &types));
        text.push('\n');
    }
    print_out(&text)
}
