//! The journal file's side of sync (SPEC §9): the sealed bookkeeping rows, the rows written
//! since the last exchange, and one write transaction in which an exchange reads and writes
//! records, its bookkeeping and the integrity summary together, so a crash at any moment
//! leaves either all of an exchange or none of it.
//!
//! What the folder holds and how versions are merged is [`crate::sync`]'s; this module only
//! stores what it is given, sealed.

use data_encoding::HEXLOWER;
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::header::{Header, read_header};
use super::rows::{decode, load_summary_in, store_summary_in};
use super::{Journal, delete_in, put_in};
use crate::crypto::{self, KdfParams, Keys, Passphrase, RecoveryKey, SecretKey, Summary, Wrap};
use crate::error::{Error, Result};
use crate::model::Record;
use crate::tr;

const STATE: &[u8] = b"sync-state";

/// A row's versions as stored: each change id with its sealed-then-opened bookkeeping.
pub type Heads = Vec<([u8; 16], Zeroizing<Vec<u8>>)>;
const HEAD: &[u8] = b"sync-head";

/// Notes `row` as written since the last exchange, when the journal syncs at all.
pub(super) fn mark_pending(tx: &Connection, row: &[u8; 16], all_heads: bool) -> Result<()> {
    tx.execute(
        "INSERT INTO sync_pending (id, all_heads) SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM sync_state)
         ON CONFLICT(id) DO UPDATE SET all_heads = max(all_heads, excluded.all_heads)",
        params![row.as_slice(), all_heads],
    )?;
    Ok(())
}

/// What a device needs to make its own journal of one it found in a sync folder: the
/// journal's id and data key, and the data key as sealed under the journal's recovery key
/// (copied as it is, so the one recovery key opens the journal on every device).
pub struct Joined {
    /// The journal's id, bound into every seal.
    pub journal_id: [u8; 16],
    /// The journal's data key.
    pub data_key: SecretKey,
    /// The nonce of the recovery key's seal of the data key.
    pub rec_nonce: Vec<u8>,
    /// The data key sealed under the recovery key.
    pub rec_sealed: Vec<u8>,
}

impl std::fmt::Debug for Joined {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Joined(***)")
    }
}

/// A device's header as its folder carries it (`devices/<id>/key`): the salt and costs of
/// its passphrase and the data key sealed under that passphrase and under the recovery key.
/// Nothing in it opens without one of those (the journal file holds the same), and it holds
/// no hash of either.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFile {
    /// The journal's id, hex.
    pub journal: String,
    /// Argon2id memory, KiB.
    pub m_kib: u32,
    /// Argon2id passes.
    pub t: u32,
    /// Argon2id lanes.
    pub p: u32,
    /// The passphrase's salt, hex.
    pub salt: String,
    /// Nonce and seal of the data key under the passphrase, hex.
    pub pass_nonce: String,
    /// See `pass_nonce`.
    pub pass_sealed: String,
    /// Nonce and seal of the data key under the recovery key, hex.
    pub rec_nonce: String,
    /// See `rec_nonce`.
    pub rec_sealed: String,
}

fn unhex(s: &str) -> Result<Vec<u8>> {
    HEXLOWER.decode(s.as_bytes()).map_err(|_| Error::Damaged(tr!("store-key-file-damaged")))
}

impl KeyFile {
    fn of(h: &Header) -> Self {
        KeyFile {
            journal: HEXLOWER.encode(&h.journal_id),
            m_kib: h.params.m_kib,
            t: h.params.t,
            p: h.params.p,
            salt: HEXLOWER.encode(&h.salt),
            pass_nonce: HEXLOWER.encode(&h.pass_nonce),
            pass_sealed: HEXLOWER.encode(&h.pass_sealed),
            rec_nonce: HEXLOWER.encode(&h.rec_nonce),
            rec_sealed: HEXLOWER.encode(&h.rec_sealed),
        }
    }

    /// The journal id it names.
    pub fn journal_id(&self) -> Result<[u8; 16]> {
        unhex(&self.journal)?.try_into().map_err(|_| Error::Damaged(tr!("store-key-file-damaged")))
    }

    fn joined(&self, dk: SecretKey) -> Result<Joined> {
        Ok(Joined {
            journal_id: self.journal_id()?,
            data_key: dk,
            rec_nonce: unhex(&self.rec_nonce)?,
            rec_sealed: unhex(&self.rec_sealed)?,
        })
    }

    /// Opens the data key with the passphrase of the device that wrote this file; `None` if
    /// it is not that passphrase.
    pub fn open_with_passphrase(&self, pass: &Passphrase) -> Result<Option<Joined>> {
        let params = KdfParams { m_kib: self.m_kib, t: self.t, p: self.p }.check()?;
        let kek = crypto::derive_kek(pass, &unhex(&self.salt)?, params)?;
        let id = self.journal_id()?;
        match crypto::unwrap_data_key(
            &kek,
            Wrap::Passphrase,
            &id,
            &unhex(&self.pass_nonce)?,
            &unhex(&self.pass_sealed)?,
        )? {
            Some(dk) => self.joined(dk).map(Some),
            None => Ok(None),
        }
    }

    /// Opens the data key with the journal's recovery key; `None` if it is not that key.
    pub fn open_with_recovery(&self, rk: &RecoveryKey) -> Result<Option<Joined>> {
        let id = self.journal_id()?;
        match crypto::unwrap_data_key(
            crypto::recovery_wrapping(rk),
            Wrap::Recovery,
            &id,
            &unhex(&self.rec_nonce)?,
            &unhex(&self.rec_sealed)?,
        )? {
            Some(dk) => self.joined(dk).map(Some),
            None => Ok(None),
        }
    }
}

impl Journal {
    /// Opens one write transaction for a sync exchange: nothing else writes the journal
    /// until it commits, and nothing of it stays if it does not.
    pub fn sync_tx(&mut self) -> Result<SyncTx<'_>> {
        self.writable()?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let summary = load_summary_in(&self.keys, &tx)?;
        Ok(SyncTx { tx, keys: &self.keys, summary })
    }

    /// This journal's sync bookkeeping, sealed as [`SyncTx::set_state`] wrote it; `None`
    /// when it does not sync.
    pub fn sync_state(&self) -> Result<Option<Zeroizing<Vec<u8>>>> {
        state_in(&self.keys, &self.conn)
    }

    /// Whether anything was written since the last exchange (cheap: the desktop app asks
    /// every second).
    pub fn sync_pending(&self) -> Result<bool> {
        Ok(self.conn.query_row("SELECT EXISTS (SELECT 1 FROM sync_pending)", [], |r| r.get(0))?)
    }

    /// Every row with more than one version on the devices (a conflict), with its versions.
    pub fn sync_conflicted(&self) -> Result<Vec<([u8; 16], Heads)>> {
        let rows: Vec<Vec<u8>> = {
            let mut st =
                self.conn.prepare_cached("SELECT id FROM sync_heads GROUP BY id HAVING count(*) > 1")?;
            st.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
        };
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let row: [u8; 16] = row.try_into().map_err(|_| damaged_heads())?;
            out.push((row, heads_in(&self.keys, &self.conn, &row)?));
        }
        Ok(out)
    }

    /// Forgets the sync folder (after a new data key: the folder's files are sealed under
    /// the old one). The records stay as they are.
    pub(super) fn forget_sync_in(tx: &Connection) -> Result<()> {
        tx.execute_batch("DELETE FROM sync_state; DELETE FROM sync_pending; DELETE FROM sync_heads;")?;
        Ok(())
    }
}

fn damaged_state() -> Error {
    Error::Damaged(tr!("store-sync-state-damaged"))
}

fn damaged_heads() -> Error {
    Error::Damaged(tr!("store-sync-heads-damaged"))
}

fn state_in(keys: &Keys, conn: &Connection) -> Result<Option<Zeroizing<Vec<u8>>>> {
    let row: Option<(Vec<u8>, Vec<u8>)> = conn
        .query_row("SELECT nonce, sealed FROM sync_state WHERE singleton = 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    match row {
        None => Ok(None),
        Some((n, s)) => keys.open_local(STATE, b"", &n, &s).map(Some).ok_or_else(damaged_state),
    }
}

fn heads_in(keys: &Keys, conn: &Connection, row: &[u8; 16]) -> Result<Heads> {
    let mut st = conn.prepare_cached("SELECT change, nonce, sealed FROM sync_heads WHERE id = ?1")?;
    let found: Vec<(Vec<u8>, Vec<u8>, Vec<u8>)> = st
        .query_map([row.as_slice()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    found
        .into_iter()
        .map(|(change, n, s)| {
            let change: [u8; 16] = change.try_into().map_err(|_| damaged_heads())?;
            let aad = [row.as_slice(), &change].concat();
            let pt = keys.open_local(HEAD, &aad, &n, &s).ok_or_else(damaged_heads)?;
            Ok((change, pt))
        })
        .collect()
}

/// One sync exchange's write transaction ([`Journal::sync_tx`]).
pub struct SyncTx<'a> {
    tx: Transaction<'a>,
    keys: &'a Keys,
    summary: Summary,
}

impl std::fmt::Debug for SyncTx<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SyncTx(***)")
    }
}

impl SyncTx<'_> {
    /// The journal's keys (the folder's files are sealed under them).
    pub fn keys(&self) -> &Keys {
        self.keys
    }

    /// This journal's header as a sync folder carries it, and the check that tells whether
    /// the copy there is still current.
    pub fn key_file(&self) -> Result<(KeyFile, [u8; 32])> {
        let h = read_header(&self.tx)?;
        Ok((KeyFile::of(&h), h.compute_check()))
    }

    /// The sync bookkeeping, if the journal syncs.
    pub fn state(&self) -> Result<Option<Zeroizing<Vec<u8>>>> {
        state_in(self.keys, &self.tx)
    }

    /// Replaces the sync bookkeeping.
    pub fn set_state(&self, plaintext: &[u8]) -> Result<()> {
        let (n, s) = self.keys.seal_local(STATE, b"", plaintext)?;
        self.tx.execute(
            "INSERT INTO sync_state (singleton, nonce, sealed) VALUES (1, ?1, ?2)
             ON CONFLICT(singleton) DO UPDATE SET nonce = excluded.nonce, sealed = excluded.sealed",
            params![n.as_slice(), s],
        )?;
        Ok(())
    }

    /// Notes every row of the journal as written since the last exchange (a journal that
    /// starts to sync sends all it holds).
    pub fn mark_all_pending(&self) -> Result<()> {
        self.tx
            .execute("INSERT OR IGNORE INTO sync_pending (id, all_heads) SELECT id, 0 FROM records", [])?;
        Ok(())
    }

    /// The rows written since the last exchange, and whether each write settles every
    /// version of its row (a conflict resolved) rather than only the one shown.
    pub fn pending(&self) -> Result<Vec<([u8; 16], bool)>> {
        let mut st = self.tx.prepare_cached("SELECT id, all_heads FROM sync_pending")?;
        let rows: Vec<(Vec<u8>, bool)> =
            st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        rows.into_iter().map(|(id, all)| Ok((id.try_into().map_err(|_| damaged_heads())?, all))).collect()
    }

    /// Empties the list of rows written since the last exchange.
    pub fn clear_pending(&self) -> Result<()> {
        self.tx.execute("DELETE FROM sync_pending", [])?;
        Ok(())
    }

    /// The record in `row`, if there is one; damage if it does not open.
    pub fn record(&self, row: &[u8; 16]) -> Result<Option<Record>> {
        let found: Option<(i64, Vec<u8>, Vec<u8>)> = self
            .tx
            .query_row(
                "SELECT version, nonce, ciphertext FROM records WHERE id = ?1",
                [row.as_slice()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        match found {
            None => Ok(None),
            Some((v, n, ct)) => decode(self.keys, row, v, &n, ct).map(Some).ok_or_else(|| {
                Error::DamagedRecords { ids: vec![super::rows::row_id_name(row, &self.keys.settings_row())] }
            }),
        }
    }

    /// Writes a record that came from another device (not noted as this device's own write).
    pub fn put(&mut self, row: &[u8; 16], record: &Record) -> Result<()> {
        record.validate()?;
        put_in(self.keys, &self.tx, &mut self.summary, row, record)
    }

    /// Removes a row, if it is there (a deletion that came from another device).
    pub fn remove(&mut self, row: &[u8; 16]) -> Result<()> {
        delete_in(self.keys, &self.tx, &mut self.summary, row).map(|_| ())
    }

    /// The sealed versions of `row` the devices know of, by change id.
    pub fn heads(&self, row: &[u8; 16]) -> Result<Heads> {
        heads_in(self.keys, &self.tx, row)
    }

    /// Replaces the versions of `row` the devices know of.
    pub fn set_heads(&self, row: &[u8; 16], heads: &[([u8; 16], Zeroizing<Vec<u8>>)]) -> Result<()> {
        self.tx.execute("DELETE FROM sync_heads WHERE id = ?1", [row.as_slice()])?;
        let mut st = self
            .tx
            .prepare_cached("INSERT INTO sync_heads (id, change, nonce, sealed) VALUES (?1, ?2, ?3, ?4)")?;
        for (change, pt) in heads {
            let aad = [row.as_slice(), change].concat();
            let (n, s) = self.keys.seal_local(HEAD, &aad, pt)?;
            st.execute(params![row.as_slice(), change.as_slice(), n.as_slice(), s])?;
        }
        Ok(())
    }

    /// Commits everything the exchange did, the integrity summary with it.
    pub fn commit(self) -> Result<()> {
        store_summary_in(self.keys, &self.tx, &self.summary)?;
        self.tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_file_opens_with_its_passphrase_or_the_recovery_key_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let pass = Passphrase::new("quiet rivers".into());
        let (mut j, rk) = Journal::create(&dir.path().join("j.ebb"), &pass).unwrap();
        let (kf, check) = j.sync_tx().unwrap().key_file().unwrap();
        assert_eq!(check.len(), 32);
        let text = serde_json::to_string(&kf).unwrap();
        assert!(!text.contains("quiet"), "no passphrase in it");
        let by_pass = kf.open_with_passphrase(&pass).unwrap().expect("its passphrase opens it");
        assert_eq!(&by_pass.journal_id, j.keys().journal_id());
        assert!(kf.open_with_recovery(&rk).unwrap().is_some());
        assert!(kf.open_with_passphrase(&Passphrase::new("quiet riverz".into())).unwrap().is_none());
        assert!(kf.open_with_recovery(&RecoveryKey::generate().unwrap()).unwrap().is_none());
        // A journal made around the joined key shares the keys: the settings row is the same.
        let other =
            Journal::create_from(&dir.path().join("k.ebb"), &Passphrase::new("another one".into()), by_pass)
                .unwrap();
        assert_eq!(other.keys().settings_row(), j.keys().settings_row());
        // …and the recovery key of the first opens it too.
        drop(other);
        assert!(Journal::unlock_with_recovery(&dir.path().join("k.ebb"), &rk).is_ok());
    }

    #[test]
    fn writes_are_noted_for_the_next_exchange_only_once_the_journal_syncs() {
        let dir = tempfile::tempdir().unwrap();
        let (mut j, _) =
            Journal::create(&dir.path().join("j.ebb"), &Passphrase::new("quiet rivers".into())).unwrap();
        j.save_settings(&crate::model::Settings::default()).unwrap();
        assert!(j.sync_tx().unwrap().pending().unwrap().is_empty(), "no sync, nothing noted");
        let tx = j.sync_tx().unwrap();
        tx.set_state(b"{}").unwrap();
        tx.commit().unwrap();
        j.save_settings(&crate::model::Settings::default()).unwrap();
        let tx = j.sync_tx().unwrap();
        assert_eq!(tx.pending().unwrap(), vec![(j_settings_row(&tx), false)]);
        assert_eq!(tx.state().unwrap().unwrap().as_slice(), b"{}");
    }

    fn j_settings_row(tx: &SyncTx<'_>) -> [u8; 16] {
        tx.keys().settings_row()
    }
}
