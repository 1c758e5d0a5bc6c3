//! The tamper suite of docs/reliability.md: random single-bit flips across a journal file,
//! one per copy. Each copy must be
//!
//! - **reported**: it opens, and `verify` names the damaged record or the failed summary,
//!   while every record it does show is exactly the original;
//! - **refused**: opening or verifying fails with a damaged-journal error (never "wrong
//!   passphrase"); or
//! - **harmless**: everything opens and equals the original (a flip in unused space).
//!
//! Never a panic, never a hang, never altered content shown as good.
//!
//! Sizes: `EBB_TAMPER_FLIPS` (10,000 in CI); `scripts/reliability-large.sh` runs 100,000.
//! The copies open with the recovery key, which skips Argon2id (0.3 s a copy) but nothing
//! else; a sample goes through the real `ebb verify` with the passphrase as well. Row swaps,
//! a deleted row, an older version put back and a transplanted row are in `tests/cli.rs`.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{PASS, raw, uuid_of};
use ebb::crypto::{Passphrase, RecoveryKey};
use ebb::error::Error;
use ebb::model::{Record, Settings};
use ebb::sample::{SampleSpec, generate};
use ebb::store::Journal;

/// A journal of every kind of record, written then closed so the file is all there is.
fn original(dir: &Path) -> (PathBuf, String, Vec<Record>, Settings) {
    let path = dir.join("journal.ebb");
    let (mut j, rk) = Journal::create(&path, &Passphrase::new(PASS.into())).unwrap();
    let spec = SampleSpec { entries: 60, episodes: 90, session_every_days: 14, ..SampleSpec::default() };
    j.put_all(&generate(&spec)).unwrap();
    j.save_settings(&Settings { partner_name: "Sam".into(), ..Settings::default() }).unwrap();
    // Rewrite a few so some rows carry later versions.
    let all = j.read_all().unwrap().records;
    j.put_all(&all[..10]).unwrap();
    let c = j.read_all().unwrap();
    j.lock();
    assert!(!Path::new(&format!("{}-wal", path.display())).exists(), "closing checkpoints the WAL");
    let mut records = c.records;
    records.sort_by_key(|r| r.id().map(|i| i.to_string()));
    (path, rk.display().to_string(), records, c.settings)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Reported,
    Refused,
    Harmless,
    /// The failures the suite exists to rule out.
    AlteredShownAsGood,
    WrongKeyInsteadOfDamaged,
    UnclearError,
}

/// A refusal counts only with an error that says the file is damaged (or not a journal, or
/// from a newer Ebb): a bare database error would leave the person guessing.
fn refused(e: Error) -> (Outcome, String) {
    match e.kind() {
        "damaged" | "not_a_journal" | "newer_version" => (Outcome::Refused, e.to_string()),
        _ => (Outcome::UnclearError, e.to_string()),
    }
}

/// Opens one damaged copy the way `ebb verify` does and sorts what happened.
fn classify(path: &Path, rk: &RecoveryKey, want: &[Record], want_settings: &Settings) -> (Outcome, String) {
    let j = match Journal::unlock_with_recovery(path, rk) {
        Ok(j) => j,
        Err(e @ (Error::WrongRecoveryKey | Error::WrongPassphrase)) => {
            return (Outcome::WrongKeyInsteadOfDamaged, e.to_string());
        }
        Err(e) => return refused(e),
    };
    let c = match j.verify() {
        Ok(c) => c,
        Err(e) => return refused(e),
    };
    let mut shown = c.records.clone();
    shown.sort_by_key(|r| r.id().map(|i| i.to_string()));
    // Every record shown as good must be the original, damaged or not elsewhere.
    // The settings are shown too: they must be the original, or — when their row is
    // damaged or missing, which `verify` then reports — the defaults, never something else.
    let settings_ok =
        c.settings == *want_settings || (c.settings == Settings::default() && c.problem().is_some());
    if let Some(r) = shown.iter().find(|r| !want.contains(r)) {
        return (Outcome::AlteredShownAsGood, format!("{r:?}"));
    }
    if !settings_ok {
        return (Outcome::AlteredShownAsGood, format!("settings {:?}", c.settings));
    }
    if let Some(problem) = c.problem() {
        return (Outcome::Reported, problem.to_string());
    }
    if shown == want {
        (Outcome::Harmless, String::new())
    } else {
        (Outcome::AlteredShownAsGood, format!("{} records instead of {}", shown.len(), want.len()))
    }
}

/// A folder on tmpfs when there is one: 10,000 copies are written and read back.
fn scratch() -> tempfile::TempDir {
    if Path::new("/dev/shm").is_dir()
        && let Ok(d) = tempfile::tempdir_in("/dev/shm")
    {
        return d;
    }
    tempfile::tempdir().unwrap()
}

fn flip(bytes: &[u8], bit: usize) -> Vec<u8> {
    let mut out = bytes.to_vec();
    out[bit / 8] ^= 1 << (bit % 8);
    out
}

fn write_copy(dir: &Path, bytes: &[u8]) -> PathBuf {
    let path = dir.join("copy.ebb");
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn random_single_bit_flips_are_reported_refused_or_harmless() {
    let flips: usize = std::env::var("EBB_TAMPER_FLIPS").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let dir = scratch();
    let (path, rk_text, want, want_settings) = original(dir.path());
    let bytes = std::fs::read(&path).unwrap();
    let copies = dir.path().join("copies");
    std::fs::create_dir(&copies).unwrap();
    let seed = std::env::var("EBB_TAMPER_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| fastrand::u64(..));
    let mut rng = fastrand::Rng::with_seed(seed);
    let started = Instant::now();
    let mut counts: BTreeMap<Outcome, usize> = BTreeMap::new();
    let mut messages: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures: Vec<String> = vec![];
    let mut slowest = Duration::ZERO;
    for _ in 0..flips {
        let bit = rng.usize(..bytes.len() * 8);
        let copy = write_copy(&copies, &flip(&bytes, bit));
        // Each copy is opened on a thread of its own, so a hang is caught and a panic counted.
        let (tx, rx) = mpsc::channel();
        let (copy2, rk2, want2, settings2) =
            (copy.clone(), rk_text.clone(), want.clone(), want_settings.clone());
        let t0 = Instant::now();
        let worker = std::thread::spawn(move || {
            let rk = RecoveryKey::parse(&rk2).unwrap();
            let _ = tx.send(classify(&copy2, &rk, &want2, &settings2));
        });
        let (outcome, message) = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(r) => r,
            Err(mpsc::RecvTimeoutError::Timeout) => panic!("bit {bit} (seed {seed}): opening the copy hung"),
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                panic!("bit {bit} (seed {seed}): opening the copy panicked")
            }
        };
        worker.join().unwrap();
        slowest = slowest.max(t0.elapsed());
        if matches!(
            outcome,
            Outcome::AlteredShownAsGood | Outcome::WrongKeyInsteadOfDamaged | Outcome::UnclearError
        ) {
            failures.push(format!("bit {bit}: {outcome:?}: {message}"));
        }
        if !message.is_empty() {
            // Record ids vary; the wording is what a person reads.
            let wording: String = if std::env::var_os("EBB_TAMPER_FULL").is_some() {
                message.clone()
            } else {
                message.split(':').next().unwrap_or_default().to_owned()
            };
            *messages.entry(wording).or_default() += 1;
        }
        *counts.entry(outcome).or_default() += 1;
    }
    println!(
        "tamper: {flips} single-bit flips over a {}-byte journal ({} records), seed {seed}, in {:.0} s \
         (slowest copy {} ms): {counts:?}",
        bytes.len(),
        want.len() + 1,
        started.elapsed().as_secs_f64(),
        slowest.as_millis()
    );
    for (m, n) in &messages {
        println!("tamper:   {n:>6} × {m}");
    }
    assert!(failures.is_empty(), "seed {seed}: {failures:#?}");
    // Records are most of the file, so most flips must land in them and be named.
    assert!(counts.get(&Outcome::Reported).copied().unwrap_or(0) * 4 >= flips, "{counts:?}");
}

/// The same through the real command line, with the passphrase: exit codes and one clear
/// line, never a panic, never "wrong passphrase" for a damaged file.
#[test]
fn flipped_copies_through_ebb_verify() {
    let dir = scratch();
    let (path, _, _, _) = original(dir.path());
    let bytes = std::fs::read(&path).unwrap();
    let mut rng = fastrand::Rng::new();
    let mut codes: BTreeMap<i32, usize> = BTreeMap::new();
    for n in 0..40 {
        let case = dir.path().join(format!("case{n}"));
        std::fs::create_dir(&case).unwrap();
        let bit = rng.usize(..bytes.len() * 8);
        let copy = write_copy(&case, &flip(&bytes, bit));
        let out = Command::new(env!("CARGO_BIN_EXE_ebb"))
            .args(["--journal".as_ref(), copy.as_os_str(), "verify".as_ref()])
            .env("EBB_PASSPHRASE", PASS)
            .output()
            .unwrap();
        let code = out.status.code().unwrap_or(-1);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "bit {bit}: {stderr}");
        assert!(matches!(code, 0 | 4), "bit {bit}: exit {code}: {stderr}");
        if code == 4 {
            assert_eq!(stderr.lines().filter(|l| l.starts_with("ebb: ")).count(), 1, "bit {bit}: {stderr}");
            assert!(!stderr.contains("passphrase does not open"), "bit {bit}: {stderr}");
        }
        *codes.entry(code).or_default() += 1;
    }
    println!("tamper: `ebb verify` on 40 flipped copies: exit codes {codes:?}");
}

#[test]
fn a_cell_of_the_wrong_type_is_a_damaged_record_named_by_id() {
    let dir = scratch();
    let (path, rk, want, _) = original(dir.path());
    let c = raw(&path);
    let id: Vec<u8> = c.query_row("SELECT id FROM records ORDER BY id LIMIT 1", [], |r| r.get(0)).unwrap();
    c.execute("UPDATE records SET version = 'two' WHERE id = ?1", [&id]).unwrap();
    drop(c);
    let j = Journal::unlock_with_recovery(&path, &RecoveryKey::parse(&rk).unwrap()).unwrap();
    let contents = j.verify().unwrap();
    let named: Vec<String> = contents.damaged.iter().map(|d| d.id.clone()).collect();
    assert!(named.contains(&uuid_of(&id)) || named.contains(&"settings".to_owned()), "{named:?}");
    assert_eq!(contents.damaged.len(), 1, "one damaged row");
    assert!(contents.records.len() + 1 >= want.len(), "every other record still opens");
    assert!(contents.records.iter().all(|r| want.contains(r)));
}

#[test]
fn a_damaged_schema_is_refused_as_a_damaged_journal() {
    let dir = scratch();
    let (path, rk, _, _) = original(dir.path());
    let c = raw(&path);
    c.execute_batch(
        "PRAGMA writable_schema=ON;
         UPDATE sqlite_schema SET sql = replace(sql, 'ciphertext', 'ciphertexz') WHERE name = 'records';
         PRAGMA writable_schema=OFF;",
    )
    .unwrap();
    drop(c);
    let e = Journal::unlock_with_recovery(&path, &RecoveryKey::parse(&rk).unwrap()).unwrap_err();
    assert_eq!(e.kind(), "damaged", "{e}");
    assert!(e.to_string().contains("backups folder"), "{e}");
    // Through the command line: exit code 4 and one clear line.
    let out = Command::new(env!("CARGO_BIN_EXE_ebb"))
        .args(["--journal".as_ref(), path.as_os_str(), "verify".as_ref()])
        .env("EBB_PASSPHRASE", PASS)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn sqlite_housekeeping_is_not_damage() {
    let dir = scratch();
    let (path, rk, want, _) = original(dir.path());
    // Someone runs ANALYZE with the sqlite3 shell: SQLite adds its own statistics table.
    raw(&path).execute_batch("ANALYZE;").unwrap();
    let j = Journal::unlock_with_recovery(&path, &RecoveryKey::parse(&rk).unwrap()).unwrap();
    let c = j.verify().unwrap();
    assert!(c.problem().is_none());
    assert_eq!(c.records.len(), want.len());
}
