//! The open and save dialogs, opened by the shell rather than the page, so that the only
//! files a command may write or read are ones the person picked (security review, issue
//! 13); and the progress a long command sends back.

use ebb::files::FileDialog;
use tauri::ipc::Channel;
use tauri_plugin_dialog::DialogExt;

use crate::shell::{Cmd, Shell};

/// The builder of the dialog the page asked for (checked first).
fn builder(app: &tauri::AppHandle, d: &FileDialog) -> tauri_plugin_dialog::FileDialogBuilder<tauri::Wry> {
    app.dialog().file().set_title(&d.title).add_filter(&d.label, &[d.extension.as_str()])
}

fn picked(s: &Shell, file: Option<tauri_plugin_dialog::FilePath>) -> Option<String> {
    let path = file?.into_path().ok()?;
    let shown = path.to_str()?.to_owned();
    s.choose(path);
    Some(shown)
}

/// The save dialog; `None` if the person cancelled.
pub fn save(app: &tauri::AppHandle, s: &Shell, d: FileDialog) -> Cmd<Option<String>> {
    s.run(|_| d.check())?;
    let mut b = builder(app, &d);
    if !d.file_name.is_empty() {
        b = b.set_file_name(&d.file_name);
    }
    Ok(picked(s, b.blocking_save_file()))
}

/// The open dialog (one file); `None` if the person cancelled.
pub fn open(app: &tauri::AppHandle, s: &Shell, d: FileDialog) -> Cmd<Option<String>> {
    s.run(|_| d.check())?;
    Ok(picked(s, builder(app, &d).blocking_pick_file()))
}

/// The folder dialog (the sync folder); `None` if the person cancelled. The title is the
/// only thing the page gives, and is checked as a file dialog's is.
pub fn folder(app: &tauri::AppHandle, s: &Shell, title: String) -> Cmd<Option<String>> {
    let check = FileDialog { title, file_name: String::new(), extension: "ebb".into(), label: String::new() };
    s.run(|_| check.check())?;
    let mut b = app.dialog().file().set_title(&check.title);
    // From the home folder, where sync folders live (GTK would start on "Recent", which
    // lists files, not folders).
    if let Some(home) = std::env::var_os("HOME").map(std::path::PathBuf::from).filter(|h| h.is_dir()) {
        b = b.set_directory(home);
    }
    Ok(picked(s, b.blocking_pick_folder()))
}

/// A progress callback that sends `[done, total]` to the page at each whole percent (and at
/// the end), so ten thousand records make a hundred messages, not ten thousand.
pub fn every_percent(channel: Channel<[usize; 2]>) -> impl FnMut(usize, usize) {
    let mut last = usize::MAX;
    move |done, total| {
        let pct = done * 100 / total.max(1);
        if pct != last || done == total {
            last = pct;
            let _ = channel.send([done, total]);
        }
    }
}
