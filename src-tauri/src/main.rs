//! Ebb's desktop shell: a Tauri 2 window over the core.
//!
//! Nothing here knows SQLite or cryptography. The journal session is an [`ebb::app::App`]
//! in Tauri's state; every command is one call into it through [`Shell::run`], which also
//! records activity for the idle lock and turns errors into `{kind, message}` for the UI.

#![forbid(unsafe_code)]
// No console window on other platforms' release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod background;
mod commands;
mod dialogs;
mod session_watch;
mod shell;
mod syncing;

/// Every block the Rust side of the app frees is wiped first. Ebb zeroizes its own keys and
/// decrypted records on lock, but a passphrase or journal text also passes through buffers it
/// does not own — Tauri's IPC requests and responses, serde's strings — which are freed without
/// being cleared. This wipes them as they are freed (docs/reliability.md, "Secrets in memory").
#[global_allocator]
static WIPE_ON_FREE: secmem_alloc::zeroizing_alloc::ZeroizeAlloc<std::alloc::System> =
    secmem_alloc::zeroizing_alloc::ZeroizeAlloc::new(std::alloc::System);

fn main() {
    // The system's language until the journal's Settings are read (SPEC §11).
    ebb::i18n::set_current(ebb::i18n::from_env());
    if let Err(e) = shell::run() {
        eprintln!("{}", ebb::tr!("shell-could-not-start", problem = e.to_string()));
        std::process::exit(1);
    }
}
