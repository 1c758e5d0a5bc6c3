//! Finds the message catalogues (SPEC §11): every folder in `locales/` is a language, every
//! `.ftl` file in it part of its catalogue. They are compiled into the binary, so a new
//! language is a new folder, with no list to edit.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut langs: Vec<_> = std::fs::read_dir(&root)
        .expect("locales/ is readable")
        .map(|e| e.expect("locales/ entry").path())
        .filter(|p| p.is_dir())
        .collect();
    // English first: it is the fallback for a message another catalogue lacks.
    langs.sort_by_key(|p| (p.file_name() != Some("en".as_ref()), p.clone()));
    let mut out = String::from("/// Every language's catalogue files, English first.\n");
    out.push_str("pub(crate) const SOURCES: &[(&str, &[&str])] = &[\n");
    for dir in langs {
        println!("cargo:rerun-if-changed={}", dir.display());
        let code = dir.file_name().and_then(|n| n.to_str()).expect("a language folder's name");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .expect("a language folder is readable")
            .map(|e| e.expect("a catalogue file").path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        write!(out, "    ({code:?}, &[").ok();
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            write!(out, "include_str!({:?}), ", f.display().to_string()).ok();
        }
        out.push_str("]),\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("locales.rs");
    std::fs::write(dest, out).expect("writing locales.rs");
}
