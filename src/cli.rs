//! The `ebb` command line (SPEC §4).
//!
//! Machine output is JSON on stdout; messages for people go to stderr. Every failure is one
//! line on stderr and an exit code from [`Error::exit_code`]; the journal is left as it was.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{Local, NaiveDateTime, TimeZone};
use clap::{Args, Parser, Subcommand, ValueEnum};
use serde_json::{Value, json};
use zeroize::Zeroizing;

use crate::crypto::{Passphrase, RecoveryKey};
use crate::error::{Error, Result};
use crate::exchange::{Export, ImportPlan};
use crate::formats;
use crate::model::{Actor, Date, Entry, Episode, Kind, Record, RecordId, Session, Timestamp};
use crate::query::{DateRange, Search, newest, sort_newest_first, sort_oldest_first};
use crate::store::{Contents, Journal};

const AFTER_HELP: &str = "\
Start with `ebb init`, then write a line a day with `ebb write \"...\"` and log each pull-away or
pursuit with `ebb episode --kind pull_away --actor partner`.

The passphrase is asked for at a prompt that does not echo. Scripts can give it with
--passphrase-file FILE, or with the EBB_PASSPHRASE environment variable (less safe: other
programs of the same user may be able to read a process's environment).

The journal lives in $XDG_DATA_HOME/ebb/journal.ebb (~/.local/share/ebb/journal.ebb) unless
--journal PATH or EBB_JOURNAL says otherwise.

Exit codes: 0 done, 2 bad usage or input, 3 wrong passphrase or recovery key,
4 journal damaged or tampered with, 1 anything else.";

/// Ebb: a private, encrypted journal for the pursue-withdraw cycle.
#[derive(Debug, Parser)]
#[command(name = "ebb", version, after_help = AFTER_HELP)]
struct Cli {
    /// The journal file [default: ~/.local/share/ebb/journal.ebb, or $EBB_JOURNAL]
    #[arg(long, global = true, value_name = "PATH")]
    journal: Option<PathBuf>,

    /// Read the passphrase from the first line of FILE instead of asking
    #[arg(long, global = true, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create a new journal and show its recovery key once
    Init {
        /// Write the recovery key to FILE (created with mode 0600) instead of printing it
        #[arg(long, value_name = "FILE")]
        recovery_key_file: Option<PathBuf>,
    },
    /// Add a daily entry whose text is exactly TEXT
    Write(WriteArgs),
    /// Log a pull-away or pursuit episode
    Episode(EpisodeArgs),
    /// Log a therapy session
    Session {
        /// The day of the session, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "D")]
        date: Option<String>,
        /// What you talked about
        #[arg(long, value_name = "T")]
        notes: Option<String>,
        /// What you agreed to practise
        #[arg(long, value_name = "T")]
        homework: Option<String>,
    },
    /// Show entries, episodes and sessions, newest first
    List {
        #[command(flatten)]
        range: RangeArgs,
        /// Show only the newest N records
        #[arg(long, value_name = "N")]
        last: Option<usize>,
        /// Print JSON instead of lines for people
        #[arg(long)]
        json: bool,
    },
    /// Find records whose text contains QUERY (case does not matter)
    Search {
        /// The words to look for
        query: String,
        /// Print JSON instead of lines for people
        #[arg(long)]
        json: bool,
    },
    /// Write an unencrypted copy of the journal (JSON, Markdown or CSV)
    Export {
        /// The kind of file
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        #[command(flatten)]
        range: RangeArgs,
        /// Write to FILE instead of standard output
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// The patterns behind the timeline (cycles, triggers, reconnection…) as JSON
    Patterns {
        #[command(flatten)]
        range: RangeArgs,
    },
    /// A one-page summary to take to a therapy session [default: the last 28 days]
    Report {
        /// First day, YYYY-MM-DD [default: 27 days before --to]
        #[arg(long, value_name = "D")]
        from: Option<String>,
        /// Last day, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "D", conflicts_with = "since_last_session")]
        to: Option<String>,
        /// From the day of your latest logged session up to today
        #[arg(long, conflicts_with = "from")]
        since_last_session: bool,
        /// The kind of document
        #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
        format: ReportFormat,
        /// Write to FILE instead of standard output
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Add the records of an Ebb JSON export (all or nothing; safe to repeat)
    Import {
        /// An export made by `ebb export`
        file: PathBuf,
    },
    /// Change the passphrase
    Passwd {
        /// Read the new passphrase from FILE (or set EBB_NEW_PASSPHRASE)
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Set a new passphrase using the recovery key
    Recover {
        /// The file holding the recovery key shown by `ebb init`
        #[arg(long, value_name = "FILE")]
        recovery_key_file: PathBuf,
        /// Read the new passphrase from FILE (or set EBB_NEW_PASSPHRASE)
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Write an encrypted copy of the journal to FILE (same passphrase)
    Backup {
        /// Where to write the copy (must not exist yet)
        file: PathBuf,
    },
    /// Check every record for damage or tampering
    Verify,
}

#[derive(Debug, Args)]
struct WriteArgs {
    /// The entry's text, kept exactly as given
    text: String,
    /// The day the entry is for, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "D")]
    date: Option<String>,
    /// Mood, 1 (low) to 5 (good)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=5))]
    mood: Option<u8>,
    /// How close you felt to your partner, 0 to 10
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=10))]
    closeness: Option<u8>,
    /// How safe you felt with your partner, 0 to 10
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=10))]
    safety: Option<u8>,
    /// A tag (repeat for more)
    #[arg(long = "tag", value_name = "T")]
    tags: Vec<String>,
    /// Mark it to bring to therapy
    #[arg(long)]
    for_therapy: bool,
}

#[derive(Debug, Args)]
struct EpisodeArgs {
    /// pull_away or pursuit
    #[arg(long, value_enum, value_name = "K")]
    kind: KindArg,
    /// Who did it: me or partner
    #[arg(long, value_enum, value_name = "A")]
    actor: ActorArg,
    /// When it started: RFC 3339, or local "YYYY-MM-DD HH:MM" [default: now]
    #[arg(long, value_name = "TIME")]
    at: Option<String>,
    /// When you reconnected, if you have
    #[arg(long, value_name = "TIME")]
    reconnected_at: Option<String>,
    /// What set it off, in your words
    #[arg(long, value_name = "T")]
    trigger: Option<String>,
    /// A behaviour code such as shut_down or chased (repeat for more; your own codes are fine)
    #[arg(long = "behavior", value_name = "C")]
    behaviors: Vec<String>,
    /// How strong it was, 0 to 10
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=10))]
    intensity: Option<u8>,
    /// A feeling (repeat for more)
    #[arg(long = "feeling", value_name = "F")]
    feelings: Vec<String>,
    /// The story you told yourself about what it meant
    #[arg(long, value_name = "T")]
    story: Option<String>,
    /// What you needed underneath
    #[arg(long, value_name = "T")]
    need: Option<String>,
    /// A response code such as named_the_pattern (repeat for more)
    #[arg(long = "response", value_name = "C")]
    responses: Vec<String>,
    /// What you would like to try next time
    #[arg(long, value_name = "T")]
    next_time: Option<String>,
    /// Anything else
    #[arg(long, value_name = "T")]
    notes: Option<String>,
    /// A tag (repeat for more)
    #[arg(long = "tag", value_name = "T")]
    tags: Vec<String>,
    /// Mark it to bring to therapy
    #[arg(long)]
    for_therapy: bool,
}

#[derive(Debug, Args)]
struct RangeArgs {
    /// Only records on or after this date, YYYY-MM-DD
    #[arg(long, value_name = "D")]
    from: Option<String>,
    /// Only records on or before this date, YYYY-MM-DD
    #[arg(long, value_name = "D")]
    to: Option<String>,
}

impl RangeArgs {
    fn parse(&self) -> Result<DateRange> {
        let d = |s: &Option<String>| s.as_deref().map(|x| Date::parse(x).map(|d| d.0)).transpose();
        let r = DateRange { from: d(&self.from)?, to: d(&self.to)? };
        if let (Some(f), Some(t)) = (r.from, r.to)
            && f > t
        {
            return Err(Error::invalid(format!("--from ({f}) is after --to ({t})")));
        }
        Ok(r)
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum KindArg {
    #[value(name = "pull_away", alias = "pull-away")]
    PullAway,
    Pursuit,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ActorArg {
    Me,
    Partner,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ReportFormat {
    Markdown,
    Html,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExportFormat {
    Json,
    Markdown,
    Csv,
}

/// Runs the command line and returns the process exit code.
pub fn main() -> i32 {
    // A panic is a bug, but the user still gets one line, not a backtrace.
    std::panic::set_hook(Box::new(|_| {
        eprintln!(
            "ebb: something went wrong inside Ebb (a bug); your journal was not changed by this command"
        );
    }));
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind::{
                DisplayHelp, DisplayHelpOnMissingArgumentOrSubcommand, DisplayVersion,
            };
            return match e.kind() {
                DisplayHelp | DisplayVersion => {
                    let _ = e.print();
                    0
                }
                DisplayHelpOnMissingArgumentOrSubcommand => {
                    let _ = e.print();
                    2
                }
                _ => {
                    let rendered = e.render().to_string();
                    let first = rendered.lines().next().unwrap_or("invalid arguments");
                    let first = first.trim_start_matches("error: ");
                    eprintln!("ebb: {first} (see `ebb --help`)");
                    2
                }
            };
        }
    };
    match std::panic::catch_unwind(|| run(cli)) {
        Ok(Ok(())) => 0,
        Ok(Err(e)) => {
            eprintln!("ebb: {e}");
            e.exit_code()
        }
        Err(_) => 1,
    }
}

fn run(cli: Cli) -> Result<()> {
    let path = journal_path(cli.journal.as_deref())?;
    let ctx = Ctx { path, passphrase_file: cli.passphrase_file };
    match cli.command {
        Command::Init { recovery_key_file } => init(&ctx, recovery_key_file.as_deref()),
        Command::Write(a) => write_entry(&ctx, a),
        Command::Episode(a) => log_episode(&ctx, a),
        Command::Session { date, notes, homework } => log_session(&ctx, date, notes, homework),
        Command::List { range, last, json } => list(&ctx, range.parse()?, last, json),
        Command::Search { query, json } => search(&ctx, &query, json),
        Command::Export { format, range, output } => export(&ctx, format, range.parse()?, output.as_deref()),
        Command::Patterns { range } => patterns(&ctx, range.parse()?),
        Command::Report { from, to, since_last_session, format, output } => {
            report(&ctx, from.as_deref(), to.as_deref(), since_last_session, format, output.as_deref())
        }
        Command::Import { file } => import(&ctx, &file),
        Command::Passwd { new_passphrase_file } => passwd(&ctx, new_passphrase_file.as_deref()),
        Command::Recover { recovery_key_file, new_passphrase_file } => {
            recover(&ctx, &recovery_key_file, new_passphrase_file.as_deref())
        }
        Command::Backup { file } => {
            let j = ctx.unlock()?;
            j.backup_to(&file)?;
            say(&format!(
                "Saved an encrypted copy to {}. It opens with your current passphrase.",
                file.display()
            ));
            print_json(&json!({ "backup": file }))
        }
        Command::Verify => verify(&ctx),
    }
}

/// Where the journal is: `--journal`, then `EBB_JOURNAL`, then the XDG data folder.
pub fn journal_path(flag: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = flag {
        return Ok(p.to_owned());
    }
    if let Some(p) = std::env::var_os("EBB_JOURNAL").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let data = std::env::var_os("XDG_DATA_HOME")
        .filter(|p| !p.is_empty() && Path::new(p).is_absolute())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(".local/share"))
        })
        .ok_or_else(|| {
            Error::invalid("cannot find your home folder; give the journal's place with --journal PATH")
        })?;
    Ok(data.join("ebb").join("journal.ebb"))
}

struct Ctx {
    path: PathBuf,
    passphrase_file: Option<PathBuf>,
}

impl Ctx {
    /// Unlocks with the passphrase and makes the day's automatic backup.
    fn unlock(&self) -> Result<Journal> {
        if !self.path.exists() {
            return Err(Error::NoJournal(self.path.clone()));
        }
        let pass = self.passphrase()?;
        let j = Journal::unlock(&self.path, &pass)?;
        daily_backup(&j);
        Ok(j)
    }

    fn passphrase(&self) -> Result<Passphrase> {
        secret_from(self.passphrase_file.as_deref(), "EBB_PASSPHRASE", "Passphrase: ", false)
    }
}

fn daily_backup(j: &Journal) {
    if let Err(e) = j.daily_backup(Local::now().date_naive()) {
        say(&format!("note: today's automatic backup could not be made: {e}"));
    }
}

/// Reads a secret from a file, else an environment variable, else a no-echo prompt (asked
/// twice when `confirm`, for a new passphrase).
fn secret_from(file: Option<&Path>, env: &str, prompt: &str, confirm: bool) -> Result<Passphrase> {
    if let Some(f) = file {
        let mut raw = Zeroizing::new(
            fs::read(f)
                .map_err(|e| Error::io(format!("could not read the passphrase file {}", f.display()), e))?,
        );
        let mut text =
            Zeroizing::new(String::from_utf8(std::mem::take(&mut *raw)).map_err(|_| {
                Error::invalid(format!("the passphrase file {} is not UTF-8 text", f.display()))
            })?);
        if text.ends_with('\n') {
            text.pop();
            if text.ends_with('\r') {
                text.pop();
            }
        }
        return Ok(Passphrase::new(std::mem::take(&mut *text)));
    }
    if let Some(v) = std::env::var_os(env) {
        let v = v.into_string().map_err(|_| Error::invalid(format!("{env} is not valid UTF-8")))?;
        return Ok(Passphrase::new(v));
    }
    let no_tty = || {
        Error::invalid(format!(
            "Ebb needs a passphrase: run it in a terminal to be asked, or use --passphrase-file FILE or {env}"
        ))
    };
    let first = Zeroizing::new(rpassword::prompt_password(prompt).map_err(|_| no_tty())?);
    if confirm {
        let again =
            Zeroizing::new(rpassword::prompt_password("The same again, to be sure: ").map_err(|_| no_tty())?);
        if *first != *again {
            return Err(Error::invalid("the two passphrases differ; nothing was changed"));
        }
    }
    Ok(Passphrase::new(first.to_string()))
}

fn new_passphrase(file: Option<&Path>) -> Result<Passphrase> {
    let p = secret_from(file, "EBB_NEW_PASSPHRASE", "New passphrase: ", true)?;
    if p.is_empty() {
        return Err(Error::invalid("the new passphrase cannot be empty"));
    }
    Ok(p)
}

/// A message for the person at the terminal.
fn say(msg: &str) {
    let _ = writeln!(std::io::stderr(), "{msg}");
}

/// Writes to stdout; a closed pipe (`ebb list | head`) is not an error.
fn print_out(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Error::io("could not write the output", e))
        }
        _ => Ok(()),
    }
}

fn print_json(v: &Value) -> Result<()> {
    print_out(&format!("{v}\n"))
}

fn record_json(r: &Record) -> Value {
    let mut v = match r {
        Record::Entry(x) => serde_json::to_value(x),
        Record::Episode(x) => serde_json::to_value(x),
        Record::Session(x) => serde_json::to_value(x),
        Record::Settings(x) => serde_json::to_value(x),
    }
    .unwrap_or(Value::Null);
    if let Value::Object(m) = &mut v {
        m.insert("type".into(), Value::from(r.type_name()));
    }
    v
}

fn init(ctx: &Ctx, recovery_file: Option<&Path>) -> Result<()> {
    if ctx.path.exists() {
        return Err(Error::AlreadyExists(ctx.path.clone()));
    }
    let pass = secret_from(ctx.passphrase_file.as_deref(), "EBB_PASSPHRASE", "Choose a passphrase: ", true)?;
    if pass.is_empty() {
        return Err(Error::invalid("the passphrase cannot be empty"));
    }
    // Claim the recovery-key file first, so a bad path fails before a journal exists.
    let key_file = match recovery_file {
        Some(f) => Some((f, crate::store::create_private_file(f)?)),
        None => None,
    };
    let (journal, rk) = match Journal::create(&ctx.path, &pass) {
        Ok(x) => x,
        Err(e) => {
            if let Some((f, _)) = &key_file {
                let _ = fs::remove_file(f);
            }
            return Err(e);
        }
    };
    let shown = rk.display();
    match key_file {
        Some((f, mut file)) => {
            file.write_all(format!("{}\n", shown.as_str()).as_bytes())
                .and_then(|_| file.sync_all())
                .map_err(|e| Error::io(format!("could not write the recovery key to {}", f.display()), e))?;
            say(&format!(
                "Created your journal at {}.\nYour recovery key is in {}. Keep it somewhere safe and private, away from this computer: it is the only way back in if you forget your passphrase.",
                ctx.path.display(),
                f.display()
            ));
        }
        None => {
            say(&format!(
                "Created your journal at {}.\nBelow is your recovery key. It is shown only this once. Write it down and keep it somewhere safe and private: it is the only way back in if you forget your passphrase.",
                ctx.path.display()
            ));
            print_out(&format!("{}\n", shown.as_str()))?;
        }
    }
    journal.lock();
    Ok(())
}

fn date_or_today(d: Option<String>) -> Result<Date> {
    d.as_deref().map(Date::parse).transpose().map(|d| d.unwrap_or_else(Date::today))
}

/// Reads a time: RFC 3339, or a local date and time without an offset.
fn parse_time(s: &str) -> Result<Timestamp> {
    if let Ok(t) = Timestamp::parse(s) {
        return Ok(t);
    }
    let naive = ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
        .ok_or_else(|| {
            Error::invalid(format!(
                "{s:?} is not a time Ebb understands; use e.g. \"2026-11-22 21:15\" or 2026-11-22T21:15:00+01:00"
            ))
        })?;
    let local = Local
        .from_local_datetime(&naive)
        .earliest()
        .ok_or_else(|| Error::invalid(format!("{s:?} does not exist in your time zone (a clock change)")))?;
    Ok(Timestamp::from_datetime(local.fixed_offset()))
}

fn save_new(ctx: &Ctx, record: Record, message: &str) -> Result<()> {
    record.validate()?;
    let mut j = ctx.unlock()?;
    j.add(&record)?;
    say(message);
    print_json(&record_json(&record))
}

fn write_entry(ctx: &Ctx, a: WriteArgs) -> Result<()> {
    let now = Timestamp::now();
    let entry = Entry {
        id: RecordId::new(),
        date: date_or_today(a.date)?,
        text: a.text,
        mood: a.mood,
        closeness: a.closeness,
        safety: a.safety,
        tags: a.tags,
        for_therapy: a.for_therapy,
        created_at: now.clone(),
        updated_at: now,
    };
    let msg = format!("Saved your entry for {}.", entry.date);
    save_new(ctx, Record::Entry(entry), &msg)
}

fn log_episode(ctx: &Ctx, a: EpisodeArgs) -> Result<()> {
    let now = Timestamp::now();
    let occurred_at = a.at.as_deref().map(parse_time).transpose()?.unwrap_or_else(|| now.clone());
    let episode = Episode {
        id: RecordId::new(),
        occurred_at,
        reconnected_at: a.reconnected_at.as_deref().map(parse_time).transpose()?,
        kind: match a.kind {
            KindArg::PullAway => Kind::PullAway,
            KindArg::Pursuit => Kind::Pursuit,
        },
        actor: match a.actor {
            ActorArg::Me => Actor::Me,
            ActorArg::Partner => Actor::Partner,
        },
        trigger: a.trigger.unwrap_or_default(),
        behaviors: a.behaviors,
        intensity: a.intensity,
        feelings: a.feelings,
        story: a.story.unwrap_or_default(),
        need: a.need.unwrap_or_default(),
        responses: a.responses,
        next_time: a.next_time.unwrap_or_default(),
        notes: a.notes.unwrap_or_default(),
        tags: a.tags,
        for_therapy: a.for_therapy,
        created_at: now.clone(),
        updated_at: now,
    };
    save_new(ctx, Record::Episode(episode), "Logged. Noticing it is the first step.")
}

fn log_session(
    ctx: &Ctx,
    date: Option<String>,
    notes: Option<String>,
    homework: Option<String>,
) -> Result<()> {
    let now = Timestamp::now();
    let session = Session {
        id: RecordId::new(),
        date: date_or_today(date)?,
        notes: notes.unwrap_or_default(),
        homework: homework.unwrap_or_default(),
        created_at: now.clone(),
        updated_at: now,
    };
    let msg = format!("Saved your session of {}.", session.date);
    save_new(ctx, Record::Session(session), &msg)
}

/// Reads everything, runs `show` on what is readable, then reports any damage (exit 4).
fn with_contents(ctx: &Ctx, show: impl FnOnce(&Journal, &Contents) -> Result<()>) -> Result<()> {
    let j = ctx.unlock()?;
    let contents = j.read_all()?;
    show(&j, &contents)?;
    match contents.problem() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn first_line(s: &str, max: usize) -> String {
    let line = s.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
    if line.chars().count() > max {
        format!("{}…", line.chars().take(max).collect::<String>())
    } else {
        line.to_owned()
    }
}

fn human_line(r: &Record, settings: &crate::model::Settings) -> String {
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
        Record::Settings(_) => String::new(),
    }
}

fn show_records(
    records: &[&Record],
    settings: &crate::model::Settings,
    json_out: bool,
    empty_msg: &str,
) -> Result<()> {
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

fn list(ctx: &Ctx, range: DateRange, last: Option<usize>, json_out: bool) -> Result<()> {
    with_contents(ctx, |_, c| {
        let in_range = c.records.iter().filter(|r| range.holds(r));
        let picked = match last {
            Some(n) => newest(in_range, n),
            None => {
                let mut v: Vec<&Record> = in_range.collect();
                sort_newest_first(&mut v);
                v
            }
        };
        show_records(
            &picked,
            &c.settings,
            json_out,
            "Nothing here yet. `ebb write \"...\"` adds your first entry.",
        )
    })
}

fn search(ctx: &Ctx, query: &str, json_out: bool) -> Result<()> {
    let q = Search::new(query);
    with_contents(ctx, |_, c| {
        let mut picked: Vec<&Record> = c.records.iter().filter(|r| q.matches(r)).collect();
        sort_newest_first(&mut picked);
        show_records(&picked, &c.settings, json_out, &format!("Nothing matches {query:?}."))
    })
}

/// Writes an output file with mode 0600: exports and reports are plaintext.
fn write_private(path: &Path, text: &str) -> Result<()> {
    crate::app::write_private(path, text.as_bytes())
}

fn export(ctx: &Ctx, format: ExportFormat, range: DateRange, output: Option<&Path>) -> Result<()> {
    with_contents(ctx, |_, c| {
        let mut picked: Vec<&Record> = c.records.iter().filter(|r| range.holds(r)).collect();
        sort_oldest_first(&mut picked);
        let doc = match format {
            ExportFormat::Json => Export::new(picked.iter().copied(), &c.settings).to_json()?,
            ExportFormat::Markdown => formats::markdown(&picked, &c.settings, Timestamp::now().as_str()),
            ExportFormat::Csv => formats::csv(&picked)?,
        };
        match output {
            Some(p) => {
                write_private(p, &doc)?;
                say(&format!(
                    "Exported {} records to {}. This file is not encrypted: keep it somewhere private.",
                    picked.len(),
                    p.display()
                ));
                Ok(())
            }
            None => print_out(&doc),
        }
    })
}

fn patterns(ctx: &Ctx, range: DateRange) -> Result<()> {
    with_contents(ctx, |_, c| {
        let p = crate::patterns::compute(&crate::patterns::episodes_in(&c.records, &range));
        print_json(&serde_json::to_value(&p).unwrap_or(Value::Null))
    })
}

fn report(
    ctx: &Ctx,
    from: Option<&str>,
    to: Option<&str>,
    since_last_session: bool,
    format: ReportFormat,
    output: Option<&Path>,
) -> Result<()> {
    use crate::report;
    let today = Local::now().date_naive();
    let to = to.map(Date::parse).transpose()?.map_or(today, |d| d.0);
    let from = from.map(Date::parse).transpose()?.map(|d| d.0);
    if let Some(f) = from
        && f > to
    {
        return Err(Error::invalid(format!("--from ({f}) is after --to ({to})")));
    }
    with_contents(ctx, |_, c| {
        let (from, to) = if since_last_session {
            report::since_last_session(&c.records, today).unwrap_or_else(|| {
                say("You have not logged a therapy session yet, so this covers the last 28 days. `ebb session` logs one.");
                report::default_range(today)
            })
        } else {
            (from.unwrap_or_else(|| report::default_range(to).0), to)
        };
        let r = report::build(&c.records, from, to);
        let opts = report::RenderOptions {
            settings: c.settings.clone(),
            generated_at: today.format("%-d %B %Y").to_string(),
            text_hidden: false,
        };
        let doc = match format {
            ReportFormat::Json => {
                format!("{}\n", serde_json::to_string_pretty(&r).map_err(|e| Error::invalid(e.to_string()))?)
            }
            ReportFormat::Markdown => report::markdown(&r, &opts)?,
            ReportFormat::Html => report::html(&r, &opts)?,
        };
        match output {
            Some(p) => {
                write_private(p, &doc)?;
                say(&format!(
                    "Wrote your summary of {} episodes ({} to {}) to {}. It is not encrypted: share it only with whom you choose.",
                    r.patterns.totals.total(),
                    r.from,
                    r.to,
                    p.display()
                ));
                Ok(())
            }
            None => print_out(&doc),
        }
    })
}

fn import(ctx: &Ctx, file: &Path) -> Result<()> {
    // Check the whole file before asking for the passphrase: a bad file never gets near the journal.
    let doc = Export::read_file(file)?;
    let mut j = ctx.unlock()?;
    let current = j.read_all()?;
    let plan = ImportPlan::new(&doc, &current.records, &current.settings)?;
    let summary = plan.summary();
    j.put_all(&plan.into_writes())?;
    say(&format!(
        "Imported: {} new, {} updated, {} already here.",
        summary.added, summary.updated, summary.unchanged
    ));
    print_json(&serde_json::to_value(&summary).unwrap_or(Value::Null))
}

fn passwd(ctx: &Ctx, new_file: Option<&Path>) -> Result<()> {
    let mut j = ctx.unlock()?;
    let new = new_passphrase(new_file)?;
    j.change_passphrase(&new)?;
    say("Your passphrase is changed. Backups made before today still open with the old one.");
    Ok(())
}

fn recover(ctx: &Ctx, key_file: &Path, new_file: Option<&Path>) -> Result<()> {
    let text =
        Zeroizing::new(fs::read_to_string(key_file).map_err(|e| {
            Error::io(format!("could not read the recovery key file {}", key_file.display()), e)
        })?);
    let rk = RecoveryKey::parse(&text)?;
    let mut j = Journal::unlock_with_recovery(&ctx.path, &rk)?;
    daily_backup(&j);
    let new = new_passphrase(new_file)?;
    j.change_passphrase(&new)?;
    say("Welcome back. Your journal now opens with the new passphrase; the recovery key still works too.");
    Ok(())
}

fn verify(ctx: &Ctx) -> Result<()> {
    let j = ctx.unlock()?;
    let c = j.verify()?;
    let total = c.records.len() + c.damaged.len();
    print_json(&json!({
        "records": total,
        "damaged": c.damaged.iter().map(|d| d.id.clone()).collect::<Vec<_>>(),
        "summary_ok": c.summary_ok,
        "ok": c.problem().is_none(),
    }))?;
    match c.problem() {
        Some(e) => Err(e),
        None => {
            say(&format!("All {total} records are intact."));
            Ok(())
        }
    }
}
