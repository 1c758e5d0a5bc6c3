//! The journal's header row: the KDF parameters and salt, and the data key sealed under the
//! passphrase and under the recovery key.

use rusqlite::{Connection, OptionalExtension, params};

use crate::crypto::{self, KdfParams};
use crate::error::{Error, Result};
use crate::tr;

pub(super) struct Header {
    pub(super) journal_id: [u8; 16],
    pub(super) params: KdfParams,
    pub(super) salt: Vec<u8>,
    pub(super) pass_nonce: Vec<u8>,
    pub(super) pass_sealed: Vec<u8>,
    pub(super) rec_nonce: Vec<u8>,
    pub(super) rec_sealed: Vec<u8>,
    pub(super) check: Vec<u8>,
}

impl Header {
    pub(super) fn compute_check(&self) -> [u8; 32] {
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

pub(super) fn read_header(conn: &Connection) -> Result<Header> {
    let damaged = || Error::Damaged(tr!("store-header-damaged"));
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

pub(super) fn write_header(conn: &Connection, h: &Header) -> Result<()> {
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
