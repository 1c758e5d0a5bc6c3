//! Declares Ebb's own commands so that the capability file can grant exactly these and
//! nothing else.

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&[
        "status",
        "create",
        "save_recovery_key",
        "unlock",
        "recover",
        "lock",
        "close_window",
        "print_page",
        "timeline",
        "insights",
        "prep",
        "export_prep",
        "touch",
        "refresh",
        "catalog",
        "settings",
        "save_settings",
        "save_entry",
        "save_episode",
        "save_session",
        "delete",
        "undo_delete",
        "get",
        "entries_on",
        "list",
        "tags",
        "triggers",
        "custom_codes",
        "patterns",
        "change_passphrase",
        "backup",
        "export",
        "import_preview",
        "import",
    ]);
    if let Err(e) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        eprintln!("tauri-build failed: {e}");
        std::process::exit(1);
    }
}
