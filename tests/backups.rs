//! Automatic daily backups (SPEC §2): one a day, the newest ten kept, each opening with the
//! passphrase of its day.

mod common;

use chrono::NaiveDate;
use common::PASS;
use ebb::crypto::Passphrase;
use ebb::store::{DAILY_BACKUPS_KEPT, Journal, backups_dir};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, d).unwrap()
}

#[test]
fn one_backup_a_day_and_the_newest_ten_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ebb");
    let (j, _) = Journal::create(&path, &Passphrase::new(PASS.into())).unwrap();
    assert!(j.daily_backup(day(1)).unwrap().is_some());
    assert!(j.daily_backup(day(1)).unwrap().is_none(), "at most once a day");
    for d in 2..=12 {
        j.daily_backup(day(d)).unwrap();
    }
    // Another file in the folder is never touched.
    std::fs::write(backups_dir(&path).join("my-notes.txt"), "mine").unwrap();
    j.daily_backup(day(13)).unwrap();
    let mut names: Vec<String> = std::fs::read_dir(backups_dir(&path))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ebb"))
        .collect();
    names.sort();
    assert_eq!(names.len(), DAILY_BACKUPS_KEPT);
    assert_eq!(names[0], "journal-2026-10-04.ebb");
    assert_eq!(names[9], "journal-2026-10-13.ebb");
    assert!(backups_dir(&path).join("my-notes.txt").exists());
}

#[test]
fn each_backup_opens_with_the_passphrase_of_its_day() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ebb");
    let (mut j, _) = Journal::create(&path, &Passphrase::new(PASS.into())).unwrap();
    let old = j.daily_backup(day(1)).unwrap().unwrap();
    j.change_passphrase(&Passphrase::new("second passphrase".into())).unwrap();
    let new = j.daily_backup(day(2)).unwrap().unwrap();
    assert!(Journal::unlock(&old, &Passphrase::new(PASS.into())).is_ok());
    assert!(matches!(
        Journal::unlock(&old, &Passphrase::new("second passphrase".into())),
        Err(ebb::Error::WrongPassphrase)
    ));
    assert!(Journal::unlock(&new, &Passphrase::new("second passphrase".into())).is_ok());
}
