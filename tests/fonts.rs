//! The desktop app's typeface (ui/src/fonts.css) is the @fontsource packages' own files with
//! the packages' own unicode ranges, and every screen asks for it: a font that is missing or
//! mislabelled would quietly fall back to whatever the machine has. Needs `npm ci` in ui/.

use std::path::{Path, PathBuf};

fn ui() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("ui")
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e} (run `npm ci` in ui/ first)", p.display()))
}

/// The value of `name: value;` inside one CSS rule.
fn property<'a>(rule: &'a str, name: &str) -> Option<&'a str> {
    let start = rule.find(&format!("{name}:"))? + name.len() + 1;
    Some(rule[start..].split(';').next()?.trim())
}

#[test]
fn every_font_face_is_the_packages_file_with_its_range() {
    let css = read(&ui().join("src/fonts.css"));
    let rules: Vec<&str> = css.split("@font-face").skip(1).collect();
    assert_eq!(rules.len(), 13, "Fira Sans 400/500/600 in four scripts, and Fira Mono");
    for rule in rules {
        let src = property(rule, "src").expect("a src");
        let rel = src.split('\'').nth(1).expect("a quoted url");
        assert!(
            rel.ends_with(".woff2") && !src.contains("data:"),
            "{src}: woff2 files from the package only"
        );
        let file = ui().join("src").join(rel);
        assert!(file.exists(), "{} is not in the package", file.display());
        // files/fira-sans-latin-ext-500-normal.woff2 → the package's 500.css declares it.
        let stem = file.file_stem().and_then(|s| s.to_str()).expect("a file name");
        let weight = property(rule, "font-weight").expect("a weight");
        assert!(stem.ends_with(&format!("-{weight}-normal")), "{stem} is not weight {weight}");
        let pkg = file.parent().and_then(Path::parent).expect("the package folder");
        let declared = read(&pkg.join(format!("{weight}.css")));
        let theirs = declared.split(&format!("/* {stem} */")).nth(1).expect("the package declares the file");
        assert_eq!(property(rule, "unicode-range"), property(theirs, "unicode-range"), "{stem}");
        let family = property(rule, "font-family").expect("a family");
        assert_eq!(property(theirs, "font-family"), Some(family), "{stem}");
    }
}

#[test]
fn the_app_and_the_report_ask_for_the_bundled_faces_only() {
    let app = read(&ui().join("src/app.css"));
    assert!(app.contains("font: 16px/1.55 \"Fira Sans\", sans-serif;"), "the app's text face");
    let report = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/report/templates/report.css"));
    assert!(report.contains("\"Fira Sans\", sans-serif;"), "the report's text face");
    // No screen names a face of its own that the app does not bring.
    for entry in std::fs::read_dir(ui().join("src/screens")).expect("the screens") {
        let path = entry.expect("a screen").path();
        let text = read(&path);
        for face in ["Noto", "DejaVu", "Liberation", "system-ui", "ui-monospace", "Arial", "Helvetica"] {
            assert!(!text.contains(face), "{} names {face}", path.display());
        }
    }
}
