//! Killing a writer at random moments never loses an acknowledged write and never leaves a
//! journal that fails verification. The writer is this same test binary, started again in
//! a child mode, so it uses the real store code end to end.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::PASS;
use ebb::crypto::Passphrase;
use ebb::model::*;
use ebb::store::Journal;

const CHILD_ENV: &str = "EBB_TEST_CRASH_WRITER";

/// In child mode: unlock once, then commit entries forever, printing each id once durable.
#[test]
fn crash_writer_child() {
    let Some(path) = std::env::var_os(CHILD_ENV) else { return };
    let mut j = Journal::unlock(std::path::Path::new(&path), &Passphrase::new(PASS.into())).unwrap();
    let mut n = 0u64;
    loop {
        n += 1;
        let now = Timestamp::now();
        let rec = Record::Entry(Entry {
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
        });
        j.put(&rec).unwrap();
        // Every tenth write updates an earlier record, so updates are killed too.
        if n.is_multiple_of(10) {
            j.save_settings(&Settings { partner_name: format!("n{n}"), auto_lock_minutes: 5 }).unwrap();
        }
        println!("ACK {}", rec.id().unwrap());
    }
}

fn random_below(n: u64) -> u64 {
    let b: [u8; 8] = ebb::crypto::random().unwrap();
    u64::from_le_bytes(b) % n
}

#[test]
fn sigkill_at_random_moments_loses_no_acknowledged_write() {
    let cycles: usize = std::env::var("EBB_CRASH_CYCLES").ok().and_then(|v| v.parse().ok()).unwrap_or(25);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ebb");
    Journal::create(&path, &Passphrase::new(PASS.into())).unwrap().0.lock();
    let mut acknowledged: Vec<String> = vec![];
    let mut kills_mid_stream = 0;
    for _ in 0..cycles {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "crash_writer_child", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(|l| l.ok())
                .filter_map(|l| l.strip_prefix("ACK ").map(str::to_owned))
                .collect::<Vec<_>>()
        });
        // Past the KDF (about 0.3 s), then a random moment among the writes.
        std::thread::sleep(Duration::from_millis(350 + random_below(150)));
        child.kill().unwrap();
        child.wait().unwrap();
        let acks = reader.join().unwrap();
        if !acks.is_empty() {
            kills_mid_stream += 1;
        }
        acknowledged.extend(acks);
    }
    assert!(
        kills_mid_stream * 2 >= cycles,
        "most kills should land while writing ({kills_mid_stream}/{cycles})"
    );

    let j = Journal::unlock(&path, &Passphrase::new(PASS.into())).unwrap();
    let c = j.verify().unwrap();
    assert!(c.damaged.is_empty(), "damaged rows: {:?}", c.damaged);
    assert!(c.summary_ok, "integrity summary matches after {cycles} kills");
    let present: std::collections::HashSet<String> =
        c.records.iter().filter_map(|r| r.id().map(|i| i.to_string())).collect();
    let lost: Vec<_> = acknowledged.iter().filter(|id| !present.contains(*id)).collect();
    assert!(lost.is_empty(), "{} of {} acknowledged writes lost", lost.len(), acknowledged.len());
    assert!(acknowledged.len() > cycles, "the writer did write ({})", acknowledged.len());
}
