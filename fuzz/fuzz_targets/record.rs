//! The record decoder that unlock runs on every stored row: authentic rows holding any
//! plaintext (with or without a sane length prefix), and rows of any bytes at all.
#![no_main]

use std::sync::OnceLock;

use ebb::crypto::{Keys, SecretKey};
use ebb::store::decode;
use libfuzzer_sys::fuzz_target;

const ROW: [u8; 16] = *b"0123456789abcdef";

fn keys() -> &'static Keys {
    static KEYS: OnceLock<Keys> = OnceLock::new();
    KEYS.get_or_init(|| Keys::derive(SecretKey::generate().unwrap(), [7; 16]).unwrap())
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let keys = keys();
    match mode % 3 {
        // Any plaintext, sealed and padded as Ebb seals it: must parse or be refused.
        0 => {
            let (nonce, ct) = keys.seal_record(&ROW, 1, rest).unwrap();
            if let Some(rec) = decode(keys, &ROW, 1, &nonce, ct) {
                // Whatever is accepted belongs to this row.
                assert_eq!(rec.id().map(|i| i.bytes()), Some(ROW));
            }
        }
        // Authentic but with the length prefix and padding the fuzzer chose.
        1 => {
            let (nonce, ct) = keys.seal_record_unpadded(&ROW, 2, rest).unwrap();
            let _ = decode(keys, &ROW, 2, &nonce, ct);
        }
        // A stored row of any bytes: never opens.
        _ => {
            let (nonce, ct) = rest.split_at(rest.len().min(12));
            assert!(decode(keys, &ROW, 3, nonce, ct.to_vec()).is_none());
        }
    }
});
