//! Key material at rest (docs/reliability.md): a thief with a copy of the journal folder —
//! the journal, the automatic backup, a manual backup made before a passphrase change —
//! has every stored byte but no passphrase and no recovery key. Nothing stored, alone or
//! combined, may open the data key; neither secret may appear in any file, in any form.
//!
//! The thief knows the published format (SPEC §6) and uses `ring` directly, not Ebb's code:
//! a candidate key "opens" if it unseals either wrapping of the data key in any file, or a
//! record. The same oracle must say yes to the real keys (the test's positive control).

mod common;

use std::collections::HashSet;
use std::path::Path;

use common::*;
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
use ring::{digest, hkdf};

const NEW_PASS: &str = "a second passphrase, chosen later";

/// One sealed thing the thief can try keys on.
struct Lock {
    aad: Vec<u8>,
    nonce: Vec<u8>,
    sealed: Vec<u8>,
}

impl Lock {
    fn open(&self, key: &[u8]) -> Option<Vec<u8>> {
        let k = UnboundKey::new(&AES_256_GCM, key).ok()?;
        let nonce = Nonce::try_assume_unique_for_key(&self.nonce).ok()?;
        let mut buf = self.sealed.clone();
        LessSafeKey::new(k).open_in_place(nonce, Aad::from(&self.aad), &mut buf).ok().map(|p| p.to_vec())
    }

    fn opens_with(&self, key: &[u8]) -> bool {
        self.open(key).is_some()
    }
}

/// What one stored file gives the thief: its locks and every field of every row.
struct Loot {
    locks: Vec<Lock>,
    fields: Vec<Vec<u8>>,
    salt: Vec<u8>,
    journal_id: Vec<u8>,
}

fn loot(path: &Path) -> Loot {
    let c = raw(path);
    let header: [Vec<u8>; 6] = c
        .query_row(
            "SELECT journal_id, salt, pass_nonce, pass_sealed, rec_nonce, rec_sealed FROM meta",
            [],
            |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?]),
        )
        .unwrap();
    let [jid, salt, pn, ps, rn, rs] = header;
    let mut locks = vec![
        Lock { aad: [b"ebb-wrap-passphrase-v1".as_slice(), &jid].concat(), nonce: pn, sealed: ps },
        Lock { aad: [b"ebb-wrap-recovery-v1".as_slice(), &jid].concat(), nonce: rn, sealed: rs },
    ];
    // The day's automatic backup may have been made before the first record.
    if let Some((id, version, nonce, ct)) = rows(path).into_iter().next() {
        locks.push(Lock {
            aad: [b"ebb-record-v1".as_slice(), &jid, &id, &version.to_be_bytes()].concat(),
            nonce,
            sealed: ct,
        });
    }
    let mut fields = vec![];
    for table in ["meta", "integrity", "records"] {
        let mut st = c.prepare(&format!("SELECT * FROM {table}")).unwrap();
        let n = st.column_count();
        let mut q = st.query([]).unwrap();
        while let Some(row) = q.next().unwrap() {
            for i in 0..n {
                fields.push(match row.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Blob(b) => b.to_vec(),
                    rusqlite::types::ValueRef::Integer(v) => v.to_be_bytes().to_vec(),
                    other => format!("{other:?}").into_bytes(),
                });
            }
        }
    }
    Loot { locks, fields, salt, journal_id: jid }
}

struct Len;
impl hkdf::KeyType for Len {
    fn len(&self) -> usize {
        32
    }
}

fn hkdf(salt: &[u8], ikm: &[u8], info: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    hkdf::Salt::new(hkdf::HKDF_SHA256, salt)
        .extract(ikm)
        .expand(&[info], Len)
        .unwrap()
        .fill(&mut out)
        .unwrap();
    out
}

/// Every 32-byte key a thief could make of what is stored: every window of every file at
/// every offset, and of every field and every pair of fields: hashes, XOR, HKDF.
fn candidates(files: &[Vec<u8>], loots: &[Loot]) -> Vec<[u8; 32]> {
    let mut out: HashSet<[u8; 32]> = HashSet::new();
    for f in files {
        for w in f.windows(32) {
            out.insert(w.try_into().unwrap());
        }
    }
    let fields: Vec<&Vec<u8>> =
        loots.iter().flat_map(|l| l.fields.iter()).filter(|f| !f.is_empty()).collect();
    let jids: Vec<&Vec<u8>> = loots.iter().map(|l| &l.journal_id).collect();
    let first32 = |f: &[u8]| -> [u8; 32] {
        let mut k = [0u8; 32];
        let n = f.len().min(32);
        k[..n].copy_from_slice(&f[..n]);
        k
    };
    for f in &fields {
        out.insert(first32(f));
        out.insert(digest::digest(&digest::SHA256, f).as_ref().try_into().unwrap());
        out.insert(first32(digest::digest(&digest::SHA512, f).as_ref()));
        for jid in &jids {
            for info in [b"".as_slice(), b"ebb record key v1", b"ebb integrity key v1", b"ebb sync key v1"] {
                out.insert(hkdf(jid, f, info));
            }
        }
    }
    for a in &fields {
        for b in &fields {
            let (ka, kb) = (first32(a), first32(b));
            out.insert(std::array::from_fn(|i| ka[i] ^ kb[i]));
            out.insert(
                digest::digest(&digest::SHA256, &[a.as_slice(), b].concat()).as_ref().try_into().unwrap(),
            );
            out.insert(hkdf(a, b, b""));
        }
    }
    out.into_iter().collect()
}

/// What the sync folder gives the thief (SPEC §9, docs/sync.md): each device's `key` file
/// (the data key sealed under its passphrase and the recovery key) and every change file.
fn folder_loot(folder: &Path) -> Loot {
    let unhex =
        |v: &serde_json::Value| data_encoding::HEXLOWER.decode(v.as_str().unwrap().as_bytes()).unwrap();
    let mut loot = Loot { locks: vec![], fields: vec![], salt: vec![], journal_id: vec![] };
    for dev in std::fs::read_dir(folder.join("devices")).unwrap().flatten() {
        let device = data_encoding::HEXLOWER.decode(dev.file_name().to_str().unwrap().as_bytes()).unwrap();
        let key: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dev.path().join("key")).unwrap()).unwrap();
        let jid = unhex(&key["journal"]);
        for f in ["journal", "salt", "pass_nonce", "pass_sealed", "rec_nonce", "rec_sealed"] {
            loot.fields.push(unhex(&key[f]));
        }
        loot.locks.push(Lock {
            aad: [b"ebb-wrap-passphrase-v1".as_slice(), &jid].concat(),
            nonce: unhex(&key["pass_nonce"]),
            sealed: unhex(&key["pass_sealed"]),
        });
        loot.locks.push(Lock {
            aad: [b"ebb-wrap-recovery-v1".as_slice(), &jid].concat(),
            nonce: unhex(&key["rec_nonce"]),
            sealed: unhex(&key["rec_sealed"]),
        });
        for f in std::fs::read_dir(dev.path()).unwrap().flatten() {
            let Ok(seq) = f.file_name().to_str().unwrap().parse::<u64>() else { continue };
            let bytes = std::fs::read(f.path()).unwrap();
            loot.locks.push(Lock {
                aad: [b"ebb-sync-v1-file".as_slice(), &jid, &device, &seq.to_be_bytes()].concat(),
                nonce: bytes[..12].to_vec(),
                sealed: bytes[12..].to_vec(),
            });
        }
        loot.salt = unhex(&key["salt"]);
        loot.journal_id = jid;
    }
    loot
}

#[test]
fn nothing_stored_alone_or_combined_opens_the_data_key() {
    let s = Scratch::new();
    let shown = s.ebb(&["init"]).ok().trim().to_owned();
    for n in 0..6 {
        s.ebb(&["write", &format!("an entry, number {n}")]).ok();
        s.ebb(&["episode", "--kind", "pursuit", "--actor", "me", "--notes", "notes"]).ok();
    }
    s.ebb(&["backup", s.path("before-change.ebb").to_str().unwrap()]).ok();
    s.ebb(&["sync", "init", s.path("Sync").to_str().unwrap()]).ok();
    s.ebb_env(&["passwd"], &[("EBB_PASSPHRASE", PASS), ("EBB_NEW_PASSPHRASE", NEW_PASS)]).ok();
    s.ebb_env(&["write", "after the change"], &[("EBB_PASSPHRASE", NEW_PASS)]).ok();
    s.ebb_env(&["sync"], &[("EBB_PASSPHRASE", NEW_PASS)]).ok();
    drop(raw(&s.journal())); // the last connection to close checkpoints the WAL

    let stored: Vec<_> =
        files_below(s.dir.path()).into_iter().filter(|p| p.extension().is_some_and(|e| e == "ebb")).collect();
    assert!(stored.len() >= 3, "journal, daily backup and manual backup: {stored:?}");
    let mut loots: Vec<Loot> = stored.iter().map(|p| loot(p)).collect();
    loots.push(folder_loot(&s.path("Sync")));
    let locks: Vec<&Lock> = loots.iter().flat_map(|l| l.locks.iter()).collect();
    let opens = |k: &[u8]| locks.iter().any(|l| l.opens_with(k));

    // Positive control: the oracle recognises the real keys.
    let rk = data_encoding::BASE32_NOPAD.decode(shown.replace('-', "").as_bytes()).unwrap();
    assert!(opens(&rk), "the recovery key opens the recovery wrapping");
    let kek_now = argon2id(NEW_PASS, &loots[stored.iter().position(|p| *p == s.journal()).unwrap()].salt);
    assert!(opens(&kek_now), "the key from the current passphrase opens the journal's wrapping");
    // …and the record key derived from the data key opens the journal's record lock.
    let journal = &loots[stored.iter().position(|p| *p == s.journal()).unwrap()];
    let data_key = journal.locks[1].open(&rk).expect("the recovery key opens its wrapping");
    let record_key = hkdf(&journal.journal_id, &data_key, b"ebb record key v1");
    assert!(journal.locks[2].opens_with(&record_key), "the real record key opens a record");
    // …and the sync key a change file of the folder (the folder's locks are the last loot's).
    let folder = loots.last().unwrap();
    assert!(folder.locks.len() >= 4, "a key file's two seals and at least two change files");
    let sync_key = hkdf(&journal.journal_id, &data_key, b"ebb sync key v1");
    assert!(
        folder.locks[2..].iter().all(|l| l.opens_with(&sync_key)),
        "the real sync key opens every change file"
    );
    assert!(folder.locks[0].opens_with(&kek_now), "the folder's key file opens with the current passphrase");

    let files: Vec<Vec<u8>> = files_below(s.dir.path()).iter().map(|p| std::fs::read(p).unwrap()).collect();
    let candidates = candidates(&files, &loots);
    let opening: Vec<_> = candidates.iter().filter(|k| opens(k.as_slice())).collect();
    println!(
        "thief: {} files, {} bytes, {} fields, {} locks; {} candidate keys tried; {} open anything",
        files.len(),
        files.iter().map(Vec::len).sum::<usize>(),
        loots.iter().map(|l| l.fields.len()).sum::<usize>(),
        locks.len(),
        candidates.len(),
        opening.len()
    );
    assert!(candidates.len() > 10_000);
    assert!(opening.is_empty(), "stored bytes open a lock: {} keys", opening.len());

    // Neither secret, in any form, in any file the command line wrote.
    let mut needles: Vec<String> = vec![PASS.into(), NEW_PASS.into(), shown.clone(), shown.replace('-', "")];
    needles.push(data_encoding::HEXLOWER.encode(&rk));
    for f in files_below(s.dir.path()) {
        let bytes = std::fs::read(&f).unwrap();
        for n in &needles {
            assert!(!holds_text(&bytes, n), "{} holds a secret", f.display());
        }
        assert!(!holds_bytes(&bytes, &rk[..16]), "{} holds the recovery key's bytes", f.display());
        // …nor those bytes in base64, at any alignment inside a longer text.
        assert!(
            base64_forms(&rk).iter().all(|n| !holds_bytes(&bytes, n)),
            "{} holds them in base64",
            f.display()
        );
    }
}

#[test]
fn the_scanner_finds_text_in_every_form_it_claims() {
    let needle = "CANARY-base64-check-Überwald";
    for prefix in ["", "a", "ab", "abc"] {
        let text = format!("{prefix}some words {needle} more words");
        for enc in [&data_encoding::BASE64, &data_encoding::BASE64URL] {
            assert!(holds_text(enc.encode(text.as_bytes()).as_bytes(), needle), "{prefix:?}");
        }
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert!(holds_text(&le, needle));
    }
    assert!(!holds_text(
        data_encoding::BASE64.encode(b"nothing to see here at all, really").as_bytes(),
        needle
    ));
}
