//! Every command the UI may call: each is one line into the core. Inputs are checked there
//! (sizes, ranges, paths), so nothing the page sends reaches the journal unchecked.

use ebb::alarms::RunningPause;
use ebb::app::{
    ConflictItem, EntryDraft, EpisodeDraft, ExportFormat, Filter, Item, KeyChange, OnThisDay, Page,
    PauseLines, PauseRequest, PrepRequest, PrepView, ReportFile, SessionDraft, Status, SyncView,
};
use ebb::catalog::Catalog;
use ebb::crypto::Passphrase;
use ebb::exchange::ImportSummary;
use ebb::files::{FileDialog, write_recovery_key};
use ebb::insights::{Insights, Timeline};
use ebb::model::{Checkin, CheckinDraft, Practice, PracticeDraft, Settings};
use ebb::patterns::Patterns;
use ebb::pause::FollowUp;
use ebb::sources::{FromApp, Source};
use ebb::sync::SyncReport;
use tauri::State;
use tauri::ipc::Channel;

use crate::dialogs;
use crate::shell::{Cmd, Shell, Use, window_error};

type S<'a> = State<'a, Shell>;

#[tauri::command]
fn status(s: S) -> Cmd<Status> {
    s.run(|a| Ok(a.status()))
}

#[tauri::command]
fn create(s: S, passphrase: String) -> Cmd<String> {
    s.run(|a| a.create(Passphrase::from_input(passphrase)?))
}

#[tauri::command]
fn save_recovery_key(s: S, path: String, key: String) -> Cmd<()> {
    s.run(|_| write_recovery_key(&s.chosen(&path, Use::Once)?, &key))
}

#[tauri::command]
fn unlock(s: S, passphrase: String) -> Cmd<Status> {
    s.run(|a| a.unlock(Passphrase::from_input(passphrase)?))
}

#[tauri::command]
fn recover(s: S, recovery_key: String, new_passphrase: String) -> Cmd<Status> {
    s.run(|a| a.recover(&recovery_key, Passphrase::from_input(new_passphrase)?))
}

#[tauri::command]
fn lock(s: S, window: tauri::WebviewWindow) -> Cmd<()> {
    s.lock_and_reload(&window)
}

/// The page has saved what was being typed; lock and close (or, with a pause or reminder
/// waiting, lock and wait in the tray).
#[tauri::command]
fn close_window(window: tauri::WebviewWindow) -> Cmd<()> {
    crate::background::close(&window)
}

#[tauri::command]
fn touch(s: S) {
    s.touch()
}

#[tauri::command]
fn refresh(s: S) -> Cmd<bool> {
    s.run(|a| a.refresh())
}

#[tauri::command]
fn catalog() -> Catalog {
    ebb::catalog::catalog()
}

#[tauri::command]
fn settings(s: S) -> Cmd<Settings> {
    s.run(|a| a.settings())
}

#[tauri::command]
fn save_settings(s: S, settings: Settings) -> Cmd<Settings> {
    s.run(|a| a.save_settings(settings))
}

#[tauri::command]
fn save_entry(s: S, draft: EntryDraft) -> Cmd<Item> {
    s.run(|a| a.save_entry(draft))
}

#[tauri::command]
fn save_episode(s: S, draft: EpisodeDraft) -> Cmd<Item> {
    s.run(|a| a.save_episode(draft))
}

#[tauri::command]
fn save_session(s: S, draft: SessionDraft) -> Cmd<Item> {
    s.run(|a| a.save_session(draft))
}

#[tauri::command]
fn delete(s: S, id: String) -> Cmd<Item> {
    s.run(|a| a.delete(&id))
}

#[tauri::command]
fn undo_delete(s: S, id: String) -> Cmd<Item> {
    s.run(|a| a.undo_delete(&id))
}

#[tauri::command]
fn pause_lines(s: S, minutes: u32, back: String) -> Cmd<PauseLines> {
    s.run(|a| a.pause_lines(minutes, &back))
}

#[tauri::command]
fn start_pause(s: S, request: PauseRequest) -> Cmd<RunningPause> {
    s.run(|a| a.start_pause(request))
}

#[tauri::command]
fn running_pause(s: S) -> Cmd<Option<RunningPause>> {
    s.run(|a| Ok(a.running_pause()))
}

#[tauri::command]
fn snooze_pause(s: S) -> Cmd<Option<RunningPause>> {
    s.run(|a| Ok(a.snooze_pause()))
}

#[tauri::command]
fn end_pause_now(s: S) -> Cmd<Option<RunningPause>> {
    s.run(|a| Ok(a.end_pause_now()))
}

#[tauri::command]
fn stop_pause(s: S) -> Cmd<()> {
    s.run(|a| {
        a.stop_pause();
        Ok(())
    })
}

#[tauri::command]
fn reminder_offer(s: S) -> Cmd<bool> {
    s.run(|a| a.reminder_offer())
}

#[tauri::command]
fn answer_reminder_offer(s: S, at: Option<String>) -> Cmd<Settings> {
    s.run(|a| a.answer_reminder_offer(at))
}

/// Whether Ebb starts, locked, when the person logs in (the XDG autostart entry).
#[tauri::command]
fn autostart(app: tauri::AppHandle) -> Cmd<bool> {
    crate::background::autostart(&app)
}

#[tauri::command]
fn set_autostart(app: tauri::AppHandle, on: bool) -> Cmd<bool> {
    crate::background::set_autostart(&app, on)
}

#[tauri::command]
fn came_back(s: S, id: String, at: String, repairs: Vec<String>) -> Cmd<Item> {
    s.run(|a| a.came_back(&id, &at, repairs))
}

#[tauri::command]
fn follow_ups(s: S) -> Cmd<Vec<FollowUp>> {
    s.run(|a| a.follow_ups())
}

#[tauri::command]
fn dont_ask(s: S, id: String) -> Cmd<()> {
    s.run(|a| a.dont_ask(&id))
}

#[tauri::command]
fn save_practice(s: S, draft: PracticeDraft) -> Cmd<Item> {
    s.run(|a| a.save_practice(draft))
}

#[tauri::command]
fn end_practice(s: S, id: String, on: String) -> Cmd<Item> {
    s.run(|a| a.end_practice(&id, &on))
}

#[tauri::command]
fn practices(s: S) -> Cmd<Vec<Practice>> {
    s.run(|a| a.practices())
}

/// Records that day's check-in on a practice, or replaces the one already there.
#[tauri::command]
fn checkin(s: S, draft: CheckinDraft) -> Cmd<Item> {
    s.run(|a| a.checkin(draft))
}

#[tauri::command]
fn checkins_on(s: S, date: String) -> Cmd<Vec<Checkin>> {
    s.run(|a| a.checkins_on(&date))
}

#[tauri::command]
fn get(s: S, id: String) -> Cmd<Item> {
    s.run(|a| a.get(&id))
}

#[tauri::command]
fn entries_on(s: S, date: String) -> Cmd<Vec<Item>> {
    s.run(|a| a.entries_on(&date))
}

#[tauri::command]
fn list(s: S, filter: Filter) -> Cmd<Page> {
    s.run(|a| a.list(&filter))
}

#[tauri::command]
fn tags(s: S) -> Cmd<Vec<String>> {
    s.run(|a| a.tags())
}

#[tauri::command]
fn triggers(s: S) -> Cmd<Vec<String>> {
    s.run(|a| a.triggers())
}

#[tauri::command]
fn custom_codes(s: S) -> Cmd<Vec<String>> {
    s.run(|a| a.custom_codes())
}

#[tauri::command]
fn patterns(s: S, from: Option<String>, to: Option<String>) -> Cmd<Patterns> {
    s.run(|a| a.patterns(from.as_deref(), to.as_deref()))
}

#[tauri::command]
fn change_passphrase(s: S, current: String, new: String) -> Cmd<KeyChange> {
    s.run(|a| a.change_passphrase(Passphrase::from_input(current)?, Passphrase::from_input(new)?))
}

#[tauri::command]
fn new_recovery_key(s: S, current: String) -> Cmd<KeyChange> {
    s.run(|a| a.new_recovery_key(Passphrase::from_input(current)?))
}

/// Off the main thread, so the page can draw the progress it is sent.
#[tauri::command]
async fn rekey(s: S<'_>, current: String, progress: Channel<[usize; 2]>) -> Cmd<KeyChange> {
    s.run_then_scrub(|a| a.rekey(Passphrase::from_input(current)?, &mut dialogs::every_percent(progress)))
}

/// The save dialog, opened by the shell: what the person picks is the only path a later
/// command may write.
#[tauri::command]
async fn choose_save(app: tauri::AppHandle, s: S<'_>, dialog: FileDialog) -> Cmd<Option<String>> {
    dialogs::save(&app, &s, dialog)
}

/// The open dialog, likewise.
#[tauri::command]
async fn choose_open(app: tauri::AppHandle, s: S<'_>, dialog: FileDialog) -> Cmd<Option<String>> {
    dialogs::open(&app, &s, dialog)
}

/// The folder dialog (the sync folder), likewise.
#[tauri::command]
async fn choose_folder(app: tauri::AppHandle, s: S<'_>, title: String) -> Cmd<Option<String>> {
    dialogs::folder(&app, &s, title)
}

#[tauri::command]
fn sync_view(s: S) -> Cmd<SyncView> {
    s.run(|a| a.sync_view())
}

#[tauri::command]
fn sync_now(s: S) -> Cmd<SyncReport> {
    s.run(|a| a.sync())
}

#[tauri::command]
fn sync_connect(s: S, path: String) -> Cmd<SyncReport> {
    s.run(|a| a.sync_connect(&s.chosen(&path, Use::Once)?))
}

/// First run on a second computer: this computer's journal from the sync folder.
#[tauri::command]
fn join_from_sync(
    s: S,
    path: String,
    passphrase: String,
    recovery_key: String,
    new_passphrase: String,
) -> Cmd<Status> {
    s.run_then_scrub(|a| {
        a.join_and_open(
            &s.chosen(&path, Use::Look)?,
            Passphrase::from_input(passphrase)?,
            &recovery_key,
            Passphrase::from_input(new_passphrase)?,
        )
    })
}

#[tauri::command]
fn conflicts(s: S) -> Cmd<Vec<ConflictItem>> {
    s.run(|a| a.conflicts())
}

#[tauri::command]
fn keep_version(s: S, id: String, change: String) -> Cmd<Item> {
    s.run(|a| a.keep_version(&id, &change))
}

#[tauri::command]
fn keep_shown(s: S, id: String) -> Cmd<Option<Item>> {
    s.run(|a| a.keep_shown(&id))
}

#[tauri::command]
fn backup(s: S, path: String) -> Cmd<()> {
    s.run(|a| a.backup(&s.chosen(&path, Use::Once)?))
}

/// Opens the system print dialog for the page (print, or print to a PDF file). Through the
/// shell rather than `window.print()`, which WebKitGTK does not always honour.
#[tauri::command]
fn print_page(window: tauri::WebviewWindow) -> Cmd<()> {
    window.print().map_err(window_error)
}

#[tauri::command]
fn timeline(s: S) -> Cmd<Timeline> {
    s.run(|a| a.timeline())
}

#[tauri::command]
fn insights(s: S, from: String, to: String) -> Cmd<Insights> {
    s.run(|a| a.insights(&from, &to))
}

#[tauri::command]
fn prep(s: S, request: PrepRequest) -> Cmd<PrepView> {
    s.run(|a| a.prep(&request))
}

#[tauri::command]
fn export_prep(s: S, request: PrepRequest, format: ReportFile, path: String) -> Cmd<()> {
    s.run(|a| a.export_prep(&request, format, &s.chosen(&path, Use::Once)?))
}

#[tauri::command]
fn export(s: S, format: ExportFormat, path: String) -> Cmd<usize> {
    s.run(|a| a.export(format, &s.chosen(&path, Use::Once)?))
}

#[tauri::command]
fn import_preview(s: S, path: String) -> Cmd<ImportSummary> {
    s.run(|a| a.import_preview(&s.chosen(&path, Use::Look)?))
}

/// The gentle question under the day's entry, on or off.
#[tauri::command]
fn set_prompts(s: S, on: bool) -> Cmd<Settings> {
    s.run(|a| a.set_prompts(on))
}

/// Today's look back at this day in earlier years.
#[tauri::command]
fn on_this_day(s: S, date: String) -> Cmd<OnThisDay> {
    s.run(|a| a.on_this_day(&date))
}

/// What bringing a file in from another app would do (the path stays chosen for the import).
#[tauri::command]
fn import_from_preview(s: S, app: Source, path: String) -> Cmd<FromApp> {
    s.run(|a| a.import_from_preview(app, &s.chosen(&path, Use::Look)?))
}

#[tauri::command]
fn import_from(s: S, app: Source, path: String) -> Cmd<FromApp> {
    s.run(|a| a.import_from(app, &s.chosen(&path, Use::Once)?))
}

#[tauri::command]
fn import(s: S, path: String) -> Cmd<ImportSummary> {
    s.run(|a| a.import(&s.chosen(&path, Use::Once)?))
}

/// The handler listing every command above, generated by build.rs from this file.
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    include!(concat!(env!("OUT_DIR"), "/handler.rs"))
}
