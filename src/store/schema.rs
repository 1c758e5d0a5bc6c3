//! The SQLite file itself: opening it, its settings, the schema and its migrations, and
//! files created readable by the owner only.

use std::fs;
use std::io::ErrorKind;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::Path;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use super::rows::lenient_bytes;

use crate::error::{Error, Result};
use crate::tr;

/// Schema migrations, applied in order, each in one transaction. `PRAGMA user_version`
/// records how many have run.
pub(super) const MIGRATIONS: &[&str] =
    &[include_str!("migrations/0001_init.sql"), include_str!("migrations/0002_sync.sql")];

/// The newest schema this build understands.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Marks the SQLite file as an Ebb journal (`PRAGMA application_id`): ASCII "Ebb1".
pub(super) const APPLICATION_ID: i64 = 0x4562_6231;

/// Creates `dir` (and parents) readable by the owner only.
pub(crate) fn private_dir(dir: &Path) -> Result<()> {
    if dir.as_os_str().is_empty() || dir.exists() {
        return Ok(());
    }
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| Error::io(tr!("store-could-not-create", path = dir.display().to_string()), e))
}

/// Creates a new empty file with mode 0600, failing if anything is already there.
pub(crate) fn create_private_file(path: &Path) -> Result<fs::File> {
    fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path).map_err(|e| {
        if e.kind() == ErrorKind::AlreadyExists {
            Error::AlreadyExists(path.to_owned())
        } else {
            Error::io(tr!("store-could-not-create", path = path.display().to_string()), e)
        }
    })
}

pub(super) fn connect(path: &Path) -> Result<Connection> {
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
        return Err(Error::Damaged(tr!("store-header-damaged")));
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
pub(super) fn schema_of(conn: &Connection) -> Result<Vec<(String, String, String)>> {
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
pub(super) fn check_schema(conn: &Connection, version: i64) -> Result<()> {
    let found = schema_of(conn)?;
    let expected = {
        let mem = Connection::open_in_memory()?;
        for sql in &MIGRATIONS[..version as usize] {
            mem.execute_batch(sql)?;
        }
        schema_of(&mem)?
    };
    if expected.iter().any(|e| !found.contains(e)) {
        return Err(Error::Damaged(tr!("store-tables-damaged")));
    }
    Ok(())
}

/// The pragmas of SPEC §6, on every connection.
pub(super) fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::Damaged(tr!("store-no-wal", mode = mode)));
    }
    conn.execute_batch("PRAGMA synchronous=FULL; PRAGMA secure_delete=ON; PRAGMA temp_store=MEMORY;")?;
    Ok(())
}

pub(super) fn migrate(conn: &mut Connection) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current.max(0) as usize) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}
