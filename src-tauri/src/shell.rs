//! The window, its hardening, the shared state and the idle lock.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use ebb::app::App;
use ebb::error::ErrorPayload;
use tauri::webview::NewWindowResponse;
use tauri::{Manager, WebviewUrl, WebviewWindowBuilder, WindowEvent};

use crate::commands;

/// What a command returns to the UI.
pub type Cmd<T> = Result<T, ErrorPayload>;

/// Tauri state: the journal session and when the user last did anything.
pub struct Shell {
    app: Mutex<App>,
    last_activity: Mutex<Instant>,
}

impl Shell {
    /// Runs `f` on the app, counts it as activity, and maps errors for the UI.
    pub fn run<T>(&self, f: impl FnOnce(&mut App) -> ebb::Result<T>) -> Cmd<T> {
        self.touch();
        self.run_quietly(f)
    }

    /// As [`Shell::run`], for the page's own polling, which is not the user being active.
    pub fn run_quietly<T>(&self, f: impl FnOnce(&mut App) -> ebb::Result<T>) -> Cmd<T> {
        let mut app = self.app.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut app).map_err(|e| ErrorPayload::from(&e))
    }

    /// Notes that the user is active.
    pub fn touch(&self) {
        *self.last_activity.lock().unwrap_or_else(|p| p.into_inner()) = Instant::now();
    }

    /// Wipes keys and decrypted records, then reloads the page so no journal text stays in it.
    pub fn lock_and_reload(&self, window: &tauri::WebviewWindow) -> Cmd<()> {
        self.app.lock().unwrap_or_else(|p| p.into_inner()).lock();
        window.reload().map_err(|e| ErrorPayload { kind: "window".into(), message: e.to_string() })
    }

    fn idle_for(&self) -> Duration {
        self.last_activity.lock().unwrap_or_else(|p| p.into_inner()).elapsed()
    }
}

/// Only the app's own pages may load in the window.
fn is_app_url(url: &tauri::Url) -> bool {
    matches!(url.scheme(), "tauri")
        || url.host_str() == Some("tauri.localhost")
        || url.host_str() == Some("localhost")
}

pub fn run() -> tauri::Result<()> {
    let path = ebb::cli::journal_path(None).unwrap_or_else(|_| std::path::PathBuf::from("journal.ebb"));
    let shell = Shell { app: Mutex::new(App::new(path)), last_activity: Mutex::new(Instant::now()) };

    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(shell)
        .invoke_handler(commands::handler())
        .setup(|app| {
            let window = WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                .title("Ebb")
                .inner_size(960.0, 720.0)
                .min_inner_size(640.0, 520.0)
                .on_navigation(is_app_url)
                .on_new_window(|_, _| NewWindowResponse::Deny)
                .build()?;
            let handle = app.handle().clone();
            window.on_window_event(move |event| {
                if let WindowEvent::CloseRequested { .. } | WindowEvent::Destroyed = event {
                    handle
                        .state::<Shell>()
                        .run(|a| {
                            a.lock();
                            Ok(())
                        })
                        .ok();
                }
            });
            spawn_idle_lock(app.handle().clone());
            Ok(())
        })
        .run(tauri::generate_context!())
}

/// Locks after the configured minutes without activity, whatever the page is doing.
fn spawn_idle_lock(handle: tauri::AppHandle) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_secs(5));
            let shell = handle.state::<Shell>();
            let status = shell.app.lock().unwrap_or_else(|p| p.into_inner()).status();
            let limit = Duration::from_secs(u64::from(status.auto_lock_minutes) * 60);
            if status.state == ebb::app::LockState::Unlocked
                && shell.idle_for() >= limit
                && let Some(w) = handle.get_webview_window("main")
            {
                let _ = shell.lock_and_reload(&w);
            }
        }
    });
}
