//! Files Ebb writes outside the journal, and where the journal lives by default.
//!
//! Everything here is plaintext the user asked for (exports, reports) or a secret (the
//! recovery key), so every file is created readable by its owner only.

use std::path::{Path, PathBuf};

use crate::crypto::RecoveryKey;
use crate::error::{Error, Result};
use crate::tr;

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
        .ok_or_else(|| Error::invalid(tr!("store-no-home")))?;
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
    RecoveryKey::parse(key).map_err(|_| Error::invalid(tr!("store-not-a-recovery-key")))?;
    let mut f = crate::store::create_private_file(path)?;
    std::io::Write::write_all(&mut f, format!("{}\n", key.trim()).as_bytes())
        .map_err(|e| Error::io(tr!("store-could-not-write", path = path.display().to_string()), e))
}

/// What the page asks a file dialog to say: its title, the suggested file name (save only)
/// and the one kind of file it offers. The shell opens the dialog itself, so the page never
/// names a path it did not get from the person (security review, issue 13).
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileDialog {
    /// The dialog's title.
    pub title: String,
    /// The suggested file name, for a save dialog.
    #[serde(default)]
    pub file_name: String,
    /// The one file extension offered, without the dot.
    pub extension: String,
    /// What the extension is called ("Ebb journal").
    pub label: String,
}

impl FileDialog {
    /// Longest text a dialog takes from the page: a title, a name, a label.
    const MAX_CHARS: usize = 200;

    /// Refuses a dialog Ebb would never open: long or odd texts, a name that is a path.
    pub fn check(&self) -> Result<()> {
        let texts = [&self.title, &self.file_name, &self.extension, &self.label];
        let ok = texts.iter().all(|t| t.chars().count() <= Self::MAX_CHARS && !t.contains('\0'))
            && !self.extension.is_empty()
            && self.extension.chars().all(|c| c.is_ascii_alphanumeric())
            && !self.file_name.contains('/');
        if ok { Ok(()) } else { Err(Error::invalid(tr!("store-not-a-dialog"))) }
    }
}

/// Checks a file path chosen in a save or open dialog before the core touches it.
pub fn user_path(raw: &str) -> Result<PathBuf> {
    if raw.is_empty() || raw.len() > 4096 || raw.contains('\0') {
        return Err(Error::invalid(tr!("store-unusable-path")));
    }
    let p = PathBuf::from(raw);
    if !p.is_absolute() {
        return Err(Error::invalid(tr!("store-use-the-dialog")));
    }
    Ok(p)
}

/// Writes a file readable by the owner only (exports are plaintext).
///
/// The bytes go to a new 0600 file beside the target, which is then renamed over it: an
/// existing file keeps neither its old, wider mode nor its old contents, and a symbolic link
/// at the target is replaced, never followed. A failed write leaves the target as it was.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let cant = |e| Error::io(tr!("store-could-not-write", path = path.display().to_string()), e);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| Error::invalid(tr!("store-not-a-file-name", path = path.display().to_string())))?;
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(Error::invalid(tr!("store-is-a-folder", path = path.display().to_string())));
    }
    // A pipe, a terminal or a device (`-o /dev/stdout`, a FIFO) is written as it is: there
    // is no file to make private, and replacing it would break what the user asked for.
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        let mut f = std::fs::OpenOptions::new().write(true).open(path).map_err(cant)?;
        return f.write_all(bytes).map_err(cant);
    }
    // First into a file with no name (O_TMPFILE): if Ebb is killed while writing, the kernel
    // frees it and no half-written plaintext is left beside the target. It gets a name only
    // once whole, for the rename. Where the file system has no unnamed files, a named one.
    if let Some(mut f) = unnamed_private_file(dir) {
        f.write_all(bytes).and_then(|()| f.sync_all()).map_err(cant)?;
        if let Some(tmp) = give_name(&f, dir, name) {
            return std::fs::rename(&tmp, path).map_err(|e| {
                let _ = std::fs::remove_file(&tmp);
                cant(e)
            });
        }
    }
    let (tmp, mut f) = named_private_file(dir, name)?;
    let written = f.write_all(bytes).and_then(|()| f.sync_all()).and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(cant(e));
    }
    Ok(())
}

/// A new file with no name in `dir`, mode 0600; `None` where unnamed files are not offered.
fn unnamed_private_file(dir: &Path) -> Option<std::fs::File> {
    use rustix::fs::{Mode, OFlags};
    let flags = OFlags::TMPFILE | OFlags::WRONLY | OFlags::CLOEXEC;
    rustix::fs::open(dir, flags, Mode::RUSR | Mode::WUSR).ok().map(std::fs::File::from)
}

/// Links an unnamed file into `dir` under a fresh `NAME.xxxxxxxx.part`, for the rename.
fn give_name(f: &std::fs::File, dir: &Path, name: &std::ffi::OsStr) -> Option<PathBuf> {
    use std::os::fd::AsRawFd;
    let proc = format!("/proc/self/fd/{}", f.as_raw_fd());
    for _ in 0..16 {
        let candidate = dir.join(part_name(name));
        let linked = rustix::fs::linkat(
            rustix::fs::CWD,
            proc.as_str(),
            rustix::fs::CWD,
            &candidate,
            rustix::fs::AtFlags::SYMLINK_FOLLOW,
        );
        match linked {
            Ok(()) => return Some(candidate),
            Err(rustix::io::Errno::EXIST) => continue,
            Err(_) => return None,
        }
    }
    None
}

fn part_name(name: &std::ffi::OsStr) -> std::ffi::OsString {
    let mut t = name.to_owned();
    t.push(format!(".{:08x}.part", fastrand::u32(..)));
    t
}

/// A new named 0600 file `NAME.xxxxxxxx.part` in `dir`.
fn named_private_file(dir: &Path, name: &std::ffi::OsStr) -> Result<(PathBuf, std::fs::File)> {
    for _ in 0..16 {
        let candidate = dir.join(part_name(name));
        match crate::store::create_private_file(&candidate) {
            Ok(f) => return Ok((candidate, f)),
            Err(Error::AlreadyExists(_)) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(Error::invalid(tr!("store-could-not-make-file", folder = dir.display().to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_leaves_only_the_target_behind_and_its_draft_never_had_a_name() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("export.json");
        // The draft is an unnamed file here (the temp folder's file system offers them), so
        // a kill before the rename leaves nothing to find.
        let draft = unnamed_private_file(dir.path()).expect("O_TMPFILE in the temp folder");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "an unnamed file is not listed");
        assert_eq!(draft.metadata().unwrap().permissions().mode() & 0o777, 0o600);
        drop(draft);
        write_private(&target, b"words").unwrap();
        write_private(&target, b"other words").unwrap();
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["export.json"]);
        assert_eq!(std::fs::read(&target).unwrap(), b"other words");
        assert_eq!(std::fs::metadata(&target).unwrap().permissions().mode() & 0o777, 0o600);
    }
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn an_existing_open_file_becomes_private_and_a_link_is_replaced_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("export.json");
        std::fs::write(&out, "old and longer than the new contents").unwrap();
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).unwrap();
        write_private(&out, b"new").unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"new");
        assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);

        let elsewhere = dir.path().join("elsewhere.txt");
        std::fs::write(&elsewhere, "not to be touched").unwrap();
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&elsewhere, &link).unwrap();
        write_private(&link, b"export").unwrap();
        assert_eq!(std::fs::read_to_string(&elsewhere).unwrap(), "not to be touched");
        assert!(!std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(&link).unwrap(), b"export");
        // Nothing half-written is left beside them.
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 3, "{names:?}");
    }

    #[test]
    fn a_folder_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let e = write_private(dir.path(), b"x").unwrap_err();
        assert!(e.to_string().contains("folder"), "{e}");
    }
}
