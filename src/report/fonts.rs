//! The report's own typeface, embedded in the printable page.
//!
//! A printed summary must look and measure the same on every computer: with whatever fonts a
//! machine happens to have, the same page ran to one sheet in Noto Sans and to two in the
//! wider DejaVu Sans. So the HTML form carries Fira Sans (SIL Open Font License 1.1, from the
//! `@fontsource/fira-sans` package the desktop app also uses) inside its `<style>`, as data,
//! and stays one self-contained file.
//!
//! Only what the page needs goes in: the Latin files always (every word of the template is
//! Latin), and Latin Extended, Greek or Cyrillic only when the page holds a character of
//! theirs. Each file keeps the package's own `unicode-range`, so a reader uses the file that
//! covers a character and nothing else. The files here are byte-for-byte the package's; a test
//! compares them with `ui/node_modules` so the two can never drift.

use std::fmt::Write as _;

/// The family name the report's stylesheet asks for first.
pub const FAMILY: &str = "Fira Sans";

/// One font file: a subset of the face at one weight.
pub(crate) struct FontFile {
    /// The package's file name, under `files/`.
    pub name: &'static str,
    pub subset: &'static str,
    pub weight: u16,
    /// The package's `unicode-range` for this subset.
    pub range: &'static str,
    pub data: &'static [u8],
}

const LATIN: &str = "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD";
const LATIN_EXT: &str = "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF";
const GREEK: &str = "U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF";
const CYRILLIC: &str = "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116";

macro_rules! font_file {
    ($subset:literal, $weight:literal, $range:expr) => {
        FontFile {
            name: concat!("fira-sans-", $subset, "-", $weight, "-normal.woff2"),
            subset: $subset,
            weight: $weight,
            range: $range,
            data: include_bytes!(concat!("fonts/fira-sans-", $subset, "-", $weight, "-normal.woff2")),
        }
    };
}

/// Every file the report may embed: regular text and the semibold of headings.
pub(crate) const FILES: [FontFile; 8] = [
    font_file!("latin", 400, LATIN),
    font_file!("latin", 600, LATIN),
    font_file!("latin-ext", 400, LATIN_EXT),
    font_file!("latin-ext", 600, LATIN_EXT),
    font_file!("greek", 400, GREEK),
    font_file!("greek", 600, GREEK),
    font_file!("cyrillic", 400, CYRILLIC),
    font_file!("cyrillic", 600, CYRILLIC),
];

/// The code point ranges of a CSS `unicode-range` value (`U+0000-00FF,U+0131,…`).
fn ranges(value: &str) -> impl Iterator<Item = (u32, u32)> + '_ {
    value.split(',').filter_map(|part| {
        let part = part.trim().strip_prefix("U+")?;
        let (lo, hi) = part.split_once('-').unwrap_or((part, part));
        Some((u32::from_str_radix(lo, 16).ok()?, u32::from_str_radix(hi, 16).ok()?))
    })
}

/// Whether any character of `text` falls in the CSS `unicode-range` value.
fn covers_any(range: &str, text: &str) -> bool {
    let spans: Vec<(u32, u32)> = ranges(range).collect();
    text.chars().any(|c| spans.iter().any(|&(lo, hi)| (lo..=hi).contains(&u32::from(c))))
}

/// The `@font-face` rules for a page whose text is `text`: the Latin files always, the
/// others when `text` needs them, each as a `data:` URL.
pub fn font_face_css(text: &str) -> String {
    let mut css = String::new();
    for f in FILES.iter().filter(|f| f.subset == "latin" || covers_any(f.range, text)) {
        // Writing to a String cannot fail.
        let _ = writeln!(
            css,
            "/* {} */ @font-face {{ font-family: '{FAMILY}'; font-style: normal; font-weight: {}; font-display: block; \
             src: url(data:font/woff2;base64,{}) format('woff2'); unicode-range: {}; }}",
            f.name,
            f.weight,
            data_encoding::BASE64.encode(f.data),
            f.range,
        );
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    fn embedded(css: &str) -> Vec<&'static str> {
        FILES.iter().filter(|f| css.contains(&data_encoding::BASE64.encode(f.data))).map(|f| f.name).collect()
    }

    #[test]
    fn latin_text_embeds_only_the_latin_files() {
        let css = font_face_css("An unanswered text — “plans changed”, Größe, mañana…");
        assert_eq!(embedded(&css), ["fira-sans-latin-400-normal.woff2", "fira-sans-latin-600-normal.woff2"]);
        assert_eq!(css.matches("@font-face").count(), 2);
        assert!(css.contains("font-weight: 600"));
    }

    #[test]
    fn other_scripts_bring_their_files() {
        let css = font_face_css("Łódź, καλημέρα, привет");
        let names = embedded(&css);
        for subset in ["latin", "latin-ext", "greek", "cyrillic"] {
            for w in [400, 600] {
                let name = format!("fira-sans-{subset}-{w}-normal.woff2");
                assert!(names.contains(&name.as_str()), "{name} missing");
            }
        }
    }

    #[test]
    fn ranges_parse_single_points_and_spans() {
        let r: Vec<_> = ranges("U+0131,U+0400-045F").collect();
        assert_eq!(r, [(0x131, 0x131), (0x400, 0x45F)]);
        assert!(covers_any(GREEK, "λ"));
        assert!(!covers_any(GREEK, "abc"));
    }

    /// The embedded files are the `@fontsource/fira-sans` package's own, with its ranges: run
    /// `make ui-deps` (or `npm ci` in ui/) first.
    #[test]
    fn embedded_files_match_the_ui_package() {
        let pkg =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/node_modules/@fontsource/fira-sans");
        for f in &FILES {
            let css = std::fs::read_to_string(pkg.join(format!("{}.css", f.weight)))
                .unwrap_or_else(|e| panic!("{}: {e} (run `npm ci` in ui/ first)", pkg.display()));
            let bytes = std::fs::read(pkg.join("files").join(f.name)).expect("the package has the file");
            assert!(bytes == f.data, "src/report/fonts/{} differs from the package's", f.name);
            let marker = format!("/* {} */", f.name.trim_end_matches(".woff2"));
            let rule = css
                .split(&marker)
                .nth(1)
                .and_then(|s| s.split('}').next())
                .expect("the package declares the file");
            assert!(
                rule.contains(&format!("unicode-range: {};", f.range)),
                "{}: the package's range differs",
                f.name
            );
        }
    }
}
