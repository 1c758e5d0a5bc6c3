//! The command line's arguments (SPEC §4, §8), parsed by clap. Values are the core's own
//! types (kind, actor, formats), read through their `FromStr`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use ebb::app::{ExportFormat, ReportFile};
use ebb::error::{Error, Result};
use ebb::model::{Actor, Date, Done, Kind};
use ebb::query::DateRange;
use serde::Serialize;

pub const AFTER_HELP: &str = "\
Start with `ebb init`, then write a line a day with `ebb write \"...\"` and log each pull-away or
pursuit with `ebb episode --kind pull_away --actor partner`. A pause is an episode with the
time you said you would be back (`--return-at \"2026-11-23 20:20\"`); when you have come back,
`ebb edit ID --reconnected-at \"2026-11-23 20:30\" --repair talked_it_through`.

Several computers: `ebb sync init FOLDER` on the first, share FOLDER with Syncthing (or any
folder-syncing tool), then `ebb init --from-sync FOLDER` on the other; `ebb sync` exchanges.

Something to practise between sessions: `ebb practice add \"Name the pattern\" --response
named_the_pattern`, then each day `ebb checkin ID --done yes` (or no, or no_chance).

If someone may know your passphrase, `ebb passwd` chooses a new one and `ebb rekey` changes the
key itself (every record sealed again); `ebb recovery-key --new` replaces a recovery key that
was seen or copied.

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
pub struct Cli {
    /// The journal file [default: ~/.local/share/ebb/journal.ebb, or $EBB_JOURNAL]
    #[arg(long, global = true, value_name = "PATH")]
    pub journal: Option<PathBuf>,

    /// Read the passphrase from the first line of FILE instead of asking
    #[arg(long, global = true, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new journal and show its recovery key once; or, with --from-sync, this
    /// computer's own journal from the one your other computer keeps in a sync folder
    Init {
        /// Write the recovery key to FILE (created with mode 0600) instead of printing it;
        /// with --from-sync, read the journal's recovery key from FILE instead of asking for
        /// its passphrase
        #[arg(long, value_name = "FILE")]
        recovery_key_file: Option<PathBuf>,
        /// The sync folder your other computer set up with `ebb sync init`
        #[arg(long, value_name = "FOLDER")]
        from_sync: Option<PathBuf>,
        /// With --from-sync: read this computer's new passphrase from FILE (or set
        /// EBB_NEW_PASSPHRASE)
        #[arg(long, value_name = "FILE", requires = "from_sync")]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Add a daily entry whose text is exactly TEXT
    Write(WriteArgs),
    /// Log a pull-away or pursuit episode
    Episode(EpisodeArgs),
    /// Log a therapy session
    Session(SessionArgs),
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
        /// The kind of file: json, markdown or csv
        #[arg(long, default_value = "json", value_name = "FORMAT")]
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
        /// The kind of document: markdown, html or json
        #[arg(long, default_value = "markdown", value_name = "FORMAT")]
        format: ReportFile,
        /// Write it in this language (en, es, de) [default: the journal's]
        #[arg(long, value_name = "CODE")]
        language: Option<String>,
        /// Write to FILE instead of standard output
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Add the records of an Ebb JSON export, or with --from the entries of another app's
    /// export (all or nothing; safe to repeat)
    Import {
        /// An export made by `ebb export`, or by the app --from names
        file: PathBuf,
        /// The app the file comes from: dayone (Day One's export .zip or the .json in it), jrnl
        /// (`jrnl --export json`) or minidiarium (Mini Diarium's or Mini Diary's JSON export)
        #[arg(long, value_name = "APP")]
        from: Option<ebb::sources::Source>,
    },
    /// Change the passphrase
    Passwd {
        /// Read the new passphrase from FILE (or set EBB_NEW_PASSPHRASE)
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Change the data key itself: every record sealed again under a new key, and a new
    /// recovery key (the old one stops working); the passphrase stays
    Rekey {
        /// Write the new recovery key to FILE (created with mode 0600) instead of printing it
        #[arg(long, value_name = "FILE")]
        recovery_key_file: Option<PathBuf>,
    },
    /// Replace the recovery key; the old one stops working
    RecoveryKey {
        /// Make a new recovery key (the only action; required so it is never done by accident)
        #[arg(long)]
        new: bool,
        /// Write the new recovery key to FILE (created with mode 0600) instead of printing it
        #[arg(long, value_name = "FILE")]
        recovery_key_file: Option<PathBuf>,
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
    /// Show one record, all of it, as JSON
    Show {
        /// The record's id (as `ebb list --json` shows it)
        id: String,
    },
    /// Change some fields of an entry, episode, session, practice or check-in; the rest stay as they are
    Edit(EditArgs),
    /// Delete one record
    Delete {
        /// The record's id
        id: String,
    },
    /// Something to practise between sessions: add, end, list
    Practice {
        #[command(subcommand)]
        action: PracticeCommand,
    },
    /// Record (or replace) a day's check-in on a practice
    Checkin(CheckinArgs),
    /// Exchange changes with your other computers through the sync folder now; `sync init`
    /// connects this journal to a folder, `sync status` shows the devices
    Sync {
        #[command(subcommand)]
        action: Option<SyncCommand>,
    },
}

#[derive(Debug, Subcommand)]
pub enum SyncCommand {
    /// Connect this journal to FOLDER (created if missing; it must be empty) and send
    /// everything it holds; share FOLDER with your other computer through Syncthing or any
    /// folder-syncing tool
    Init {
        /// The folder to sync through
        folder: PathBuf,
    },
    /// The folder, this computer's device id, and each device with the time of its latest
    /// change
    Status,
}

#[derive(Debug, Subcommand)]
pub enum PracticeCommand {
    /// Start a practice (from today unless --from says otherwise)
    Add(PracticeAddArgs),
    /// End a practice (today unless --on says otherwise)
    End {
        /// The practice's id
        id: String,
        /// The last day of the practice, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "D")]
        on: Option<String>,
    },
    /// Every practice, the running ones first
    List {
        /// Print JSON instead of lines for people
        #[arg(long)]
        json: bool,
    },
}

/// `ebb practice add TEXT …`
#[derive(Debug, Args, Serialize)]
pub struct PracticeAddArgs {
    /// What you will practise, in your words
    pub text: String,
    /// The secure response it is about, a code such as named_the_pattern
    #[arg(long, value_name = "C")]
    pub response: Option<String>,
    /// The first day, YYYY-MM-DD [default: today]
    #[arg(long = "from", value_name = "D")]
    pub started_on: Option<String>,
    /// The session it came from (its id)
    #[arg(long = "session", value_name = "ID")]
    pub session_id: Option<String>,
}

/// `ebb checkin PRACTICE_ID --done …`
#[derive(Debug, Args, Serialize)]
pub struct CheckinArgs {
    /// The practice's id
    pub practice_id: String,
    /// yes, no or no_chance
    #[arg(long, value_name = "ANSWER")]
    pub done: Done,
    /// The day, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// A line about how it went
    #[arg(long, value_name = "T")]
    pub note: Option<String>,
}

/// `ebb session …`
#[derive(Debug, Args, Serialize)]
pub struct SessionArgs {
    /// The day of the session, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// What you talked about
    #[arg(long, value_name = "T")]
    pub notes: Option<String>,
    /// What you agreed to practise
    #[arg(long, value_name = "T")]
    pub homework: Option<String>,
}

// The fields of each record type are declared once, in groups that `write`, `episode`,
// `session` and `edit` flatten in: a field added to a group is an option of every command
// that takes it.

/// How the day felt: an entry's scores.
#[derive(Debug, Args, Serialize)]
pub struct Scores {
    /// Mood, 1 (low) to 5 (good)
    #[arg(long, value_name = "N", value_parser = in_range::<1, 5>)]
    pub mood: Option<u8>,
    /// How close you felt to your partner, 0 to 10
    #[arg(long, value_name = "N", value_parser = in_range::<0, 10>)]
    pub closeness: Option<u8>,
    /// How safe you felt with your partner, 0 to 10
    #[arg(long, value_name = "N", value_parser = in_range::<0, 10>)]
    pub safety: Option<u8>,
}

/// Tags and the therapy flag, which entries and episodes share.
#[derive(Debug, Args, Serialize)]
pub struct Marks {
    /// A tag (repeat for more; on `edit`, replaces the list)
    #[arg(long = "tag", value_name = "T")]
    pub tags: Vec<String>,
    /// Mark it to bring to therapy
    #[arg(long)]
    pub for_therapy: bool,
}

/// Everything about an episode but its kind and who.
#[derive(Debug, Args, Serialize)]
pub struct EpisodeDetails {
    /// When it started: RFC 3339, or local "YYYY-MM-DD HH:MM" [default: now]
    #[arg(long = "at", value_name = "TIME")]
    pub occurred_at: Option<String>,
    /// When you reconnected, if you have
    #[arg(long, value_name = "TIME")]
    pub reconnected_at: Option<String>,
    /// A pause: when the one who paused promised to come back
    #[arg(long, value_name = "TIME")]
    pub return_at: Option<String>,
    /// What set it off, in your words
    #[arg(long, value_name = "T")]
    pub trigger: Option<String>,
    /// A behaviour code such as shut_down or chased (repeat for more; your own codes are fine)
    #[arg(long = "behavior", value_name = "C")]
    pub behaviors: Vec<String>,
    /// How strong it was, 0 to 10
    #[arg(long, value_name = "N", value_parser = in_range::<0, 10>)]
    pub intensity: Option<u8>,
    /// A feeling (repeat for more)
    #[arg(long = "feeling", value_name = "F")]
    pub feelings: Vec<String>,
    /// The story you told yourself about what it meant
    #[arg(long, value_name = "T")]
    pub story: Option<String>,
    /// What you needed underneath
    #[arg(long, value_name = "T")]
    pub need: Option<String>,
    /// A response code such as named_the_pattern (repeat for more)
    #[arg(long = "response", value_name = "C")]
    pub responses: Vec<String>,
    /// What helped you reconnect, a repair code such as talked_it_through (repeat for more)
    #[arg(long = "repair", value_name = "C")]
    pub repairs: Vec<String>,
    /// What you would like to try next time
    #[arg(long, value_name = "T")]
    pub next_time: Option<String>,
}

/// `ebb write TEXT …`
#[derive(Debug, Args, Serialize)]
pub struct WriteArgs {
    /// The entry's text, kept exactly as given
    pub text: String,
    /// The day the entry is for, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    #[command(flatten)]
    #[serde(flatten)]
    pub scores: Scores,
    #[command(flatten)]
    #[serde(flatten)]
    pub marks: Marks,
}

/// `ebb episode --kind K --actor A …`
#[derive(Debug, Args, Serialize)]
pub struct EpisodeArgs {
    /// pull_away or pursuit
    #[arg(long, value_name = "K")]
    pub kind: Kind,
    /// Who did it: me or partner
    #[arg(long, value_name = "A")]
    pub actor: Actor,
    #[command(flatten)]
    #[serde(flatten)]
    pub details: EpisodeDetails,
    /// Anything else
    #[arg(long, value_name = "T")]
    pub notes: Option<String>,
    #[command(flatten)]
    #[serde(flatten)]
    pub marks: Marks,
}

/// `ebb edit ID …`: any option of `write`, `episode`, `session`, `practice add` or `checkin`
/// (`--response C` sets a practice's response). Only the fields given
/// change; a list option given once or more replaces the whole list.
#[derive(Debug, Args, Serialize)]
pub struct EditArgs {
    /// The record's id
    #[serde(skip)]
    pub id: String,
    /// The entry's new text, kept exactly as given
    #[arg(long, value_name = "T")]
    pub text: Option<String>,
    /// The day of the entry or session, YYYY-MM-DD
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// pull_away or pursuit
    #[arg(long, value_name = "K")]
    pub kind: Option<Kind>,
    /// Who did it: me or partner
    #[arg(long, value_name = "A")]
    pub actor: Option<Actor>,
    #[command(flatten)]
    #[serde(flatten)]
    pub scores: Scores,
    #[command(flatten)]
    #[serde(flatten)]
    pub details: EpisodeDetails,
    /// Notes of an episode or a session
    #[arg(long, value_name = "T")]
    pub notes: Option<String>,
    /// A session's homework: what you agreed to practise
    #[arg(long, value_name = "T")]
    pub homework: Option<String>,
    /// A practice's first day, YYYY-MM-DD
    #[arg(long = "from", value_name = "D")]
    pub started_on: Option<String>,
    /// A practice's session (its id)
    #[arg(long = "session", value_name = "ID")]
    pub session_id: Option<String>,
    /// A check-in's answer: yes, no or no_chance
    #[arg(long, value_name = "ANSWER")]
    pub done: Option<Done>,
    /// A check-in's line
    #[arg(long, value_name = "T")]
    pub note: Option<String>,
    #[command(flatten)]
    #[serde(flatten)]
    pub marks: Marks,
    /// Empty one field, e.g. `--clear reconnected_at` (repeat for more)
    #[arg(long = "clear", value_name = "FIELD")]
    #[serde(skip)]
    pub clear: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RangeArgs {
    /// Only records on or after this date, YYYY-MM-DD
    #[arg(long, value_name = "D")]
    pub from: Option<String>,
    /// Only records on or before this date, YYYY-MM-DD
    #[arg(long, value_name = "D")]
    pub to: Option<String>,
}

impl RangeArgs {
    /// The dates as a range, refusing one that ends before it starts.
    pub fn parse(&self) -> Result<DateRange> {
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

/// A score or an intensity from `MIN` to `MAX`, refused in the person's language (clap's own
/// range check words its refusal in English only).
fn in_range<const MIN: u8, const MAX: u8>(s: &str) -> Result<u8> {
    s.trim()
        .parse::<u8>()
        .ok()
        .filter(|n| (MIN..=MAX).contains(n))
        .ok_or_else(|| ebb::Error::invalid(ebb::tr!("cli-error-range", min = MIN, max = MAX)))
}
