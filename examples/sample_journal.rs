//! Writes a generated sample journal as an Ebb export (JSON) to stdout, for demos,
//! screenshots and benchmarks. Nothing in it is real.
//!
//!     cargo run --example sample_journal -- --entries 365 --episodes 250 > sample.json
//!     ebb import sample.json

use chrono::NaiveDate;
use clap::Parser;
use ebb::exchange::Export;
use ebb::model::{Record, Settings};
use ebb::sample::{SampleSpec, generate};

/// Generate a sample Ebb journal export.
#[derive(Parser)]
struct Args {
    /// Daily entries (one a day, ending at --end)
    #[arg(long, default_value_t = 120)]
    entries: usize,
    /// Episodes spread over the same days
    #[arg(long, default_value_t = 90)]
    episodes: usize,
    /// A therapy session every N days (0 for none)
    #[arg(long, default_value_t = 14)]
    session_every: usize,
    /// The last day, YYYY-MM-DD
    #[arg(long, default_value = "2026-11-23")]
    end: NaiveDate,
    /// Seed, for a reproducible journal
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Generate a journal of someone who tends to withdraw rather than pursue
    #[arg(long)]
    withdrawer: bool,
    /// Mark exactly N entries and episodes, spread over the journal, to bring to therapy
    /// (instead of about one in twelve)
    #[arg(long)]
    flagged: Option<usize>,
    /// Each session starts a practice, checked in on most days
    #[arg(long)]
    practices: bool,
}

fn main() -> ebb::Result<()> {
    let a = Args::parse();
    let spec = SampleSpec {
        seed: a.seed,
        end: a.end,
        entries: a.entries,
        episodes: a.episodes,
        session_every_days: a.session_every,
        user_pursues: !a.withdrawer,
        practices: a.practices,
    };
    let mut records = generate(&spec);
    if let Some(n) = a.flagged {
        flag_evenly(&mut records, n);
    }
    let settings = Settings { partner_name: "Sam".into(), ..Settings::default() };
    print!("{}", Export::new(records.iter(), &settings).to_json()?);
    Ok(())
}

/// Marks `n` of the entries and episodes, evenly spaced from oldest to newest, and no others.
fn flag_evenly(records: &mut [Record], n: usize) {
    let flaggable: Vec<usize> = records
        .iter()
        .enumerate()
        .filter(|(_, r)| matches!(r, Record::Entry(_) | Record::Episode(_)))
        .map(|(i, _)| i)
        .collect();
    let every = (flaggable.len() as f64 / n.max(1) as f64).max(1.0);
    let chosen: Vec<usize> =
        (0..n.min(flaggable.len())).map(|k| flaggable[(k as f64 * every) as usize]).collect();
    for (i, r) in records.iter_mut().enumerate() {
        let flag = chosen.contains(&i);
        match r {
            Record::Entry(e) => e.for_therapy = flag,
            Record::Episode(e) => e.for_therapy = flag,
            _ => {}
        }
    }
}
