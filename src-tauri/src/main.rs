//! Ebb's desktop shell: a Tauri 2 window over the core.
//!
//! Nothing here knows SQLite or cryptography. The journal session is an [`ebb::app::App`]
//! in Tauri's state; every command is one call into it through [`Shell::run`], which also
//! records activity for the idle lock and turns errors into `{kind, message}` for the UI.

#![forbid(unsafe_code)]
// No console window on other platforms' release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod shell;

fn main() {
    if let Err(e) = shell::run() {
        eprintln!("Ebb could not start: {e}");
        std::process::exit(1);
    }
}
