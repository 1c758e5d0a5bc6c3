//! Sync in the background (SPEC §9): the sync folder watched, and an exchange whenever the
//! core says one is due — on unlock, shortly after a save, when the folder changed, once a
//! minute. The rules are the core's ([`ebb::app::App::sync_if_due`]); this only keeps time
//! and listens to the file system.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use tauri::{AppHandle, Manager};

use crate::shell::Shell;

/// A watch on the folder the journal syncs through.
struct Watch {
    folder: PathBuf,
    _watcher: RecommendedWatcher,
}

/// Whether an event in the folder is worth an exchange: a file made, changed, renamed or
/// removed — not a read (this app's own look at the folder would otherwise wake it again and
/// again), and not a sync tool's or Ebb's half-written file under a dot name.
fn is_change(event: &notify::Event) -> bool {
    !matches!(event.kind, notify::EventKind::Access(_))
        && event.paths.iter().any(|p| p.file_name().is_some_and(|n| !n.to_string_lossy().starts_with('.')))
}

fn watch(folder: PathBuf, changed: Arc<AtomicBool>) -> Option<Watch> {
    let mut w = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if event.is_ok_and(|e| is_change(&e)) {
            changed.store(true, Ordering::Relaxed);
        }
    })
    .ok()?;
    // A folder that is not there (a drive not plugged in) is looked at again each second.
    w.watch(&folder, RecursiveMode::Recursive).ok()?;
    Some(Watch { folder, _watcher: w })
}

/// Every second: follows the folder to watch, and asks the core whether to exchange.
pub fn spawn(handle: AppHandle) {
    std::thread::spawn(move || {
        let changed = Arc::new(AtomicBool::new(false));
        let mut watching: Option<Watch> = None;
        loop {
            std::thread::sleep(Duration::from_secs(1));
            let shell = handle.state::<Shell>();
            let folder = shell.run(|a| Ok(a.sync_folder())).ok().flatten();
            if watching.as_ref().map(|w| &w.folder) != folder.as_ref() {
                watching = folder.and_then(|f| watch(f, changed.clone()));
            }
            if changed.swap(false, Ordering::Relaxed) {
                let _ = shell.run(|a| {
                    a.sync_folder_changed();
                    Ok(())
                });
            }
            let _ = shell.run(|a| a.sync_if_due(Instant::now()));
        }
    });
}

#[cfg(test)]
mod tests {
    use notify::event::{AccessKind, CreateKind, ModifyKind, RemoveKind, RenameMode};
    use notify::{Event, EventKind};

    use super::is_change;

    #[test]
    fn a_new_or_renamed_file_wakes_the_exchange_and_a_read_or_a_partial_does_not() {
        let at = |kind: EventKind, path: &str| Event::new(kind).add_path(path.into());
        let file = "/home/me/Sync/ebb/devices/ab/000000000003";
        assert!(is_change(&at(EventKind::Create(CreateKind::File), file)));
        assert!(is_change(&at(EventKind::Modify(ModifyKind::Name(RenameMode::To)), file)));
        assert!(is_change(&at(EventKind::Remove(RemoveKind::File), file)));
        // Reading the folder (this app lists it) is no change.
        assert!(!is_change(&at(EventKind::Access(AccessKind::Any), "/home/me/Sync/ebb/devices")));
        // A file still being written, by Ebb or by Syncthing.
        assert!(!is_change(&at(
            EventKind::Create(CreateKind::File),
            "/home/me/Sync/ebb/devices/ab/.partial-3-x"
        )));
        assert!(!is_change(&at(
            EventKind::Create(CreateKind::File),
            "/home/me/Sync/ebb/devices/ab/.syncthing.3.tmp"
        )));
    }
}
