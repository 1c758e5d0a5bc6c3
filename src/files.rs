//! Files Ebb writes outside the journal, and where the journal lives by default.
//!
//! Everything here is plaintext the user asked for (exports, reports) or a secret (the
//! recovery key), so every file is created readable by its owner only.

use std::path::{Path, PathBuf};

use crate::crypto::RecoveryKey;
use crate::error::{Error, Result};

/// Where the journal is: `flag` (`--journal`), then `EBB_JOURNAL`, then the XDG data folder
/// (`$XDG_DATA_HOME/ebb/journal.ebb`, else `~/.local/share/ebb/journal.ebb`).
pub fn journal_path(flag: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = flag {
        return Ok(p.to_owned());
    }
    if let Some(p) = std::env::var_os("EBB_JOURNAL").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let data = std::env::var_os("XDG_DATA_HOME")
        .filter(|p| !p.is_empty() && Path::new(p).is_absolute())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(".local/share"))
        })
        .ok_or_else(|| {
            Error::invalid("cannot find your home folder; give the journal's place with --journal PATH")
        })?;
    Ok(data.join("ebb").join("journal.ebb"))
}

/// Creates a new empty file with mode 0600, failing if anything is already there.
pub fn create_private_file(path: &Path) -> Result<std::fs::File> {
    crate::store::create_private_file(path)
}

/// Saves the recovery key shown at creation to a new file readable only by the owner.
/// Refuses anything that is not a well-formed recovery key, so the page cannot use this to
/// write arbitrary files.
pub fn write_recovery_key(path: &Path, key: &str) -> Result<()> {
    RecoveryKey::parse(key).map_err(|_| Error::invalid("that is not a recovery key"))?;
    let mut f = crate::store::create_private_file(path)?;
    std::io::Write::write_all(&mut f, format!("{}\n", key.trim()).as_bytes())
        .map_err(|e| Error::io(format!("could not write {}", path.display()), e))
}

/// Checks a file path chosen in a save or open dialog before the core touches it.
pub fn user_path(raw: &str) -> Result<PathBuf> {
    if raw.is_empty() || raw.len() > 4096 || raw.contains('\0') {
        return Err(Error::invalid("that is not a usable file path"));
    }
    let p = PathBuf::from(raw);
    if !p.is_absolute() {
        return Err(Error::invalid("please choose the file with the file dialog (an absolute path)"));
    }
    Ok(p)
}

/// Writes a file readable by the owner only (exports are plaintext).
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| Error::io(format!("could not write {}", path.display()), e))?;
    f.write_all(bytes).map_err(|e| Error::io(format!("could not write {}", path.display()), e))
}
