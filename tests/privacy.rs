//! What a thief with a copy of the folder finds: no journal text, no passphrase, no
//! recovery key, nothing derived from them that opens the data key.

mod common;

use common::*;
use ebb::crypto::{Passphrase, RecoveryKey};
use ebb::model::*;
use ebb::store::Journal;
use ring::digest;

const CANARY: &str = "CANARY-q7Zx91-Überwald-日本";

fn episode_with(text: &str) -> Record {
    let t = Timestamp::parse("2026-11-22T21:15:00+01:00").unwrap();
    Record::Episode(Episode {
        id: RecordId::new(),
        occurred_at: t.clone(),
        reconnected_at: None,
        return_at: Some(Timestamp::parse("2026-11-22T21:35:00+01:00").unwrap()),
        kind: Kind::Pursuit,
        actor: Actor::Me,
        trigger: format!("{text} trigger"),
        behaviors: vec!["chased".into()],
        intensity: Some(5),
        feelings: vec![format!("{text} feeling")],
        story: format!("{text} story"),
        need: format!("{text} need"),
        responses: vec![],
        repairs: vec!["talked_it_through".into()],
        next_time: format!("{text} next"),
        notes: format!("{text} notes"),
        tags: vec![format!("{text} tag")],
        for_therapy: true,
        created_at: t.clone(),
        updated_at: t,
    })
}

fn entry_with(text: &str) -> Record {
    let t = Timestamp::now();
    Record::Entry(Entry {
        id: RecordId::new(),
        date: Date::parse("2026-11-23").unwrap(),
        text: format!("{text} entry"),
        mood: Some(2),
        closeness: Some(3),
        safety: Some(4),
        tags: vec![format!("{text} etag")],
        for_therapy: false,
        created_at: t.clone(),
        updated_at: t,
    })
}

fn scan(dir: &std::path::Path, needle: &str) -> Vec<String> {
    files_below(dir)
        .into_iter()
        .filter(|p| holds_text(&std::fs::read(p).unwrap(), needle))
        .map(|p| p.display().to_string())
        .collect()
}

#[test]
fn no_plaintext_in_the_journal_its_wal_or_backups_while_open_and_after() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ebb");
    let pass = Passphrase::new(PASS.into());
    let (mut j, _rk) = Journal::create(&path, &pass).unwrap();
    let partner = Settings {
        partner_name: format!("{CANARY} partner"),
        auto_lock_minutes: 9,
        reminder_at: Some("21:30".into()),
        language: None,
        app_state: AppState {
            pause_line_me: format!("{CANARY} pause line"),
            pause_line_partner: format!("{CANARY} partner line"),
            not_asked: vec![],
            reminder_offered: true,
            prompts_off: true,
        },
    };
    j.save_settings(&partner).unwrap();
    for _ in 0..20 {
        j.put(&episode_with(CANARY)).unwrap();
        j.put(&entry_with(CANARY)).unwrap();
    }
    j.daily_backup(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()).unwrap();
    j.backup_to(&dir.path().join("manual.ebb")).unwrap();
    assert!(dir.path().join("journal.ebb-wal").exists(), "the WAL is there to be scanned");
    // While open: the journal, its -wal and -shm, the backups.
    for part in ["entry", "trigger", "story", "need", "next", "notes", "tag", "etag", "feeling", "partner"] {
        let needle = format!("{CANARY} {part}");
        assert_eq!(scan(dir.path(), &needle), Vec::<String>::new(), "{needle}");
    }
    assert!(scan(dir.path(), "CANARY").is_empty());
    j.lock();
    assert!(scan(dir.path(), "CANARY").is_empty(), "and after closing");
}

#[test]
fn a_deleted_record_leaves_no_bytes_behind() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ebb");
    let (mut j, _) = Journal::create(&path, &Passphrase::new(PASS.into())).unwrap();
    let rec = entry_with(CANARY);
    j.put(&rec).unwrap();
    let (_, _, _, ct) = rows(&path).into_iter().next().unwrap();
    j.delete(rec.id().unwrap()).unwrap();
    assert!(j.get(rec.id().unwrap()).unwrap().is_none());
    j.lock();
    let all: Vec<u8> = files_below(dir.path()).iter().flat_map(|p| std::fs::read(p).unwrap()).collect();
    assert!(!holds_bytes(&all, &ct[..64]), "the sealed row is wiped, not just unlinked");
}

#[test]
fn no_file_holds_the_passphrase_the_recovery_key_or_a_hash_of_either() {
    let s = Scratch::new();
    let out = s.ebb(&["init"]).ok();
    let shown = out.trim().to_owned();
    s.ebb(&["write", "something"]).ok();
    s.ebb(&["backup", s.path("copy.ebb").to_str().unwrap()]).ok();
    let rk_bytes = data_encoding::BASE32_NOPAD.decode(shown.replace('-', "").as_bytes()).unwrap();

    let mut needles: Vec<(String, Vec<u8>)> = vec![
        ("passphrase".into(), PASS.as_bytes().to_vec()),
        ("recovery key as shown".into(), shown.as_bytes().to_vec()),
        ("recovery key bytes".into(), rk_bytes.clone()),
    ];
    for (name, secret) in needles.clone() {
        for alg in [&digest::SHA1_FOR_LEGACY_USE_ONLY, &digest::SHA256, &digest::SHA384, &digest::SHA512] {
            needles.push((format!("{alg:?} of {name}"), digest::digest(alg, &secret).as_ref().to_vec()));
        }
    }
    // The key-encryption key itself, derived exactly as Ebb does, must not be stored either.
    let c = raw(&s.journal());
    let salt: Vec<u8> = c.query_row("SELECT salt FROM meta", [], |r| r.get(0)).unwrap();
    drop(c);
    needles.push(("key-encryption key".into(), argon2id(PASS, &salt).to_vec()));

    for f in files_below(s.dir.path()) {
        let bytes = std::fs::read(&f).unwrap();
        for (name, n) in &needles {
            assert!(!holds_bytes(&bytes, &n[..n.len().min(16)]), "{} holds the {name}", f.display());
        }
    }
}

#[test]
fn recovery_key_parsing_is_forgiving_of_layout_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.ebb");
    let (j, rk) = Journal::create(&path, &Passphrase::new(PASS.into())).unwrap();
    j.lock();
    let shown = rk.display().to_string();
    let spaced = shown.replace('-', " ").to_lowercase();
    assert!(Journal::unlock_with_recovery(&path, &RecoveryKey::parse(&spaced).unwrap()).is_ok());
}

/// Files below `dir` changed at or after `since`, skipping what cannot be read and what is
/// too big to be anything the command line wrote there (another program's data).
fn changed_since(dir: &std::path::Path, since: std::time::SystemTime) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return vec![] };
    let mut out = vec![];
    for e in entries.flatten() {
        let p = e.path();
        let Ok(meta) = std::fs::symlink_metadata(&p) else { continue };
        if meta.is_dir() {
            out.extend(changed_since(&p, since));
        } else if meta.is_file() && meta.len() < 64 << 20 && meta.modified().is_ok_and(|t| t >= since) {
            out.push(p);
        }
    }
    out
}

#[test]
fn a_whole_command_line_session_leaves_no_plaintext_anywhere() {
    let since = std::time::SystemTime::now() - std::time::Duration::from_secs(1);
    let token = format!("qzx{}", data_encoding::HEXLOWER.encode(&ebb::crypto::random::<6>().unwrap()));
    // Underscores, so the same canary is also a valid custom behaviour or response code.
    let c = |f: &str| format!("{token}_{f}");
    let s = Scratch::new();
    let home = s.dir.path().to_str().unwrap().to_owned();
    let dirs: Vec<(&str, String)> = ["tmp", "cache", "config", "state", "run"]
        .iter()
        .map(|d| {
            std::fs::create_dir_all(s.path(d)).unwrap();
            (*d, s.path(d).to_str().unwrap().to_owned())
        })
        .collect();
    let env = |extra: &[(&'static str, &str)]| -> Vec<(&'static str, String)> {
        let mut v: Vec<(&'static str, String)> = vec![
            ("EBB_PASSPHRASE", PASS.into()),
            ("HOME", home.clone()),
            ("TMPDIR", dirs[0].1.clone()),
            ("XDG_CACHE_HOME", dirs[1].1.clone()),
            ("XDG_CONFIG_HOME", dirs[2].1.clone()),
            ("XDG_STATE_HOME", dirs[3].1.clone()),
            ("XDG_RUNTIME_DIR", dirs[4].1.clone()),
        ];
        v.extend(extra.iter().map(|(k, val)| (*k, (*val).to_owned())));
        v
    };
    let run_with = |args: &[&str], extra: &[(&'static str, &str)]| {
        let e = env(extra);
        let pairs: Vec<(&str, &str)> = e.iter().map(|(k, v)| (*k, v.as_str())).collect();
        s.ebb_env(args, &pairs)
    };
    let run = |args: &[&str]| run_with(args, &[]);
    let shown = run(&["init"]).ok().trim().to_owned();
    run(&["write", &c("entry"), "--tag", &c("etag"), "--mood", "2"]).ok();
    run(&[
        "episode",
        "--kind",
        "pursuit",
        "--actor",
        "me",
        "--trigger",
        &c("trigger"),
        "--behavior",
        &c("behavior"),
        "--feeling",
        &c("feeling"),
        "--story",
        &c("story"),
        "--need",
        &c("need"),
        "--response",
        &c("response"),
        "--next-time",
        &c("next"),
        "--notes",
        &c("notes"),
        "--tag",
        &c("tag"),
        "--for-therapy",
    ])
    .ok();
    run(&["session", "--notes", &c("session"), "--homework", &c("homework")]).ok();
    // An export the user keeps elsewhere, carrying a partner name, imported back.
    let mut doc = run(&["export"]).json();
    doc["settings"]["partner_name"] = c("partner").into();
    let outside = tempfile::tempdir().unwrap();
    let import_file = outside.path().join("mine.json");
    std::fs::write(&import_file, doc.to_string()).unwrap();
    run(&["import", import_file.to_str().unwrap()]).ok();
    for args in [
        vec!["search", &token],
        vec!["list", "--last", "10"],
        vec!["patterns"],
        vec!["report"],
        vec!["verify"],
        vec!["backup", s.path("copy.ebb").to_str().unwrap()],
    ] {
        run(&args).ok();
    }
    // The sync folder: everything sent, then the key file rewritten after the passphrase change.
    run(&["sync", "init", s.path("Sync").to_str().unwrap()]).ok();
    run_with(&["passwd"], &[("EBB_NEW_PASSPHRASE", "another passphrase entirely")]).ok();
    run_with(&["write", &c("after")], &[("EBB_PASSPHRASE", "another passphrase entirely")]).ok();
    run_with(&["sync"], &[("EBB_PASSPHRASE", "another passphrase entirely")]).ok();

    let mut files = files_below(s.dir.path());
    assert!(
        files.iter().filter(|p| p.starts_with(s.path("Sync").join("devices"))).count() >= 3,
        "the sync folder's key and change files are scanned"
    );
    for shared in ["/tmp", "/var/tmp", "/dev/shm"] {
        files.extend(
            changed_since(std::path::Path::new(shared), since)
                .into_iter()
                .filter(|p| !p.starts_with(s.dir.path()) && !p.starts_with(outside.path())),
        );
    }
    assert!(
        files.iter().any(|p| p.ends_with("copy.ebb"))
            && files.iter().any(|p| p.starts_with(s.path("backups")))
    );
    let needles = [token.clone(), PASS.into(), shown.clone(), shown.replace('-', "")];
    let found: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read(p).ok().map(|b| (p, b)))
        .flat_map(|(p, b)| {
            needles.iter().filter(move |n| holds_text(&b, n)).map(move |_| p.display().to_string())
        })
        .collect();
    println!("plaintext scan (command line): {} files, 4 secrets, {} hits", files.len(), found.len());
    assert_eq!(found, Vec::<String>::new());
}
