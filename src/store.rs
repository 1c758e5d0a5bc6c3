//! The encrypted journal file (SPEC §2 and §6).
//!
//! One SQLite file; each record is one row of random id, version, nonce and ciphertext. A
//! [`Journal`] is an unlocked handle: it holds the derived keys and wipes them when dropped
//! or [`Journal::lock`]ed. Each write is one durable transaction that also updates the
//! sealed integrity summary, at a cost that does not grow with the journal.

use std::collections::HashMap;
use std::fs;
use std::io::ErrorKind;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior, params};

use crate::crypto::{self, KdfParams, Keys, Passphrase, RecoveryKey, SecretKey, Summary, Wrap};
use crate::error::{Error, Result};
use crate::model::{Record, RecordId, Settings};

/// Schema migrations, applied in order, each in one transaction. `PRAGMA user_version`
/// records how many have run.
const MIGRATIONS: &[&str] = &[include_str!("migrations/0001_init.sql")];

/// The newest schema this build understands.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Marks the SQLite file as an Ebb journal (`PRAGMA application_id`): ASCII "Ebb1".
const APPLICATION_ID: i64 = 0x4562_6231;

/// How many automatic daily backups are kept.
pub const DAILY_BACKUPS_KEPT: usize = 10;

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
}

impl Contents {
    /// The error to report when anything is wrong, or `None` when all is well.
    pub fn problem(&self) -> Option<Error> {
        if !self.damaged.is_empty() {
            let mut ids: Vec<String> = self.damaged.iter().map(|d| d.id.clone()).collect();
            if !self.summary_ok {
                ids.push("(and the journal's record list does not match its integrity summary)".into());
            }
            return Some(Error::DamagedRecords { ids });
        }
        if !self.summary_ok {
            return Some(Error::Damaged(
                "the journal's records do not match its integrity summary: a record was deleted, rolled back to an older version, or added from another file".into(),
            ));
        }
        None
    }
}

/// An unlocked journal.
#[derive(Debug)]
pub struct Journal {
    conn: Connection,
    path: PathBuf,
    keys: Keys,
}

struct Header {
    journal_id: [u8; 16],
    params: KdfParams,
    salt: Vec<u8>,
    pass_nonce: Vec<u8>,
    pass_sealed: Vec<u8>,
    rec_nonce: Vec<u8>,
    rec_sealed: Vec<u8>,
    check: Vec<u8>,
}

impl Header {
    fn compute_check(&self) -> [u8; 32] {
        crypto::header_check(&[
            &self.journal_id,
            &self.params.m_kib.to_be_bytes(),
            &self.params.t.to_be_bytes(),
            &self.params.p.to_be_bytes(),
            &self.salt,
            &self.pass_nonce,
            &self.pass_sealed,
            &self.rec_nonce,
            &self.rec_sealed,
        ])
    }
}

fn row_id_name(id: &[u8], settings_row: &[u8; 16]) -> String {
    if id == settings_row {
        return "settings".into();
    }
    match <[u8; 16]>::try_from(id) {
        Ok(b) => uuid::Uuid::from_bytes(b).to_string(),
        Err(_) => format!("row of {} bytes", id.len()),
    }
}

/// Creates `dir` (and parents) readable by the owner only.
pub(crate) fn private_dir(dir: &Path) -> Result<()> {
    if dir.as_os_str().is_empty() || dir.exists() {
        return Ok(());
    }
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| Error::io(format!("could not create {}", dir.display()), e))
}

/// Creates a new empty file with mode 0600, failing if anything is already there.
pub(crate) fn create_private_file(path: &Path) -> Result<fs::File> {
    fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path).map_err(|e| {
        if e.kind() == ErrorKind::AlreadyExists {
            Error::AlreadyExists(path.to_owned())
        } else {
            Error::io(format!("could not create {}", path.display()), e)
        }
    })
}

fn connect(path: &Path) -> Result<Connection> {
    if !path.exists() {
        return Err(Error::NoJournal(path.to_owned()));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|_| Error::NotAJournal(path.to_owned()))?;
    // The first read of the file tells a journal from anything else.
    let app_id: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(|_| Error::NotAJournal(path.to_owned()))?;
    if app_id != APPLICATION_ID {
        return Err(Error::NotAJournal(path.to_owned()));
    }
    configure(&conn)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    // A format far beyond anything released is a damaged header, not a newer Ebb.
    if !(0..=SCHEMA_VERSION + 100).contains(&version) {
        return Err(Error::Damaged(
            "the journal's header is damaged, so it cannot be unlocked. Restore a copy from the backups folder beside it"
                .into(),
        ));
    }
    if version > SCHEMA_VERSION {
        return Err(Error::NewerVersion { found: version, supported: SCHEMA_VERSION });
    }
    check_schema(&conn, version)?;
    Ok(conn)
}

/// Ebb's own tables and indexes as SQLite stores them, by name. SQLite's internal objects
/// (`sqlite_stat1` after an `ANALYZE`, say) are not Ebb's and are left out; the SQL text is
/// compared without case or spacing, which SQL does not care about either.
fn schema_of(conn: &Connection) -> Result<Vec<(String, String, String)>> {
    let mut st = conn.prepare(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_schema WHERE name NOT LIKE 'sqlite~_%' ESCAPE '~' ORDER BY type, name",
    )?;
    // Read as bytes: a damaged schema may not even be UTF-8.
    let text = |v: rusqlite::types::ValueRef<'_>| String::from_utf8_lossy(&lenient_bytes(v)).into_owned();
    let rows = st.query_map([], |r| {
        let sql = text(r.get_ref(2)?);
        Ok((
            text(r.get_ref(0)?),
            text(r.get_ref(1)?),
            sql.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase(),
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Refuses a file whose schema lacks a table or index its migrations made, or holds it with
/// other columns: a damaged schema would otherwise surface later as a puzzling "no such
/// column". The expected schema comes from the same migrations run in memory.
fn check_schema(conn: &Connection, version: i64) -> Result<()> {
    let found = schema_of(conn)?;
    let expected = {
        let mem = Connection::open_in_memory()?;
        for sql in &MIGRATIONS[..version as usize] {
            mem.execute_batch(sql)?;
        }
        schema_of(&mem)?
    };
    if expected.iter().any(|e| !found.contains(e)) {
        return Err(Error::Damaged(
            "the journal file's structure is damaged (its tables are not as Ebb made them). Restore a copy from the backups folder beside it"
                .into(),
        ));
    }
    Ok(())
}

/// The pragmas of SPEC §6, on every connection.
fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::Damaged(format!("the journal could not be switched to WAL mode (got {mode})")));
    }
    conn.execute_batch("PRAGMA synchronous=FULL; PRAGMA secure_delete=ON; PRAGMA temp_store=MEMORY;")?;
    Ok(())
}

fn migrate(conn: &mut Connection) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current.max(0) as usize) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

fn read_header(conn: &Connection) -> Result<Header> {
    let damaged = || {
        Error::Damaged("the journal's header is damaged, so it cannot be unlocked. Restore a copy from the backups folder beside it".into())
    };
    let row = conn
        .query_row(
            "SELECT journal_id, kdf_m_kib, kdf_t, kdf_p, salt, pass_nonce, pass_sealed, rec_nonce, rec_sealed, header_check
             FROM meta WHERE singleton = 1",
            [],
            |r| {
                Ok((
                    r.get::<_, Vec<u8>>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, Vec<u8>>(4)?,
                    r.get::<_, Vec<u8>>(5)?,
                    r.get::<_, Vec<u8>>(6)?,
                    r.get::<_, Vec<u8>>(7)?,
                    r.get::<_, Vec<u8>>(8)?,
                    r.get::<_, Vec<u8>>(9)?,
                ))
            },
        )
        .optional()
        .map_err(|e| match Error::from(e) {
            Error::Sqlite(_) => damaged(),
            other => other,
        })?
        .ok_or_else(damaged)?;
    let (jid, m, t, p, salt, pass_nonce, pass_sealed, rec_nonce, rec_sealed, check) = row;
    let journal_id: [u8; 16] = jid.try_into().map_err(|_| damaged())?;
    let to_u32 = |v: i64| u32::try_from(v).unwrap_or(u32::MAX);
    let header = Header {
        journal_id,
        params: KdfParams { m_kib: to_u32(m), t: to_u32(t), p: to_u32(p) },
        salt,
        pass_nonce,
        pass_sealed,
        rec_nonce,
        rec_sealed,
        check,
    };
    if header.compute_check().as_slice() != header.check.as_slice() {
        return Err(damaged());
    }
    header.params.check()?;
    Ok(header)
}

fn write_header(conn: &Connection, h: &Header) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO meta
         (singleton, journal_id, kdf_m_kib, kdf_t, kdf_p, salt, pass_nonce, pass_sealed, rec_nonce, rec_sealed, header_check)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            h.journal_id.as_slice(),
            h.params.m_kib,
            h.params.t,
            h.params.p,
            h.salt,
            h.pass_nonce,
            h.pass_sealed,
            h.rec_nonce,
            h.rec_sealed,
            h.compute_check().as_slice()
        ],
    )?;
    Ok(())
}

impl Journal {
    /// Creates a new journal at `path` (which must not exist) and returns it unlocked with
    /// the recovery key, which the caller must show the user once.
    pub fn create(path: &Path, pass: &Passphrase) -> Result<(Journal, RecoveryKey)> {
        if pass.is_empty() {
            return Err(Error::invalid("the passphrase cannot be empty"));
        }
        if let Some(dir) = path.parent() {
            private_dir(dir)?;
        }
        drop(create_private_file(path)?);
        let result = Self::create_inner(path, pass);
        if result.is_err() {
            // Leave nothing half-made behind.
            for suffix in ["", "-wal", "-shm"] {
                let _ = fs::remove_file(format!("{}{suffix}", path.display()));
            }
        }
        result
    }

    fn create_inner(path: &Path, pass: &Passphrase) -> Result<(Journal, RecoveryKey)> {
        let mut conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        configure(&conn)?;
        migrate(&mut conn)?;

        let journal_id: [u8; 16] = crypto::random()?;
        let salt: [u8; 16] = crypto::random()?;
        let params = KdfParams::FLOOR;
        let data_key = SecretKey::generate()?;
        let recovery = RecoveryKey::generate()?;
        let kek = crypto::derive_kek(pass, &salt, params)?;
        let (pass_nonce, pass_sealed) =
            crypto::wrap_data_key(&kek, Wrap::Passphrase, &journal_id, &data_key)?;
        let (rec_nonce, rec_sealed) = crypto::wrap_data_key(
            crypto::recovery_wrapping(&recovery),
            Wrap::Recovery,
            &journal_id,
            &data_key,
        )?;
        let header = Header {
            journal_id,
            params,
            salt: salt.to_vec(),
            pass_nonce: pass_nonce.to_vec(),
            pass_sealed,
            rec_nonce: rec_nonce.to_vec(),
            rec_sealed,
            check: vec![],
        };
        let keys = Keys::derive(data_key, journal_id)?;
        let (snonce, ssealed) = keys.seal_summary(&Summary::default())?;

        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        write_header(&tx, &header)?;
        tx.execute(
            "INSERT INTO integrity (singleton, nonce, sealed) VALUES (1, ?1, ?2)",
            params![snonce.as_slice(), ssealed],
        )?;
        tx.commit()?;
        Ok((Journal { conn, path: path.to_owned(), keys }, recovery))
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
        Self::finish_open(conn, path, dk, h.journal_id)
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
        Self::finish_open(conn, path, dk, h.journal_id)
    }

    fn finish_open(
        mut conn: Connection,
        path: &Path,
        dk: SecretKey,
        journal_id: [u8; 16],
    ) -> Result<Journal> {
        let keys = Keys::derive(dk, journal_id)?;
        migrate(&mut conn)?;
        let journal = Journal { conn, path: path.to_owned(), keys };
        load_summary_in(&journal.keys, &journal.conn)?;
        Ok(journal)
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
        let id = record.id().ok_or_else(|| Error::invalid("settings are saved with save_settings"))?;
        if self.row_version(&id.bytes())?.is_some() {
            return Err(Error::invalid(format!("a record with id {id} already exists")));
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
            let plaintext = zeroize::Zeroizing::new(serde_json::to_vec(r).map_err(|_| Error::Crypto)?);
            let old: Option<i64> = tx
                .query_row("SELECT version FROM records WHERE id = ?1", [row.as_slice()], |x| x.get(0))
                .optional()?;
            let version = match old {
                Some(v) => {
                    summary.toggle(&self.keys.integrity_element(&row, v));
                    v + 1
                }
                None => {
                    summary.count += 1;
                    1
                }
            };
            let (nonce, ct) = self.keys.seal_record(&row, version, &plaintext)?;
            tx.execute(
                "INSERT INTO records (id, version, nonce, ciphertext) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(id) DO UPDATE SET version = excluded.version, nonce = excluded.nonce, ciphertext = excluded.ciphertext",
                params![row.as_slice(), version, nonce.as_slice(), ct],
            )?;
            summary.toggle(&self.keys.integrity_element(&row, version));
            summary.writes += 1;
        }
        store_summary_in(&self.keys, &tx, &summary)?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes a record. The row is gone and, with `secure_delete`, its bytes are zeroed.
    pub fn delete(&mut self, id: &RecordId) -> Result<()> {
        let row = id.bytes();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut summary = load_summary_in(&self.keys, &tx)?;
        let version: i64 = tx
            .query_row("SELECT version FROM records WHERE id = ?1", [row.as_slice()], |x| x.get(0))
            .optional()?
            .ok_or_else(|| Error::NotFound(id.to_string()))?;
        tx.execute("DELETE FROM records WHERE id = ?1", [row.as_slice()])?;
        summary.toggle(&self.keys.integrity_element(&row, version));
        summary.count = summary.count.saturating_sub(1);
        summary.writes += 1;
        store_summary_in(&self.keys, &tx, &summary)?;
        tx.commit()?;
        Ok(())
    }

    fn row_version(&self, row: &[u8]) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row("SELECT version FROM records WHERE id = ?1", [row], |x| x.get(0))
            .optional()?)
    }

    /// One record by id; `Ok(None)` if there is none, [`Error::DamagedRecords`] if it does not
    /// authenticate.
    pub fn get(&self, id: &RecordId) -> Result<Option<Record>> {
        let row = id.bytes();
        let found: Option<(i64, Vec<u8>, Vec<u8>)> = self
            .conn
            .query_row(
                "SELECT version, nonce, ciphertext FROM records WHERE id = ?1",
                [row.as_slice()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
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
        let found: Option<(i64, Vec<u8>, Vec<u8>)> = self
            .conn
            .query_row(
                "SELECT version, nonce, ciphertext FROM records WHERE id = ?1",
                [row.as_slice()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
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
        let summary = load_summary_in(&self.keys, &tx)?;
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
        let parts: Vec<Decoded> = std::thread::scope(|s| {
            let handles: Vec<_> =
                rows.chunks_mut(chunk).map(|part| s.spawn(move || decode_rows(keys, part))).collect();
            handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
        });

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
        out.summary_ok = seen.xor == summary.xor && seen.count == summary.count;
        Ok(out)
    }

    /// Authenticates every record and the file's structure, for `ebb verify`.
    pub fn verify(&self) -> Result<Contents> {
        let check: String = self.conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(Error::Damaged(
                "the journal file's structure is damaged (SQLite's check failed). Restore a copy from the backups folder beside it".into(),
            ));
        }
        self.read_all()
    }

    /// Seals the data key under a new passphrase (fresh salt). Records are not touched.
    pub fn change_passphrase(&mut self, new: &Passphrase) -> Result<()> {
        if new.is_empty() {
            return Err(Error::invalid("the new passphrase cannot be empty"));
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut h = read_header(&tx)?;
        let salt: [u8; 16] = crypto::random()?;
        let params = KdfParams::FLOOR;
        let kek = crypto::derive_kek(new, &salt, params)?;
        let (nonce, sealed) =
            crypto::wrap_data_key(&kek, Wrap::Passphrase, &h.journal_id, self.keys.data_key())?;
        h.salt = salt.to_vec();
        h.params = params;
        h.pass_nonce = nonce.to_vec();
        h.pass_sealed = sealed;
        write_header(&tx, &h)?;
        tx.commit()?;
        Ok(())
    }

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
                            return Err(Error::Damaged(
                                "the journal stayed busy; the backup could not be finished".into(),
                            ));
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
    pub fn daily_backup(&self, today: chrono::NaiveDate) -> Result<Option<PathBuf>> {
        let dir = backups_dir(&self.path);
        let stem = self
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "journal".into());
        let name = format!("{stem}-{}.ebb", today.format("%Y-%m-%d"));
        let dest = dir.join(&name);
        if dest.exists() {
            return Ok(None);
        }
        remove_stale_partials(&dir, &stem);
        // A name of its own, so two processes backing up at once never rename each other's
        // half-written copy into place.
        let tag: [u8; 8] = crypto::random()?;
        let partial = dir.join(format!("{name}.{}.partial", data_encoding::HEXLOWER.encode(&tag)));
        self.backup_to(&partial)?;
        fs::rename(&partial, &dest)
            .map_err(|e| Error::io(format!("could not finish {}", dest.display()), e))?;
        prune_backups(&dir, &stem)?;
        Ok(Some(dest))
    }

    /// A cheap token that changes whenever another connection commits to the file, so a
    /// long-lived handle (the desktop app) can notice writes by the command line.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }
}

fn lenient_bytes(v: rusqlite::types::ValueRef<'_>) -> Vec<u8> {
    match v {
        rusqlite::types::ValueRef::Blob(b) | rusqlite::types::ValueRef::Text(b) => b.to_vec(),
        _ => Vec::new(),
    }
}

struct StoredRow {
    id: Vec<u8>,
    version: i64,
    nonce: Vec<u8>,
    ciphertext: Vec<u8>,
}

/// What one thread made of its share of the rows.
#[derive(Default)]
struct Decoded {
    records: Vec<Record>,
    settings: Option<Settings>,
    damaged: Vec<DamagedRow>,
    xor: [u8; 32],
    count: u64,
}

fn decode_rows(keys: &Keys, rows: &mut [StoredRow]) -> Decoded {
    let mut out = Decoded { records: Vec::with_capacity(rows.len()), ..Decoded::default() };
    let mut acc = Summary::default();
    let settings_row = keys.settings_row();
    for row in rows {
        acc.toggle(&keys.integrity_element(&row.id, row.version));
        out.count += 1;
        match decode(keys, &row.id, row.version, &row.nonce, std::mem::take(&mut row.ciphertext)) {
            Some(Record::Settings(s)) => out.settings = Some(s),
            Some(rec) => out.records.push(rec),
            None => out.damaged.push(DamagedRow { id: row_id_name(&row.id, &settings_row) }),
        }
    }
    out.xor = acc.xor;
    out
}

/// Opens one stored row and checks that the record inside belongs to it; `None` for a row
/// that fails authentication, does not parse, or holds another row's record. Public so the
/// fuzzer (`fuzz/fuzz_targets/record.rs`) reaches the exact code unlock runs on every row.
pub fn decode(keys: &Keys, row: &[u8], version: i64, nonce: &[u8], ct: Vec<u8>) -> Option<Record> {
    let pt = keys.open_record_owned(row, version, nonce, ct)?;
    let rec: Record = serde_json::from_slice(&pt).ok()?;
    // The row id is bound into the ciphertext; the record inside must agree with it.
    let consistent = match rec.id() {
        Some(id) => id.bytes().as_slice() == row,
        None => row == keys.settings_row(),
    };
    consistent.then_some(rec)
}

fn load_summary_in(keys: &Keys, conn: &Connection) -> Result<Summary> {
    let damaged = || {
        Error::Damaged(
            "the journal's integrity summary is damaged or was tampered with; run `ebb verify` for details"
                .into(),
        )
    };
    let (nonce, sealed): (Vec<u8>, Vec<u8>) = conn
        .query_row("SELECT nonce, sealed FROM integrity WHERE singleton = 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?
        .ok_or_else(damaged)?;
    keys.open_summary(&nonce, &sealed).ok_or_else(damaged)
}

fn store_summary_in(keys: &Keys, conn: &Connection, s: &Summary) -> Result<()> {
    let (nonce, sealed) = keys.seal_summary(s)?;
    conn.execute(
        "UPDATE integrity SET nonce = ?1, sealed = ?2 WHERE singleton = 1",
        params![nonce.as_slice(), sealed],
    )?;
    Ok(())
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

fn prune_backups(dir: &Path, stem: &str) -> Result<()> {
    let prefix = format!("{stem}-");
    let mut names: Vec<String> = fs::read_dir(dir)
        .map_err(|e| Error::io(format!("could not read {}", dir.display()), e))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| {
            n.strip_prefix(&prefix)
                .and_then(|rest| rest.strip_suffix(".ebb"))
                .is_some_and(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
        })
        .collect();
    names.sort();
    let excess = names.len().saturating_sub(DAILY_BACKUPS_KEPT);
    for n in &names[..excess] {
        fs::remove_file(dir.join(n)).map_err(|e| Error::io(format!("could not remove old backup {n}"), e))?;
    }
    Ok(())
}

/// Groups records by id for quick lookup.
pub fn index_by_id(records: &[Record]) -> HashMap<[u8; 16], &Record> {
    records.iter().filter_map(|r| r.id().map(|id| (id.bytes(), r))).collect()
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
