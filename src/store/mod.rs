//! The encrypted journal file (SPEC §2 and §6).
//!
//! One SQLite file; each record is one row of random id, version, nonce and ciphertext. A
//! [`Journal`] is an unlocked handle: it holds the derived keys and wipes them when dropped
//! or [`Journal::lock`]ed. Each write is one durable transaction that also updates the
//! sealed integrity summary, at a cost that does not grow with the journal.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior, params};

use crate::crypto::{self, KdfParams, Keys, Passphrase, RecoveryKey, SecretKey, Summary, Wrap};
use crate::error::{Error, Result};
use crate::model::{Record, RecordId, Settings};
use crate::tr;

mod backup;
mod header;
mod keying;
mod rows;
mod schema;
mod synced;

pub use backup::{DAILY_BACKUPS_KEPT, backups_dir};
use header::{Header, read_header, write_header};
pub use keying::BackupsAfterChange;
use rows::{Decoded, StoredRow, decode_rows, lenient_bytes, load_summary_in, store_summary_in};
pub use rows::{decode, index_by_id};
pub use schema::SCHEMA_VERSION;
use schema::{APPLICATION_ID, configure, connect, migrate};
pub(crate) use schema::{create_private_file, private_dir};
pub use synced::{Joined, KeyFile, SyncTx};

/// A record that failed authentication, named so the user knows what was lost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DamagedRow {
    /// The row id as a UUID string (`settings` for the settings row).
    pub id: String,
}

/// Everything readable in the journal, plus what could not be read.
#[derive(Debug, Default)]
pub struct Contents {
    /// Entries, episodes and sessions, in no particular order.
    pub records: Vec<Record>,
    /// The settings (defaults if none were ever saved).
    pub settings: Settings,
    /// Rows that failed authentication.
    pub damaged: Vec<DamagedRow>,
    /// Whether the rows match the sealed integrity summary (no row deleted, rolled back or
    /// added from elsewhere).
    pub summary_ok: bool,
    /// Whether the journal is open read-only because its integrity summary itself is damaged.
    pub read_only: bool,
}

impl Contents {
    /// The error to report when anything is wrong, or `None` when all is well.
    pub fn problem(&self) -> Option<Error> {
        if !self.damaged.is_empty() {
            let mut ids: Vec<String> = self.damaged.iter().map(|d| d.id.clone()).collect();
            if !self.summary_ok {
                ids.push(tr!("store-summary-mismatch-too"));
            }
            return Some(Error::DamagedRecords { ids });
        }
        if self.read_only {
            return Some(Error::Damaged(read_only_words()));
        }
        if !self.summary_ok {
            return Some(Error::Damaged(tr!("store-summary-mismatch")));
        }
        None
    }
}

/// A row as stored: its version, nonce and ciphertext.
type SealedRow = (i64, Vec<u8>, Vec<u8>);

/// Why a journal opened read-only, and what the person can do.
fn read_only_words() -> String {
    tr!("store-read-only")
}

/// Seals `r` into `row` within a write transaction, keeping `summary` true.
fn put_in(keys: &Keys, tx: &Connection, summary: &mut Summary, row: &[u8; 16], r: &Record) -> Result<()> {
    let plaintext = zeroize::Zeroizing::new(serde_json::to_vec(r).map_err(|_| Error::Crypto)?);
    let old: Option<i64> = tx
        .query_row("SELECT version FROM records WHERE id = ?1", [row.as_slice()], |x| x.get(0))
        .optional()?;
    // A version is the journal's sealed write counter at the time of the write, not a
    // count of this row's saves: it only ever grows, so a record deleted and brought
    // back (undo, re-import) never meets one of its old (id, version) pairs again, and
    // an older ciphertext put back fails the integrity summary (security review,
    // issue 13). Every earlier version of any row is at most the counter, so a row's
    // versions still increase.
    let version = i64::try_from(summary.writes).map_err(|_| Error::Internal("write counter overflow"))? + 1;
    match old {
        Some(v) => summary.toggle(&keys.integrity_element(row, v)),
        None => summary.count += 1,
    }
    let (nonce, ct) = keys.seal_record(row, version, &plaintext)?;
    tx.execute(
        "INSERT INTO records (id, version, nonce, ciphertext) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(id) DO UPDATE SET version = excluded.version, nonce = excluded.nonce, ciphertext = excluded.ciphertext",
        params![row.as_slice(), version, nonce.as_slice(), ct],
    )?;
    summary.toggle(&keys.integrity_element(row, version));
    summary.writes += 1;
    Ok(())
}

/// Removes `row` within a write transaction, keeping `summary` true; whether it was there.
fn delete_in(keys: &Keys, tx: &Connection, summary: &mut Summary, row: &[u8; 16]) -> Result<bool> {
    let version: Option<i64> = tx
        .query_row("SELECT version FROM records WHERE id = ?1", [row.as_slice()], |x| x.get(0))
        .optional()?;
    let Some(version) = version else { return Ok(false) };
    tx.execute("DELETE FROM records WHERE id = ?1", [row.as_slice()])?;
    summary.toggle(&keys.integrity_element(row, version));
    summary.count = summary.count.saturating_sub(1);
    summary.writes += 1;
    Ok(true)
}

/// An unlocked journal.
#[derive(Debug)]
pub struct Journal {
    conn: Connection,
    path: PathBuf,
    keys: Keys,
    /// Set when the integrity summary could not be opened: every record can still be read
    /// (SPEC §4: a user can always get their words out), nothing can be written.
    read_only: bool,
}

impl Journal {
    /// Creates a new journal at `path` (which must not exist) and returns it unlocked with
    /// the recovery key, which the caller must show the user once.
    pub fn create(path: &Path, pass: &Passphrase) -> Result<(Journal, RecoveryKey)> {
        pass.check_new()?;
        let journal_id: [u8; 16] = crypto::random()?;
        let data_key = SecretKey::generate()?;
        let recovery = RecoveryKey::generate()?;
        let (rec_nonce, rec_sealed) = crypto::wrap_data_key(
            crypto::recovery_wrapping(&recovery),
            Wrap::Recovery,
            &journal_id,
            &data_key,
        )?;
        let joined = Joined { journal_id, data_key, rec_nonce: rec_nonce.to_vec(), rec_sealed };
        Ok((Self::create_from(path, pass, joined)?, recovery))
    }

    /// Creates a new journal at `path` (which must not exist) around a data key it is given:
    /// a new journal's, or the one a device joining a sync folder opened there (SPEC §9), so
    /// every device of one journal shares its key and its recovery key, each under its own
    /// passphrase.
    pub fn create_from(path: &Path, pass: &Passphrase, joined: Joined) -> Result<Journal> {
        pass.check_new()?;
        if let Some(dir) = path.parent() {
            private_dir(dir)?;
        }
        drop(create_private_file(path)?);
        let result = Self::create_inner(path, pass, joined);
        if result.is_err() {
            // Leave nothing half-made behind.
            for suffix in ["", "-wal", "-shm"] {
                let _ = fs::remove_file(format!("{}{suffix}", path.display()));
            }
        }
        result
    }

    fn create_inner(path: &Path, pass: &Passphrase, joined: Joined) -> Result<Journal> {
        let mut conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        configure(&conn)?;
        migrate(&mut conn)?;

        let Joined { journal_id, data_key, rec_nonce, rec_sealed } = joined;
        let salt: [u8; 16] = crypto::random()?;
        let params = KdfParams::FLOOR;
        let kek = crypto::derive_kek(pass, &salt, params)?;
        let (pass_nonce, pass_sealed) =
            crypto::wrap_data_key(&kek, Wrap::Passphrase, &journal_id, &data_key)?;
        let header = Header {
            journal_id,
            params,
            salt: salt.to_vec(),
            pass_nonce: pass_nonce.to_vec(),
            pass_sealed,
            rec_nonce,
            rec_sealed,
            check: vec![],
        };
        let keys = Keys::derive(data_key, journal_id)?;
        let start = Summary { header: header.compute_check(), ..Summary::default() };
        let (snonce, ssealed) = keys.seal_summary(&start)?;

        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        write_header(&tx, &header)?;
        tx.execute(
            "INSERT INTO integrity (singleton, nonce, sealed) VALUES (1, ?1, ?2)",
            params![snonce.as_slice(), ssealed],
        )?;
        tx.commit()?;
        Ok(Journal { conn, path: path.to_owned(), keys, read_only: false })
    }

    /// Unlocks with the passphrase. A wrong passphrase is [`Error::WrongPassphrase`]; a
    /// damaged header is [`Error::Damaged`].
    pub fn unlock(path: &Path, pass: &Passphrase) -> Result<Journal> {
        let conn = connect(path)?;
        let h = read_header(&conn)?;
        let kek = crypto::derive_kek(pass, &h.salt, h.params)?;
        let dk =
            crypto::unwrap_data_key(&kek, Wrap::Passphrase, &h.journal_id, &h.pass_nonce, &h.pass_sealed)?
                .ok_or(Error::WrongPassphrase)?;
        Self::finish_open(conn, path, dk, &h)
    }

    /// Unlocks with the recovery key instead of the passphrase.
    pub fn unlock_with_recovery(path: &Path, rk: &RecoveryKey) -> Result<Journal> {
        let conn = connect(path)?;
        let h = read_header(&conn)?;
        let dk = crypto::unwrap_data_key(
            crypto::recovery_wrapping(rk),
            Wrap::Recovery,
            &h.journal_id,
            &h.rec_nonce,
            &h.rec_sealed,
        )?
        .ok_or(Error::WrongRecoveryKey)?;
        Self::finish_open(conn, path, dk, &h)
    }

    fn finish_open(mut conn: Connection, path: &Path, dk: SecretKey, h: &Header) -> Result<Journal> {
        let keys = Keys::derive(dk, h.journal_id)?;
        migrate(&mut conn)?;
        let mut journal = Journal { conn, path: path.to_owned(), keys, read_only: false };
        match load_summary_in(&journal.keys, &journal.conn) {
            Ok(s) if s.binds_header() => {
                if s.header != h.compute_check() {
                    // A header the integrity summary does not name: copied in from another file.
                    return Err(Error::Damaged(tr!("store-foreign-header")));
                }
            }
            // Written before headers were bound: bind the header it opened with now. A file
            // that cannot be written (read-only media, another writer holding it) still opens;
            // the next unlock that can write binds it.
            Ok(_) => {
                let _ = journal.bind_header();
            }
            // One flipped bit in the summary must not lock a person out of everything they
            // wrote: open read-only and say why (security review, issue 13).
            Err(Error::Damaged(_)) => journal.read_only = true,
            Err(e) => return Err(e),
        }
        Ok(journal)
    }

    /// The working keys, for key changes that also reach the backups.
    pub(crate) fn keys(&self) -> &Keys {
        &self.keys
    }

    /// Whether the journal opened read-only (its integrity summary is damaged).
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// Refuses a write to a journal that opened read-only.
    fn writable(&self) -> Result<()> {
        if self.read_only { Err(Error::Damaged(read_only_words())) } else { Ok(()) }
    }

    /// Locks: the keys are wiped as the handle is dropped.
    pub fn lock(self) {
        drop(self);
    }

    /// Where the journal lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Adds a new record; refuses an id that is already in the journal.
    pub fn add(&mut self, record: &Record) -> Result<()> {
        let id = record.id().ok_or_else(|| Error::invalid(tr!("store-settings-not-a-record")))?;
        if self.row_version(&id.bytes())?.is_some() {
            return Err(Error::invalid(tr!("store-id-exists", id = id.to_string())));
        }
        self.put_all(std::slice::from_ref(record))
    }

    /// Inserts or replaces a record (matched by id).
    pub fn put(&mut self, record: &Record) -> Result<()> {
        self.put_all(std::slice::from_ref(record))
    }

    /// Saves the settings.
    pub fn save_settings(&mut self, settings: &Settings) -> Result<()> {
        self.put_all(&[Record::Settings(settings.clone())])
    }

    /// Inserts or replaces many records in one transaction: all of them or none.
    pub fn put_all(&mut self, records: &[Record]) -> Result<()> {
        self.put_all_noted(records, false)
    }

    /// Saves `record` as the one version of its row on every device a journal syncs with:
    /// the person's choice between versions in conflict (SPEC §9).
    pub fn put_settling(&mut self, record: &Record) -> Result<()> {
        self.put_all_noted(std::slice::from_ref(record), true)
    }

    fn put_all_noted(&mut self, records: &[Record], settle: bool) -> Result<()> {
        self.writable()?;
        for r in records {
            r.validate()?;
        }
        let settings_row = self.keys.settings_row();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut summary = load_summary_in(&self.keys, &tx)?;
        for r in records {
            let row: [u8; 16] = match r.id() {
                Some(id) => id.bytes(),
                None => settings_row,
            };
            put_in(&self.keys, &tx, &mut summary, &row, r)?;
            synced::mark_pending(&tx, &row, settle)?;
        }
        store_summary_in(&self.keys, &tx, &summary)?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes a record. The row is gone and, with `secure_delete`, its bytes are zeroed.
    pub fn delete(&mut self, id: &RecordId) -> Result<()> {
        if self.delete_noted(id, false)? { Ok(()) } else { Err(Error::NotFound(id.to_string())) }
    }

    /// Deletes a record, if it is still here, as the one outcome on every device a journal
    /// syncs with: the person let go of the versions kept in conflict with a deletion.
    pub fn delete_settling(&mut self, id: &RecordId) -> Result<()> {
        self.delete_noted(id, true).map(|_| ())
    }

    /// Deletes `id` and notes it for the next exchange (a plain delete of a row that is not
    /// there changes nothing); whether it was there.
    fn delete_noted(&mut self, id: &RecordId, settle: bool) -> Result<bool> {
        self.writable()?;
        let row = id.bytes();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut summary = load_summary_in(&self.keys, &tx)?;
        let was = delete_in(&self.keys, &tx, &mut summary, &row)?;
        if !was && !settle {
            return Ok(false);
        }
        synced::mark_pending(&tx, &row, settle)?;
        store_summary_in(&self.keys, &tx, &summary)?;
        tx.commit()?;
        Ok(was)
    }

    fn row_version(&self, row: &[u8]) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row("SELECT version FROM records WHERE id = ?1", [row], |x| x.get(0))
            .optional()?)
    }

    /// One row's version, nonce and ciphertext, if the row is there.
    fn sealed_row(&self, row: &[u8]) -> Result<Option<SealedRow>> {
        Ok(self
            .conn
            .query_row("SELECT version, nonce, ciphertext FROM records WHERE id = ?1", [row], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?)
    }

    /// One record by id; `Ok(None)` if there is none, [`Error::DamagedRecords`] if it does not
    /// authenticate.
    pub fn get(&self, id: &RecordId) -> Result<Option<Record>> {
        let row = id.bytes();
        let found = self.sealed_row(&row)?;
        match found {
            None => Ok(None),
            Some((v, nonce, ct)) => match self.decode(&row, v, &nonce, &ct) {
                Some(rec) => Ok(Some(rec)),
                None => Err(Error::DamagedRecords { ids: vec![id.to_string()] }),
            },
        }
    }

    /// The settings; the defaults if none were saved.
    pub fn settings(&self) -> Result<Settings> {
        let row = self.keys.settings_row();
        let found = self.sealed_row(&row)?;
        match found {
            None => Ok(Settings::default()),
            Some((v, nonce, ct)) => match self.decode(&row, v, &nonce, &ct) {
                Some(Record::Settings(s)) => Ok(s),
                _ => Err(Error::DamagedRecords { ids: vec!["settings".into()] }),
            },
        }
    }

    fn decode(&self, row: &[u8], version: i64, nonce: &[u8], ct: &[u8]) -> Option<Record> {
        decode(&self.keys, row, version, nonce, ct.to_vec())
    }

    /// Decrypts every record, checks every row against the integrity summary, and says
    /// which rows could not be read. Never fails for damaged rows: a user can always get
    /// their readable words out.
    pub fn read_all(&self) -> Result<Contents> {
        let tx = self.conn.unchecked_transaction()?;
        // A journal open read-only has no summary to check against: it reads as not matching.
        let summary = if self.read_only { None } else { Some(load_summary_in(&self.keys, &tx)?) };
        let mut rows: Vec<StoredRow> = Vec::new();
        {
            let mut stmt = tx.prepare_cached("SELECT id, version, nonce, ciphertext FROM records")?;
            let mut q = stmt.query([])?;
            while let Some(r) = q.next()? {
                // Read leniently: a damaged cell (a blob turned text, say) makes a row that
                // fails authentication and is reported by id, not a read that fails as a whole.
                rows.push(StoredRow {
                    id: lenient_bytes(r.get_ref(0)?),
                    version: r.get_ref(1)?.as_i64().unwrap_or(i64::MIN),
                    nonce: lenient_bytes(r.get_ref(2)?),
                    ciphertext: lenient_bytes(r.get_ref(3)?),
                });
            }
        }
        tx.finish()?;

        // Decrypting and parsing dominate; split them over the cores.
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
        let chunk = rows.len().div_ceil(threads).max(1);
        let keys = &self.keys;
        // A thread that panicked (a bug) must not pass for rows that were never there.
        let parts: Vec<Decoded> = std::thread::scope(|s| {
            let handles: Vec<_> =
                rows.chunks_mut(chunk).map(|part| s.spawn(move || decode_rows(keys, part))).collect();
            handles
                .into_iter()
                .map(|h| h.join().map_err(|_| Error::Internal("a thread reading the records stopped")))
                .collect::<Result<Vec<_>>>()
        })?;

        let mut out = Contents::default();
        let mut seen = Summary::default();
        for part in parts {
            seen.count += part.count;
            seen.toggle(&part.xor);
            out.records.extend(part.records);
            out.damaged.extend(part.damaged);
            if let Some(s) = part.settings {
                out.settings = s;
            }
        }
        out.summary_ok = summary.is_some_and(|s| seen.xor == s.xor && seen.count == s.count);
        out.read_only = self.read_only;
        Ok(out)
    }

    /// Authenticates every record and the file's structure, for `ebb verify`.
    pub fn verify(&self) -> Result<Contents> {
        self.check_structure()?;
        self.read_all()
    }

    /// SQLite's own check of the file's structure (no decryption).
    pub fn check_structure(&self) -> Result<()> {
        let check: String = self.conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(Error::Damaged(tr!("store-structure-damaged")));
        }
        Ok(())
    }

    /// A cheap token that changes whenever another connection commits to the file, so a
    /// long-lived handle (the desktop app) can notice writes by the command line.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }
}
