//! The window, its hardening, the shared state and the idle lock.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

use ebb::app::App;
use ebb::error::ErrorPayload;
use tauri::webview::NewWindowResponse;
use tauri::{Manager, WebviewUrl, WebviewWindowBuilder, WindowEvent};

use crate::{background, commands};

/// What a command returns to the UI.
pub type Cmd<T> = Result<T, ErrorPayload>;

/// Tauri state: the journal session and when the person last did anything.
pub struct Shell {
    app: Mutex<App>,
    /// When the person last typed or clicked, on the [`awake_or_asleep`] clock.
    last_activity: Mutex<Duration>,
    /// Files the person chose in a dialog the shell opened, newest last: the only paths the
    /// page may ask the shell to write or read (security review, issue 13).
    chosen: Mutex<Vec<PathBuf>>,
}

/// How many chosen files are remembered (a dialog answered and never used is dropped in time).
const CHOSEN_KEPT: usize = 4;

/// Whether a chosen file may be named again after it was used once.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// A look that leaves it chosen (the import preview, before the import itself).
    Look,
    /// The write or import it was chosen for; then it is gone.
    Once,
}

impl Shell {
    /// A shell for the journal at `path`, locked.
    pub fn new(path: PathBuf) -> Self {
        Shell {
            app: Mutex::new(App::new(path)),
            last_activity: Mutex::new(awake_or_asleep()),
            chosen: Mutex::new(Vec::new()),
        }
    }

    /// Remembers a file the person chose in a dialog.
    pub fn choose(&self, path: PathBuf) {
        let mut c = self.chosen.lock().unwrap_or_else(|p| p.into_inner());
        c.retain(|p| *p != path);
        c.push(path);
        let excess = c.len().saturating_sub(CHOSEN_KEPT);
        c.drain(..excess);
    }

    /// The path the page names, if the person chose it in a dialog; an error otherwise, so a
    /// page that was made to ask for `~/.bashrc` gets nothing.
    pub fn chosen(&self, raw: &str, how: Use) -> ebb::Result<PathBuf> {
        let path = ebb::files::user_path(raw)?;
        let mut c = self.chosen.lock().unwrap_or_else(|p| p.into_inner());
        let Some(at) = c.iter().position(|p| *p == path) else {
            return Err(ebb::Error::invalid(ebb::tr!("shell-choose-again")));
        };
        if how == Use::Once {
            c.remove(at);
        }
        Ok(path)
    }

    /// Runs `f` on the app and maps errors for the UI. A command is not activity: the page
    /// calls many on its own (after a reload, after the command line wrote), and only the
    /// person's own typing and clicking, reported by `touch`, keeps the journal open
    /// (security review, issue 13).
    pub fn run<T>(&self, f: impl FnOnce(&mut App) -> ebb::Result<T>) -> Cmd<T> {
        let mut app = self.app.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut app).map_err(|e| ErrorPayload::from(&e))
    }

    /// As [`Shell::run`], for a command that runs off the main thread and handles keys: the
    /// stale copies moves left on this thread's stack are wiped before it serves another.
    pub fn run_then_scrub<T>(&self, f: impl FnOnce(&mut App) -> ebb::Result<T>) -> Cmd<T> {
        let r = self.run(f);
        ebb::crypto::scrub_stack();
        r
    }

    /// Notes that the person typed or clicked.
    pub fn touch(&self) {
        *self.last_activity.lock().unwrap_or_else(|p| p.into_inner()) = awake_or_asleep();
    }

    /// Wipes keys and decrypted records, then reloads the page so no journal text stays in it.
    pub fn lock_and_reload(&self, window: &tauri::WebviewWindow) -> Cmd<()> {
        self.lock();
        window.reload().map_err(window_error)
    }

    /// Reads the desktop preferences beside the journal (the reminder's time, before unlock).
    pub fn wake(&self) {
        self.app.lock().unwrap_or_else(|p| p.into_inner()).wake();
    }

    /// Wipes keys and decrypted records.
    pub fn lock(&self) {
        self.app.lock().unwrap_or_else(|p| p.into_inner()).lock();
    }

    fn is_unlocked(&self) -> bool {
        let app = self.app.lock().unwrap_or_else(|p| p.into_inner());
        app.status().state == ebb::app::LockState::Unlocked
    }

    fn idle_for(&self) -> Duration {
        awake_or_asleep().saturating_sub(*self.last_activity.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

/// Time since boot, counting time asleep (`CLOCK_BOOTTIME`). `Instant` stops while the
/// computer is suspended, so five idle minutes measured on it could last a night.
fn awake_or_asleep() -> Duration {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::Boottime);
    Duration::new(u64::try_from(t.tv_sec).unwrap_or(0), u32::try_from(t.tv_nsec).unwrap_or(0))
}

/// Locks now (idle, sleep, the session locked): keys and records wiped, the page reloaded
/// so no journal text stays in it, and the main thread's stack wiped too, since commands,
/// unlock among them, run there.
fn lock_now(handle: &tauri::AppHandle) {
    let shell = handle.state::<Shell>();
    if !shell.is_unlocked() {
        return;
    }
    match handle.get_webview_window("main") {
        Some(w) => drop(shell.lock_and_reload(&w)),
        None => shell.lock(),
    }
    let _ = handle.run_on_main_thread(ebb::crypto::scrub_stack);
}

/// A window operation that failed, as the UI sees errors.
pub fn window_error(e: tauri::Error) -> ErrorPayload {
    ErrorPayload { kind: "window".into(), message: e.to_string() }
}

/// Only the app's own pages may load in the window: exactly the origin Tauri serves the
/// bundled UI from (`tauri://localhost` on Linux and macOS, `http(s)://tauri.localhost` on
/// Windows and Android), no other port, host or user. Any other `localhost` page — a local
/// server of some other program — is refused (security review, issue 13).
fn is_app_url(url: &tauri::Url) -> bool {
    let plain = url.port().is_none() && url.username().is_empty() && url.password().is_none();
    plain
        && match url.scheme() {
            "tauri" => url.host_str() == Some("localhost"),
            "http" | "https" => url.host_str() == Some("tauri.localhost"),
            _ => false,
        }
}

pub fn run() -> tauri::Result<()> {
    let path = ebb::files::journal_path(None).unwrap_or_else(|_| std::path::PathBuf::from("journal.ebb"));
    let shell = Shell::new(path);

    tauri::Builder::default()
        // First, so a second start hands over to this one before anything else is set up.
        .plugin(tauri_plugin_single_instance::init(|handle, _, _| background::show(handle)))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_autostart::Builder::new().args([background::BACKGROUND_ARG]).build())
        .manage(shell)
        .invoke_handler(commands::handler())
        .setup(|app| {
            app.state::<Shell>().wake();
            let hidden = background::started_in_background();
            let window = WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                .visible(!hidden)
                .title("Ebb")
                .inner_size(960.0, 720.0)
                .min_inner_size(640.0, 520.0)
                .on_navigation(is_app_url)
                .on_new_window(|_, _| NewWindowResponse::Deny)
                .build()?;
            #[cfg(target_os = "linux")]
            window.with_webview(tune_webkit)?;
            let handle = app.handle().clone();
            window.on_window_event(move |event| match event {
                WindowEvent::CloseRequested { api, .. } if handle.state::<Shell>().is_unlocked() => {
                    api.prevent_close();
                    close_after_flush(&handle);
                }
                WindowEvent::CloseRequested { api, .. } if background::keeps_running(&handle) => {
                    api.prevent_close();
                    if let Some(w) = handle.get_webview_window("main") {
                        let _ = background::close(&w);
                    }
                }
                WindowEvent::Destroyed => handle.state::<Shell>().lock(),
                _ => {}
            });
            if hidden {
                background::into_tray(app.handle())?;
            }
            spawn_idle_lock(app.handle().clone());
            background::spawn_alarms(app.handle().clone());
            crate::syncing::spawn(app.handle().clone());
            let handle = app.handle().clone();
            crate::session_watch::spawn(std::sync::Arc::new(move |_| lock_now(&handle)));
            Ok(())
        })
        .run(tauri::generate_context!())
}

/// Closing while unlocked: the page is asked to save what is still being typed and then
/// calls `close_window`; if it has not within a few seconds (a page that hangs), the
/// journal is locked and the window closed anyway. Nothing typed is lost in the normal case.
fn close_after_flush(handle: &tauri::AppHandle) {
    let Some(window) = handle.get_webview_window("main") else { return };
    if window.eval("window.dispatchEvent(new Event('ebb:closing'))").is_err() {
        let _ = background::close(&window);
        return;
    }
    let handle = handle.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(4));
        // Still unlocked: the page never answered (once it has, the journal is locked).
        if let Some(w) = handle.get_webview_window("main")
            && handle.state::<Shell>().is_unlocked()
        {
            let _ = background::close(&w);
        }
    });
}

/// Ebb draws text and a few SVG charts: nothing that needs the GPU. Without compositing
/// WebKit's web process needs about 90 MiB less (SPEC §7 asks for ≤ 250 MiB in all), and
/// a small cache model keeps it from holding pages it will never show again.
#[cfg(target_os = "linux")]
fn tune_webkit(webview: tauri::webview::PlatformWebview) {
    use webkit2gtk::{CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebViewExt};
    let view = webview.inner();
    if let Some(settings) = view.settings() {
        settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
    }
    if let Some(context) = view.context() {
        context.set_cache_model(CacheModel::DocumentViewer);
    }
}

/// Locks after the configured minutes without the person's input, whatever the page is
/// doing, counting time the computer spent asleep.
fn spawn_idle_lock(handle: tauri::AppHandle) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_secs(5));
            let shell = handle.state::<Shell>();
            let status = shell.app.lock().unwrap_or_else(|p| p.into_inner()).status();
            let limit = Duration::from_secs(u64::from(status.auto_lock_minutes) * 60);
            if status.state == ebb::app::LockState::Unlocked && shell.idle_for() >= limit {
                lock_now(&handle);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::{Shell, Use, is_app_url};

    #[test]
    fn the_page_can_name_only_files_chosen_in_a_dialog_and_a_write_uses_one_up() {
        let s = Shell::new("/nonexistent/journal.ebb".into());
        // Before the review, the page could have any absolute path written.
        assert!(s.chosen("/home/someone/.bashrc", Use::Once).is_err());
        s.choose("/tmp/export.json".into());
        assert!(s.chosen("/tmp/other.json", Use::Once).is_err());
        assert!(s.chosen("/tmp/export.json", Use::Look).is_ok());
        assert!(s.chosen("/tmp/export.json", Use::Once).is_ok());
        assert!(s.chosen("/tmp/export.json", Use::Once).is_err(), "used once");
        for i in 0..6 {
            s.choose(format!("/tmp/f{i}").into());
        }
        assert!(s.chosen("/tmp/f0", Use::Once).is_err(), "the oldest answers are forgotten");
        assert!(s.chosen("/tmp/f5", Use::Once).is_ok());
        assert!(s.chosen("relative/path", Use::Once).is_err());
    }

    #[test]
    fn only_the_apps_own_origin_may_load() {
        let ok = [
            "tauri://localhost/index.html",
            "tauri://localhost/#/journal",
            "http://tauri.localhost/index.html",
        ];
        for u in ok {
            assert!(is_app_url(&u.parse().unwrap()), "{u}");
        }
        // Before the review, every one of these was allowed.
        let refused = [
            "http://localhost:8080/",
            "http://localhost/",
            "https://localhost/evil",
            "tauri://localhost.evil.example/",
            "tauri://evil.example/",
            "tauri://localhost:1234/",
            "http://user@tauri.localhost/",
            "http://tauri.localhost:9000/",
            "file:///etc/passwd",
            "about:blank",
        ];
        for u in refused {
            assert!(!is_app_url(&u.parse().unwrap()), "{u}");
        }
    }
}
