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

fn watch(folder: PathBuf, changed: Arc<AtomicBool>) -> Option<Watch> {
    let mut w = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Files made, changed, renamed or removed: not a read (this app's own look at the
        // folder would otherwise wake it again and again), and not a sync tool's or Ebb's
        // half-written file under a dot name.
        let Ok(event) = event else { return };
        let seen = !matches!(event.kind, notify::EventKind::Access(_))
            && event
                .paths
                .iter()
                .any(|p| p.file_name().is_some_and(|n| !n.to_string_lossy().starts_with('.')));
        if seen {
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
