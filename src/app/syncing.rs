//! Several computers (SPEC §9): connecting the journal to a sync folder, joining one, the
//! exchanges — asked for, or run by the app itself on unlock, shortly after each save, when
//! the folder changes and once a minute — and the versions kept in conflict.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Serialize;
use ts_rs::TS;

use super::{App, Item, Passphrase, Status, memory::Unlocked};
use crate::crypto::RecoveryKey;
use crate::error::{Error, Result};
use crate::model::{RecordId, Timestamp};
use crate::sync::{self, Opener, SyncReport, SyncStatus};
use crate::tr;

/// How long after a save the app exchanges: long enough that a burst of autosaves while
/// typing makes one file, short enough that the other computer hears of it at once.
pub const AFTER_SAVE: Duration = Duration::from_secs(2);
/// How often the app exchanges with nothing new here, for a sync tool whose changes the
/// folder watch missed (a network drive, say).
pub const EVERY: Duration = Duration::from_secs(60);

/// What the app keeps of its own exchanges while unlocked.
#[derive(Debug, Default)]
pub(super) struct Auto {
    /// The folder the journal syncs through, none when it does not (read from the sealed
    /// bookkeeping once per unlock, then kept: the desktop asks every second).
    folder: Option<Option<PathBuf>>,
    /// When a save not yet sent was first seen.
    pending_since: Option<Instant>,
    /// The folder changed since the last exchange.
    folder_changed: bool,
    last_run: Option<Instant>,
    last_at: Option<Timestamp>,
    problem: Option<String>,
}

/// The sync part of Settings: where, which devices, how the last exchange went.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SyncView {
    /// Where the journal syncs and its devices; none when it does not sync.
    pub status: Option<SyncStatus>,
    /// When this computer last exchanged (this session).
    pub last_exchange_at: Option<String>,
    /// What went wrong in the last exchange, in words for people; none if all went well.
    pub problem: Option<String>,
    /// How many versions are kept in conflict.
    pub conflicts: u32,
}

/// A version of a record kept beside the one shown, as the app lists it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ConflictItem {
    /// The record's id.
    pub id: String,
    /// The device that made this version.
    pub device: String,
    /// This version's change id, to choose it with [`App::keep_version`].
    pub change: String,
    /// The version.
    pub item: Item,
    /// The version shown now; none when the record was deleted on another computer.
    pub shown: Option<Item>,
}

/// Runs one exchange for the app and notes how it went. Records that changed here are read
/// again on next need, and the next [`App::refresh`] says so, so the page shows them.
fn exchange(s: &mut Unlocked, now: Instant) -> Result<SyncReport> {
    s.auto.folder_changed = false;
    s.auto.pending_since = None;
    s.auto.last_run = Some(now);
    match sync::exchange(&mut s.journal) {
        Ok(r) => {
            s.auto.last_at = Some(Timestamp::now());
            s.auto.problem = r.problem().map(|e| e.to_string());
            if r.received > 0 || r.conflicts > 0 {
                s.forget()?;
                // No change counter of SQLite's is ever this: the next refresh reads again.
                s.data_version = i64::MIN;
            }
            Ok(r)
        }
        Err(e) => {
            s.auto.problem = Some(e.to_string());
            Err(e)
        }
    }
}

/// The folder the journal syncs through, read once per unlock.
fn folder_of(s: &mut Unlocked) -> Result<Option<PathBuf>> {
    if let Some(f) = &s.auto.folder {
        return Ok(f.clone());
    }
    let f = sync::folder(&s.journal)?;
    Ok(s.auto.folder.insert(f).clone())
}

impl App {
    /// Exchanges with the sync folder now.
    pub fn sync(&mut self) -> Result<SyncReport> {
        exchange(self.session_mut()?, Instant::now())
    }

    /// Exchanges if it is time: on the first call after unlock, [`AFTER_SAVE`] after a save,
    /// when the folder changed ([`App::sync_folder_changed`]), or [`EVERY`] since the last.
    /// Returns whether records changed here. Quiet when locked or not syncing; a failed
    /// exchange is kept for [`App::sync_view`], not returned.
    pub fn sync_if_due(&mut self, now: Instant) -> Result<bool> {
        let Some(s) = self.session.as_mut() else { return Ok(false) };
        if s.journal.read_only() {
            return Ok(false);
        }
        if folder_of(s)?.is_none() {
            return Ok(false);
        }
        let since =
            if s.journal.sync_pending()? { Some(*s.auto.pending_since.get_or_insert(now)) } else { None };
        let waited =
            |t: Option<Instant>, d: Duration| t.is_some_and(|t| now.saturating_duration_since(t) >= d);
        let due = s.auto.folder_changed
            || s.auto.last_run.is_none()
            || waited(since, AFTER_SAVE)
            || waited(s.auto.last_run, EVERY);
        if !due {
            return Ok(false);
        }
        Ok(exchange(s, now).is_ok_and(|r| r.received > 0 || r.conflicts > 0))
    }

    /// The folder the journal syncs through, for watching; none when locked or not syncing.
    pub fn sync_folder(&mut self) -> Option<PathBuf> {
        folder_of(self.session.as_mut()?).ok().flatten()
    }

    /// After a new data key: the journal left its folder, so nothing is exchanged any more.
    pub(super) fn sync_forget(&mut self) {
        if let Some(s) = self.session.as_mut() {
            s.auto = Auto::default();
        }
    }

    /// Something in the sync folder changed: exchange at the next [`App::sync_if_due`].
    pub fn sync_folder_changed(&mut self) {
        if let Some(s) = self.session.as_mut() {
            s.auto.folder_changed = true;
        }
    }

    /// Connects the journal to `folder` and sends everything.
    pub fn sync_connect(&mut self, folder: &Path) -> Result<SyncReport> {
        let s = self.session_mut()?;
        let report = sync::connect(&mut s.journal, folder)?;
        s.auto = Auto {
            folder: Some(sync::folder(&s.journal)?),
            last_run: Some(Instant::now()),
            last_at: Some(Timestamp::now()),
            ..Auto::default()
        };
        s.forget()?;
        Ok(report)
    }

    /// Where the journal syncs and the devices there; `None` when it does not sync.
    pub fn sync_status(&self) -> Result<Option<SyncStatus>> {
        sync::status(&self.session()?.journal)
    }

    /// The sync part of Settings.
    pub fn sync_view(&self) -> Result<SyncView> {
        let s = self.session()?;
        let status = sync::status(&s.journal)?;
        let conflicts = if status.is_some() { sync::conflicts(&s.journal)?.len() } else { 0 };
        Ok(SyncView {
            status,
            last_exchange_at: s.auto.last_at.as_ref().map(|t| t.as_str().to_owned()),
            problem: s.auto.problem.clone(),
            conflicts: u32::try_from(conflicts).unwrap_or(u32::MAX),
        })
    }

    /// Makes this computer's journal from the one in `folder`, opened with the passphrase of
    /// the journal on the other computer; it then opens here with `new`.
    pub fn join(&mut self, folder: &Path, pass: Passphrase, new: Passphrase) -> Result<SyncReport> {
        self.join_with(folder, Opener::Passphrase(&pass), &new)
    }

    /// As [`App::join`], opening the folder's journal with its recovery key.
    pub fn join_with_recovery(
        &mut self,
        folder: &Path,
        recovery_key: &str,
        new: Passphrase,
    ) -> Result<SyncReport> {
        let rk = RecoveryKey::parse(recovery_key)?;
        self.join_with(folder, Opener::Recovery(&rk), &new)
    }

    /// The desktop's first run on a second computer: joins with the other computer's
    /// passphrase, or with the recovery key when one is given, and opens the new journal.
    pub fn join_and_open(
        &mut self,
        folder: &Path,
        pass: Passphrase,
        recovery_key: &str,
        new: Passphrase,
    ) -> Result<Status> {
        if recovery_key.trim().is_empty() {
            self.join(folder, pass, new)?;
        } else {
            self.join_with_recovery(folder, recovery_key, new)?;
        }
        self.or_lock(|app| app.loaded().map(|_| ()))?;
        Ok(self.status())
    }

    fn join_with(&mut self, folder: &Path, opener: Opener<'_>, new: &Passphrase) -> Result<SyncReport> {
        let (journal, report) = sync::join(folder, self.path(), opener, new)?;
        let mut s = Unlocked::new(super::speaking(journal))?;
        s.auto = Auto {
            folder: Some(sync::folder(&s.journal)?),
            last_run: Some(Instant::now()),
            last_at: Some(Timestamp::now()),
            ..Auto::default()
        };
        self.session = Some(s);
        Ok(report)
    }

    /// Every version kept in conflict, each with the version shown beside it.
    pub fn conflicts(&self) -> Result<Vec<ConflictItem>> {
        let s = self.session()?;
        let mut out = Vec::new();
        for c in sync::conflicts(&s.journal)? {
            let Some(item) = Item::from_record(&c.record) else { continue };
            let shown = s.record(&RecordId::parse(&c.id)?)?.as_ref().and_then(Item::from_record);
            out.push(ConflictItem { id: c.id, device: c.device, change: c.change, item, shown });
        }
        Ok(out)
    }

    /// "Keep this one instead": the kept version (`change`) of record `id` becomes the one
    /// shown on every computer, and the others are let go. Exchanged at once when the folder
    /// is there (otherwise at the next exchange).
    pub fn keep_version(&mut self, id: &str, change: &str) -> Result<Item> {
        let rid = RecordId::parse(id).map_err(|_| Error::NotFound(id.to_owned()))?;
        let s = self.session_mut()?;
        let chosen = sync::conflicts(&s.journal)?
            .into_iter()
            .find(|c| c.id == rid.as_str().to_lowercase() && c.change == change)
            .ok_or_else(|| Error::invalid(tr!("app-version-gone")))?;
        s.journal.put_settling(&chosen.record)?;
        s.forget()?;
        let _ = exchange(s, Instant::now());
        Item::from_record(&chosen.record).ok_or_else(|| Error::NotFound(id.to_owned()))
    }

    /// "Keep the one shown": the other versions of record `id` are let go on every computer.
    pub fn keep_shown(&mut self, id: &str) -> Result<Option<Item>> {
        let rid = RecordId::parse(id).map_err(|_| Error::NotFound(id.to_owned()))?;
        let s = self.session_mut()?;
        let shown = s.record(&rid)?;
        match &shown {
            Some(r) => s.journal.put_settling(r)?,
            // Deleted on another computer: the deletion stands and the kept edits go.
            None => s.journal.delete_settling(&rid)?,
        }
        s.forget()?;
        let _ = exchange(s, Instant::now());
        Ok(shown.as_ref().and_then(Item::from_record))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{EntryDraft, Filter};

    fn entry(text: &str) -> EntryDraft {
        crate::app::bare_entry("2026-12-01", text)
    }

    /// Two computers on one folder: A made the journal and the folder, B joined.
    fn two() -> (tempfile::TempDir, App, App) {
        let dir = tempfile::tempdir().unwrap();
        let mut a = App::new(dir.path().join("a.ebb"));
        let rk = a.create(Passphrase::new("the first computer".into())).unwrap();
        a.sync_connect(&dir.path().join("folder")).unwrap();
        let mut b = App::new(dir.path().join("b.ebb"));
        b.join_with_recovery(&dir.path().join("folder"), &rk, Passphrase::new("the second computer".into()))
            .unwrap();
        (dir, a, b)
    }

    fn texts(app: &App) -> Vec<String> {
        let mut t: Vec<String> = app
            .list(&Filter::default())
            .unwrap()
            .items
            .into_iter()
            .filter_map(|i| match i {
                Item::Entry(e) => Some(e.text),
                _ => None,
            })
            .collect();
        t.sort();
        t
    }

    #[test]
    fn the_app_exchanges_shortly_after_a_save_when_the_folder_changes_and_once_a_minute() {
        let (_dir, mut a, mut b) = two();
        let t0 = Instant::now();
        a.save_entry(entry("written on A")).unwrap();
        assert!(!a.sync_if_due(t0).unwrap(), "a save is sent a moment later, not at once");
        assert!(b.sync_folder().is_some());
        // Nothing has reached the folder yet: B, told the folder changed, finds nothing.
        b.sync_folder_changed();
        assert!(!b.sync_if_due(t0).unwrap());
        assert!(!a.sync_if_due(t0 + Duration::from_millis(1500)).unwrap());
        a.sync_if_due(t0 + AFTER_SAVE).unwrap();
        assert!(a.sync_view().unwrap().last_exchange_at.is_some());
        // Without a word from the folder, B waits for its minute…
        assert!(!b.sync_if_due(t0 + Duration::from_secs(30)).unwrap());
        assert!(texts(&b).is_empty());
        assert!(b.sync_if_due(t0 + EVERY).unwrap(), "…then takes the record in");
        assert!(b.refresh().unwrap(), "the page is told to read again");
        assert_eq!(texts(&b), vec!["written on A"]);
        assert!(!b.refresh().unwrap());
        // A change in the folder is taken in at once.
        b.save_entry(entry("written on B")).unwrap();
        let t1 = t0 + EVERY + Duration::from_secs(5);
        b.sync_if_due(t1).unwrap();
        b.sync_if_due(t1 + AFTER_SAVE).unwrap();
        a.sync_folder_changed();
        assert!(a.sync_if_due(t1 + AFTER_SAVE).unwrap());
        assert_eq!(texts(&a), vec!["written on A", "written on B"]);
        // Locked, nothing happens and nothing fails.
        a.lock();
        assert!(!a.sync_if_due(t1 + EVERY * 2).unwrap());
        assert!(a.sync_folder().is_none());
    }

    #[test]
    fn the_first_check_after_unlock_exchanges() {
        let (dir, a, mut b) = two();
        drop(a);
        let mut a = App::new(dir.path().join("a.ebb"));
        a.unlock(Passphrase::new("the first computer".into())).unwrap();
        b.save_entry(entry("while A was closed")).unwrap();
        b.sync().unwrap();
        assert!(a.sync_if_due(Instant::now()).unwrap());
        assert_eq!(texts(&a), vec!["while A was closed"]);
    }

    /// An entry both computers have, then edited on each before either heard of the other's
    /// edit; A sends first. Returns its id and what B's exchange that met A's edit said.
    fn edited_apart(a: &mut App, b: &mut App) -> (String, SyncReport) {
        let Item::Entry(e) = a.save_entry(entry("the first words")).unwrap() else { panic!("an entry") };
        a.sync().unwrap();
        b.sync().unwrap();
        let edit = |text: &str| EntryDraft { id: Some(e.id.as_str().to_owned()), ..entry(text) };
        a.save_entry(edit("A's version")).unwrap();
        b.save_entry(edit("B's version")).unwrap();
        a.sync().unwrap();
        let seen = b.sync().unwrap();
        a.sync().unwrap();
        (e.id.as_str().to_owned(), seen)
    }

    #[test]
    fn keep_this_one_instead_settles_the_conflict_on_both_computers() {
        let (_dir, mut a, mut b) = two();
        let (_, seen) = edited_apart(&mut a, &mut b);
        assert_eq!(seen.conflicts, 1);
        let on_a = a.conflicts().unwrap();
        assert_eq!(on_a.len(), 1);
        assert_eq!(b.conflicts().unwrap().len(), 1);
        assert_eq!(a.sync_view().unwrap().conflicts, 1);
        let kept = on_a[0].clone();
        let Some(Item::Entry(shown)) = &kept.shown else { panic!("the shown version is beside it") };
        let Item::Entry(other) = &kept.item else { panic!("an entry") };
        assert_ne!(shown.text, other.text);
        let chosen = other.text.clone();
        // A wrong change id is refused, nothing changes.
        assert!(a.keep_version(&kept.id, "00").is_err());
        a.keep_version(&kept.id, &kept.change).unwrap();
        b.sync().unwrap();
        a.sync().unwrap();
        assert!(a.conflicts().unwrap().is_empty());
        assert!(b.conflicts().unwrap().is_empty());
        assert_eq!(texts(&a), vec![chosen.clone()]);
        assert_eq!(texts(&b), vec![chosen]);
    }

    #[test]
    fn keep_the_one_shown_lets_the_other_go_and_a_deletion_can_stand() {
        let (_dir, mut a, mut b) = two();
        let Item::Entry(e) = a.save_entry(entry("first")).unwrap() else { panic!() };
        a.sync().unwrap();
        b.sync().unwrap();
        // Deleted on A while B edited it: the deletion shows, B's edit is kept beside it.
        a.delete(e.id.as_str()).unwrap();
        b.save_entry(EntryDraft { id: Some(e.id.as_str().to_owned()), ..entry("edited on B") }).unwrap();
        a.sync().unwrap();
        b.sync().unwrap();
        a.sync().unwrap();
        let c = b.conflicts().unwrap();
        assert_eq!(c.len(), 1);
        assert!(c[0].shown.is_none(), "nothing is shown: it was deleted");
        assert!(texts(&b).is_empty());
        assert_eq!(b.keep_shown(e.id.as_str()).unwrap(), None);
        a.sync().unwrap();
        assert!(a.conflicts().unwrap().is_empty() && b.conflicts().unwrap().is_empty());
        assert!(texts(&a).is_empty() && texts(&b).is_empty());
    }

    #[test]
    fn a_new_key_waits_until_the_conflicts_are_settled_then_leaves_the_folder() {
        let (_dir, mut a, mut b) = two();
        let (id, _) = edited_apart(&mut a, &mut b);
        let pass = || Passphrase::new("the first computer".into());
        let err = a.rekey(pass(), &mut |_, _| {}).unwrap_err().to_string();
        assert!(err.contains("choose between them first"), "{err}");
        assert_eq!(a.conflicts().unwrap().len(), 1, "nothing was dropped");
        a.keep_shown(&id).unwrap();
        let change = a.rekey(pass(), &mut |_, _| {}).unwrap();
        assert!(change.left_sync.is_some());
        assert!(a.sync_view().unwrap().status.is_none());
        assert!(!a.sync_if_due(Instant::now() + EVERY * 2).unwrap(), "nothing more to exchange");
        assert!(a.sync_view().unwrap().problem.is_none());
    }
}
