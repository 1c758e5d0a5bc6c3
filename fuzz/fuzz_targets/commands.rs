//! The input of every desktop command, as the page sends it: the first byte picks the
//! command, the rest is its JSON arguments object. Arguments are read into the same types
//! the `#[tauri::command]`s take and handed to the same core calls, on an unlocked journal.
//!
//! Left out on purpose, and why:
//! - The Argon2id behind `create`, `unlock`, `change_passphrase`, `new_recovery_key` and
//!   `rekey` (0.25 s a call): their
//!   passphrase input is fuzzed through `Passphrase::from_input`, the check they run first.
//! - `lock`, `close_window`, `print_page`, `touch`, `status`, `catalog`, `autostart`: no input.
//! - The Argon2id of `join_from_sync` (its checks before the KDF are fuzzed).
//! - One journal serves every input of a run (Argon2id once, not per input), so an input
//!   may meet records earlier inputs saved; a crash found this way is replayed with the
//!   corpus (`cargo fuzz run commands fuzz/corpus/commands`) if it does not reproduce alone.
//! - Paths go through `user_path`, the check every path command runs; a path it accepts is
//!   then replaced by one in this process's scratch folder, so the fuzzer writes nowhere else.

#![no_main]

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use ebb::app::{
    App, EntryDraft, EpisodeDraft, ExportFormat, Filter, PauseRequest, PrepRequest, ReportFile, SessionDraft,
};
use ebb::files::{FileDialog, user_path, write_recovery_key};
use ebb::crypto::Passphrase;
use ebb::model::{CheckinDraft, PracticeDraft, Settings};
use libfuzzer_sys::fuzz_target;
use serde::Deserialize;

struct World {
    app: App,
    /// A second journal, left locked, for `recover`.
    locked: App,
    scratch: PathBuf,
}

fn world() -> &'static Mutex<World> {
    static W: OnceLock<Mutex<World>> = OnceLock::new();
    W.get_or_init(|| {
        let base =
            if Path::new("/dev/shm").is_dir() { PathBuf::from("/dev/shm") } else { std::env::temp_dir() };
        let scratch = base.join(format!("ebb-fuzz-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&scratch);
        std::fs::create_dir_all(&scratch).unwrap();
        let mut app = App::new(scratch.join("journal.ebb"));
        app.create(Passphrase::new("fuzzing passphrase".into())).unwrap();
        // Syncing, so the sync commands and every save's note for the next exchange run too.
        app.sync_connect(&scratch.join("sync")).unwrap();
        let mut locked = App::new(scratch.join("other.ebb"));
        locked.create(Passphrase::new("another one".into())).unwrap();
        locked.lock();
        Mutex::new(World { app, locked, scratch })
    })
}

// args of: create, unlock
#[derive(Deserialize)]
struct Pass {
    passphrase: String,
}
// args of: recover
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Recover {
    recovery_key: String,
    new_passphrase: String,
}
// args of: save_recovery_key
#[derive(Deserialize)]
struct SaveKey {
    path: String,
    key: String,
}
// args of: save_settings
#[derive(Deserialize)]
struct SettingsArg {
    settings: Settings,
}
// args of: save_entry, save_episode, save_session, save_practice, checkin
#[derive(Deserialize)]
struct Draft<T> {
    draft: T,
}
// args of: delete, undo_delete, get, dont_ask, keep_shown
#[derive(Deserialize)]
struct Id {
    id: String,
}
// args of: entries_on, checkins_on, on_this_day
#[derive(Deserialize)]
struct DateArg {
    date: String,
}
// args of: list
#[derive(Deserialize)]
struct FilterArg {
    filter: Filter,
}
// args of: patterns
#[derive(Deserialize)]
struct Range {
    from: Option<String>,
    to: Option<String>,
}
// args of: insights
#[derive(Deserialize)]
struct FullRange {
    from: String,
    to: String,
}
// args of: change_passphrase
#[derive(Deserialize)]
struct Change {
    current: String,
    new: String,
}
// args of: pause_lines
#[derive(Deserialize)]
struct Lines {
    minutes: u32,
    back: String,
}
// args of: start_pause
#[derive(Deserialize)]
struct StartPause {
    request: PauseRequest,
}
// args of: came_back
#[derive(Deserialize)]
struct CameBack {
    id: String,
    at: String,
    repairs: Vec<String>,
}
// args of: end_practice
#[derive(Deserialize)]
struct EndPractice {
    id: String,
    on: String,
}
// args of: answer_reminder_offer
#[derive(Deserialize)]
struct ReminderAnswer {
    at: Option<String>,
}
// args of: set_autostart, set_prompts
#[derive(Deserialize)]
struct AutostartArg {
    on: bool,
}
// args of: new_recovery_key
#[derive(Deserialize)]
struct Current {
    current: String,
}
// args of: rekey
#[derive(Deserialize)]
struct Rekey {
    current: String,
    progress: serde::de::IgnoredAny,
}
// args of: choose_save, choose_open
#[derive(Deserialize)]
struct DialogArg {
    dialog: FileDialog,
}
// args of: backup, import_preview, import, sync_connect
#[derive(Deserialize)]
struct PathArg {
    path: String,
}
// args of: choose_folder
#[derive(Deserialize)]
struct Title {
    title: String,
}
// args of: join_from_sync
#[derive(Deserialize)]
struct Join {
    path: String,
    passphrase: String,
    recovery_key: String,
    new_passphrase: String,
}
// args of: import_from_preview, import_from
#[derive(Deserialize)]
struct FromAppArg {
    app: ebb::sources::Source,
    path: String,
}
// args of: keep_version
#[derive(Deserialize)]
struct KeepVersion {
    id: String,
    change: String,
}
// args of: prep
#[derive(Deserialize)]
struct Prep {
    request: PrepRequest,
}
// args of: export_prep
#[derive(Deserialize)]
struct ExportPrep {
    request: PrepRequest,
    format: ReportFile,
    path: String,
}
// args of: export
#[derive(Deserialize)]
struct Export {
    format: ExportFormat,
    path: String,
}

fn args<T: for<'de> Deserialize<'de>>(json: &[u8]) -> Option<T> {
    serde_json::from_slice(json).ok()
}

/// `user_path` as the command runs it; an accepted path becomes a fresh scratch file.
fn scratch_path(w: &World, raw: &str, name: &str) -> Option<PathBuf> {
    user_path(raw).ok()?;
    let p = w.scratch.join(name);
    let _ = std::fs::remove_file(&p);
    Some(p)
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, json)) = data.split_first() else { return };
    let mut guard = world().lock().unwrap();
    let w = &mut *guard;
    match which % 46 {
        0 | 1 => {
            // create, unlock: the passphrase check they run before the KDF.
            if let Some(a) = args::<Pass>(json) {
                let _ = Passphrase::from_input(a.passphrase);
            }
        }
        2 => {
            if let Some(a) = args::<Recover>(json)
                && let Ok(p) = Passphrase::from_input(a.new_passphrase)
            {
                assert!(
                    w.locked.recover(&a.recovery_key, p).is_err(),
                    "a guessed recovery key opened a journal"
                );
            }
        }
        3 => {
            if let Some(a) = args::<SaveKey>(json)
                && let Some(p) = scratch_path(w, &a.path, "recovery.txt")
            {
                let _ = write_recovery_key(&p, &a.key);
            }
        }
        4 => drop(w.app.refresh()),
        5 => drop(w.app.settings()),
        6 => {
            if let Some(a) = args::<SettingsArg>(json) {
                let _ = w.app.save_settings(a.settings);
            }
        }
        7 => {
            if let Some(a) = args::<Draft<EntryDraft>>(json) {
                let _ = w.app.save_entry(a.draft);
            }
        }
        8 => {
            if let Some(a) = args::<Draft<EpisodeDraft>>(json) {
                let _ = w.app.save_episode(a.draft);
            }
        }
        9 => {
            if let Some(a) = args::<Draft<SessionDraft>>(json) {
                let _ = w.app.save_session(a.draft);
            }
        }
        10 => {
            if let Some(a) = args::<Id>(json) {
                let _ = w.app.delete(&a.id);
            }
        }
        11 => {
            if let Some(a) = args::<Id>(json) {
                let _ = w.app.undo_delete(&a.id);
            }
        }
        12 => {
            if let Some(a) = args::<Id>(json) {
                let _ = w.app.get(&a.id);
            }
        }
        13 => {
            if let Some(a) = args::<DateArg>(json) {
                let _ = (w.app.entries_on(&a.date), w.app.on_this_day(&a.date));
            }
        }
        14 => {
            if let Some(a) = args::<FilterArg>(json) {
                let _ = w.app.list(&a.filter);
            }
        }
        15 => {
            let _ = (w.app.tags(), w.app.triggers(), w.app.custom_codes());
        }
        16 => {
            if let Some(a) = args::<Range>(json) {
                let _ = w.app.patterns(a.from.as_deref(), a.to.as_deref());
            }
        }
        17 => {
            if let Some(a) = args::<Change>(json) {
                let _ = (Passphrase::from_input(a.current), Passphrase::from_input(a.new));
            }
        }
        18 => {
            if let Some(a) = args::<PathArg>(json)
                && let Some(p) = scratch_path(w, &a.path, "backup.ebb")
            {
                let _ = w.app.backup(&p);
            }
        }
        19 => drop(w.app.timeline()),
        20 => {
            if let Some(a) = args::<FullRange>(json) {
                let _ = w.app.insights(&a.from, &a.to);
            }
        }
        21 => {
            if let Some(a) = args::<Prep>(json) {
                let _ = w.app.prep(&a.request);
            }
        }
        22 => {
            if let Some(a) = args::<ExportPrep>(json)
                && let Some(p) = scratch_path(w, &a.path, "report.out")
            {
                let _ = w.app.export_prep(&a.request, a.format, &p);
            }
        }
        23 => {
            if let Some(a) = args::<Export>(json)
                && let Some(p) = scratch_path(w, &a.path, "export.out")
            {
                let _ = w.app.export(a.format, &p);
            }
        }
        // new_recovery_key, rekey: the passphrase check they run before the KDF.
        26 => {
            if let Some(a) = args::<Current>(json) {
                let _ = Passphrase::from_input(a.current);
            }
        }
        27 => {
            if let Some(a) = args::<Rekey>(json) {
                let _ = (Passphrase::from_input(a.current), a.progress);
            }
        }
        // choose_save, choose_open: the check before the dialog opens.
        28 => {
            if let Some(a) = args::<DialogArg>(json) {
                let _ = a.dialog.check();
            }
        }
        29 => {
            if let Some(a) = args::<Lines>(json) {
                let _ = w.app.pause_lines(a.minutes, &a.back);
            }
        }
        30 => {
            if let Some(a) = args::<StartPause>(json) {
                let _ = w.app.start_pause(a.request);
            }
        }
        31 => {
            if let Some(a) = args::<CameBack>(json) {
                let _ = w.app.came_back(&a.id, &a.at, a.repairs);
            }
        }
        32 => {
            if let Some(a) = args::<Id>(json) {
                let _ = (w.app.dont_ask(&a.id), w.app.follow_ups());
            }
        }
        // running_pause, snooze_pause, end_pause_now, stop_pause, reminder_offer: no input,
        // but state the other pause commands change; and what rings after them.
        33 => {
            let _ = match json.first().copied().unwrap_or(0) % 4 {
                0 => w.app.snooze_pause(),
                1 => w.app.end_pause_now(),
                2 => {
                    w.app.stop_pause();
                    None
                }
                _ => w.app.running_pause(),
            };
            let _ = (w.app.reminder_offer(), w.app.tick());
        }
        34 => {
            if let Some(a) = args::<ReminderAnswer>(json) {
                let _ = w.app.answer_reminder_offer(a.at);
            }
        }
        36 => {
            if let Some(a) = args::<Draft<PracticeDraft>>(json) {
                let _ = (w.app.save_practice(a.draft), w.app.practices());
            }
        }
        37 => {
            if let Some(a) = args::<EndPractice>(json) {
                let _ = w.app.end_practice(&a.id, &a.on);
            }
        }
        38 => {
            if let Some(a) = args::<Draft<CheckinDraft>>(json) {
                let _ = w.app.checkin(a.draft);
            }
        }
        // practices: no input (run with 36).
        39 => {
            if let Some(a) = args::<DateArg>(json) {
                let _ = w.app.checkins_on(&a.date);
            }
        }
        // choose_folder: the check before the dialog opens.
        40 => {
            if let Some(a) = args::<Title>(json) {
                let check = FileDialog { title: a.title, file_name: String::new(), extension: "ebb".into(), label: String::new() };
                let _ = check.check();
            }
        }
        // sync_view, sync_now, conflicts: no input, but state every save changes.
        41 => {
            let _ = (w.app.sync(), w.app.sync_view(), w.app.conflicts());
            // sync_connect: a second folder is refused while the journal syncs.
            if let Some(a) = args::<PathArg>(json)
                && let Some(p) = scratch_path(w, &a.path, "other-sync")
            {
                let _ = w.app.sync_connect(&p);
            }
        }
        // join_from_sync: the checks it runs before the KDF (the path, both passphrases).
        42 => {
            if let Some(a) = args::<Join>(json) {
                let _ = (
                    user_path(&a.path),
                    Passphrase::from_input(a.passphrase),
                    Passphrase::from_input(a.new_passphrase),
                    a.recovery_key.len(),
                );
            }
        }
        43 => {
            if let Some(a) = args::<KeepVersion>(json) {
                let _ = (w.app.keep_version(&a.id, &a.change), w.app.keep_shown(&a.id));
            }
        }
        // import_from_preview, import_from: as import's, the file holds what follows the
        // arguments (sources' own unit tests cover each format's rules).
        44 | 45 => {
            let mut stream = serde_json::Deserializer::from_slice(json).into_iter::<FromAppArg>();
            if let Some(Ok(a)) = stream.next()
                && let Some(p) = scratch_path(w, &a.path, "other-app.json")
            {
                std::fs::write(&p, &json[stream.byte_offset()..]).unwrap();
                let _ = if which % 46 == 44 { w.app.import_from_preview(a.app, &p) } else { w.app.import_from(a.app, &p) };
            }
        }
        35 => {
            // set_autostart writes the login entry through the plugin (not the core): only
            // its argument is read here.
            // set_prompts is the core's: it runs.
            if let Some(a) = args::<AutostartArg>(json) {
                let _ = w.app.set_prompts(a.on);
            }
        }
        // import_preview, import: the path is checked, and the file read holds whatever
        // follows the arguments object (import.rs fuzzes the parser on its own).
        which => {
            let mut stream = serde_json::Deserializer::from_slice(json).into_iter::<PathArg>();
            if let Some(Ok(a)) = stream.next()
                && let Some(p) = scratch_path(w, &a.path, "import.json")
            {
                std::fs::write(&p, &json[stream.byte_offset()..]).unwrap();
                let _ = if which == 24 { w.app.import_preview(&p) } else { w.app.import(&p) };
            }
        }
    }
});
