//! Prints, in hex, the keys an unlocked journal holds in memory — the key-encryption key
//! from the passphrase, the data key, and the record and integrity keys derived from it —
//! so `scripts/secrets-in-memory.sh` can look for them in a core dump. A tool for that
//! check only: it needs the passphrase and the recovery key, and works from the published
//! format (SPEC §6) with `ring` and `argon2` directly.
//!
//!   EBB_PASSPHRASE=… EBB_RECOVERY_KEY=… cargo run --example key_material -- JOURNAL

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
use ring::hkdf;

struct Len;
impl hkdf::KeyType for Len {
    fn len(&self) -> usize {
        32
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: key_material JOURNAL")?;
    let pass = std::env::var("EBB_PASSPHRASE")?;
    let shown = std::env::var("EBB_RECOVERY_KEY")?;
    let conn = rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let [jid, salt, nonce, sealed]: [Vec<u8>; 4] =
        conn.query_row("SELECT journal_id, salt, rec_nonce, rec_sealed FROM meta", [], |r| {
            Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?])
        })?;
    let (m, t, p): (u32, u32, u32) = conn.query_row("SELECT kdf_m_kib, kdf_t, kdf_p FROM meta", [], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?;

    let mut kek = [0u8; 32];
    argon2::Argon2::new(
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        argon2::Params::new(m, t, p, Some(32)).map_err(|e| e.to_string())?,
    )
    .hash_password_into(pass.as_bytes(), &salt, &mut kek)
    .map_err(|e| e.to_string())?;
    println!("kek {}", data_encoding::HEXLOWER.encode(&kek));

    let rk = data_encoding::BASE32_NOPAD.decode(shown.trim().replace('-', "").as_bytes())?;
    let key = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &rk).map_err(|_| "bad recovery key")?);
    let mut buf = sealed.clone();
    let aad = [b"ebb-wrap-recovery-v1".as_slice(), &jid].concat();
    let dk = key
        .open_in_place(
            Nonce::try_assume_unique_for_key(&nonce).map_err(|_| "bad nonce")?,
            Aad::from(&aad),
            &mut buf,
        )
        .map_err(|_| "the recovery key does not open this journal")?
        .to_vec();
    println!("data {}", data_encoding::HEXLOWER.encode(&dk));

    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, &jid).extract(&dk);
    for (name, info) in [("record", b"ebb record key v1".as_slice()), ("integrity", b"ebb integrity key v1")]
    {
        let mut k = [0u8; 32];
        prk.expand(&[info], Len).and_then(|o| o.fill(&mut k)).map_err(|_| "hkdf")?;
        println!("{name} {}", data_encoding::HEXLOWER.encode(&k));
    }
    Ok(())
}
