//! Several computers (SPEC §9): connecting the journal to a sync folder, joining one, the
//! exchanges, and the versions kept in conflict.

use std::path::Path;

use super::{App, Item, Passphrase, memory::Unlocked};
use crate::crypto::RecoveryKey;
use crate::error::{Error, Result};
use crate::model::RecordId;
use crate::sync::{self, Opener, SyncReport, SyncStatus};

/// A version of a record kept beside the one shown, as the app lists it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
pub struct ConflictItem {
    /// The record's id.
    pub id: String,
    /// The device that made this version.
    pub device: String,
    /// This version's change id, to choose it with [`App::keep_version`].
    pub change: String,
    /// The version.
    pub item: Item,
}

impl App {
    /// Exchanges with the sync folder now. Records read in are read again on next need.
    pub fn sync(&mut self) -> Result<SyncReport> {
        let s = self.session_mut()?;
        let report = sync::exchange(&mut s.journal)?;
        s.forget()?;
        Ok(report)
    }

    /// Connects the journal to `folder` and sends everything.
    pub fn sync_connect(&mut self, folder: &Path) -> Result<SyncReport> {
        let s = self.session_mut()?;
        let report = sync::connect(&mut s.journal, folder)?;
        s.forget()?;
        Ok(report)
    }

    /// Where the journal syncs and the devices there; `None` when it does not sync.
    pub fn sync_status(&self) -> Result<Option<SyncStatus>> {
        sync::status(&self.session()?.journal)
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

    fn join_with(&mut self, folder: &Path, opener: Opener<'_>, new: &Passphrase) -> Result<SyncReport> {
        let (journal, report) = sync::join(folder, self.path(), opener, new)?;
        self.session = Some(Unlocked::new(journal)?);
        Ok(report)
    }

    /// Every version kept in conflict.
    pub fn conflicts(&self) -> Result<Vec<ConflictItem>> {
        let s = self.session()?;
        Ok(sync::conflicts(&s.journal)?
            .into_iter()
            .filter_map(|c| {
                Item::from_record(&c.record).map(|item| ConflictItem {
                    id: c.id,
                    device: c.device,
                    change: c.change,
                    item,
                })
            })
            .collect())
    }

    /// "Keep this one instead": the kept version (`change`) of record `id` becomes the one
    /// shown on every computer, and the others are let go at the next exchange.
    pub fn keep_version(&mut self, id: &str, change: &str) -> Result<Item> {
        let rid = RecordId::parse(id).map_err(|_| Error::NotFound(id.to_owned()))?;
        let s = self.session_mut()?;
        let chosen = sync::conflicts(&s.journal)?
            .into_iter()
            .find(|c| c.id == rid.as_str().to_lowercase() && c.change == change)
            .ok_or_else(|| {
                Error::invalid("that version is no longer kept; it may have been settled on another computer")
            })?;
        s.journal.put_settling(&chosen.record)?;
        s.forget()?;
        Item::from_record(&chosen.record).ok_or_else(|| Error::NotFound(id.to_owned()))
    }
}
