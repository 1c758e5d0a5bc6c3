//! What the command line prints: JSON on stdout for programs, lines for people, and
//! messages on stderr.

use std::io::Write;

use ebb::error::{Error, Result};
use ebb::formats;
use ebb::model::{Record, Settings};
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
            Err(Error::io("could not write the output", e))
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

fn human_line(r: &Record, settings: &Settings) -> String {
    match r {
        Record::Entry(e) => {
            let mut bits = vec![];
            if let Some(m) = e.mood {
                bits.push(format!("mood {m}/5"));
            }
            if let Some(c) = e.closeness {
                bits.push(format!("closeness {c}/10"));
            }
            if let Some(s) = e.safety {
                bits.push(format!("safety {s}/10"));
            }
            if e.for_therapy {
                bits.push("for therapy".into());
            }
            let text = first_line(&e.text, 60);
            format!("{}        entry    {}  {}", e.date, bits.join(" · "), text).trim_end().to_owned()
        }
        Record::Episode(e) => {
            let mut bits = vec![formats::episode_headline(e, settings)];
            if let Some(i) = e.intensity {
                bits.push(format!("intensity {i}/10"));
            }
            if e.for_therapy {
                bits.push("for therapy".into());
            }
            let trigger = first_line(&e.trigger, 50);
            format!(
                "{}  episode  {}  {}",
                e.occurred_at.datetime().format("%Y-%m-%d %H:%M"),
                bits.join(" · "),
                trigger
            )
            .trim_end()
            .to_owned()
        }
        Record::Session(s) => {
            format!("{}        session  {}", s.date, first_line(&s.notes, 60)).trim_end().to_owned()
        }
        Record::Practice(p) => {
            let until = p.ended_on.map(|d| format!("until {d}")).unwrap_or_else(|| "running".into());
            let response = p.response.as_deref().map(|r| format!(" · {r}")).unwrap_or_default();
            format!("{}        practice {until}{response}  {}", p.started_on, first_line(&p.text, 60))
                .trim_end()
                .to_owned()
        }
        Record::Checkin(c) => {
            format!("{}        checkin  {}  {}", c.date, c.done.as_str(), first_line(&c.note, 60))
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
    let mut text = String::new();
    for r in records {
        text.push_str(&human_line(r, settings));
        text.push('\n');
    }
    print_out(&text)
}
