//! Helpers shared by the integration tests: a scratch folder with a journal in it, and a way
//! to run the real `ebb` binary against it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub const PASS: &str = "correct horse battery staple";

/// A scratch folder holding one journal, removed when dropped.
pub struct Scratch {
    pub dir: tempfile::TempDir,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(o: Output) -> Self {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8(o.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(o.stderr).expect("stderr is UTF-8"),
        }
    }

    /// Asserts success and returns stdout.
    pub fn ok(self) -> String {
        assert_eq!(self.code, 0, "expected success; stderr: {}", self.stderr);
        self.stdout
    }

    /// Asserts the exit code and that the error is one line on stderr; returns stderr.
    pub fn fails(self, code: i32) -> String {
        assert_eq!(self.code, code, "stdout: {} stderr: {}", self.stdout, self.stderr);
        let lines: Vec<_> = self.stderr.lines().filter(|l| l.starts_with("ebb: ")).collect();
        assert_eq!(lines.len(), 1, "one error line expected, got: {}", self.stderr);
        assert!(
            !self.stderr.contains("panicked") && !self.stderr.contains("RUST_BACKTRACE"),
            "{}",
            self.stderr
        );
        self.stderr
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", self.stdout))
    }

    /// The `id` of the record a successful command printed.
    pub fn id(self) -> String {
        let v = self.json();
        assert_eq!(self.code, 0, "expected success; stderr: {}", self.stderr);
        v["id"].as_str().expect("an id").to_owned()
    }
}

impl Scratch {
    pub fn new() -> Self {
        Scratch { dir: tempfile::tempdir().expect("temp dir") }
    }

    /// A scratch folder with a journal already made (passphrase [`PASS`]).
    pub fn with_journal() -> Self {
        let s = Self::new();
        s.ebb(&["init"]).ok();
        s
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn journal(&self) -> PathBuf {
        self.path("journal.ebb")
    }

    /// Runs `ebb` with the journal and passphrase set through the environment.
    pub fn ebb(&self, args: &[&str]) -> Run {
        self.ebb_env(args, &[("EBB_PASSPHRASE", PASS)])
    }

    pub fn ebb_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        ebb_at(&self.journal(), self.dir.path(), args, env)
    }

    /// The journal's full JSON export.
    pub fn export(&self) -> serde_json::Value {
        let r = self.ebb(&["export"]);
        let v = r.json();
        assert_eq!(r.code, 0, "{}", r.stderr);
        v
    }

    pub fn write_file(&self, name: &str, text: &str) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, text).expect("write");
        p
    }
}

/// Runs the real `ebb` on `journal` with `home` as its home and only the passphrases `env`
/// gives (none from the test's own environment).
pub fn ebb_at(journal: &Path, home: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ebb"));
    cmd.args(args)
        .env_remove("EBB_PASSPHRASE")
        .env_remove("EBB_NEW_PASSPHRASE")
        .env("EBB_JOURNAL", journal)
        .env("HOME", home)
        .env_remove("XDG_DATA_HOME")
        // English unless a test asks for another language: the machine's own never leaks in.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    Run::from(cmd.output().expect("run ebb"))
}

/// Opens the journal file as plain SQLite, the way an attacker with a copy would.
pub fn raw(path: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(path).expect("open sqlite")
}

/// One stored row: (id, version, nonce, ciphertext).
pub type Row = (Vec<u8>, i64, Vec<u8>, Vec<u8>);

/// Every row, by id.
pub fn rows(path: &Path) -> Vec<Row> {
    let c = raw(path);
    let mut st = c.prepare("SELECT id, version, nonce, ciphertext FROM records ORDER BY id").unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

/// The UUID string of a 16-byte row id.
pub fn uuid_of(id: &[u8]) -> String {
    uuid::Uuid::from_slice(id).unwrap().to_string()
}

/// The key-encryption key as SPEC §6 defines it (Argon2id at the floor), computed apart from
/// Ebb's own code, for the tests that look for it or play the thief.
pub fn argon2id(pass: &str, salt: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    argon2::Argon2::new(
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        argon2::Params::new(65536, 3, 1, Some(32)).unwrap(),
    )
    .hash_password_into(pass.as_bytes(), salt, &mut out)
    .unwrap();
    out
}

/// Every file below `dir`, recursively.
pub fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(files_below(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// Whether `hay` holds `needle` as UTF-8, UTF-16LE, UTF-16BE or base64 of its UTF-8.
pub fn holds_text(hay: &[u8], needle: &str) -> bool {
    let utf8 = needle.as_bytes().to_vec();
    let le: Vec<u8> = needle.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    let be: Vec<u8> = needle.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
    [utf8, le, be].iter().any(|n| holds_bytes(hay, n))
        || base64_forms(needle.as_bytes()).iter().any(|n| holds_bytes(hay, n))
}

/// What `needle` looks like inside base64 (standard or URL-safe) of a longer text: the
/// characters that do not depend on its neighbours, at each of the three alignments.
pub fn base64_forms(needle: &[u8]) -> Vec<Vec<u8>> {
    let mut out = vec![];
    for shift in 0..3 {
        let padded: Vec<u8> = std::iter::repeat_n(0u8, shift).chain(needle.iter().copied()).collect();
        // Whole 3-byte groups made only of needle bytes.
        let first = shift.div_ceil(3);
        let last = padded.len() / 3;
        if last <= first + 1 {
            continue;
        }
        let part = &padded[first * 3..last * 3];
        for enc in [&data_encoding::BASE64, &data_encoding::BASE64URL] {
            out.push(enc.encode(part).into_bytes());
        }
    }
    out
}

pub fn holds_bytes(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// `ebb episode` arguments of a pause: a pull-away by `actor` at `at`, promising to be back at
/// `back`; more options follow with `[pause_args(…), vec![…]].concat()`.
pub fn pause_args<'a>(actor: &'a str, at: &'a str, back: &'a str) -> Vec<&'a str> {
    vec!["episode", "--kind", "pull_away", "--actor", actor, "--at", at, "--return-at", back]
}
