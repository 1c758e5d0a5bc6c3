//! The `ebb` command line (SPEC §4, §8): argument parsing, calls into [`ebb::app::App`] — the
//! same use cases the desktop app runs — and printing.
//!
//! Machine output is JSON on stdout; messages for people go to stderr. Every failure is one
//! line on stderr and an exit code from [`Error::exit_code`]; the journal is left as it was.

mod args;
mod edit;
mod help;
mod secrets;
mod show;

use std::fs;
use std::path::Path;

use chrono::{Local, NaiveDateTime, TimeZone};
use ebb::app::{
    App, Draft, EntryDraft, EpisodeDraft, Filter, Item, KeyChange, Passphrase, ReportFile, ReportRange,
    SessionDraft,
};
use ebb::error::{Error, Result};
use ebb::exchange::Export;
use ebb::files::{create_private_file, journal_path, write_private};
use ebb::model::{CheckinDraft, Date, PracticeDraft, Record, Timestamp};
use ebb::sync::SyncReport;
use ebb::tr;
use serde_json::{Value, json};
use zeroize::Zeroizing;

use args::{Cli, Command, EpisodeArgs, WriteArgs};
use secrets::{new_passphrase, secret_from};
use show::{print_json, print_out, say, show_records};

/// Runs the command line and returns the process exit code.
pub fn main() -> i32 {
    // A panic is a bug, but the user still gets one line, not a backtrace.
    // The system's language until the journal's Settings are read (SPEC §11).
    ebb::i18n::set_current(ebb::i18n::from_env());
    std::panic::set_hook(Box::new(|_| eprintln!("ebb: {}", tr!("cli-panic"))));
    let parsed = help::localize(<Cli as clap::CommandFactory>::command())
        .try_get_matches()
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m));
    let cli = match parsed {
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
                    eprintln!("ebb: {}", tr!("cli-usage-problem", problem = help::complaint(&e)));
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

/// The journal and how to open it.
struct Ctx {
    app: App,
    passphrase_file: Option<std::path::PathBuf>,
}

impl Ctx {
    /// Unlocks with the passphrase and makes the day's automatic backup.
    fn open(&mut self) -> Result<&mut App> {
        let pass = self.journal_passphrase()?;
        self.app.open(pass)?;
        daily_backup(&self.app);
        Ok(&mut self.app)
    }

    /// The journal's passphrase (file, environment or prompt), once the journal is known to
    /// exist: no one is asked for a passphrase to a journal that is not there.
    fn journal_passphrase(&self) -> Result<Passphrase> {
        if !self.app.path().exists() {
            return Err(Error::NoJournal(self.app.path().to_owned()));
        }
        secret_from(
            self.passphrase_file.as_deref(),
            "EBB_PASSPHRASE",
            &tr!("cli-msg-prompt-passphrase"),
            false,
        )
    }

    /// As [`Ctx::open`], keeping the passphrase for a key change that needs it again.
    fn open_keeping(&mut self) -> Result<(&mut App, Passphrase)> {
        let pass = self.journal_passphrase()?;
        self.app.open_with(&pass)?;
        daily_backup(&self.app);
        Ok((&mut self.app, pass))
    }
}

fn daily_backup(app: &App) {
    if let Err(e) = app.daily_backup() {
        say(&tr!("cli-msg-backup-failed", error = e.to_string()));
    }
}

fn run(cli: Cli) -> Result<()> {
    let mut ctx =
        Ctx { app: App::new(journal_path(cli.journal.as_deref())?), passphrase_file: cli.passphrase_file };
    match cli.command {
        Command::Init { recovery_key_file, from_sync: None, .. } => {
            init(&mut ctx, recovery_key_file.as_deref())
        }
        Command::Init { recovery_key_file, from_sync: Some(folder), new_passphrase_file } => {
            join(&mut ctx, &folder, recovery_key_file.as_deref(), new_passphrase_file.as_deref())
        }
        Command::Write(a) => write_entry(&mut ctx, a),
        Command::Episode(a) => log_episode(&mut ctx, a),
        Command::Session(a) => {
            let d: SessionDraft = edit::new_draft(&a)?;
            let date = d.date.to_string();
            App::check_new(&Draft::Session(d.clone()))?;
            let item = ctx.open()?.save_session(d)?;
            saved(&item, &tr!("cli-msg-saved-session", date = date))
        }
        Command::List { range, last, json } => {
            let filter = range_filter(&range)?;
            with_records(&mut ctx, |app| {
                let mut picked = app.select(&filter)?;
                if let Some(n) = last {
                    picked.truncate(n);
                }
                show_records(&picked, &app.settings()?, json, &tr!("cli-msg-list-empty"))
            })
        }
        Command::Search { query, json } => with_records(&mut ctx, |app| {
            let picked = app.search(&query)?;
            show_records(
                &picked,
                &app.settings()?,
                json,
                &tr!("cli-msg-search-empty", query = format!("{query:?}")),
            )
        }),
        Command::Export { format, range, output } => {
            let range = range.parse()?;
            with_records(&mut ctx, |app| {
                let (doc, n) = app.export_text(format, &range)?;
                match output {
                    Some(p) => {
                        write_private(&p, doc.as_bytes())?;
                        say(&tr!("cli-msg-exported", count = n, file = p.display().to_string()));
                        Ok(())
                    }
                    None => print_out(&doc),
                }
            })
        }
        Command::Patterns { range } => {
            let r = range.parse()?;
            let (from, to) = (r.from.map(|d| d.to_string()), r.to.map(|d| d.to_string()));
            with_records(&mut ctx, |app| {
                let p = app.patterns(from.as_deref(), to.as_deref())?;
                print_json(&serde_json::to_value(&p).unwrap_or(Value::Null))
            })
        }
        Command::Report { from, to, since_last_session, format, language, output } => {
            let day = |x: Option<String>| x.as_deref().map(Date::parse).transpose().map(|d| d.map(|d| d.0));
            let range = if since_last_session {
                ReportRange::SinceLastSession
            } else {
                ReportRange::Days { from: day(from)?, to: day(to)? }
            };
            report(&mut ctx, range, format, language.as_deref(), output.as_deref())
        }
        Command::Import { file, from: Some(source) } => {
            // The whole file is read and checked before the passphrase is asked for.
            let brought = ebb::sources::read(source, &file)?;
            let n = brought.entries.len();
            let summary = ctx.open()?.import_entries(brought.entries)?;
            say(&tr!(
                "cli-msg-brought",
                count = n,
                source = source.name(),
                added = summary.added,
                updated = summary.updated,
                unchanged = summary.unchanged
            ));
            if !brought.left_out.is_empty() {
                let said: Vec<String> =
                    brought.left_out.iter().map(|(what, k)| ebb::sources::counted(what, *k)).collect();
                say(&tr!("cli-msg-not-carried", list = said.join(", ")));
            }
            print_json(&json!({ "entries": n }))
        }
        Command::Import { file, from: None } => {
            // Check the whole file before asking for the passphrase: a bad file never gets near
            // the journal.
            let doc = Export::read_file(&file)?;
            let summary = ctx.open()?.import_doc(&doc)?;
            say(&tr!(
                "cli-msg-imported",
                added = summary.added,
                updated = summary.updated,
                unchanged = summary.unchanged
            ));
            print_json(&serde_json::to_value(&summary).unwrap_or(Value::Null))
        }
        Command::Passwd { new_passphrase_file } => {
            let app = ctx.open()?;
            let change = app.set_passphrase(new_passphrase(new_passphrase_file.as_deref())?)?;
            say(&passwd_message(&change));
            Ok(())
        }
        Command::Rekey { recovery_key_file } => {
            let claimed = claim(recovery_key_file.as_deref())?;
            let (app, pass) = ctx.open_keeping()?;
            let mut progress = rekey_progress();
            let change = unclaim_on_error(&claimed, app.rekey(pass, &mut progress))?;
            say(&key_change_message(&change));
            show_recovery_key(&change, claimed)
        }
        Command::RecoveryKey { new, recovery_key_file } => {
            if !new {
                return Err(Error::invalid(tr!("cli-msg-recovery-key-needs-new")));
            }
            let claimed = claim(recovery_key_file.as_deref())?;
            let (app, pass) = ctx.open_keeping()?;
            let change = unclaim_on_error(&claimed, app.new_recovery_key(pass))?;
            say(&key_change_message(&change));
            show_recovery_key(&change, claimed)
        }
        Command::Recover { recovery_key_file, new_passphrase_file } => {
            let text = Zeroizing::new(fs::read_to_string(&recovery_key_file).map_err(|e| {
                Error::io(
                    tr!("cli-msg-read-recovery-key-failed", file = recovery_key_file.display().to_string()),
                    e,
                )
            })?);
            ctx.app.open_with_recovery(&text)?;
            daily_backup(&ctx.app);
            ctx.app.set_passphrase(new_passphrase(new_passphrase_file.as_deref())?)?;
            say(&tr!("cli-msg-recovered"));
            Ok(())
        }
        Command::Backup { file } => {
            ctx.open()?.backup(&file)?;
            say(&tr!("cli-msg-backup-saved", file = file.display().to_string()));
            print_json(&json!({ "backup": file }))
        }
        Command::Verify => verify(&mut ctx),
        Command::Show { id } => print_json(&item_json(&ctx.open()?.get(&id)?)),
        Command::Edit(a) => {
            let app = ctx.open()?;
            let (item, kind) = edit::edit(app, a)?;
            saved(&item, &tr!("cli-msg-edited", kind = kind))
        }
        Command::Delete { id } => {
            let gone = ctx.open()?.delete(&id)?;
            say(&tr!("cli-msg-deleted", kind = gone_name(&gone)));
            print_json(&json!({ "deleted": id }))
        }
        Command::Practice { action } => practice(&mut ctx, action),
        Command::Checkin(a) => {
            let d: CheckinDraft = edit::new_draft(&a)?;
            let (done, date) = (d.done.as_str(), d.date.to_string());
            let item = ctx.open()?.checkin(d)?;
            saved(&item, &tr!("cli-msg-checkin-noted", done = done, date = date))
        }
        Command::Sync { action } => sync(&mut ctx, action),
    }
}

fn sync(ctx: &mut Ctx, action: Option<args::SyncCommand>) -> Result<()> {
    match action {
        None => {
            let report = ctx.open()?.sync()?;
            sync_counts(&report)
        }
        Some(args::SyncCommand::Init { folder }) => {
            let report = ctx.open()?.sync_connect(&folder)?;
            say(&tr!("cli-msg-sync-connected", folder = folder.display().to_string()));
            sync_counts(&report)
        }
        Some(args::SyncCommand::Status) => {
            let status = ctx
                .open()?
                .sync_status()?
                .ok_or_else(|| Error::invalid(tr!("cli-msg-sync-not-connected")))?;
            print_json(&serde_json::to_value(&status).unwrap_or(Value::Null))
        }
    }
}

/// `{"sent", "received", "conflicts"}` (SPEC §9), then the devices whose files were wrong
/// (exit 4).
fn sync_counts(r: &SyncReport) -> Result<()> {
    print_json(&json!({ "sent": r.sent, "received": r.received, "conflicts": r.conflicts }))?;
    if r.conflicts > 0 {
        say(&tr!("cli-msg-sync-conflicts", count = r.conflicts));
    }
    match r.problem() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// `ebb init --from-sync FOLDER`: this computer's journal from the one in the folder.
fn join(ctx: &mut Ctx, folder: &Path, recovery_file: Option<&Path>, new_file: Option<&Path>) -> Result<()> {
    let path = ctx.app.path().to_owned();
    if path.exists() {
        return Err(Error::AlreadyExists(path));
    }
    let report = match recovery_file {
        Some(f) => {
            let text = Zeroizing::new(fs::read_to_string(f).map_err(|e| {
                Error::io(tr!("cli-msg-read-recovery-key-failed", file = f.display().to_string()), e)
            })?);
            let new = new_passphrase(new_file)?;
            ctx.app.join_with_recovery(folder, &text, new)?
        }
        None => {
            let pass = secret_from(
                ctx.passphrase_file.as_deref(),
                "EBB_PASSPHRASE",
                &tr!("cli-msg-prompt-other-passphrase"),
                false,
            )?;
            let new =
                secret_from(new_file, "EBB_NEW_PASSPHRASE", &tr!("cli-msg-prompt-this-computer"), true)?;
            new.check_new()?;
            ctx.app.join(folder, pass, new)?
        }
    };
    say(&tr!("cli-msg-joined", path = path.display().to_string(), folder = folder.display().to_string()));
    let r = sync_counts(&report);
    ctx.app.lock();
    r
}

fn practice(ctx: &mut Ctx, action: args::PracticeCommand) -> Result<()> {
    match action {
        args::PracticeCommand::Add(a) => {
            let d: PracticeDraft = edit::new_draft(&a)?;
            let item = ctx.open()?.save_practice(d)?;
            saved(&item, &tr!("cli-msg-practice-started"))
        }
        args::PracticeCommand::End { id, on } => {
            let on = date_or_today(on)?;
            let item = ctx.open()?.end_practice(&id, &on)?;
            saved(&item, &tr!("cli-msg-practice-ended", date = &on))
        }
        args::PracticeCommand::List { json } => with_records(ctx, |app| {
            let all: Vec<Record> = app.practices()?.into_iter().map(Record::Practice).collect();
            let refs: Vec<&Record> = all.iter().collect();
            let settings = app.settings()?;
            show::show_records(&refs, &settings, json, &tr!("cli-msg-practice-list-empty"))
        }),
    }
}

pub(crate) fn gone_name(item: &Item) -> &'static str {
    match item {
        Item::Entry(_) => "entry",
        Item::Episode(_) => "episode",
        Item::Session(_) => "session",
        Item::Practice(_) => "practice",
        Item::Checkin(_) => "check-in",
    }
}

/// A record as `ebb list --json` prints it: its fields and its `type`.
fn item_json(item: &Item) -> Value {
    serde_json::to_value(item).unwrap_or(Value::Null)
}

fn saved(item: &Item, message: &str) -> Result<()> {
    say(message);
    print_json(&item_json(item))
}

/// Opens the journal, runs `show` on every readable record, then reports any damage (exit 4),
/// so a user can always get their words out.
fn with_records(ctx: &mut Ctx, show: impl FnOnce(&App) -> Result<()>) -> Result<()> {
    let app = ctx.open()?;
    show(app)?;
    match app.problem()? {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn range_filter(range: &args::RangeArgs) -> Result<Filter> {
    let r = range.parse()?;
    Ok(Filter { from: r.from.map(|d| d.to_string()), to: r.to.map(|d| d.to_string()), ..Filter::default() })
}

fn init(ctx: &mut Ctx, recovery_file: Option<&Path>) -> Result<()> {
    let path = ctx.app.path().to_owned();
    if path.exists() {
        return Err(Error::AlreadyExists(path));
    }
    let pass =
        secret_from(ctx.passphrase_file.as_deref(), "EBB_PASSPHRASE", &tr!("cli-msg-prompt-choose"), true)?;
    pass.check_new()?;
    // Claim the recovery-key file first, so a bad path fails before a journal exists.
    let claimed = claim(recovery_file)?;
    let shown = Zeroizing::new(unclaim_on_error(&claimed, ctx.app.create(pass))?);
    ctx.app.lock();
    let lead = tr!("cli-msg-created", path = path.display().to_string());
    write_recovery_key(&shown, claimed, &lead)
}

/// A recovery-key file claimed (created empty, mode 0600) before the key exists, so a bad
/// path fails before anything changes.
type Claimed<'a> = Option<(&'a Path, fs::File)>;

fn claim(file: Option<&Path>) -> Result<Claimed<'_>> {
    file.map(|f| create_private_file(f).map(|h| (f, h))).transpose()
}

/// Removes a claimed file again if the command failed.
fn unclaim_on_error<T>(claimed: &Claimed<'_>, r: Result<T>) -> Result<T> {
    if r.is_err()
        && let Some((f, _)) = claimed
    {
        let _ = fs::remove_file(f);
    }
    r
}

/// Shows a new recovery key as `init` does: into the claimed file, or alone on stdout.
fn write_recovery_key(shown: &str, claimed: Claimed<'_>, lead: &str) -> Result<()> {
    match claimed {
        Some((f, mut file)) => {
            use std::io::Write;
            let line = Zeroizing::new(format!("{shown}\n"));
            file.write_all(line.as_bytes()).and_then(|_| file.sync_all()).map_err(|e| {
                Error::io(tr!("cli-msg-write-recovery-key-failed", file = f.display().to_string()), e)
            })?;
            say(&format!("{lead}\n{}", tr!("cli-msg-recovery-key-in-file", file = f.display().to_string())));
        }
        None => {
            say(&format!("{lead}\n{}", tr!("cli-msg-recovery-key-below")));
            print_out(&Zeroizing::new(format!("{shown}\n")))?;
        }
    }
    Ok(())
}

fn show_recovery_key(change: &KeyChange, claimed: Claimed<'_>) -> Result<()> {
    let shown = Zeroizing::new(change.recovery_key.clone().unwrap_or_default());
    write_recovery_key(&shown, claimed, &tr!("cli-msg-new-recovery-key-ready"))
}

/// Progress of a rekey on a terminal (one line, redrawn); nothing for a script.
fn rekey_progress() -> impl FnMut(usize, usize) {
    use std::io::IsTerminal;
    let tty = std::io::stderr().is_terminal();
    let mut last = 0;
    move |done, total| {
        let pct = (done * 100).checked_div(total).unwrap_or(100);
        if tty && (pct != last || done == total) {
            last = pct;
            eprint!("\r{}", tr!("cli-msg-rekey-progress", done = done, total = total));
            if done == total {
                eprintln!();
            }
        }
    }
}

fn passwd_message(c: &KeyChange) -> String {
    let mut m = vec![tr!("cli-msg-passphrase-changed")];
    if c.older_backups > 0 {
        m.push(tr!("cli-msg-passwd-older-backups", count = c.older_backups));
    }
    m.join(" ")
}

/// What a new data key or recovery key changed, one sentence after another.
fn key_change_message(c: &KeyChange) -> String {
    let mut m =
        vec![if c.data_key_changed { tr!("cli-msg-rekeyed") } else { tr!("cli-msg-old-recovery-key-stops") }];
    if c.data_key_changed && c.older_backups > 0 {
        m.push(tr!("cli-msg-rekey-older-backups", count = c.older_backups));
    }
    if let Some(folder) = &c.left_sync {
        m.push(tr!("cli-msg-rekey-left-sync", folder = folder));
    }
    if c.backups_not_resealed > 0 {
        m.push(tr!("cli-msg-backups-not-resealed", count = c.backups_not_resealed));
    }
    m.join(" ")
}

pub(crate) fn date_or_today(d: Option<String>) -> Result<String> {
    Ok(d.as_deref().map(Date::parse).transpose()?.unwrap_or_else(Date::today).to_string())
}

/// Reads a time: RFC 3339, or a local date and time without an offset.
pub(crate) fn parse_time(s: &str) -> Result<String> {
    if let Ok(t) = Timestamp::parse(s) {
        return Ok(t.as_str().to_owned());
    }
    let naive = ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
        .ok_or_else(|| Error::invalid(tr!("cli-msg-time-not-understood", time = format!("{s:?}"))))?;
    let local = Local
        .from_local_datetime(&naive)
        .earliest()
        .ok_or_else(|| Error::invalid(tr!("cli-msg-time-does-not-exist", time = format!("{s:?}"))))?;
    Ok(Timestamp::from_datetime(local.fixed_offset()).as_str().to_owned())
}

fn write_entry(ctx: &mut Ctx, a: WriteArgs) -> Result<()> {
    let d: EntryDraft = edit::new_draft(&a)?;
    let date = d.date.to_string();
    // Bad input is refused before the passphrase is asked for.
    App::check_new(&Draft::Entry(d.clone()))?;
    let item = ctx.open()?.save_entry(d)?;
    saved(&item, &tr!("cli-msg-saved-entry", date = date))
}

fn log_episode(ctx: &mut Ctx, a: EpisodeArgs) -> Result<()> {
    let d: EpisodeDraft = edit::new_draft(&a)?;
    App::check_new(&Draft::Episode(d.clone()))?;
    let item = ctx.open()?.save_episode(d)?;
    saved(&item, &tr!("cli-msg-logged-episode"))
}

fn report(
    ctx: &mut Ctx,
    range: ReportRange,
    format: ReportFile,
    language: Option<&str>,
    output: Option<&Path>,
) -> Result<()> {
    with_records(ctx, |app| {
        let mut plan = app.report(range)?;
        if let Some(code) = language {
            plan.set_language(code)?;
        }
        if plan.no_session {
            say(&tr!("cli-msg-report-no-session"));
        }
        let doc = plan.render(format)?;
        match output {
            Some(p) => {
                write_private(p, doc.as_bytes())?;
                say(&tr!(
                    "cli-msg-report-written",
                    count = plan.report.patterns.totals.total(),
                    from = plan.report.from.to_string(),
                    to = plan.report.to.to_string(),
                    file = p.display().to_string()
                ));
                Ok(())
            }
            None => print_out(&doc),
        }
    })
}

fn verify(ctx: &mut Ctx) -> Result<()> {
    let c = ctx.open()?.verify()?;
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
            say(&tr!("cli-msg-verified", count = total));
            Ok(())
        }
    }
}
