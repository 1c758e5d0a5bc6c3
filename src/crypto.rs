//! Keys, sealing and the integrity summary (SPEC §6).
//!
//! The key hierarchy: a passphrase goes through Argon2id to a key-encryption key that only
//! ever lives in memory; it unseals a random 256-bit data key, which is also sealed under a
//! random recovery key shown once. Everything else is derived from the data key with HKDF,
//! so a passphrase change re-seals 32 bytes and never touches a record.
//!
//! Every secret is held in a zeroizing buffer whose `Debug` prints `***` and which cannot be
//! cloned, so a key cannot end up in a log or a stray copy by accident.

use std::fmt;

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};
use ring::{hkdf, hmac};
use zeroize::{Zeroize, Zeroizing};

use crate::error::{Error, Result};
use crate::tr;

/// Length of every symmetric key, in bytes.
pub const KEY_LEN: usize = 32;
/// Length of an AEAD nonce: 96 bits, random for every seal.
pub const NONCE_LEN: usize = 12;
/// Plaintexts are padded to a multiple of this many bytes so that lengths say little.
pub const PAD_BLOCK: usize = 256;

/// Fills an array from the operating system's random source.
pub fn random<const N: usize>() -> Result<[u8; N]> {
    let mut out = [0u8; N];
    SystemRandom::new().fill(&mut out).map_err(|_| Error::Crypto)?;
    Ok(out)
}

/// Overwrites the 128 KiB of stack below the caller with zeros.
///
/// Moving a value in Rust copies its bytes and leaves the old copy where it was: keys that
/// travelled up from `Journal::unlock` (by value, as `Keys`, `Journal`, the session) leave
/// stale copies in stack frames that have returned, out of reach of their `Drop`. Locking
/// calls this on the thread that unlocked, so a later unlock-sized call path walks over
/// zeros, not keys. Measured by `scripts/secrets-in-memory.sh`.
#[inline(never)]
pub fn scrub_stack() {
    let mut below = [0u8; 128 * 1024];
    // Volatile writes: the compiler may not drop them as dead stores.
    below.zeroize();
    std::hint::black_box(&below);
}

/// 32 secret bytes that are wiped when dropped and never printed.
pub struct SecretKey(Zeroizing<[u8; KEY_LEN]>);

impl SecretKey {
    /// A fresh random key.
    pub fn generate() -> Result<Self> {
        let mut k = Zeroizing::new([0u8; KEY_LEN]);
        SystemRandom::new().fill(k.as_mut()).map_err(|_| Error::Crypto)?;
        Ok(SecretKey(k))
    }

    /// Takes ownership of key bytes, wiping the source.
    fn from_slice(bytes: &mut [u8]) -> Result<Self> {
        if bytes.len() != KEY_LEN {
            bytes.zeroize();
            return Err(Error::Crypto);
        }
        let mut k = Zeroizing::new([0u8; KEY_LEN]);
        k.copy_from_slice(bytes);
        bytes.zeroize();
        Ok(SecretKey(k))
    }

    fn bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// A passphrase as typed. Wiped on drop, never printed.
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    /// Wraps a passphrase; the caller's string moves in and is wiped with it.
    pub fn new(s: String) -> Self {
        Passphrase(Zeroizing::new(s))
    }

    /// Longest passphrase accepted from a form: far beyond any real one, and small enough that
    /// a hostile caller cannot make the KDF hash megabytes.
    pub const MAX_BYTES: usize = 4096;

    /// Wraps a passphrase typed into a form, refusing an absurd length.
    pub fn from_input(s: String) -> Result<Self> {
        let p = Passphrase::new(s);
        if p.0.len() > Self::MAX_BYTES {
            return Err(Error::invalid(tr!("store-passphrase-too-long")));
        }
        Ok(p)
    }

    /// The passphrase bytes, for the KDF.
    pub fn expose(&self) -> &[u8] {
        self.0.as_bytes()
    }

    /// Whether it is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The fewest characters a new passphrase may have. A one-letter passphrase falls to a
    /// guesser in seconds even through Argon2id; eight is the floor common guidance sets
    /// (NIST SP 800-63B) and still lets a person choose words they remember.
    pub const MIN_CHARS: usize = 8;

    /// Refuses a passphrase too short to choose for a journal (existing journals keep opening
    /// with whatever they were made with).
    pub fn check_new(&self) -> Result<()> {
        let n = self.0.chars().count();
        if n == 0 {
            return Err(Error::invalid(tr!("store-passphrase-empty")));
        }
        if n < Self::MIN_CHARS {
            return Err(Error::invalid(tr!("store-passphrase-too-short", count = Self::MIN_CHARS)));
        }
        Ok(())
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Argon2id cost parameters, stored with the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

impl KdfParams {
    /// The floor of SPEC §6: 64 MiB, 3 passes, 1 lane. New journals use it.
    pub const FLOOR: KdfParams = KdfParams { m_kib: 64 * 1024, t: 3, p: 1 };
    /// Above this, stored parameters are treated as damage (an attacker could otherwise make
    /// every unlock take hours or exhaust memory).
    pub const CEILING: KdfParams = KdfParams { m_kib: 1024 * 1024, t: 16, p: 16 };

    /// Accepts only parameters between the floor and the ceiling.
    pub fn check(self) -> Result<Self> {
        let ok = (Self::FLOOR.m_kib..=Self::CEILING.m_kib).contains(&self.m_kib)
            && (Self::FLOOR.t..=Self::CEILING.t).contains(&self.t)
            && (Self::FLOOR.p..=Self::CEILING.p).contains(&self.p);
        if ok {
            Ok(self)
        } else {
            Err(Error::Damaged(tr!(
                "store-kdf-out-of-range",
                memory = self.m_kib.to_string(),
                passes = self.t.to_string(),
                lanes = self.p.to_string()
            )))
        }
    }
}

/// Runs Argon2id: passphrase → key-encryption key. The result exists only in memory.
pub fn derive_kek(pass: &Passphrase, salt: &[u8], params: KdfParams) -> Result<SecretKey> {
    let params = params.check()?;
    let p =
        argon2::Params::new(params.m_kib, params.t, params.p, Some(KEY_LEN)).map_err(|_| Error::Crypto)?;
    let a = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, p);
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    a.hash_password_into(pass.expose(), salt, out.as_mut()).map_err(|_| Error::Crypto)?;
    Ok(SecretKey(out))
}

/// The recovery key: 32 random bytes, shown once as base32 in groups of four.
pub struct RecoveryKey(SecretKey);

impl RecoveryKey {
    /// A fresh random recovery key.
    pub fn generate() -> Result<Self> {
        Ok(RecoveryKey(SecretKey::generate()?))
    }

    /// The form a person writes down: `ABCD-EFGH-…` (13 groups).
    pub fn display(&self) -> Zeroizing<String> {
        let plain = Zeroizing::new(data_encoding::BASE32_NOPAD.encode(self.0.bytes()));
        let mut out = Zeroizing::new(String::with_capacity(plain.len() + plain.len() / 4));
        for (i, c) in plain.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push('-');
            }
            out.push(c);
        }
        out
    }

    /// Reads a recovery key as shown, forgiving case, spaces and dashes. Anything malformed
    /// is [`Error::WrongRecoveryKey`], like a well-formed key that does not fit.
    pub fn parse(s: &str) -> Result<Self> {
        let cleaned: Zeroizing<String> = Zeroizing::new(
            s.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect(),
        );
        let mut bytes = Zeroizing::new(
            data_encoding::BASE32_NOPAD.decode(cleaned.as_bytes()).map_err(|_| Error::WrongRecoveryKey)?,
        );
        SecretKey::from_slice(&mut bytes).map(RecoveryKey).map_err(|_| Error::WrongRecoveryKey)
    }

    pub(crate) fn key(&self) -> &SecretKey {
        &self.0
    }
}

impl fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Seals `plaintext` under `key` with a fresh random nonce. Returns (nonce, ciphertext+tag).
pub fn seal(key: &LessSafeKey, aad: &[u8], plaintext: &[u8]) -> Result<([u8; NONCE_LEN], Vec<u8>)> {
    let nonce: [u8; NONCE_LEN] = random()?;
    let mut buf = Vec::with_capacity(plaintext.len() + AES_256_GCM.tag_len());
    buf.extend_from_slice(plaintext);
    key.seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::from(aad), &mut buf)
        .map_err(|_| Error::Crypto)?;
    Ok((nonce, buf))
}

/// Opens a sealed buffer; `None` when authentication fails (wrong key or altered bytes).
pub fn open(key: &LessSafeKey, aad: &[u8], nonce: &[u8], sealed: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
    let mut buf = Zeroizing::new(sealed.to_vec());
    let len = key.open_in_place(nonce, Aad::from(aad), buf.as_mut_slice()).ok()?.len();
    buf.truncate(len);
    Some(buf)
}

/// An AES-GCM key schedule, on the heap. ring neither wipes its expanded keys nor lets them be
/// wiped; kept on the stack, a schedule dropped in place stays there. In a box it is freed
/// through the allocator, which in the desktop app wipes every block it frees (`secmem-alloc`,
/// security review, issue 13).
fn aead_key(k: &SecretKey) -> Result<Box<LessSafeKey>> {
    Ok(Box::new(LessSafeKey::new(UnboundKey::new(&AES_256_GCM, k.bytes()).map_err(|_| Error::Crypto)?)))
}

/// Which wrapping of the data key: under the passphrase or under the recovery key.
#[derive(Debug, Clone, Copy)]
pub enum Wrap {
    /// Under the key-encryption key derived from the passphrase.
    Passphrase,
    /// Under the recovery key.
    Recovery,
}

fn wrap_aad(which: Wrap, journal_id: &[u8]) -> Vec<u8> {
    let label: &[u8] = match which {
        Wrap::Passphrase => b"ebb-wrap-passphrase-v1",
        Wrap::Recovery => b"ebb-wrap-recovery-v1",
    };
    [label, journal_id].concat()
}

/// Seals the data key under a wrapping key (the KEK or the recovery key).
pub fn wrap_data_key(
    wrapping: &SecretKey,
    which: Wrap,
    journal_id: &[u8],
    data_key: &SecretKey,
) -> Result<([u8; NONCE_LEN], Vec<u8>)> {
    seal(&*aead_key(wrapping)?, &wrap_aad(which, journal_id), data_key.bytes())
}

/// Opens the data key; `None` if the wrapping key is not the right one.
pub fn unwrap_data_key(
    wrapping: &SecretKey,
    which: Wrap,
    journal_id: &[u8],
    nonce: &[u8],
    sealed: &[u8],
) -> Result<Option<SecretKey>> {
    match open(&*aead_key(wrapping)?, &wrap_aad(which, journal_id), nonce, sealed) {
        Some(mut pt) => Ok(Some(SecretKey::from_slice(pt.as_mut_slice())?)),
        None => Ok(None),
    }
}

/// A key for recovery-key unwrapping.
pub fn recovery_wrapping(rk: &RecoveryKey) -> &SecretKey {
    rk.key()
}

struct Len(usize);

impl hkdf::KeyType for Len {
    fn len(&self) -> usize {
        self.0
    }
}

fn expand(prk: &hkdf::Prk, info: &[u8]) -> Result<SecretKey> {
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    prk.expand(&[info], Len(KEY_LEN)).and_then(|okm| okm.fill(out.as_mut())).map_err(|_| Error::Crypto)?;
    Ok(SecretKey(out))
}

/// Everything an unlocked journal needs, derived from the data key.
pub struct Keys {
    data_key: SecretKey,
    /// Boxed, as [`aead_key`] says why; the HMAC key's padded blocks likewise.
    record: Box<LessSafeKey>,
    /// Seals the change files of a sync folder (SPEC §9): a key of its own, so nothing sealed
    /// for the folder can pass for a row of the journal file, or the other way round.
    sync: Box<LessSafeKey>,
    integrity: Box<hmac::Key>,
    settings_row: [u8; 16],
    journal_id: [u8; 16],
}

impl fmt::Debug for Keys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Keys(***)")
    }
}

impl Keys {
    /// Derives the working keys for one journal.
    pub fn derive(data_key: SecretKey, journal_id: [u8; 16]) -> Result<Self> {
        let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, &journal_id).extract(data_key.bytes());
        let record = aead_key(&expand(&prk, b"ebb record key v1")?)?;
        let sync = aead_key(&expand(&prk, b"ebb sync key v1")?)?;
        let integrity =
            Box::new(hmac::Key::new(hmac::HMAC_SHA256, expand(&prk, b"ebb integrity key v1")?.bytes()));
        let row = expand(&prk, b"ebb settings row v1")?;
        let mut settings_row = [0u8; 16];
        settings_row.copy_from_slice(&row.bytes()[..16]);
        Ok(Keys { data_key, record, sync, integrity, settings_row, journal_id })
    }

    /// The data key, for re-sealing under a new passphrase.
    pub fn data_key(&self) -> &SecretKey {
        &self.data_key
    }

    /// The journal this key set belongs to.
    pub fn journal_id(&self) -> &[u8; 16] {
        &self.journal_id
    }

    /// The row id that holds the settings record: fixed per journal, random-looking outside.
    pub fn settings_row(&self) -> [u8; 16] {
        self.settings_row
    }

    fn record_aad(&self, id: &[u8], version: i64) -> Vec<u8> {
        [b"ebb-record-v1".as_slice(), &self.journal_id, id, &version.to_be_bytes()].concat()
    }

    /// Pads and seals a record's plaintext, bound to this journal, the row id and version.
    pub fn seal_record(
        &self,
        id: &[u8],
        version: i64,
        plaintext: &[u8],
    ) -> Result<([u8; NONCE_LEN], Vec<u8>)> {
        let padded = pad(plaintext);
        seal(&self.record, &self.record_aad(id, version), &padded)
    }

    /// Seals bytes as they are, without padding: only for the fuzzer, which needs authentic
    /// rows whose length prefix and padding are its own.
    #[cfg(fuzzing)]
    pub fn seal_record_unpadded(
        &self,
        id: &[u8],
        version: i64,
        padded: &[u8],
    ) -> Result<([u8; NONCE_LEN], Vec<u8>)> {
        seal(&self.record, &self.record_aad(id, version), padded)
    }

    /// Opens and unpads a record; `None` if it fails authentication for any reason.
    pub fn open_record(
        &self,
        id: &[u8],
        version: i64,
        nonce: &[u8],
        sealed: &[u8],
    ) -> Option<Zeroizing<Vec<u8>>> {
        self.open_record_owned(id, version, nonce, sealed.to_vec())
    }

    /// As [`Keys::open_record`], decrypting in place in a buffer the caller gives up (no copy).
    pub fn open_record_owned(
        &self,
        id: &[u8],
        version: i64,
        nonce: &[u8],
        sealed: Vec<u8>,
    ) -> Option<Zeroizing<Vec<u8>>> {
        open_padded(&self.record, &self.record_aad(id, version), nonce, sealed)
    }

    /// Seals one change file of a sync folder, padded, bound to the journal, the device that
    /// writes it and its place in that device's sequence: a file moved to another device's
    /// folder or another place in the sequence no longer opens. Returns nonce ‖ ciphertext.
    pub fn seal_sync_file(&self, device: &[u8; 16], seq: u64, plaintext: &[u8]) -> Result<Vec<u8>> {
        let (nonce, ct) = seal(&self.sync, &self.sync_aad(b"file", device, seq), &pad(plaintext))?;
        Ok([nonce.as_slice(), &ct].concat())
    }

    /// Opens a change file sealed by [`Keys::seal_sync_file`]; `None` if it was altered, moved
    /// or is not one.
    pub fn open_sync_file(&self, device: &[u8; 16], seq: u64, bytes: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
        let (nonce, ct) = bytes.split_at_checked(NONCE_LEN)?;
        open_padded(&self.sync, &self.sync_aad(b"file", device, seq), nonce, ct.to_vec())
    }

    fn sync_aad(&self, what: &[u8], device: &[u8; 16], seq: u64) -> Vec<u8> {
        [b"ebb-sync-v1-".as_slice(), what, &self.journal_id, device, &seq.to_be_bytes()].concat()
    }

    /// Seals what the journal keeps for its own sync bookkeeping (its place in the folder,
    /// the versions each row has on the devices), padded, bound to `label` and `id`.
    pub fn seal_local(
        &self,
        label: &[u8],
        id: &[u8],
        plaintext: &[u8],
    ) -> Result<([u8; NONCE_LEN], Vec<u8>)> {
        seal(&self.record, &self.local_aad(label, id), &pad(plaintext))
    }

    /// Opens what [`Keys::seal_local`] sealed; `None` if it was altered or moved.
    pub fn open_local(
        &self,
        label: &[u8],
        id: &[u8],
        nonce: &[u8],
        sealed: &[u8],
    ) -> Option<Zeroizing<Vec<u8>>> {
        open_padded(&self.record, &self.local_aad(label, id), nonce, sealed.to_vec())
    }

    fn local_aad(&self, label: &[u8], id: &[u8]) -> Vec<u8> {
        // The length of the label keeps ("ab", "c…") and ("a", "bc…") apart.
        [b"ebb-local-v1".as_slice(), &(label.len() as u64).to_be_bytes(), label, &self.journal_id, id]
            .concat()
    }

    /// This row's contribution to the integrity summary.
    pub fn integrity_element(&self, id: &[u8], version: i64) -> [u8; 32] {
        let tag = hmac::sign(&self.integrity, &[id, &version.to_be_bytes()].concat());
        let mut out = [0u8; 32];
        out.copy_from_slice(tag.as_ref());
        out
    }

    /// Seals the integrity summary.
    pub fn seal_summary(&self, s: &Summary) -> Result<([u8; NONCE_LEN], Vec<u8>)> {
        seal(&self.record, &self.summary_aad(), &s.to_bytes())
    }

    /// Opens the integrity summary; `None` if it was altered.
    pub fn open_summary(&self, nonce: &[u8], sealed: &[u8]) -> Option<Summary> {
        let pt = open(&self.record, &self.summary_aad(), nonce, sealed)?;
        Summary::from_bytes(&pt)
    }

    fn summary_aad(&self) -> Vec<u8> {
        [b"ebb-summary-v1".as_slice(), &self.journal_id].concat()
    }
}

/// The keyed integrity summary: the XOR of a keyed MAC of every (row id, version), with the
/// number of rows and a write counter. Adding or removing a row changes it in constant
/// time, so each write pays the same whatever the journal's size; the summary is itself
/// sealed, so without the data key nobody can adjust it to hide a deleted, rolled-back or
/// transplanted row.
///
/// It also holds the check of the header it was written with. The header (the data key
/// sealed under the passphrase and the recovery key) is not secret and carries no key of its
/// own, so on its own nothing stops an older header — one from a backup made before a
/// passphrase change — being copied over the live one to let the old passphrase in. Sealed
/// here, under the data key, the header is bound to the journal's current state: a header
/// that is not the one the summary names is damage, not a way in (security review, issue 13).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// XOR of every row's element.
    pub xor: [u8; 32],
    /// Number of rows.
    pub count: u64,
    /// Number of writes ever committed.
    pub writes: u64,
    /// The check of the header this journal is sealed with; all zeros in a summary written
    /// before headers were bound (it is bound on the next unlock).
    pub header: [u8; 32],
}

impl Summary {
    /// Adds or removes one element (XOR is its own inverse).
    pub fn toggle(&mut self, element: &[u8; 32]) {
        for (a, b) in self.xor.iter_mut().zip(element) {
            *a ^= b;
        }
    }

    /// Whether this summary names a header (every summary written since headers were bound).
    pub fn binds_header(&self) -> bool {
        self.header != [0; 32]
    }

    fn to_bytes(self) -> Vec<u8> {
        [self.xor.as_slice(), &self.count.to_be_bytes(), &self.writes.to_be_bytes(), &self.header].concat()
    }

    fn from_bytes(b: &[u8]) -> Option<Self> {
        // 48 bytes: written before the header was bound; 80 since.
        if b.len() != 48 && b.len() != 80 {
            return None;
        }
        let mut xor = [0u8; 32];
        xor.copy_from_slice(&b[..32]);
        let count = u64::from_be_bytes(b[32..40].try_into().ok()?);
        let writes = u64::from_be_bytes(b[40..48].try_into().ok()?);
        let mut header = [0u8; 32];
        if let Some(h) = b.get(48..80) {
            header.copy_from_slice(h);
        }
        Some(Summary { xor, count, writes, header })
    }
}

/// Opens a padded seal in place in a buffer the caller gives up and strips the padding.
fn open_padded(key: &LessSafeKey, aad: &[u8], nonce: &[u8], sealed: Vec<u8>) -> Option<Zeroizing<Vec<u8>>> {
    let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
    let mut buf = Zeroizing::new(sealed);
    let len = key.open_in_place(nonce, Aad::from(aad), buf.as_mut_slice()).ok()?.len();
    let body_len = u32::from_le_bytes(buf.get(..4)?.try_into().ok()?) as usize;
    if 4 + body_len > len {
        return None;
    }
    buf.copy_within(4..4 + body_len, 0);
    // Wipe the rest (padding and tag) before shortening: truncating does not clear bytes.
    buf[body_len..].zeroize();
    buf.truncate(body_len);
    Some(buf)
}

/// SHA-256 of bytes: the chain from one change file of a device to its next.
pub fn digest(bytes: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    out.copy_from_slice(ring::digest::digest(&ring::digest::SHA256, bytes).as_ref());
    out
}

/// Prefixes the length and pads with zeros to a multiple of [`PAD_BLOCK`].
fn pad(plaintext: &[u8]) -> Zeroizing<Vec<u8>> {
    let total = (4 + plaintext.len()).div_ceil(PAD_BLOCK) * PAD_BLOCK;
    let mut out = Zeroizing::new(Vec::with_capacity(total));
    out.extend_from_slice(&(plaintext.len() as u32).to_le_bytes());
    out.extend_from_slice(plaintext);
    out.resize(total, 0);
    out
}

#[cfg(test)]
fn unpad(padded: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let len = u32::from_le_bytes(padded.get(..4)?.try_into().ok()?) as usize;
    let body = padded.get(4..4 + len)?;
    Some(Zeroizing::new(body.to_vec()))
}

/// SHA-256 of the stored header fields. It is not keyed and holds nothing secret: stored
/// beside the header, it lets Ebb tell a damaged header apart from a wrong passphrase; sealed
/// in the integrity [`Summary`], it binds the header to the records.
pub fn header_check(parts: &[&[u8]]) -> [u8; 32] {
    let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
    for p in parts {
        ctx.update(&(p.len() as u64).to_be_bytes());
        ctx.update(p);
    }
    let mut out = [0u8; 32];
    out.copy_from_slice(ctx.finish().as_ref());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Keys {
        Keys::derive(SecretKey::generate().unwrap(), random().unwrap()).unwrap()
    }

    #[test]
    fn padding_hides_length_to_the_block() {
        for n in [0, 1, 251, 252, 253, 1000] {
            let p = pad(&vec![7u8; n]);
            assert_eq!(p.len() % PAD_BLOCK, 0);
            assert!(p.len() >= n + 4);
            assert_eq!(unpad(&p).unwrap().as_slice(), vec![7u8; n].as_slice());
        }
        assert_eq!(pad(b"").len(), 256);
        assert_eq!(pad(&[0; 252]).len(), 256);
        assert_eq!(pad(&[0; 253]).len(), 512);
    }

    #[test]
    fn records_are_bound_to_id_version_and_journal() {
        let k = keys();
        let (n, ct) = k.seal_record(b"aaaaaaaaaaaaaaaa", 1, b"hello").unwrap();
        assert_eq!(k.open_record(b"aaaaaaaaaaaaaaaa", 1, &n, &ct).unwrap().as_slice(), b"hello");
        assert!(k.open_record(b"bbbbbbbbbbbbbbbb", 1, &n, &ct).is_none());
        assert!(k.open_record(b"aaaaaaaaaaaaaaaa", 2, &n, &ct).is_none());
        assert!(keys().open_record(b"aaaaaaaaaaaaaaaa", 1, &n, &ct).is_none());
        let mut flipped = ct.clone();
        flipped[3] ^= 1;
        assert!(k.open_record(b"aaaaaaaaaaaaaaaa", 1, &n, &flipped).is_none());
    }

    #[test]
    fn sync_files_are_bound_to_journal_device_and_place() {
        let k = keys();
        let (a, b) = ([1u8; 16], [2u8; 16]);
        let f = k.seal_sync_file(&a, 3, b"changes").unwrap();
        assert_eq!((f.len() - NONCE_LEN - 16) % PAD_BLOCK, 0, "padded to the block");
        assert_eq!(k.open_sync_file(&a, 3, &f).unwrap().as_slice(), b"changes");
        assert!(k.open_sync_file(&b, 3, &f).is_none(), "moved to another device");
        assert!(k.open_sync_file(&a, 4, &f).is_none(), "moved to another place");
        assert!(keys().open_sync_file(&a, 3, &f).is_none(), "another journal");
        let mut bad = f.clone();
        bad[20] ^= 1;
        assert!(k.open_sync_file(&a, 3, &bad).is_none());
        assert!(k.open_sync_file(&a, 3, &f[..5]).is_none());
        // A change file is no local row, and a local row of one label is none of another.
        let (n, ct) = k.seal_local(b"heads", b"row", b"x").unwrap();
        assert_eq!(k.open_local(b"heads", b"row", &n, &ct).unwrap().as_slice(), b"x");
        assert!(k.open_local(b"state", b"row", &n, &ct).is_none());
        assert!(k.open_record(b"row", 0, &n, &ct).is_none());
    }

    #[test]
    fn nonces_are_fresh() {
        let k = keys();
        let (n1, c1) = k.seal_record(b"x", 1, b"same").unwrap();
        let (n2, c2) = k.seal_record(b"x", 1, b"same").unwrap();
        assert_ne!(n1, n2);
        assert_ne!(c1, c2);
    }

    #[test]
    fn data_key_unwraps_only_with_its_wrapping_key() {
        let id: [u8; 16] = random().unwrap();
        let salt: [u8; 16] = random().unwrap();
        let kek = derive_kek(&Passphrase::new("correct horse".into()), &salt, KdfParams::FLOOR).unwrap();
        let dk = SecretKey::generate().unwrap();
        let (n, ct) = wrap_data_key(&kek, Wrap::Passphrase, &id, &dk).unwrap();
        let back = unwrap_data_key(&kek, Wrap::Passphrase, &id, &n, &ct).unwrap().unwrap();
        assert_eq!(back.bytes(), dk.bytes());
        let wrong = derive_kek(&Passphrase::new("correct horsf".into()), &salt, KdfParams::FLOOR).unwrap();
        assert!(unwrap_data_key(&wrong, Wrap::Passphrase, &id, &n, &ct).unwrap().is_none());
        // The same key cannot be replayed as the other wrapping.
        assert!(unwrap_data_key(&kek, Wrap::Recovery, &id, &n, &ct).unwrap().is_none());
    }

    #[test]
    fn kdf_parameters_are_bounded_both_ways() {
        assert!(KdfParams::FLOOR.check().is_ok());
        assert!(KdfParams { m_kib: 1024, ..KdfParams::FLOOR }.check().is_err());
        assert!(KdfParams { t: 2, ..KdfParams::FLOOR }.check().is_err());
        assert!(KdfParams { m_kib: 1024 * 1024 + 1, ..KdfParams::FLOOR }.check().is_err());
        assert!(KdfParams { t: 17, ..KdfParams::FLOOR }.check().is_err());
    }

    #[test]
    fn recovery_key_round_trips_and_rejects_garbage() {
        let rk = RecoveryKey::generate().unwrap();
        let shown = rk.display();
        assert_eq!(shown.split('-').count(), 13);
        let back = RecoveryKey::parse(&shown.to_lowercase()).unwrap();
        assert_eq!(back.key().bytes(), rk.key().bytes());
        for bad in ["", "hello", "AAAA-BBBB", &shown[..shown.len() - 2]] {
            assert!(matches!(RecoveryKey::parse(bad), Err(Error::WrongRecoveryKey)), "{bad}");
        }
    }

    #[test]
    fn secrets_print_as_stars() {
        let s = format!(
            "{:?} {:?} {:?}",
            Passphrase::new("hunter2".into()),
            SecretKey::generate().unwrap(),
            keys()
        );
        assert!(!s.contains("hunter2"));
        assert!(s.contains("***"));
    }

    #[test]
    fn summary_toggles_are_order_free_and_self_inverse() {
        let k = keys();
        let a = k.integrity_element(b"a", 1);
        let b = k.integrity_element(b"b", 1);
        let (mut s1, mut s2) = (Summary::default(), Summary::default());
        s1.toggle(&a);
        s1.toggle(&b);
        s2.toggle(&b);
        s2.toggle(&a);
        assert_eq!(s1.xor, s2.xor);
        s1.toggle(&a);
        s1.toggle(&b);
        assert_eq!(s1.xor, [0; 32]);
        assert_ne!(k.integrity_element(b"a", 1), k.integrity_element(b"a", 2));
        let (n, ct) = k.seal_summary(&s2).unwrap();
        assert_eq!(k.open_summary(&n, &ct), Some(s2));
    }

    #[test]
    fn a_summary_binds_a_header_and_one_written_before_binding_still_reads() {
        let bound = Summary { count: 3, writes: 9, header: [7; 32], ..Summary::default() };
        assert!(bound.binds_header());
        assert_eq!(Summary::from_bytes(&bound.to_bytes()), Some(bound));
        // The 48-byte form of journals made before headers were bound.
        let old = &bound.to_bytes()[..48];
        let read = Summary::from_bytes(old).unwrap();
        assert!(!read.binds_header());
        assert_eq!((read.count, read.writes), (3, 9));
        assert_eq!(Summary::from_bytes(&bound.to_bytes()[..79]), None);
    }

    #[test]
    fn a_new_passphrase_needs_eight_characters_counted_as_a_person_would() {
        for short in ["", "x", "1234567", "éèêëēīō"] {
            assert!(Passphrase::new(short.into()).check_new().is_err(), "{short}");
        }
        for fine in ["12345678", "éèêëēīōū", "four quiet rivers"] {
            assert!(Passphrase::new(fine.into()).check_new().is_ok(), "{fine}");
        }
    }
}
