//! Sync through a folder that another tool keeps alike on several computers (SPEC §9).
//!
//! Ebb never talks to the network: it writes sealed files into a folder and reads the ones
//! other devices wrote there, and a sync tool (Syncthing, a shared drive, a USB stick) carries
//! them. The layout, the threats it stands up to and those it does not are in
//! `docs/sync.md`; in short:
//!
//! - `FOLDER/devices/<device id>/` belongs to one device, which alone writes there: `key`
//!   (its journal's header, so a new device can join with that device's passphrase or the
//!   recovery key) and its change files `000000000001`, `000000000002`, … each written once,
//!   whole (a partial file under a dot name, renamed into place), never changed.
//! - A change file is sealed under a key of the journal's, bound to the journal, the device
//!   and its number, and names the file before it by hash: a file altered, moved to another
//!   device, put in another place, replayed or missing from the middle does not apply, and
//!   the exchange says which device's files are wrong while it goes on with the others.
//! - Each exchange sends what this device wrote since the last one (the journal notes those
//!   rows as it writes them) and reads only the files that are new since then, so its cost
//!   follows the changes, not the journal.
//! - A change names the versions it replaces; `merge.rs` turns that into the same versions on
//!   every device, with the conflicts kept.

mod merge;

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use data_encoding::HEXLOWER;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::{Zeroize, Zeroizing};

use crate::crypto::{self, Passphrase, RecoveryKey};
use crate::error::{Error, Result};
use crate::model::{Record, RecordId, Timestamp};
use crate::store::{Journal, KeyFile, SyncTx};
use crate::tr;
use merge::Head;

/// The folder inside a sync folder that holds one folder per device.
pub const DEVICES: &str = "devices";
/// A device's header in its folder.
const KEY: &str = "key";
/// The largest change file read: far beyond any real one (a 10,000-record journal sends
/// about 6 MB when it starts to sync), small enough that a planted file cannot exhaust memory.
const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// How far this device has read one other device's files.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Peer {
    /// The number of its last file applied here (0: none yet).
    seq: u64,
    /// The hash of that file, which its next one must name.
    hash: String,
    /// When that device wrote it.
    last_change_at: Option<Timestamp>,
}

/// This device's place in the folder, kept sealed in the journal.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct State {
    folder: PathBuf,
    /// This device's id, hex.
    device: String,
    /// The number its next file gets.
    next_seq: u64,
    /// The hash of its last file.
    last_hash: String,
    /// When it last wrote a file.
    last_change_at: Option<Timestamp>,
    /// The check of the header its `key` file holds (a passphrase change writes it again).
    published: String,
    peers: BTreeMap<String, Peer>,
}

/// One change file's contents.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Body {
    written_at: Timestamp,
    /// The hash of the writer's file before this one ("" for its first).
    prev: String,
    /// How far the writer had read each other device's files: this file waits until the
    /// reader has read as far, so a change never arrives before what it replaces.
    after: BTreeMap<String, u64>,
    changes: Vec<Change>,
}

/// One row's change.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Change {
    /// The record's id, or `settings`.
    id: String,
    /// This change's own id, hex.
    change: String,
    /// The changes whose versions this one replaces.
    prev: Vec<String>,
    /// See [`Head::stamp`].
    stamp: Timestamp,
    /// The record; none for a deletion.
    #[serde(default)]
    record: Option<Record>,
}

impl Drop for Change {
    fn drop(&mut self) {
        if let Some(r) = self.record.as_mut() {
            r.zeroize();
        }
    }
}

/// What one exchange did (`ebb sync` prints the three counts).
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
pub struct SyncReport {
    /// Rows this device sent.
    pub sent: u32,
    /// Changes from other devices applied here.
    pub received: u32,
    /// Versions set aside as conflicts by this exchange (each kept, see [`conflicts`]).
    pub conflicts: u32,
    /// Devices whose files were not applied, and why.
    pub problems: Vec<SyncProblem>,
}

/// A device whose files in the folder are wrong: nothing of them was applied.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SyncProblem {
    /// The device's id.
    pub device: String,
    /// What is wrong, for people.
    pub message: String,
}

impl SyncReport {
    /// The error an exchange with problems ends with (exit 4), naming each device.
    pub fn problem(&self) -> Option<Error> {
        if self.problems.is_empty() {
            return None;
        }
        let said: Vec<String> = self
            .problems
            .iter()
            .map(|p| tr!("syncing-device-problem", device = p.device.as_str(), problem = p.message.as_str()))
            .collect();
        Some(Error::Damaged(tr!("syncing-files-wrong", problems = said.join("; "))))
    }
}

/// Where the journal syncs, and each device known there.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SyncStatus {
    /// The sync folder.
    pub folder: String,
    /// This device's id.
    pub device: String,
    /// Every device known in the folder, this one included.
    pub devices: Vec<DeviceStatus>,
}

/// One device of a sync folder.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DeviceStatus {
    /// Its id.
    pub id: String,
    /// Whether it is this computer.
    pub this_device: bool,
    /// When it last wrote a change that has been read here; none yet if nothing was.
    pub last_change_at: Option<String>,
}

/// A version of a record kept beside the one shown because two devices changed the record
/// without seeing each other's change (SPEC §9).
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The record's id.
    pub id: String,
    /// The device that made this version.
    pub device: String,
    /// This version's change id (to choose it).
    pub change: String,
    /// The version itself.
    pub record: Record,
}

/// How a device joining a folder opens the journal there.
#[derive(Debug)]
pub enum Opener<'a> {
    /// With the passphrase of a device already in the folder.
    Passphrase(&'a Passphrase),
    /// With the journal's recovery key.
    Recovery(&'a RecoveryKey),
}

fn hex(b: &[u8]) -> String {
    HEXLOWER.encode(b)
}

fn device_bytes(id: &str) -> Option<[u8; 16]> {
    HEXLOWER.decode(id.as_bytes()).ok()?.try_into().ok()
}

fn seq_name(seq: u64) -> String {
    format!("{seq:012}")
}

fn not_syncing() -> Error {
    Error::invalid(tr!("syncing-not-yet"))
}

fn to_json<T: Serialize>(v: &T) -> Result<Zeroizing<Vec<u8>>> {
    serde_json::to_vec(v)
        .map(Zeroizing::new)
        .map_err(|_| Error::Internal("sync bookkeeping would not serialize"))
}

fn load_state(tx: &SyncTx<'_>) -> Result<Option<State>> {
    tx.state()?.map(|pt| parse_state(&pt)).transpose()
}

fn parse_state(pt: &[u8]) -> Result<State> {
    serde_json::from_slice(pt).map_err(|_| Error::Damaged(tr!("syncing-state-unreadable")))
}

fn absolute(folder: &Path) -> Result<PathBuf> {
    std::path::absolute(folder)
        .map_err(|e| Error::io(tr!("syncing-cannot-find", folder = folder.display().to_string()), e))
}

/// Whether a write may replace a file already there.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Replace {
    /// The device's `key`, rewritten after a passphrase change.
    Yes,
    /// A change file: written once, never replaced (others may have read it already).
    No,
}

/// Writes `bytes` as `dir/name` whole or not at all: a partial file under a dot name (which
/// readers skip), flushed, then put in place and the folder flushed. A change file is linked
/// into place, which fails rather than replace one that is there.
fn write_whole(dir: &Path, name: &str, bytes: &[u8], replace: Replace) -> Result<()> {
    let partial = dir.join(format!(".partial-{name}-{}", hex(&crypto::random::<4>()?)));
    let io = |e| Error::io(tr!("syncing-cannot-write", folder = dir.display().to_string()), e);
    let mut f = crate::store::create_private_file(&partial)?;
    let target = dir.join(name);
    let r = f.write_all(bytes).and_then(|_| f.sync_all()).and_then(|_| match replace {
        Replace::Yes => fs::rename(&partial, &target),
        Replace::No => match fs::hard_link(&partial, &target) {
            Ok(()) => fs::remove_file(&partial),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
            // No hard links here (a FAT-formatted USB stick): one writer per folder, so a
            // look first is enough.
            Err(_) if target.symlink_metadata().is_ok() => Err(std::io::ErrorKind::AlreadyExists.into()),
            Err(_) => fs::rename(&partial, &target),
        },
    });
    if let Err(e) = r {
        let _ = fs::remove_file(&partial);
        return Err(io(e));
    }
    fs::File::open(dir).and_then(|d| d.sync_all()).map_err(io)
}

/// Removes what an interrupted write of this device left (only ever its own files).
fn remove_partials(dir: &Path) {
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.file_name().to_string_lossy().starts_with(".partial-") {
                let _ = fs::remove_file(e.path());
            }
        }
    }
}

/// The device folders present, by id.
fn devices_in(folder: &Path) -> Vec<String> {
    let mut out: Vec<String> = fs::read_dir(folder.join(DEVICES))
        .map(|it| {
            it.flatten()
                .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                .filter(|n| device_bytes(n).is_some() && *n == n.to_lowercase())
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// Connects this journal to `folder` (created if missing; refused unless empty, or already
/// this journal's folder), then exchanges: everything the journal holds is sent.
pub fn connect(journal: &mut Journal, folder: &Path) -> Result<SyncReport> {
    let folder = absolute(folder)?;
    if let Some(st) = journal.sync_state()?.map(|pt| parse_state(&pt)).transpose()? {
        if st.folder == folder {
            return exchange(journal);
        }
        return Err(Error::invalid(tr!("syncing-already-syncs", folder = st.folder.display().to_string())));
    }
    if folder.exists() {
        if !folder.is_dir() {
            return Err(Error::invalid(tr!("syncing-is-a-file", folder = folder.display().to_string())));
        }
        if !holds_nothing(&folder)? {
            return Err(Error::invalid(tr!("syncing-not-empty", folder = folder.display().to_string())));
        }
    }
    start(journal, folder, true)?;
    exchange(journal)
}

/// Makes this device's folder and bookkeeping; `send_all` notes every row for sending. Its
/// `key` file is written by the exchange that follows, so a crash here leaves at most an
/// empty folder, which `connect` still takes as empty.
fn start(journal: &mut Journal, folder: PathBuf, send_all: bool) -> Result<String> {
    let device = hex(&crypto::random::<16>()?);
    crate::store::private_dir(&folder.join(DEVICES).join(&device))?;
    let tx = journal.sync_tx()?;
    let st = State {
        folder,
        device: device.clone(),
        next_seq: 1,
        last_hash: String::new(),
        last_change_at: None,
        published: String::new(),
        peers: BTreeMap::new(),
    };
    tx.set_state(&to_json(&st)?)?;
    if send_all {
        tx.mark_all_pending()?;
    }
    tx.commit()?;
    Ok(device)
}

/// Whether `dir` holds no file but hidden ones (a sync tool's own, like Syncthing's
/// `.stfolder`), empty folders aside.
fn holds_nothing(dir: &Path) -> Result<bool> {
    let entries = fs::read_dir(dir)
        .map_err(|e| Error::io(tr!("syncing-cannot-read", folder = dir.display().to_string()), e))?;
    for e in entries.flatten() {
        if e.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
        if !is_dir || !holds_nothing(&e.path())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Makes this device's own journal at `path` from the one another device keeps in `folder`,
/// opened with that device's passphrase or the recovery key; the new journal opens with
/// `new_pass`. Everything in the folder is read in.
pub fn join(
    folder: &Path,
    path: &Path,
    opener: Opener<'_>,
    new_pass: &Passphrase,
) -> Result<(Journal, SyncReport)> {
    new_pass.check_new()?;
    if path.exists() {
        return Err(Error::AlreadyExists(path.to_owned()));
    }
    let folder = absolute(folder)?;
    let mut keys: Vec<KeyFile> = Vec::new();
    for d in devices_in(&folder) {
        let Ok(text) = fs::read(folder.join(DEVICES).join(&d).join(KEY)) else { continue };
        if let Ok(kf) = serde_json::from_slice::<KeyFile>(&text) {
            keys.push(kf);
        }
    }
    if keys.is_empty() {
        return Err(Error::invalid(tr!("syncing-no-journal-yet", folder = folder.display().to_string())));
    }
    let mut joined = None;
    for kf in &keys {
        let opened = match opener {
            Opener::Passphrase(p) => kf.open_with_passphrase(p),
            Opener::Recovery(rk) => kf.open_with_recovery(rk),
        };
        // A damaged or planted key file is skipped: another device's may still open.
        if let Ok(Some(j)) = opened {
            joined = Some(j);
            break;
        }
    }
    let joined = joined.ok_or(match opener {
        Opener::Passphrase(_) => Error::WrongPassphrase,
        Opener::Recovery(_) => Error::WrongRecoveryKey,
    })?;
    let mut journal = Journal::create_from(path, new_pass, joined)?;
    let made = start(&mut journal, folder.clone(), false).and_then(|device| {
        exchange(&mut journal).inspect_err(|_| {
            let _ = fs::remove_dir_all(folder.join(DEVICES).join(device));
        })
    });
    match made {
        Ok(report) => Ok((journal, report)),
        Err(e) => {
            // Nothing half-made stays: the person can simply try again.
            drop(journal);
            for suffix in ["", "-wal", "-shm"] {
                let _ = fs::remove_file(format!("{}{suffix}", path.display()));
            }
            Err(e)
        }
    }
}

/// What reading a device's next file found.
enum Next {
    /// No such file yet.
    Missing,
    /// The file, opened and in sequence, and its hash.
    Body(Body, String),
    /// Something is wrong with it (or it is missing with later ones present).
    Wrong(String),
}

fn read_next(tx: &SyncTx<'_>, dir: &Path, device: &[u8; 16], seq: u64, expected_prev: &str) -> Next {
    let path = dir.join(seq_name(seq));
    let bytes = match fs::metadata(&path) {
        Err(_) => {
            return if dir.join(seq_name(seq + 1)).exists() {
                Next::Wrong(tr!("syncing-file-missing", file = seq.to_string()))
            } else {
                Next::Missing
            };
        }
        Ok(m) if !m.is_file() || m.len() > MAX_FILE_BYTES => {
            return Next::Wrong(tr!("syncing-file-not-ebb", file = seq.to_string()));
        }
        Ok(_) => match fs::read(&path) {
            Ok(b) => b,
            // Not readable now (being replaced by the sync tool, say): try again next time.
            Err(_) => return Next::Missing,
        },
    };
    let Some(pt) = tx.keys().open_sync_file(device, seq, &bytes) else {
        return Next::Wrong(tr!("syncing-file-altered", file = seq.to_string()));
    };
    let Ok(body) = serde_json::from_slice::<Body>(&pt) else {
        return Next::Wrong(tr!("syncing-file-unreadable", file = seq.to_string()));
    };
    if body.prev != expected_prev {
        return Next::Wrong(tr!("syncing-file-out-of-order", file = seq.to_string()));
    }
    Next::Body(body, hex(&crypto::digest(&bytes)))
}

/// The row a change names, checked against the record it carries.
fn row_of(tx: &SyncTx<'_>, c: &Change) -> Result<[u8; 16]> {
    let bad = || Error::Damaged(tr!("syncing-impossible-row", id = c.id.as_str()));
    let row = if c.id == "settings" {
        tx.keys().settings_row()
    } else {
        RecordId::parse(&c.id).map_err(|_| bad())?.bytes()
    };
    let fits = match &c.record {
        None => true,
        Some(Record::Settings(_)) => c.id == "settings",
        Some(r) => r.id().is_some_and(|id| id.bytes() == row),
    };
    if !fits || device_bytes(&c.change).is_none() || c.prev.iter().any(|p| device_bytes(p).is_none()) {
        return Err(bad());
    }
    if let Some(r) = &c.record {
        r.validate()?;
    }
    Ok(row)
}

fn load_heads(tx: &SyncTx<'_>, row: &[u8; 16]) -> Result<Vec<Head>> {
    tx.heads(row)?
        .iter()
        .map(|(_, pt)| {
            serde_json::from_slice(pt).map_err(|_| Error::Damaged(tr!("syncing-versions-unreadable")))
        })
        .collect()
}

fn losers(heads: &[Head], w: Option<usize>) -> usize {
    heads.iter().enumerate().filter(|(i, h)| Some(*i) != w && !h.deleted).count()
}

/// How a change meets the record the journal shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// From another device (or this one's, replayed): the record shown follows the versions.
    Remote,
    /// Made here: the journal already holds it.
    Here,
    /// This device's own, replayed, for a row written here again since: only the versions
    /// change; the newer record stays, and is sent at once, replacing this one.
    VersionsOnly,
}

/// Applies one change to a row: its versions, and the record shown. Returns whether the
/// change set a version aside as a conflict.
fn apply_change(tx: &mut SyncTx<'_>, row: &[u8; 16], c: &Change, author: &str, mode: Mode) -> Result<bool> {
    let mut heads = load_heads(tx, row)?;
    if heads.iter().any(|h| h.change == c.change) {
        return Ok(false);
    }
    let shown = merge::winner(&heads);
    let before = losers(&heads, shown);
    let shown_change = shown.map(|i| heads[i].change.clone());
    // The version shown lives in the records; keep a copy in case it stops being shown.
    if let Some(i) = shown
        && !heads[i].deleted
        && heads[i].record.is_none()
        && mode == Mode::Remote
    {
        heads[i].record = tx.record(row)?;
    }
    let new = Head {
        change: c.change.clone(),
        device: author.to_owned(),
        stamp: c.stamp.clone(),
        deleted: c.record.is_none(),
        record: c.record.clone(),
    };
    let mut heads = merge::apply(heads, &c.prev, new);
    let w = merge::winner(&heads).ok_or(Error::Internal("a row with no version"))?;
    let same_shown = shown_change.as_deref() == Some(heads[w].change.as_str());
    let is_new = heads[w].change == c.change;
    let leave = match mode {
        Mode::Remote => same_shown,
        Mode::Here => same_shown || is_new,
        Mode::VersionsOnly => true,
    };
    if !leave {
        match &heads[w].record {
            _ if heads[w].deleted => tx.remove(row)?,
            Some(r) => tx.put(row, r)?,
            None => {
                return Err(Error::Damaged(tr!("syncing-version-lost")));
            }
        }
    }
    if let Some(r) = heads[w].record.as_mut() {
        r.zeroize();
    }
    heads[w].record = None;
    let after = losers(&heads, Some(w));
    let sealed: Vec<([u8; 16], Zeroizing<Vec<u8>>)> = heads
        .iter()
        .map(|h| {
            Ok((device_bytes(&h.change).ok_or(Error::Internal("a change id that is not hex"))?, to_json(h)?))
        })
        .collect::<Result<_>>()?;
    tx.set_heads(row, &sealed)?;
    Ok(after > before && *row != tx.keys().settings_row())
}

/// Whether a file's writer had read no more than this device has: every file it was written
/// after is applied here.
fn ready(body: &Body, st: &State) -> bool {
    body.after.iter().all(|(e, n)| {
        if *e == st.device { *n < st.next_seq } else { st.peers.get(e).map_or(0, |x| x.seq) >= *n }
    })
}

/// One exchange: this device's changes since the last one go into a new file; every other
/// device's new files are applied. A device whose files are wrong is reported in the result
/// (nothing of its wrong file or after it applied); the rest goes on. When this device's own
/// files are wrong, nothing is exchanged at all: its unsent writes must not meet anyone
/// else's changes before they are in the folder.
pub fn exchange(journal: &mut Journal) -> Result<SyncReport> {
    let mut tx = journal.sync_tx()?;
    let mut st = load_state(&tx)?.ok_or_else(not_syncing)?;
    let me = device_bytes(&st.device).ok_or_else(|| Error::Damaged(tr!("syncing-state-unreadable")))?;
    if !st.folder.is_dir() {
        return Err(Error::invalid(tr!("syncing-folder-gone", folder = st.folder.display().to_string())));
    }
    let mine = st.folder.join(DEVICES).join(&st.device);
    crate::store::private_dir(&mine)?;
    remove_partials(&mine);
    let mut report = SyncReport::default();
    let pending = tx.pending()?;
    let written_here: HashSet<[u8; 16]> = pending.iter().map(|(r, _)| *r).collect();

    // 1. This device's own files past what the journal knows of: written just before a
    // crash stopped the exchange that wrote them. A row written here again since keeps its
    // newer record.
    loop {
        let own = |m: String| SyncProblem { device: st.device.clone(), message: m };
        match read_next(&tx, &mine, &me, st.next_seq, &st.last_hash) {
            Next::Missing => break,
            Next::Wrong(m) => {
                report.problems.push(own(tr!("syncing-own-files-wrong", problem = m)));
                return Ok(report);
            }
            Next::Body(body, hash) => {
                // Written after files this journal has not read: it is older than what it
                // wrote (put back from a backup). Applying would not match the other devices.
                if !ready(&body, &st) {
                    report.problems.push(own(tr!("syncing-journal-older", file = st.next_seq.to_string())));
                    return Ok(report);
                }
                for c in &body.changes {
                    let row = row_of(&tx, c)?;
                    let mode = if written_here.contains(&row) { Mode::VersionsOnly } else { Mode::Remote };
                    apply_change(&mut tx, &row, c, &st.device, mode)?;
                }
                st.next_seq += 1;
                st.last_hash = hash;
                st.last_change_at = Some(body.written_at.clone());
            }
        }
    }

    // 2. What this device wrote since its last exchange, taken into its versions before
    // anything of others' meets it. The file itself is written last, just before the commit,
    // so an exchange that fails leaves nothing in the folder to repeat.
    let mut outgoing = None;
    if !pending.is_empty() {
        let mut changes = Vec::with_capacity(pending.len());
        for (row, settle_all) in pending {
            let record = tx.record(&row)?;
            let heads = load_heads(&tx, &row)?;
            if record.is_none() && heads.is_empty() {
                continue; // written and deleted between two exchanges: nothing to tell
            }
            let settings = row == tx.keys().settings_row();
            // The settings are one set of preferences: a change of them settles every version.
            let prev = merge::replaced_by_local(&heads, &st.device, record.is_none(), settle_all || settings);
            let id = if settings { "settings".to_owned() } else { uuid::Uuid::from_bytes(row).to_string() };
            let stamp = record.as_ref().and_then(Record::updated_at).cloned().unwrap_or_else(Timestamp::now);
            let c = Change { id, change: hex(&crypto::random::<16>()?), prev, stamp, record };
            apply_change(&mut tx, &row, &c, &st.device, Mode::Here)?;
            changes.push(c);
        }
        tx.clear_pending()?;
        if !changes.is_empty() {
            report.sent = u32::try_from(changes.len()).unwrap_or(u32::MAX);
            outgoing = Some(Body {
                written_at: Timestamp::now(),
                prev: st.last_hash.clone(),
                after: st.peers.iter().map(|(d, p)| (d.clone(), p.seq)).collect(),
                changes,
            });
        }
    }

    // 3. Every other device's new files, each only once what it was written after is here.
    let others: Vec<String> = devices_in(&st.folder).into_iter().filter(|d| *d != st.device).collect();
    let mut wrong: HashSet<String> = HashSet::new();
    loop {
        let mut progressed = false;
        for d in &others {
            if wrong.contains(d) {
                continue;
            }
            let Some(dev) = device_bytes(d) else { continue };
            let dir = st.folder.join(DEVICES).join(d);
            loop {
                let p = st.peers.get(d).cloned().unwrap_or_default();
                match read_next(&tx, &dir, &dev, p.seq + 1, &p.hash) {
                    Next::Missing => break,
                    Next::Wrong(m) => {
                        report.problems.push(SyncProblem { device: d.clone(), message: m });
                        wrong.insert(d.clone());
                        break;
                    }
                    Next::Body(body, hash) => {
                        if !ready(&body, &st) {
                            break;
                        }
                        let rows: Result<Vec<[u8; 16]>> =
                            body.changes.iter().map(|c| row_of(&tx, c)).collect();
                        let Ok(rows) = rows else {
                            report.problems.push(SyncProblem {
                                device: d.clone(),
                                message: tr!("syncing-file-bad-change", file = (p.seq + 1).to_string()),
                            });
                            wrong.insert(d.clone());
                            break;
                        };
                        for (c, row) in body.changes.iter().zip(rows) {
                            if apply_change(&mut tx, &row, c, d, Mode::Remote)? {
                                report.conflicts += 1;
                            }
                            report.received += 1;
                        }
                        st.peers.insert(
                            d.clone(),
                            Peer { seq: p.seq + 1, hash, last_change_at: Some(body.written_at.clone()) },
                        );
                        progressed = true;
                    }
                }
            }
        }
        if !progressed {
            break;
        }
    }

    // 4. The header, if it is new or the passphrase changed since it was put in the folder;
    // then this device's file, then the commit. A crash between the file and the commit
    // leaves a file that step 1 takes in next time.
    let (kf, check) = tx.key_file()?;
    if st.published != hex(&check) {
        write_whole(&mine, KEY, &to_json(&kf)?, Replace::Yes)?;
        st.published = hex(&check);
    }
    if let Some(body) = outgoing {
        let sealed = tx.keys().seal_sync_file(&me, st.next_seq, &to_json(&body)?)?;
        write_whole(&mine, &seq_name(st.next_seq), &sealed, Replace::No)?;
        st.next_seq += 1;
        st.last_hash = hex(&crypto::digest(&sealed));
        st.last_change_at = Some(body.written_at.clone());
    }
    tx.set_state(&to_json(&st)?)?;
    tx.commit()?;
    Ok(report)
}

/// The folder the journal syncs through, if it does (its own bookkeeping only: nothing in
/// the folder is read).
pub fn folder(journal: &Journal) -> Result<Option<PathBuf>> {
    Ok(journal.sync_state()?.map(|pt| parse_state(&pt)).transpose()?.map(|st| st.folder))
}

/// Where the journal syncs and the devices known there; `None` when it does not sync.
pub fn status(journal: &Journal) -> Result<Option<SyncStatus>> {
    let Some(st) = journal.sync_state()?.map(|pt| parse_state(&pt)).transpose()? else { return Ok(None) };
    let mut ids: Vec<String> = devices_in(&st.folder);
    ids.extend(st.peers.keys().cloned());
    ids.push(st.device.clone());
    ids.sort();
    ids.dedup();
    let devices = ids
        .into_iter()
        .map(|id| {
            let last = if id == st.device {
                st.last_change_at.clone()
            } else {
                st.peers.get(&id).and_then(|p| p.last_change_at.clone())
            };
            DeviceStatus {
                this_device: id == st.device,
                last_change_at: last.map(|t| t.as_str().to_owned()),
                id,
            }
        })
        .collect();
    Ok(Some(SyncStatus { folder: st.folder.display().to_string(), device: st.device, devices }))
}

/// Every version kept beside the one shown, by record id then device.
pub fn conflicts(journal: &Journal) -> Result<Vec<Conflict>> {
    let settings_row = journal.keys().settings_row();
    let mut out = Vec::new();
    for (row, sealed) in journal.sync_conflicted()? {
        if row == settings_row {
            continue;
        }
        let heads: Vec<Head> = sealed
            .iter()
            .map(|(_, pt)| serde_json::from_slice(pt))
            .collect::<std::result::Result<_, _>>()
            .map_err(|_| Error::Damaged(tr!("syncing-versions-unreadable")))?;
        let w = merge::winner(&heads);
        for (i, mut h) in heads.into_iter().enumerate() {
            if Some(i) == w || h.deleted {
                continue;
            }
            if let Some(record) = h.record.take() {
                out.push(Conflict {
                    id: uuid::Uuid::from_bytes(row).to_string(),
                    device: std::mem::take(&mut h.device),
                    change: std::mem::take(&mut h.change),
                    record,
                });
            }
        }
    }
    out.sort_by(|a, b| (&a.id, &a.device, &a.change).cmp(&(&b.id, &b.device, &b.change)));
    Ok(out)
}
