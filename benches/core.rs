//! SPEC §7 core benchmarks on a generated journal of 10,000 records (3,650 entries and
//! 6,350 episodes). Run with `make bench`; figures go to docs/benchmarks.md.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;

use criterion::{Criterion, criterion_group, criterion_main};
use ebb::crypto::{KdfParams, Passphrase, RecoveryKey, derive_kek};
use ebb::exchange::Export;
use ebb::model::*;
use ebb::query::{Search, newest};
use ebb::sample::{SampleSpec, generate};
use ebb::store::Journal;

const PASS: &str = "benchmark passphrase";

/// A journal of `entries + episodes` records in `dir`, and its recovery key.
fn journal(dir: &Path, entries: usize, episodes: usize) -> (PathBuf, RecoveryKey) {
    let path = dir.join(format!("j{}.ebb", entries + episodes));
    let (mut j, rk) = Journal::create(&path, &Passphrase::new(PASS.into())).unwrap();
    let spec = SampleSpec { entries, episodes, session_every_days: 0, ..SampleSpec::default() };
    j.put_all(&generate(&spec)).unwrap();
    (path, rk)
}

fn new_entry() -> Record {
    let now = Timestamp::now();
    Record::Entry(Entry {
        id: RecordId::new(),
        date: Date::today(),
        text: "A short line about today, like most entries are.".into(),
        mood: Some(3),
        closeness: Some(6),
        safety: Some(7),
        tags: vec!["work".into()],
        for_therapy: false,
        created_at: now.clone(),
        updated_at: now,
    })
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let (big, rk) = journal(dir.path(), 3650, 6350);
    let (small, rk_small) = journal(dir.path(), 40, 60);

    let mut g = c.benchmark_group("kdf");
    g.sample_size(10);
    g.bench_function("argon2id_floor", |b| {
        let salt = [7u8; 16];
        b.iter(|| derive_kek(&Passphrase::new(PASS.into()), &salt, KdfParams::FLOOR).unwrap())
    });
    g.finish();

    // A data-key change: Argon2id twice (the passphrase checked, then sealed anew) and every
    // record opened and sealed again in one transaction. On a journal of its own, since each
    // run replaces its recovery key.
    let rekey_dir = dir.path().join("rekey");
    std::fs::create_dir(&rekey_dir).unwrap();
    let (to_rekey, _) = journal(&rekey_dir, 3650, 6350);
    let mut g = c.benchmark_group("keys");
    g.sample_size(10);
    g.bench_function("rekey_10k", |b| {
        let pass = Passphrase::new(PASS.into());
        let mut j = Journal::unlock(&to_rekey, &pass).unwrap();
        b.iter(|| black_box(j.rekey(&pass, &mut |_, _| {}).unwrap()))
    });
    g.bench_function("passphrase_change", |b| {
        let pass = Passphrase::new(PASS.into());
        let mut j = Journal::unlock(&to_rekey, &pass).unwrap();
        b.iter(|| j.change_passphrase(&pass).unwrap())
    });
    g.finish();

    c.bench_function("open_and_decrypt_all_10k_kdf_excluded", |b| {
        b.iter(|| {
            let j = Journal::unlock_with_recovery(&big, &rk).unwrap();
            let contents = j.read_all().unwrap();
            assert_eq!(contents.records.len(), 10_000);
            black_box(contents)
        })
    });

    for (name, path, key) in [("add_one_record_100", &small, &rk_small), ("add_one_record_10k", &big, &rk)] {
        let mut j = Journal::unlock_with_recovery(path, key).unwrap();
        // Each added record is deleted again outside the timed part, so the journal keeps its
        // size however many iterations criterion runs.
        c.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let mut total = std::time::Duration::ZERO;
                for _ in 0..iters {
                    let r = new_entry();
                    let t = std::time::Instant::now();
                    j.put(&r).unwrap();
                    total += t.elapsed();
                    j.delete(r.id().unwrap()).unwrap();
                }
                total
            })
        });
    }

    let j = Journal::unlock_with_recovery(&big, &rk).unwrap();
    let contents = j.read_all().unwrap();
    c.bench_function("latest_10_unlocked_10k", |b| b.iter(|| black_box(newest(&contents.records, 10).len())));
    c.bench_function("search_all_unlocked_10k", |b| {
        let q = Search::new("evening");
        b.iter(|| black_box(contents.records.iter().filter(|r| q.matches(r)).count()))
    });
    let episodes: Vec<&Episode> = ebb::patterns::episodes_in(&contents.records, &Default::default());
    assert_eq!(episodes.len(), 6350);
    c.bench_function("patterns_all_6350_episodes", |b| {
        b.iter(|| black_box(ebb::patterns::compute(&episodes)))
    });
    let end = SampleSpec::default().end;
    c.bench_function("report_6_weeks_build_and_html", |b| {
        let opts = ebb::report::RenderOptions::default();
        b.iter(|| {
            let r = ebb::report::build(&contents.records, end - chrono::Duration::days(41), end);
            black_box(ebb::report::html(&r, &opts).unwrap().len())
        })
    });
    c.bench_function("insights_one_year_of_10k", |b| {
        b.iter(|| {
            black_box(ebb::insights::insights(
                &contents.records,
                end - chrono::Duration::days(364),
                end,
                "Sam",
            ))
        })
    });
    c.bench_function("timeline_layout_all_10k", |b| {
        b.iter(|| black_box(ebb::insights::timeline(&contents.records).marks.len()))
    });
    c.bench_function("export_all_json_10k", |b| {
        b.iter(|| {
            let all = j.read_all().unwrap();
            black_box(Export::new(all.records.iter(), &all.settings).to_json().unwrap().len())
        })
    });
    drop(j);

    let bin = env!("CARGO_BIN_EXE_ebb");
    let mut g = c.benchmark_group("ebb_write_process");
    g.sample_size(10);
    for (name, path) in [("100", &small), ("10k", &big)] {
        // The first unlock of the day makes the daily backup; keep it out of the figures.
        let run = || {
            let st = Command::new(bin)
                .args(["--journal", path.to_str().unwrap(), "write", "one more line"])
                .env("EBB_PASSPHRASE", PASS)
                .output()
                .unwrap();
            assert!(st.status.success());
        };
        run();
        g.bench_function(name, |b| b.iter(run));
    }
    g.finish();

    // Sync (SPEC §9): one new record sent on a journal of 10,000 (and of 100), and the other
    // device taking it in; then a new device joining a folder that holds 10,000 records.
    let mut g = c.benchmark_group("sync");
    let mut key_10k = None;
    for (name, entries, episodes) in [("100", 40, 60), ("10k", 3650, 6350)] {
        let here = dir.path().join(format!("sync-{name}"));
        std::fs::create_dir(&here).unwrap();
        let (path, key) = journal(&here, entries, episodes);
        let mut a = Journal::unlock_with_recovery(&path, &key).unwrap();
        ebb::sync::connect(&mut a, &here.join("folder")).unwrap();
        let (mut b, _) = ebb::sync::join(
            &here.join("folder"),
            &here.join("b.ebb"),
            ebb::sync::Opener::Recovery(&key),
            &Passphrase::new(PASS.into()),
        )
        .unwrap();
        let mut received = std::time::Duration::ZERO;
        let mut rounds = 0u32;
        g.bench_function(format!("send_one_new_record_{name}"), |bench| {
            bench.iter_custom(|iters| {
                let mut total = std::time::Duration::ZERO;
                for _ in 0..iters {
                    a.put(&new_entry()).unwrap();
                    let t = std::time::Instant::now();
                    assert_eq!(ebb::sync::exchange(&mut a).unwrap().sent, 1);
                    total += t.elapsed();
                    let t = std::time::Instant::now();
                    assert_eq!(ebb::sync::exchange(&mut b).unwrap().received, 1);
                    received += t.elapsed();
                    rounds += 1;
                }
                total
            })
        });
        println!(
            "sync/receive_one_new_record_{name}: {:.3} ms a round ({rounds} rounds)",
            received.as_secs_f64() * 1000.0 / f64::from(rounds.max(1))
        );
        drop((a, b));
        key_10k = Some(key);
    }
    let key_10k = key_10k.unwrap();
    let folder_10k = dir.path().join("sync-10k").join("folder");
    let mut n = 0;
    g.sample_size(10);
    g.bench_function("join_10k_folder_kdf_included", |bench| {
        bench.iter(|| {
            n += 1;
            let joined = dir.path().join(format!("joined-{n}.ebb"));
            let (j, r) = ebb::sync::join(
                &folder_10k,
                &joined,
                ebb::sync::Opener::Recovery(&key_10k),
                &Passphrase::new(PASS.into()),
            )
            .unwrap();
            assert!(r.received >= 10_000);
            black_box(j)
        })
    });
    g.finish();

    // A jrnl export of 10,000 entries brought in (SPEC §10 via issue 17: ≤ 2 s, KDF
    // excluded): parsed, checked against the journal, written in one transaction.
    let jrnl: String = {
        let entries: Vec<serde_json::Value> = (0..10_000)
            .map(|i| {
                let day = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Days::new(i / 3);
                serde_json::json!({
                    "title": format!("Entry {i}."),
                    "body": "We talked about the week and what each of us needs. It went better than last time.",
                    "date": day.to_string(), "time": format!("{:02}:{:02}", 8 + i % 12, i % 60),
                    "tags": ["@us"], "starred": i % 10 == 0,
                })
            })
            .collect();
        serde_json::json!({ "tags": {"@us": 10_000}, "entries": entries }).to_string()
    };
    let import_dir = dir.path().join("import");
    std::fs::create_dir(&import_dir).unwrap();
    let mut n = 0;
    let mut g = c.benchmark_group("import");
    g.sample_size(10);
    g.bench_function("jrnl_10k_entries_kdf_excluded", |bench| {
        bench.iter_custom(|iters| {
            let mut total = std::time::Duration::ZERO;
            for _ in 0..iters {
                n += 1;
                let path = import_dir.join(format!("j{n}.ebb"));
                let (j, rk) = Journal::create(&path, &Passphrase::new(PASS.into())).unwrap();
                drop(j);
                let mut app = ebb::app::App::new(path);
                app.open_with_recovery(&rk.display()).unwrap();
                let t = std::time::Instant::now();
                let brought = ebb::sources::parse(ebb::sources::Source::Jrnl, jrnl.as_bytes()).unwrap();
                let s = app.import_entries(brought.entries).unwrap();
                total += t.elapsed();
                assert_eq!(s.added, 10_000);
            }
            total
        })
    });
    g.finish();

    // The desktop app asks what rings every two seconds; unlocked, that reads the latest
    // entry date off every record in memory.
    let mut app = ebb::app::App::new(big.clone());
    app.unlock(Passphrase::new(PASS.into())).unwrap();
    c.bench_function("alarm_tick_unlocked_10k", |b| b.iter(|| black_box(app.tick().len())));
}

criterion_group!(core, benches);
criterion_main!(core);
