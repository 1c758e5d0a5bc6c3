//! Every way the core can fail, in words a person can act on.
//!
//! Messages never carry a passphrase, a key or journal text: they may reach a terminal, a log
//! or the desktop UI. The [`Error::kind`] string is what the UI switches on, and
//! [`Error::exit_code`] is the contract of SPEC §4.

use std::path::PathBuf;

use crate::tr;

/// The result type of the whole core.
pub type Result<T> = std::result::Result<T, Error>;

/// One failure, classified so that callers can tell a typo from a damaged file.
#[derive(Debug)]
pub enum Error {
    /// Input that does not follow the rules (a value out of range, a malformed date, an
    /// import file with an unknown field). Nothing was written.
    Invalid(String),

    /// The passphrase did not open the journal.
    WrongPassphrase,

    /// The recovery key was malformed or did not open the journal.
    WrongRecoveryKey,

    /// The journal file, or some records in it, failed authentication.
    Damaged(String),

    /// One or more records could not be authenticated; their ids are listed.
    DamagedRecords {
        /// The ids of the records that failed authentication.
        ids: Vec<String>,
    },

    /// The file exists but is not an Ebb journal at all.
    NotAJournal(PathBuf),

    /// The journal was written by a newer version of Ebb than this one.
    NewerVersion {
        /// The schema version found in the file.
        found: i64,
        /// The newest schema version this build understands.
        supported: i64,
    },

    /// No journal where one was expected.
    NoJournal(PathBuf),

    /// A journal (or another file) is already where a new one would go.
    AlreadyExists(PathBuf),

    /// The journal is locked: keys have been wiped.
    Locked,

    /// A record with that id is not in the journal.
    NotFound(String),

    /// A file could not be read or written.
    Io {
        /// What Ebb was doing, with the path.
        context: String,
        /// The operating system's error.
        source: std::io::Error,
    },

    /// SQLite failed for a reason other than damage.
    Sqlite(rusqlite::Error),

    /// The system random number generator or another cryptographic primitive failed.
    Crypto,

    /// A bug inside Ebb stopped an operation part way; nothing was written.
    Internal(&'static str),
}

impl std::fmt::Display for Error {
    /// The message in the language speaking now ([`crate::i18n::current`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = match self {
            Error::Invalid(m) | Error::Damaged(m) => m.clone(),
            Error::WrongPassphrase => tr!("error-wrong-passphrase"),
            Error::WrongRecoveryKey => tr!("error-wrong-recovery-key"),
            Error::DamagedRecords { ids } => {
                tr!("error-damaged-records", count = ids.len(), ids = ids.join(", "))
            }
            Error::NotAJournal(p) => tr!("error-not-a-journal", path = p.display().to_string()),
            Error::NewerVersion { found, supported } => {
                tr!("error-newer-version", found = found.to_string(), supported = supported.to_string())
            }
            Error::NoJournal(p) => tr!("error-no-journal", path = p.display().to_string()),
            Error::AlreadyExists(p) => tr!("error-already-exists", path = p.display().to_string()),
            Error::Locked => tr!("error-locked"),
            Error::NotFound(id) => tr!("error-not-found", id = id),
            Error::Io { context, source } => {
                tr!("error-io", context = context, problem = io_words(source))
            }
            Error::Sqlite(e) => tr!("error-sqlite", problem = e.to_string()),
            Error::Crypto => tr!("error-crypto"),
            Error::Internal(what) => tr!("error-internal", what = *what),
        };
        f.write_str(&s)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            Error::Sqlite(e) => Some(e),
            _ => None,
        }
    }
}

/// What the system said, in the person's language for the failures people meet (a file
/// not there, no permission, a full disk); the system's own words, with its number, else.
fn io_words(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let id = match e.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission-denied",
        K::AlreadyExists => "io-already-exists",
        K::StorageFull => "io-storage-full",
        K::ReadOnlyFilesystem => "io-read-only",
        K::IsADirectory => "io-is-a-folder",
        K::NotADirectory => "io-not-a-folder",
        K::InvalidData | K::UnexpectedEof => "io-invalid-data",
        _ => return e.to_string(),
    };
    tr!(id)
}

impl Error {
    /// A short stable name for the class of error, for the UI (`{kind, message}`).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Invalid(_) => "invalid",
            Error::WrongPassphrase => "wrong_passphrase",
            Error::WrongRecoveryKey => "wrong_recovery_key",
            Error::Damaged(_) | Error::DamagedRecords { .. } => "damaged",
            Error::NotAJournal(_) => "not_a_journal",
            Error::NewerVersion { .. } => "newer_version",
            Error::NoJournal(_) => "no_journal",
            Error::AlreadyExists(_) => "already_exists",
            Error::Locked => "locked",
            Error::NotFound(_) => "not_found",
            Error::Io { .. } => "io",
            Error::Sqlite(_) => "database",
            Error::Crypto => "crypto",
            Error::Internal(_) => "internal",
        }
    }

    /// The process exit code of SPEC §4: 2 bad input, 3 wrong passphrase or recovery key,
    /// 4 damaged or tampered, 1 anything else.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Invalid(_) | Error::NotFound(_) => 2,
            Error::WrongPassphrase | Error::WrongRecoveryKey => 3,
            Error::Damaged(_) | Error::DamagedRecords { .. } | Error::NotAJournal(_) => 4,
            _ => 1,
        }
    }

    /// Shorthand for an [`Error::Invalid`].
    pub fn invalid(msg: impl Into<String>) -> Self {
        Error::Invalid(msg.into())
    }

    /// Wraps an I/O error with what Ebb was doing.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io { context: context.into(), source }
    }
}

/// An error as it crosses to the UI: a stable kind to switch on and a message for people.
/// Built from [`Error`], whose messages never hold a secret.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct ErrorPayload {
    /// The error's class as a stable name, e.g. `wrong_passphrase` ([`Error::kind`]).
    pub kind: String,
    /// The error's one-line message, for people.
    pub message: String,
}

impl From<&Error> for ErrorPayload {
    fn from(e: &Error) -> Self {
        ErrorPayload { kind: e.kind().to_owned(), message: e.to_string() }
    }
}

impl From<rusqlite::Error> for Error {
    /// SQLite's own corruption codes mean a damaged file, not a program fault: they get the
    /// damaged-journal exit code and wording. So does "unsupported file format", SQLite's
    /// generic error for a damaged schema-format field in the file header (found by the
    /// random bit-flip test).
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
        let bad_format =
            matches!(&e, rusqlite::Error::SqliteFailure(_, Some(m)) if m == "unsupported file format");
        // Ebb writes every column with its own type; a value of another type in a row (a
        // flipped bit in SQLite's record header, found by the random bit-flip test) is
        // damage too, not a program fault.
        let wrong_type = matches!(
            &e,
            rusqlite::Error::InvalidColumnType(..) | rusqlite::Error::FromSqlConversionFailure(..)
        );
        match e.sqlite_error_code() {
            Some(DatabaseCorrupt) | Some(NotADatabase) => Error::Damaged(tr!("error-damaged-structure")),
            _ if bad_format || wrong_type => Error::Damaged(tr!("error-damaged-structure")),
            _ => Error::Sqlite(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_of_the_wrong_type_in_the_file_is_damage() {
        let e = Error::from(rusqlite::Error::InvalidColumnType(
            1,
            "sealed".into(),
            rusqlite::types::Type::Integer,
        ));
        assert!(matches!(e, Error::Damaged(_)), "{e:?}");
        assert_eq!(e.exit_code(), 4);
    }

    #[test]
    fn exit_codes_follow_the_spec() {
        assert_eq!(Error::invalid("x").exit_code(), 2);
        assert_eq!(Error::WrongPassphrase.exit_code(), 3);
        assert_eq!(Error::WrongRecoveryKey.exit_code(), 3);
        assert_eq!(Error::DamagedRecords { ids: vec!["a".into()] }.exit_code(), 4);
        assert_eq!(Error::Crypto.exit_code(), 1);
    }

    #[test]
    fn a_damaged_schema_format_field_is_damage_not_a_database_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.db");
        rusqlite::Connection::open(&path)
            .unwrap()
            .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        // Offset 44: the schema format number, 1 to 4 (big-endian); one flipped bit makes it 12.
        bytes[47] = 12;
        std::fs::write(&path, &bytes).unwrap();
        let e = rusqlite::Connection::open(&path)
            .and_then(|c| c.query_row("SELECT x FROM t", [], |r| r.get::<_, i64>(0)));
        let e = Error::from(e.unwrap_err());
        assert!(matches!(e, Error::Damaged(_)), "{e:?}");
        assert_eq!(e.exit_code(), 4);
    }

    #[test]
    fn damaged_records_message_names_each_id() {
        let e = Error::DamagedRecords { ids: vec!["id-1".into(), "id-2".into()] };
        let msg = e.to_string();
        assert!(msg.contains("2 records are"), "{msg}");
        assert!(msg.contains("id-1") && msg.contains("id-2"), "{msg}");
    }
}
