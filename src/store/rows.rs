//! Sealed rows: reading them leniently (a damaged cell is damage, not a database error),
//! decoding them on every core at once, and the sealed integrity summary of every row.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, params};

use super::DamagedRow;
use crate::crypto::{Keys, Summary};
use crate::error::{Error, Result};
use crate::model::{Record, Settings};
use crate::tr;

pub(super) fn row_id_name(id: &[u8], settings_row: &[u8; 16]) -> String {
    if id == settings_row {
        return "settings".into();
    }
    match <[u8; 16]>::try_from(id) {
        Ok(b) => uuid::Uuid::from_bytes(b).to_string(),
        Err(_) => tr!("store-row-of-bytes", count = id.len()),
    }
}

pub(super) fn lenient_bytes(v: rusqlite::types::ValueRef<'_>) -> Vec<u8> {
    match v {
        rusqlite::types::ValueRef::Blob(b) | rusqlite::types::ValueRef::Text(b) => b.to_vec(),
        _ => Vec::new(),
    }
}

pub(super) struct StoredRow {
    pub(super) id: Vec<u8>,
    pub(super) version: i64,
    pub(super) nonce: Vec<u8>,
    pub(super) ciphertext: Vec<u8>,
}

/// What one thread made of its share of the rows.
#[derive(Default)]
pub(super) struct Decoded {
    pub(super) records: Vec<Record>,
    pub(super) settings: Option<Settings>,
    pub(super) damaged: Vec<DamagedRow>,
    pub(super) xor: [u8; 32],
    pub(super) count: u64,
}

pub(super) fn decode_rows(keys: &Keys, rows: &mut [StoredRow]) -> Decoded {
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

pub(super) fn load_summary_in(keys: &Keys, conn: &Connection) -> Result<Summary> {
    let damaged = || Error::Damaged(tr!("store-summary-damaged"));
    let (nonce, sealed): (Vec<u8>, Vec<u8>) = conn
        .query_row("SELECT nonce, sealed FROM integrity WHERE singleton = 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?
        .ok_or_else(damaged)?;
    keys.open_summary(&nonce, &sealed).ok_or_else(damaged)
}

pub(super) fn store_summary_in(keys: &Keys, conn: &Connection, s: &Summary) -> Result<()> {
    let (nonce, sealed) = keys.seal_summary(s)?;
    conn.execute(
        "UPDATE integrity SET nonce = ?1, sealed = ?2 WHERE singleton = 1",
        params![nonce.as_slice(), sealed],
    )?;
    Ok(())
}

/// The folder of automatic backups for a journal.
/// Groups records by id for quick lookup.
pub fn index_by_id(records: &[Record]) -> HashMap<[u8; 16], &Record> {
    records.iter().filter_map(|r| r.id().map(|id| (id.bytes(), r))).collect()
}
