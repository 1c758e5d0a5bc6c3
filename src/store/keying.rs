//! Changing what opens the journal: a new passphrase, a new recovery key, or a new data key
//! (SPEC §4 `passwd`, `recovery-key --new`, `rekey`), and what each change does to the
//! backups beside the journal.
//!
//! Every change re-seals the header and re-binds it in the integrity summary in one
//! transaction, so an older header copied back over the live one is damage, not a way in.
//! A passphrase change touches 32 bytes; it cannot take the data key back from someone who
//! already knew the old passphrase and kept a copy of the file. That is what `rekey` is for:
//! every record is sealed again under a new data key, and what the old passphrase or recovery
//! key could unseal no longer opens anything written from then on.

use std::path::{Path, PathBuf};

use rusqlite::TransactionBehavior;
use zeroize::Zeroizing;

use super::header::{Header, read_header, write_header};
use super::rows::{load_summary_in, row_id_name, store_summary_in};
use super::schema::connect;
use super::{Journal, backups_dir};
use crate::crypto::{self, KdfParams, Keys, Passphrase, RecoveryKey, SecretKey, Summary, Wrap};
use crate::error::{Error, Result};
use crate::tr;

/// What a key change did to the automatic backups, so the app and the command line can say
/// exactly what still opens with what.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BackupsAfterChange {
    /// Backups from before today: each still opens with the passphrase of its day (SPEC §2).
    pub older: usize,
    /// Backups whose recovery-key seal was replaced (a new recovery key, a rekey).
    pub resealed: usize,
    /// Backups whose recovery-key seal could not be replaced: made before an earlier data-key
    /// change, they still open with the recovery key of their time.
    pub not_resealed: usize,
}

impl Journal {
    /// Seals the data key under a new passphrase (fresh salt). Records are not touched.
    pub fn change_passphrase(&mut self, new: &Passphrase) -> Result<()> {
        new.check_new()?;
        let salt: [u8; 16] = crypto::random()?;
        let kek = crypto::derive_kek(new, &salt, KdfParams::FLOOR)?;
        let (nonce, sealed) =
            crypto::wrap_data_key(&kek, Wrap::Passphrase, self.keys.journal_id(), self.keys.data_key())?;
        self.reseal_header(|h| {
            h.salt = salt.to_vec();
            h.params = KdfParams::FLOOR;
            h.pass_nonce = nonce.to_vec();
            h.pass_sealed = sealed;
            Ok(())
        })
    }

    /// Replaces the recovery key: the data key is sealed under a fresh one, and the old one
    /// stops opening this journal. Returns the new key, to be shown once.
    pub fn new_recovery_key(&mut self) -> Result<RecoveryKey> {
        let rk = RecoveryKey::generate()?;
        let (nonce, sealed) = crypto::wrap_data_key(
            crypto::recovery_wrapping(&rk),
            Wrap::Recovery,
            self.keys.journal_id(),
            self.keys.data_key(),
        )?;
        self.reseal_header(|h| {
            h.rec_nonce = nonce.to_vec();
            h.rec_sealed = sealed;
            Ok(())
        })?;
        Ok(rk)
    }

    /// Changes the data key itself: every record is opened and sealed again under a new one,
    /// in one transaction; the passphrase stays (it must be the current one) and a new
    /// recovery key replaces the old. `progress(done, total)` is called after each record.
    ///
    /// Refused, with nothing changed, when any record fails authentication or the records do
    /// not match the integrity summary: sealing them again would make tampering look clean.
    /// Returns the new recovery key and the previous keys (the backups still use them).
    pub fn rekey(
        &mut self,
        pass: &Passphrase,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(RecoveryKey, Keys)> {
        self.writable()?;
        let jid = *self.keys.journal_id();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut h = read_header(&tx)?;
        let kek = crypto::derive_kek(pass, &h.salt, h.params)?;
        crypto::unwrap_data_key(&kek, Wrap::Passphrase, &jid, &h.pass_nonce, &h.pass_sealed)?
            .ok_or(Error::WrongPassphrase)?;
        let old = load_summary_in(&self.keys, &tx)?;

        // Open everything first: a record that does not open stops the change before any
        // write.
        let mut plain: Vec<(Vec<u8>, Zeroizing<Vec<u8>>)> = Vec::new();
        let mut damaged = Vec::new();
        let mut seen = Summary::default();
        {
            let mut stmt = tx.prepare("SELECT id, version, nonce, ciphertext FROM records")?;
            let mut q = stmt.query([])?;
            while let Some(r) = q.next()? {
                let (id, version, nonce, ct): (Vec<u8>, i64, Vec<u8>, Vec<u8>) =
                    (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
                seen.toggle(&self.keys.integrity_element(&id, version));
                seen.count += 1;
                match self.keys.open_record_owned(&id, version, &nonce, ct) {
                    Some(pt) => plain.push((id, pt)),
                    None => damaged.push(row_id_name(&id, &self.keys.settings_row())),
                }
            }
        }
        if !damaged.is_empty() {
            return Err(Error::DamagedRecords { ids: damaged });
        }
        if seen.xor != old.xor || seen.count != old.count {
            return Err(Error::Damaged(tr!("store-key-not-changed")));
        }

        let keys = Keys::derive(SecretKey::generate()?, jid)?;
        let rk = RecoveryKey::generate()?;
        let salt: [u8; 16] = crypto::random()?;
        let new_kek = crypto::derive_kek(pass, &salt, KdfParams::FLOOR)?;
        let (pn, ps) = crypto::wrap_data_key(&new_kek, Wrap::Passphrase, &jid, keys.data_key())?;
        let (rn, rs) =
            crypto::wrap_data_key(crypto::recovery_wrapping(&rk), Wrap::Recovery, &jid, keys.data_key())?;
        h.salt = salt.to_vec();
        h.params = KdfParams::FLOOR;
        h.pass_nonce = pn.to_vec();
        h.pass_sealed = ps;
        h.rec_nonce = rn.to_vec();
        h.rec_sealed = rs;

        tx.execute("DELETE FROM records", [])?;
        // The write counter goes on, so no (id, version) pair is ever reused.
        let mut summary = Summary { writes: old.writes, ..Summary::default() };
        let total = plain.len();
        let old_settings = self.keys.settings_row();
        for (i, (id, pt)) in plain.iter().enumerate() {
            // The settings row's id comes from the data key, so it moves with it.
            let row: Vec<u8> =
                if id.as_slice() == old_settings { keys.settings_row().to_vec() } else { id.clone() };
            let version =
                i64::try_from(summary.writes).map_err(|_| Error::Internal("write counter overflow"))? + 1;
            let (nonce, ct) = keys.seal_record(&row, version, pt)?;
            tx.execute(
                "INSERT INTO records (id, version, nonce, ciphertext) VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![row, version, nonce.as_slice(), ct],
            )?;
            summary.toggle(&keys.integrity_element(&row, version));
            summary.count += 1;
            summary.writes += 1;
            progress(i + 1, total);
        }
        drop(plain);
        write_header(&tx, &h)?;
        summary.header = h.compute_check();
        store_summary_in(&keys, &tx, &summary)?;
        // The sync folder's files are sealed under the old key: this journal leaves it (the
        // person sets up a new folder, docs/sync.md).
        Journal::forget_sync_in(&tx)?;
        tx.commit()?;
        let previous = std::mem::replace(&mut self.keys, keys);
        self.checkpoint();
        Ok((rk, previous))
    }

    /// Binds the header the journal opened with into its summary (a journal written before
    /// headers were bound, on its first unlock since).
    pub(super) fn bind_header(&mut self) -> Result<()> {
        self.reseal_header(|_| Ok(()))
    }

    /// Changes the header and binds the result into the integrity summary, in one
    /// transaction; then moves the old header's bytes out of the write-ahead log.
    fn reseal_header(&mut self, change: impl FnOnce(&mut Header) -> Result<()>) -> Result<()> {
        self.writable()?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut h = read_header(&tx)?;
        change(&mut h)?;
        write_header(&tx, &h)?;
        let mut summary = load_summary_in(&self.keys, &tx)?;
        summary.header = h.compute_check();
        store_summary_in(&self.keys, &tx, &summary)?;
        tx.commit()?;
        self.checkpoint();
        Ok(())
    }

    /// Copies the write-ahead log into the file and empties it, so a replaced header or
    /// record does not linger there (`secure_delete` then zeroes the freed pages). Another
    /// process reading at the same moment can keep the log from emptying; the next
    /// checkpoint does it, so failure here is not an error.
    fn checkpoint(&self) {
        let _ = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    }

    /// After a key change: makes today's backup again (so it opens as the journal now does)
    /// and, when a new recovery key was made, seals the data key of each older backup under
    /// it in place of the old one. `backup_keys` are the keys the backups were made with:
    /// the current ones, or after a rekey the previous ones. `clean` checks the journal reads
    /// back whole before today's copy is replaced, as for the daily backup.
    pub fn after_key_change(
        &self,
        today: chrono::NaiveDate,
        backup_keys: &Keys,
        new_recovery: Option<&RecoveryKey>,
        clean: impl FnOnce() -> Result<()>,
    ) -> Result<BackupsAfterChange> {
        let mut out = BackupsAfterChange::default();
        let (todays, older) = self.backup_files(today);
        out.older = older.len();
        if let Some(rk) = new_recovery {
            for path in &older {
                if reseal_recovery(path, backup_keys, rk).is_ok() {
                    out.resealed += 1;
                } else {
                    out.not_resealed += 1;
                }
            }
        }
        // Today's backup follows the change, unless the journal does not read back clean (then
        // the clean copy made earlier today is worth more than a fresh damaged one).
        if todays.exists() && clean().is_ok() {
            self.backup_in_place_of(&todays)?;
        }
        Ok(out)
    }

    /// Today's backup path (which may not exist) and the backups from earlier days.
    fn backup_files(&self, today: chrono::NaiveDate) -> (PathBuf, Vec<PathBuf>) {
        let dir = backups_dir(&self.path);
        let stem = self.stem();
        let todays = dir.join(format!("{stem}-{}.ebb", today.format("%Y-%m-%d")));
        let older = super::backup::daily_backups(&dir, &stem)
            .into_iter()
            .map(|n| dir.join(n))
            .filter(|p| *p != todays)
            .collect();
        (todays, older)
    }
}

/// Seals the data key of the backup at `path` under `rk`, in place of its recovery seal, if
/// the backup is this journal's under `keys`; fails (and changes nothing) otherwise.
fn reseal_recovery(path: &Path, keys: &Keys, rk: &RecoveryKey) -> Result<()> {
    let mut conn = connect(path)?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut h = read_header(&tx)?;
    if &h.journal_id != keys.journal_id() {
        return Err(Error::invalid(tr!("store-other-journals-backup")));
    }
    // The summary opening is the proof that this backup's data key is the one in `keys`.
    let mut summary = load_summary_in(keys, &tx)?;
    let (nonce, sealed) = crypto::wrap_data_key(
        crypto::recovery_wrapping(rk),
        Wrap::Recovery,
        keys.journal_id(),
        keys.data_key(),
    )?;
    h.rec_nonce = nonce.to_vec();
    h.rec_sealed = sealed;
    write_header(&tx, &h)?;
    summary.header = h.compute_check();
    store_summary_in(keys, &tx, &summary)?;
    tx.commit()?;
    let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    Ok(())
}
