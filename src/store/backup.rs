//! Encrypted copies of the journal: `ebb backup`, and the automatic daily backups kept in
//! `backups/` beside it.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::Journal;
use super::schema::{create_private_file, private_dir};
use crate::crypto;
use crate::error::{Error, Result};
use crate::tr;

/// How many automatic daily backups are kept.
pub const DAILY_BACKUPS_KEPT: usize = 10;

impl Journal {
    /// Writes a consistent encrypted copy of the journal to `dest` (which must not exist),
    /// with SQLite's online backup. It opens with the same passphrase.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        if let Some(dir) = dest.parent() {
            private_dir(dir)?;
        }
        drop(create_private_file(dest)?);
        let result = (|| -> Result<()> {
            let mut dst = Connection::open(dest)?;
            {
                use rusqlite::backup::{Backup, StepResult};
                let backup = Backup::new(&self.conn, &mut dst)?;
                // One step of -1 pages copies everything under one read lock: a consistent copy
                // even while another process writes. Busy or locked means try again shortly.
                let mut tries = 0;
                loop {
                    match backup.step(-1)? {
                        StepResult::Done => break,
                        StepResult::More | StepResult::Busy | StepResult::Locked if tries < 200 => {
                            tries += 1;
                            std::thread::sleep(std::time::Duration::from_millis(25));
                        }
                        _ => {
                            return Err(Error::Damaged(tr!("store-backup-busy")));
                        }
                    }
                }
            }
            dst.close().map_err(|(_, e)| Error::from(e))?;
            Ok(())
        })();
        if result.is_err() {
            let _ = fs::remove_file(dest);
        }
        result
    }

    /// Makes today's automatic backup into `backups/` beside the journal, unless one exists
    /// already, and keeps the newest [`DAILY_BACKUPS_KEPT`]. Returns the new file, if any.
    /// A journal that does not authenticate in full is not backed up: the error says why.
    pub fn daily_backup(&self, today: chrono::NaiveDate) -> Result<Option<PathBuf>> {
        self.daily_backup_if_clean(today, || {
            let mut contents = self.verify()?;
            let problem = contents.problem();
            zeroize::Zeroize::zeroize(&mut contents.records);
            zeroize::Zeroize::zeroize(&mut contents.settings);
            problem.map_or(Ok(()), Err)
        })
    }

    /// [`Journal::daily_backup`] with the clean-read check given by the caller, who may
    /// already hold the whole journal decrypted (the desktop app right after unlock): the
    /// check runs only when a backup is due, at most once a day.
    pub fn daily_backup_if_clean(
        &self,
        today: chrono::NaiveDate,
        clean: impl FnOnce() -> Result<()>,
    ) -> Result<Option<PathBuf>> {
        let dir = backups_dir(&self.path);
        let stem = self.stem();
        let name = format!("{stem}-{}.ebb", today.format("%Y-%m-%d"));
        let dest = dir.join(&name);
        if dest.exists() {
            return Ok(None);
        }
        // Only a journal that reads back clean is copied. A damaged or tampered one copied
        // each day would, ten days later, have pushed every clean backup out (security
        // review, issue 13); refused here, nothing is made and nothing is pruned, so the
        // newest clean backup stays.
        clean()?;
        remove_stale_partials(&dir, &stem);
        self.backup_in_place_of(&dest)?;
        prune_backups(&dir, &stem)?;
        Ok(Some(dest))
    }

    /// Writes a backup to `dest`, replacing what is there only once the copy is whole: first
    /// under a name of its own (`NAME.xxxxxxxxxxxxxxxx.partial`), so two processes backing up
    /// at once never rename each other's half-written copy into place.
    pub(super) fn backup_in_place_of(&self, dest: &Path) -> Result<()> {
        let name = dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tag: [u8; 8] = crypto::random()?;
        let partial = dest.with_file_name(format!("{name}.{}.partial", data_encoding::HEXLOWER.encode(&tag)));
        self.backup_to(&partial)?;
        fs::rename(&partial, dest)
            .map_err(|e| Error::io(tr!("store-could-not-finish", path = dest.display().to_string()), e))
    }

    /// The start of this journal's backup names: its file name without `.ebb`.
    pub(super) fn stem(&self) -> String {
        self.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "journal".into())
    }
}

/// The folder of automatic backups for a journal.
pub fn backups_dir(journal: &Path) -> PathBuf {
    journal.parent().unwrap_or(Path::new(".")).join("backups")
}

/// Removes half-written backups (and the rollback journal SQLite keeps beside one while it
/// is written) that a killed process left more than an hour ago; a newer one may still be in
/// the making by another process. Only this journal's own: `{stem}-YYYY-MM-DD.ebb.….partial`.
fn remove_stale_partials(dir: &Path, stem: &str) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    let prefix = format!("{stem}-");
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if !is_partial_of(&name, &prefix) {
            continue;
        }
        let stale = e.metadata().and_then(|m| m.modified()).is_ok_and(|t| t < hour_ago);
        if stale {
            let _ = fs::remove_file(e.path());
        }
    }
}

/// Whether `name` is a half-written daily backup (or its rollback journal) of the journal
/// whose backups start with `prefix`.
fn is_partial_of(name: &str, prefix: &str) -> bool {
    let Some(rest) = name.strip_prefix(prefix) else { return false };
    let dated = rest.get(..10).is_some_and(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok());
    dated
        && rest[10..].starts_with(".ebb.")
        && (rest.ends_with(".partial") || rest.ends_with(".partial-journal"))
}

/// The names of this journal's finished daily backups in `dir`, oldest first.
pub(super) fn daily_backups(dir: &Path, stem: &str) -> Vec<String> {
    let prefix = format!("{stem}-");
    let Ok(entries) = fs::read_dir(dir) else { return vec![] };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| {
            n.strip_prefix(&prefix)
                .and_then(|rest| rest.strip_suffix(".ebb"))
                .is_some_and(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
        })
        .collect();
    names.sort();
    names
}

fn prune_backups(dir: &Path, stem: &str) -> Result<()> {
    let names = daily_backups(dir, stem);
    let excess = names.len().saturating_sub(DAILY_BACKUPS_KEPT);
    for n in &names[..excess] {
        fs::remove_file(dir.join(n))
            .map_err(|e| Error::io(tr!("store-could-not-remove-backup", name = n), e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_backups_are_told_by_name_and_journal() {
        let p = "journal-";
        assert!(is_partial_of("journal-2026-11-25.ebb.00aa11bb22cc33dd.partial", p));
        assert!(is_partial_of("journal-2026-11-25.ebb.00aa11bb22cc33dd.partial-journal", p));
        assert!(!is_partial_of("journal-2026-11-25.ebb", p), "a finished backup");
        assert!(!is_partial_of("journal-old-2026-11-25.ebb.00aa.partial", p), "another journal's");
        assert!(!is_partial_of("notes.partial", p));
    }
}
