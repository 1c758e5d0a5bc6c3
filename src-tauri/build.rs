//! Declares Ebb's own commands so that the capability file can grant exactly these and
//! nothing else, and writes the handler that registers them: both from the one list, the
//! `#[tauri::command]` functions of src/commands.rs (read by src/surface.rs).

#[path = "src/surface.rs"]
#[allow(dead_code)]
mod surface;

fn main() {
    println!("cargo:rerun-if-changed=src/commands.rs");
    println!("cargo:rerun-if-changed=src/surface.rs");
    let source = match std::fs::read_to_string("src/commands.rs") {
        Ok(s) => s,
        Err(e) => {
            eprintln!("could not read src/commands.rs: {e}");
            std::process::exit(1);
        }
    };
    let names: Vec<String> = surface::commands(&source).into_iter().map(|c| c.name).collect();
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("handler.rs");
    let handler = format!("tauri::generate_handler![{}]\n", names.join(", "));
    if let Err(e) = std::fs::write(&out, handler) {
        eprintln!("could not write {}: {e}", out.display());
        std::process::exit(1);
    }
    let names: &'static [&'static str] = Box::leak(
        names.into_iter().map(|n| &*Box::leak(n.into_boxed_str())).collect::<Vec<_>>().into_boxed_slice(),
    );
    let manifest = tauri_build::AppManifest::new().commands(names);
    if let Err(e) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        eprintln!("tauri-build failed: {e}");
        std::process::exit(1);
    }
}
