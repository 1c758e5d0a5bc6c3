//! The open journal and what of it is decrypted in memory, and the wiping of it.
//!
//! The desktop app decrypts every record once on unlock and runs its screens on them; the
//! command line decrypts only what a command needs (`ebb write` on a 10,000-record journal
//! reads none). Both hold the same [`Unlocked`]: its records are read on first need, and
//! every later change is mirrored in them.

use std::cell::OnceCell;

use zeroize::Zeroize;

use super::contract::Item;
use crate::error::{Error, Result};
use crate::model::{Record, RecordId};
use crate::store::{Contents, Journal};
use crate::tr;

/// How many deletes can be undone.
pub(super) const UNDO_DEPTH: usize = 20;

/// Every readable record of the journal, decrypted, and what could not be read.
pub(super) type Loaded = Contents;

fn find(l: &Loaded, id: &RecordId) -> Option<usize> {
    l.records.iter().position(|r| r.id().is_some_and(|x| x.bytes() == id.bytes()))
}

/// Wipes what was decrypted before it is freed.
fn wipe(mut l: Loaded) {
    wipe_records(&mut l.records);
    l.settings.zeroize();
}

/// An unlocked journal.
pub(super) struct Unlocked {
    pub(super) journal: Journal,
    /// Recently deleted records, newest last, so a delete can be undone.
    pub(super) deleted: Vec<Record>,
    loaded: OnceCell<Loaded>,
    /// The file's change counter when this process last read or wrote it.
    pub(super) data_version: i64,
    /// The exchanges the app runs by itself with the sync folder.
    pub(super) auto: super::syncing::Auto,
}

impl Unlocked {
    pub(super) fn new(journal: Journal) -> Result<Self> {
        let data_version = journal.data_version()?;
        Ok(Unlocked {
            journal,
            deleted: vec![],
            loaded: OnceCell::new(),
            data_version,
            auto: Default::default(),
        })
    }

    /// The decrypted records, read now if this is the first need of them.
    pub(super) fn loaded(&self) -> Result<&Loaded> {
        if let Some(l) = self.loaded.get() {
            return Ok(l);
        }
        let l = self.journal.read_all()?;
        // The Settings as read now (another process or computer may have changed them): their
        // language speaks from here on (SPEC §11).
        crate::i18n::set_chosen(l.settings.language.as_deref());
        Ok(self.loaded.get_or_init(|| l))
    }

    /// The decrypted records if they have been read.
    pub(super) fn loaded_mut(&mut self) -> Option<&mut Loaded> {
        self.loaded.get_mut()
    }

    /// Reads everything again (another process changed the file, or an import).
    pub(super) fn reload(&mut self) -> Result<()> {
        if let Some(old) = self.loaded.take() {
            wipe(old);
        }
        self.loaded()?;
        self.data_version = self.journal.data_version()?;
        Ok(())
    }

    /// Drops what is decrypted (wiped), to be read again on next need, and notes the file's
    /// change counter as this process's own.
    pub(super) fn forget(&mut self) -> Result<()> {
        if let Some(old) = self.loaded.take() {
            wipe(old);
        }
        self.data_version = self.journal.data_version()?;
        Ok(())
    }

    /// One record by id, from memory or, when nothing is decrypted yet, from the file.
    pub(super) fn record(&self, id: &RecordId) -> Result<Option<Record>> {
        match self.loaded.get() {
            Some(l) => Ok(find(l, id).map(|i| l.records[i].clone())),
            None => self.journal.get(id),
        }
    }

    /// Writes one record and mirrors it in memory.
    pub(super) fn store(&mut self, record: Record) -> Result<Item> {
        let outside = self.changed_outside()?;
        self.journal.put(&record)?;
        let item = Item::from_record(&record).ok_or_else(|| Error::invalid(tr!("app-settings-apart")))?;
        if let Some(l) = self.loaded.get_mut() {
            match record.id().and_then(|id| find(l, id)) {
                Some(i) => l.records[i] = record,
                None => l.records.push(record),
            }
        }
        self.own_write_done(outside)?;
        Ok(item)
    }

    /// Whether another process (the command line) wrote since this one last read.
    pub(super) fn changed_outside(&self) -> Result<bool> {
        Ok(self.journal.data_version()? != self.data_version)
    }

    /// After this process's own write: the file's change counter is taken as read — unless
    /// another process had written before it, whose records are then still to be read (the
    /// next `refresh` does), not hidden behind this write.
    pub(super) fn own_write_done(&mut self, outside_before: bool) -> Result<()> {
        if !outside_before {
            self.data_version = self.journal.data_version()?;
        }
        Ok(())
    }

    /// Deletes one record, keeping it (until lock) so the delete can be undone.
    pub(super) fn remove(&mut self, id: &RecordId) -> Result<Record> {
        let gone = self
            .record(id)?
            .filter(|r| !matches!(r, Record::Settings(_)))
            .ok_or_else(|| Error::NotFound(id.as_str().to_owned()))?;
        // From the file first: a delete that fails leaves the record shown and in the file.
        let outside = self.changed_outside()?;
        self.journal.delete(id)?;
        if let Some(l) = self.loaded.get_mut()
            && let Some(i) = find(l, id)
        {
            let mut taken = vec![l.records.swap_remove(i)];
            wipe_records(&mut taken);
        }
        self.own_write_done(outside)?;
        self.deleted.push(gone.clone());
        if self.deleted.len() > UNDO_DEPTH {
            let mut oldest = vec![self.deleted.remove(0)];
            wipe_records(&mut oldest);
        }
        Ok(gone)
    }
}

impl Drop for Unlocked {
    fn drop(&mut self) {
        wipe_records(&mut self.deleted);
        if let Some(l) = self.loaded.take() {
            wipe(l);
        }
    }
}

/// Overwrites every field of every record before the memory is freed: `Zeroize` is derived
/// for each record type, so no field can be forgotten here.
pub(super) fn wipe_records(records: &mut Vec<Record>) {
    records.iter_mut().for_each(Zeroize::zeroize);
    records.clear();
}
