//! Ebb waiting in the background: the notifications, the tray, and closing the window into
//! the tray (locked) while a pause or the daily reminder is waiting to ring.
//!
//! What rings comes from the core ([`ebb::app::App::tick`]) and says only fixed words
//! ([`ebb::alarms`]): a notification server logs and shows what it is sent, often on a
//! locked screen, so nothing of the journal may be in it.

use std::time::Duration;

use ebb::alarms::{TITLE, tray_body};
use ebb::tr;
use tauri::menu::{Menu, MenuItem};
use tauri::tray::{MouseButton, MouseButtonState, TrayIconBuilder, TrayIconEvent};
use tauri::{AppHandle, Manager, WebviewWindow};
use tauri_plugin_autostart::ManagerExt;
use tauri_plugin_notification::NotificationExt;

use crate::shell::{Cmd, Shell, window_error};

/// The argument the login entry starts Ebb with: no window, locked, in the tray.
pub const BACKGROUND_ARG: &str = "--background";
const TRAY_ID: &str = "ebb";

/// Whether this run was started at login.
pub fn started_in_background() -> bool {
    std::env::args().any(|a| a == BACKGROUND_ARG)
}

/// Shows a notification. If there is no notification server, there is nothing to do.
fn notify(handle: &AppHandle, body: &str) {
    let _ = handle.notification().builder().title(TITLE).body(body).show();
}

/// Every two seconds, asks the core what rings and shows it.
pub fn spawn_alarms(handle: AppHandle) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_secs(2));
            let rings = handle.state::<Shell>().run(|a| Ok(a.tick())).unwrap_or_default();
            for r in rings {
                notify(&handle, &r.body());
            }
        }
    });
}

/// Closing the window. With a pause or a reminder waiting, Ebb locks and goes on in the tray
/// (the first time, it says so); otherwise it locks and quits.
pub fn close(window: &WebviewWindow) -> Cmd<()> {
    let handle = window.app_handle();
    let shell = handle.state::<Shell>();
    if !shell.run(|a| Ok(a.has_alarms()))? {
        shell.lock();
        return window.destroy().map_err(window_error);
    }
    shell.lock_and_reload(window)?;
    into_tray(handle).map_err(window_error)?;
    window.hide().map_err(window_error)?;
    if shell.run(|a| Ok(a.tell_about_tray()))? {
        notify(handle, &tray_body());
    }
    Ok(())
}

/// Whether closing the locked window should keep Ebb in the tray.
pub fn keeps_running(handle: &AppHandle) -> bool {
    handle.state::<Shell>().run(|a| Ok(a.has_alarms())).unwrap_or(false)
}

/// Brings the window back (the tray's Open, or Ebb started again).
pub fn show(handle: &AppHandle) {
    if let Some(w) = handle.get_webview_window("main") {
        let _ = w.show();
        let _ = w.unminimize();
        let _ = w.set_focus();
    }
}

/// The tray icon, made the first time Ebb goes into the background: Open, Take a pause, Quit.
/// Each later time its menu is made again, in the language spoken now (it may have changed).
pub fn into_tray(handle: &AppHandle) -> tauri::Result<()> {
    let open = MenuItem::with_id(handle, "open", tr!("tray-open"), true, None::<&str>)?;
    let pause = MenuItem::with_id(handle, "pause", tr!("tray-pause"), true, None::<&str>)?;
    let quit = MenuItem::with_id(handle, "quit", tr!("tray-quit"), true, None::<&str>)?;
    let menu = Menu::with_items(handle, &[&open, &pause, &quit])?;
    if let Some(tray) = handle.tray_by_id(TRAY_ID) {
        return tray.set_menu(Some(menu));
    }
    let mut tray = TrayIconBuilder::with_id(TRAY_ID)
        .tooltip("Ebb")
        .menu(&menu)
        .show_menu_on_left_click(false)
        .on_menu_event(|handle, event| match event.id.as_ref() {
            "open" => show(handle),
            "pause" => take_a_pause(handle),
            "quit" => quit_now(handle),
            _ => {}
        })
        .on_tray_icon_event(|tray, event| {
            if let TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            } = event
            {
                show(tray.app_handle());
            }
        });
    if let Some(icon) = handle.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(handle)?;
    Ok(())
}

/// The tray's "Take a pause": the window opens on the pause screen, locked or not.
pub fn take_a_pause(handle: &AppHandle) {
    show(handle);
    if let Some(w) = handle.get_webview_window("main") {
        let _ = w.eval("window.dispatchEvent(new Event('ebb:pause'))");
    }
}

/// The tray's "Quit": lock and end.
fn quit_now(handle: &AppHandle) {
    handle.state::<Shell>().lock();
    handle.exit(0);
}

/// Whether the login entry is there.
pub fn autostart(handle: &AppHandle) -> Cmd<bool> {
    handle.autolaunch().is_enabled().map_err(autostart_error)
}

/// Adds or removes the login entry; returns whether it is there now.
pub fn set_autostart(handle: &AppHandle, on: bool) -> Cmd<bool> {
    let l = handle.autolaunch();
    if on { l.enable() } else { l.disable() }.map_err(autostart_error)?;
    l.is_enabled().map_err(autostart_error)
}

/// The plugin's own reason is the system's, in English only: the person hears Ebb's sentence.
fn autostart_error(_: tauri_plugin_autostart::Error) -> ebb::error::ErrorPayload {
    ebb::error::ErrorPayload { kind: "autostart".into(), message: tr!("shell-autostart-failed") }
}
