//! The crash loop of the reliability suite (docs/reliability.md): processes killed with
//! SIGKILL at random moments — while writing, while changing the passphrase, while making
//! the daily backup, while exchanging with a sync folder — and restarted, again and again.
//!
//! Goals: no acknowledged write lost, no journal failing `verify` or SQLite's
//! `integrity_check`, and never a journal (or a finished backup) that no longer opens.
//!
//! Sizes: `EBB_CRASH_CYCLES` (writer, 1,000 in CI), `EBB_CRASH_PASSWD_CYCLES`,
//! `EBB_CRASH_BACKUP_CYCLES` and `EBB_CRASH_SYNC_CYCLES` (60, 150 and 150 in CI). `scripts/reliability-large.sh` runs ten times more.
//! Each test prints one `crash-loop:` line with its figures (`-- --nocapture` shows it).
//!
//! The writer and the backup maker are this same test binary started again in a child mode,
//! so they use the real store code; the passphrase change is the real `ebb passwd`.

mod common;

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::PASS;
use ebb::crypto::{Passphrase, RecoveryKey};
use ebb::error::Error;
use ebb::model::*;
use ebb::store::Journal;

const WRITER_ENV: &str = "EBB_TEST_CRASH_WRITER";
const BACKUP_ENV: &str = "EBB_TEST_CRASH_BACKUP";
const RECOVERY_ENV: &str = "EBB_TEST_CRASH_RECOVERY";

fn cycles(var: &str, default: usize) -> usize {
    std::env::var(var).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// The children unlock with the recovery key: the same unlock path minus Argon2id, which
/// has nothing to do with durability and would make each cycle 0.3 s longer.
fn child_unlock(path: &Path) -> Journal {
    let rk = RecoveryKey::parse(&std::env::var(RECOVERY_ENV).unwrap()).unwrap();
    Journal::unlock_with_recovery(path, &rk).unwrap()
}

fn entry(n: u64) -> Record {
    let now = Timestamp::now();
    Record::Entry(Entry {
        id: RecordId::new(),
        date: Date::today(),
        text: format!("entry number {n} {}", "padding ".repeat((n % 40) as usize)),
        mood: Some((n % 5 + 1) as u8),
        closeness: None,
        safety: None,
        tags: vec![],
        for_therapy: false,
        created_at: now.clone(),
        updated_at: now,
    })
}

/// Child mode: unlock once, then commit forever — new entries, updates of the settings row
/// and deletions of its own earlier entries — printing each once it is durable. A deletion
/// is announced before it starts, so a kill in the middle of it makes either outcome right.
#[test]
fn crash_writer_child() {
    let Some(path) = std::env::var_os(WRITER_ENV) else { return };
    let mut j = child_unlock(Path::new(&path));
    let mut mine: Vec<RecordId> = vec![];
    let mut n = 0u64;
    loop {
        n += 1;
        let rec = entry(n);
        j.put(&rec).unwrap();
        let id = rec.id().unwrap().clone();
        println!("ACK {id}");
        mine.push(id);
        if n.is_multiple_of(10) {
            j.save_settings(&Settings { partner_name: format!("n{n}"), ..Settings::default() }).unwrap();
        }
        if n.is_multiple_of(3) {
            let victim = mine.remove(0);
            println!("DELETING {victim}");
            j.delete(&victim).unwrap();
            println!("DELETED {victim}");
        }
    }
}

/// Child mode: unlock once, then make one day's automatic backup after another.
#[test]
fn crash_backup_child() {
    let Some(path) = std::env::var_os(BACKUP_ENV) else { return };
    let j = child_unlock(Path::new(&path));
    let start: u64 = std::env::var("EBB_TEST_CRASH_DAY").unwrap().parse().unwrap();
    for day in start.. {
        let date = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Days::new(day);
        let made = j.daily_backup(date).unwrap().expect("a new day makes a backup");
        println!("ACK {day} {}", made.display());
    }
}

fn spawn_child(mode: &str, env: &[(&str, &std::ffi::OsStr)]) -> Child {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args(["--exact", mode, "--nocapture", "--test-threads=1"]);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap()
}

/// What a killed child left: the lines it printed, how it ended if it ended by itself before
/// the kill, and what it said on stderr.
struct Ended {
    lines: Vec<String>,
    exited: Option<std::process::ExitStatus>,
    stderr: String,
}

impl Ended {
    /// A child that panicked, or stopped with an error before it was killed, is a failure
    /// the loop must count, not a cycle that merely wrote nothing.
    fn failed(&self) -> bool {
        self.stderr.contains("panicked") || self.exited.is_some_and(|s| !s.success())
    }
}

/// Kills `child` after `delay` (unless it ended by itself) and returns what it left.
fn kill_after(mut child: Child, delay: Duration) -> Ended {
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || BufReader::new(stdout).lines().map_while(|l| l.ok()).collect());
    let errors = std::thread::spawn(move || std::io::read_to_string(stderr).unwrap_or_default());
    std::thread::sleep(delay);
    let exited = child.try_wait().unwrap();
    if exited.is_none() {
        child.kill().unwrap();
    }
    child.wait().unwrap();
    Ended { lines: reader.join().unwrap(), exited, stderr: errors.join().unwrap() }
}

fn new_journal(dir: &Path) -> (PathBuf, String) {
    let path = dir.join("journal.ebb");
    let (j, rk) = Journal::create(&path, &Passphrase::new(PASS.into())).unwrap();
    j.lock();
    (path, rk.display().to_string())
}

/// SQLite's own check of the file, read-only.
fn sqlite_integrity_ok(path: &Path) -> bool {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let r: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    r == "ok"
}

/// Opens with the recovery key and checks every row and the integrity summary.
fn journal_checks_ok(path: &Path, rk: &str) -> Result<ebb::store::Contents, String> {
    let j = Journal::unlock_with_recovery(path, &RecoveryKey::parse(rk).unwrap())
        .map_err(|e| format!("does not open: {e}"))?;
    let c = j.verify().map_err(|e| format!("verify failed: {e}"))?;
    if !c.damaged.is_empty() || !c.summary_ok {
        return Err(format!("verify reports damage: {:?}, summary ok {}", c.damaged, c.summary_ok));
    }
    if !sqlite_integrity_ok(path) {
        return Err("SQLite integrity_check fails".into());
    }
    Ok(c)
}

#[test]
fn sigkill_while_writing_loses_no_acknowledged_write() {
    let cycles = cycles("EBB_CRASH_CYCLES", 1000);
    let dir = tempfile::tempdir().unwrap();
    let (path, rk) = new_journal(dir.path());
    let env = [(WRITER_ENV, path.as_os_str()), (RECOVERY_ENV, std::ffi::OsStr::new(&rk))];
    let started = Instant::now();
    let (mut acked, mut deleting, mut deleted) = (HashSet::new(), HashSet::new(), HashSet::new());
    let (mut kills_mid_stream, mut failed_checks, mut checks, mut child_failures) = (0, 0, 0, 0);
    for cycle in 1..=cycles {
        // Anywhere from the start of the process (while it unlocks) to deep into its writes.
        let ended =
            kill_after(spawn_child("crash_writer_child", &env), Duration::from_millis(fastrand::u64(5..150)));
        if ended.failed() {
            child_failures += 1;
            eprintln!("cycle {cycle}: the writer failed by itself: {}", ended.stderr);
        }
        let mut wrote = false;
        for l in ended.lines {
            if let Some(id) = l.strip_prefix("ACK ") {
                acked.insert(id.to_owned());
                wrote = true;
            } else if let Some(id) = l.strip_prefix("DELETING ") {
                deleting.insert(id.to_owned());
            } else if let Some(id) = l.strip_prefix("DELETED ") {
                deleted.insert(id.to_owned());
            }
        }
        kills_mid_stream += usize::from(wrote);
        // Fifty times in a run (and at the end) the whole file is checked; damage would
        // persist. Fifty, not every n-th: the journal grows with the run, and so does a check.
        if cycle % (cycles / 50).max(1) == 0 || cycle == cycles {
            checks += 1;
            if let Err(e) = journal_checks_ok(&path, &rk) {
                failed_checks += 1;
                eprintln!("after cycle {cycle}: {e}");
            }
        }
    }
    let c = journal_checks_ok(&path, &rk).expect("the journal is sound at the end");
    let present: HashSet<String> = c.records.iter().filter_map(|r| r.id().map(|i| i.to_string())).collect();
    let lost = acked.iter().filter(|id| !deleting.contains(*id) && !present.contains(*id)).count();
    let resurrected = deleted.iter().filter(|id| present.contains(*id)).count();
    println!(
        "crash-loop: writer: {cycles} kills ({kills_mid_stream} after at least one acknowledged write) in {:.0} s; {} acknowledged writes, \
         {} acknowledged deletions; lost {lost}, deletions undone {resurrected}; {failed_checks} of {checks} \
         whole-file checks failed; {child_failures} writers failed by themselves",
        started.elapsed().as_secs_f64(),
        acked.len(),
        deleted.len(),
    );
    assert_eq!(lost, 0, "acknowledged writes lost");
    assert_eq!(resurrected, 0, "acknowledged deletions undone");
    assert_eq!(failed_checks, 0, "whole-file checks failed");
    assert_eq!(child_failures, 0, "a writer failed without being killed");
    assert!(
        kills_mid_stream * 2 >= cycles,
        "most kills should land while writing ({kills_mid_stream}/{cycles})"
    );
}

/// Which of the two passphrases opens the journal now, if either.
fn which_opens(path: &Path, candidates: [&str; 2]) -> Option<usize> {
    for (i, p) in candidates.iter().enumerate() {
        match Journal::unlock(path, &Passphrase::new((*p).into())) {
            Ok(_) => return Some(i),
            Err(Error::WrongPassphrase) => {}
            Err(e) => panic!("the journal is damaged after a kill: {e}"),
        }
    }
    None
}

#[test]
fn sigkill_during_passphrase_change_never_locks_out() {
    let cycles = cycles("EBB_CRASH_PASSWD_CYCLES", 60);
    let dir = tempfile::tempdir().unwrap();
    let (path, rk) = new_journal(dir.path());
    {
        let mut j = Journal::unlock(&path, &Passphrase::new(PASS.into())).unwrap();
        for n in 0..50 {
            j.put(&entry(n)).unwrap();
        }
    }
    let phrases = [PASS, "a different passphrase, also long"];
    let mut current = 0;
    let passwd = |current: usize| {
        Command::new(env!("CARGO_BIN_EXE_ebb"))
            .args(["--journal".as_ref(), path.as_os_str(), "passwd".as_ref()])
            .env("EBB_PASSPHRASE", phrases[current])
            .env("EBB_NEW_PASSPHRASE", phrases[1 - current])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    // `ebb passwd` runs Argon2id twice; one whole run tells how long that is on this machine
    // now, and the kills land anywhere from its start to a little past its end.
    let t0 = Instant::now();
    assert!(passwd(current).wait().unwrap().success());
    let whole = t0.elapsed().as_millis() as u64;
    current = 1 - current;
    let started = Instant::now();
    let (mut finished, mut killed_mid_change, mut lockouts) = (0, 0, 0);
    for _ in 0..cycles {
        let ended = kill_after(passwd(current), Duration::from_millis(fastrand::u64(0..whole * 6 / 5)));
        assert!(!ended.failed(), "`ebb passwd` failed by itself: {}", ended.stderr);
        match which_opens(&path, phrases) {
            Some(now) => {
                if now != current {
                    finished += 1;
                } else {
                    killed_mid_change += 1;
                }
                current = now;
            }
            None => {
                lockouts += 1;
                break;
            }
        }
    }
    let sound = journal_checks_ok(&path, &rk);
    println!(
        "crash-loop: passwd: {cycles} kills of `ebb passwd` (a whole run: {whole} ms) in {:.0} s: {finished} after the change, \
         {killed_mid_change} before it took; lockouts {lockouts}; journal sound: {}",
        started.elapsed().as_secs_f64(),
        sound.is_ok()
    );
    assert_eq!(lockouts, 0, "a kill during a passphrase change locked the journal");
    let c = sound.unwrap();
    assert_eq!(c.records.len(), 50, "records untouched by passphrase changes");
    assert!(finished > 0 && killed_mid_change > 0, "kills landed on both sides of the change");
}

#[test]
fn sigkill_during_backup_never_locks_out() {
    let cycles = cycles("EBB_CRASH_BACKUP_CYCLES", 150);
    let dir = tempfile::tempdir().unwrap();
    let (path, rk) = new_journal(dir.path());
    {
        // Big enough that a backup takes a while, so kills land inside it.
        let rk = RecoveryKey::parse(&rk).unwrap();
        let mut j = Journal::unlock_with_recovery(&path, &rk).unwrap();
        j.put_all(&(0..2000).map(entry).collect::<Vec<_>>()).unwrap();
    }
    let backups = ebb::store::backups_dir(&path);
    let started = Instant::now();
    let (mut day, mut acked, mut lockouts, mut backups_checked) = (0u64, 0, 0, 0);
    let mut checked = HashSet::new();
    let run = |day: u64, after: Duration| {
        let day_s = day.to_string();
        let env = [
            (BACKUP_ENV, path.as_os_str()),
            (RECOVERY_ENV, std::ffi::OsStr::new(&rk)),
            ("EBB_TEST_CRASH_DAY", std::ffi::OsStr::new(&day_s)),
        ];
        kill_after(spawn_child("crash_backup_child", &env), after)
    };
    // A backup first authenticates the whole journal, then copies it; how long that takes
    // depends on the machine and the build. One uncut run measures it, so the kills below
    // land anywhere from the unlock to the rename (not all before the copy starts).
    let probe = run(day, Duration::from_secs(3));
    let made = probe.lines.iter().filter(|l| l.starts_with("ACK ")).count().max(1) as u64;
    let window_ms = (3000 / made).clamp(60, 3000) * 4;
    if let Some(last) = probe.lines.iter().rev().find_map(|l| l.strip_prefix("ACK ")) {
        day = last.split(' ').next().unwrap().parse::<u64>().unwrap() + 1;
    }
    for _ in 0..cycles {
        let ended = run(day, Duration::from_millis(fastrand::u64(5..window_ms)));
        assert!(!ended.failed(), "a backup failed without being killed: {}", ended.stderr);
        for l in &ended.lines {
            if let Some(rest) = l.strip_prefix("ACK ") {
                acked += 1;
                day = rest.split(' ').next().unwrap().parse::<u64>().unwrap() + 1;
            }
        }
        // A backup renamed into place just before the kill is finished too: start after it.
        while backups.join(format!("journal-{}.ebb", date_of(day))).exists() {
            day += 1;
        }
        if journal_checks_ok(&path, &rk).is_err() {
            lockouts += 1;
        }
        // Every finished backup opens and is whole (a finished file never changes: once each).
        for f in finished_backups(&backups) {
            if !checked.insert(f.clone()) {
                continue;
            }
            backups_checked += 1;
            if let Err(e) = journal_checks_ok(&f, &rk) {
                eprintln!("{}: {e}", f.display());
                lockouts += 1;
            }
        }
    }
    let partial_left =
        std::fs::read_dir(&backups).unwrap().filter(|e| is_partial(e.as_ref().unwrap())).count();
    println!(
        "crash-loop: backup: {cycles} kills (within {window_ms} ms) in {:.0} s; {acked} backups acknowledged, {backups_checked} \
         backup opens checked; lockouts {lockouts}; half-written files left {partial_left} (named .partial or \
         .partial-journal, never taken for backups)",
        started.elapsed().as_secs_f64(),
    );
    assert_eq!(lockouts, 0, "a journal or a finished backup no longer opens");
    assert!(acked > 0, "backups were made");
    assert!(finished_backups(&backups).len() <= ebb::store::DAILY_BACKUPS_KEPT);
}

fn date_of(day: u64) -> String {
    (chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Days::new(day))
        .format("%Y-%m-%d")
        .to_string()
}

fn is_partial(e: &std::fs::DirEntry) -> bool {
    let n = e.file_name().to_string_lossy().into_owned();
    n.ends_with(".partial") || n.ends_with(".partial-journal")
}

fn finished_backups(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return vec![] };
    entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".ebb"))
        .map(|e| e.path())
        .collect()
}

#[test]
fn half_written_backups_are_cleared_once_stale() {
    let dir = tempfile::tempdir().unwrap();
    let (path, rk) = new_journal(dir.path());
    let backups = ebb::store::backups_dir(&path);
    std::fs::create_dir_all(&backups).unwrap();
    let old = backups.join("journal-2000-01-01.ebb.0011223344556677.partial");
    let old_journal = backups.join("journal-2000-01-01.ebb.0011223344556677.partial-journal");
    let fresh = backups.join("journal-2000-01-02.ebb.8899aabbccddeeff.partial");
    let other = backups.join("journal-old-2000-01-01.ebb.0011223344556677.partial");
    let two_hours_ago = std::time::SystemTime::now() - Duration::from_secs(7200);
    for f in [&old, &old_journal, &fresh, &other] {
        std::fs::write(f, b"half").unwrap();
        if *f != fresh {
            std::fs::File::options().write(true).open(f).unwrap().set_modified(two_hours_ago).unwrap();
        }
    }
    let j = Journal::unlock_with_recovery(&path, &RecoveryKey::parse(&rk).unwrap()).unwrap();
    j.daily_backup(chrono::NaiveDate::from_ymd_opt(2000, 1, 3).unwrap()).unwrap();
    assert!(
        !old.exists() && !old_journal.exists(),
        "a stale half-written copy and its rollback journal are removed"
    );
    assert!(fresh.exists(), "a recent one may belong to another process still writing it");
    assert!(other.exists(), "another journal's are left alone");
}

const SYNC_ENV: &str = "EBB_TEST_CRASH_SYNC";

fn text_of(r: &Record) -> String {
    match r {
        Record::Entry(e) => e.text.replace(' ', "_"),
        _ => String::new(),
    }
}

/// Child mode: unlock the journal of one device of a shared sync folder, then forever write
/// an entry (printing its id once durable) and exchange (printing when done).
#[test]
fn crash_sync_child() {
    let Some(path) = std::env::var_os(SYNC_ENV) else { return };
    let mut j = child_unlock(Path::new(&path));
    let mut last: Option<Record> = None;
    for n in 0u64.. {
        let rec = entry(n);
        j.put(&rec).unwrap();
        println!("ACK {} {}", rec.id().unwrap(), text_of(&rec));
        // An edit of the one before, also before the exchange: a kill between an exchange's
        // file and its commit must not let that file bring back an older version.
        if let Some(Record::Entry(mut e)) = last.take() {
            e.text = format!("edited in round {n}");
            let edited = Record::Entry(e);
            // Announced first: killed mid-write, either text is right.
            println!("WRITING {} {}", edited.id().unwrap(), text_of(&edited));
            j.put(&edited).unwrap();
            println!("ACK {} {}", edited.id().unwrap(), text_of(&edited));
        }
        last = Some(rec);
        let report = ebb::sync::exchange(&mut j).unwrap();
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        println!("SYNCED");
    }
}

#[test]
fn sigkill_during_sync_loses_nothing_and_leaves_the_folder_valid() {
    let cycles = cycles("EBB_CRASH_SYNC_CYCLES", 150);
    let dir = tempfile::tempdir().unwrap();
    let (path, rk) = new_journal(dir.path());
    let folder = dir.path().join("shared");
    // Two devices on one folder, as on a shared drive: A is killed while it writes and
    // exchanges; B, in this process, exchanges between the kills and writes now and then.
    {
        let mut a = Journal::unlock_with_recovery(&path, &RecoveryKey::parse(&rk).unwrap()).unwrap();
        ebb::sync::connect(&mut a, &folder).unwrap();
    }
    let b_path = dir.path().join("b.ebb");
    let (mut b, _) = ebb::sync::join(
        &folder,
        &b_path,
        ebb::sync::Opener::Recovery(&RecoveryKey::parse(&rk).unwrap()),
        &Passphrase::new("the second computer".into()),
    )
    .unwrap();
    let env = [(SYNC_ENV, path.as_os_str()), (RECOVERY_ENV, std::ffi::OsStr::new(&rk))];
    let started = Instant::now();
    // Each record's last acknowledged text: what both devices must end with.
    let mut acked: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    // A text being written when the kill came: durable or not, either is right.
    let mut writing: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut from_b = HashSet::new();
    let (mut kills_mid_exchange, mut child_failures, mut problems) = (0, 0, 0);
    for cycle in 1..=cycles {
        let ended =
            kill_after(spawn_child("crash_sync_child", &env), Duration::from_millis(fastrand::u64(5..200)));
        if ended.failed() {
            child_failures += 1;
            eprintln!("cycle {cycle}: the syncing writer failed by itself: {}", ended.stderr);
        }
        for l in &ended.lines {
            if let Some((id, text)) = l.strip_prefix("ACK ").and_then(|l| l.split_once(' ')) {
                acked.insert(id.to_owned(), text.to_owned());
                writing.remove(id);
            } else if let Some((id, text)) = l.strip_prefix("WRITING ").and_then(|l| l.split_once(' ')) {
                writing.insert(id.to_owned(), text.to_owned());
            }
        }
        // Killed after a write it had not yet finished exchanging.
        kills_mid_exchange += usize::from(ended.lines.last().is_some_and(|l| l.starts_with("ACK ")));
        if cycle % 5 == 0 {
            let rec = entry(1_000_000 + cycle as u64);
            b.put(&rec).unwrap();
            from_b.insert(rec.id().unwrap().to_string());
        }
        match ebb::sync::exchange(&mut b) {
            Ok(r) if r.problems.is_empty() => {}
            other => {
                problems += 1;
                eprintln!("after cycle {cycle}: B's exchange: {other:?}");
            }
        }
    }
    // The last word: A exchanges once more (not killed), then B, then A again.
    let mut a = Journal::unlock_with_recovery(&path, &RecoveryKey::parse(&rk).unwrap()).unwrap();
    for which in ["a", "b", "a"] {
        let j = if which == "a" { &mut a } else { &mut b };
        let r = ebb::sync::exchange(j).unwrap();
        assert!(r.problems.is_empty(), "{:?}", r.problems);
    }
    let texts = |j: &Journal| -> std::collections::HashMap<String, String> {
        let c = j.verify().unwrap();
        assert!(c.damaged.is_empty() && c.summary_ok, "the journal verifies");
        c.records.iter().filter_map(|r| r.id().map(|i| (i.to_string(), text_of(r)))).collect()
    };
    let (on_a, on_b) = (texts(&a), texts(&b));
    // Lost: missing, or holding an older text than the last one acknowledged.
    let lost = |on: &std::collections::HashMap<String, String>| {
        acked
            .iter()
            .filter(|(id, text)| on.get(*id) != Some(*text) && on.get(*id) != writing.get(*id))
            .count()
            + from_b.iter().filter(|id| !on.contains_key(*id)).count()
    };
    let (lost_on_a, lost_on_b) = (lost(&on_a), lost(&on_b));
    let leftovers = std::fs::read_dir(folder.join("devices"))
        .unwrap()
        .flatten()
        .flat_map(|d| std::fs::read_dir(d.path()).unwrap().flatten())
        .filter(|f| f.file_name().to_string_lossy().starts_with('.'))
        .count();
    println!(
        "crash-loop: sync: {cycles} kills ({kills_mid_exchange} between a write and the end of its exchange) in {:.0} s; \
         {} acknowledged writes on A, {} on B; lost on A {lost_on_a}, on B {lost_on_b}; {problems} exchanges of B found \
         a wrong file; {leftovers} partial files left; {child_failures} writers failed by themselves",
        started.elapsed().as_secs_f64(),
        acked.len(),
        from_b.len(),
    );
    assert_eq!((lost_on_a, lost_on_b), (0, 0), "acknowledged writes lost");
    assert_eq!(on_a, on_b, "the two devices converged, texts and all");
    assert_eq!(problems, 0, "a kill left a file another device cannot take");
    assert_eq!(child_failures, 0, "a writer failed without being killed");
    assert!(
        kills_mid_exchange * 4 >= cycles,
        "kills should often land mid-exchange ({kills_mid_exchange}/{cycles})"
    );
}
