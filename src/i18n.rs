//! Ebb's words in the person's language (SPEC §11), through Project Fluent.
//!
//! The catalogues are the `.ftl` files in `locales/<code>/` at the top of the repository —
//! the same files the desktop UI reads — compiled in by `build.rs`. Plurals are Fluent's
//! (CLDR rules); month and weekday names come from chrono's locale data and decimal and
//! grouping marks from the same glibc tables (`pure-rust-locales`), so nothing about a
//! language is written here by hand.
//!
//! Which language speaks: the one set with [`set_current`] (the journal's Settings, once
//! known), else the system's ([`from_env`]), else English. A scope can speak another one
//! with [`with_lang`] — a report printed for a therapist who reads another language, or a
//! test — without touching the rest of the process.

use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// One language Ebb speaks: an index into the compiled catalogues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(u8);

impl Lang {
    /// English, the fallback for anything another catalogue lacks.
    pub const EN: Lang = Lang(0);

    /// The language with this code (`de`), or with the language part of a locale name
    /// (`de_DE.UTF-8`, `es-ES`); `None` for one Ebb does not speak.
    pub fn parse(code: &str) -> Option<Lang> {
        let lang = code.split(['_', '-', '.', '@']).next().unwrap_or("").to_ascii_lowercase();
        SOURCES.iter().position(|(c, _)| *c == lang).and_then(|i| u8::try_from(i).ok()).map(Lang)
    }

    /// Its code, `en`, `es`, `de`… (the folder's name).
    pub fn code(self) -> &'static str {
        SOURCES.get(usize::from(self.0)).map_or("en", |(c, _)| c)
    }

    /// The language's own name for itself ("Deutsch").
    pub fn name(self) -> String {
        message_in(self, "language-name", &[])
    }

    fn data(self) -> &'static Catalogue {
        let all = catalogues();
        all.get(usize::from(self.0)).unwrap_or(&all[0])
    }
}

/// Every language Ebb speaks, English first.
pub fn languages() -> impl Iterator<Item = Lang> {
    (0..SOURCES.len()).filter_map(|i| u8::try_from(i).ok()).map(Lang)
}

/// The codes of every language, English first (for validating Settings).
pub fn codes() -> Vec<&'static str> {
    SOURCES.iter().map(|(c, _)| *c).collect()
}

/// One language's compiled catalogue and the locale data its dates and numbers use.
struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    locale: chrono::Locale,
    decimal: &'static str,
    thousands: &'static str,
}

fn catalogues() -> &'static [Catalogue] {
    static ALL: OnceLock<Vec<Catalogue>> = OnceLock::new();
    ALL.get_or_init(|| SOURCES.iter().map(|(code, files)| build(code, files)).collect())
}

fn build(code: &str, files: &[&'static str]) -> Catalogue {
    let id = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around variables: every language here runs left to right,
    // and the marks would end up in terminals, Markdown and copied text.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number));
    for text in files {
        // A syntax error keeps the rest of the file (Fluent's recovery); the catalogue test
        // fails on any error, so none ships.
        let res = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(res, _)| res);
        let _ = bundle.add_resource(res);
    }
    let locale_name = message_of(&bundle, "language-locale", None).unwrap_or_default();
    let locale = chrono::Locale::try_from(locale_name.as_str()).unwrap_or(chrono::Locale::en_GB);
    let (decimal, thousands) = numeric(locale);
    Catalogue { bundle, locale, decimal, thousands }
}

fn numeric(locale: chrono::Locale) -> (&'static str, &'static str) {
    use pure_rust_locales::locale_match;
    (locale_match!(locale => LC_NUMERIC::DECIMAL_POINT), locale_match!(locale => LC_NUMERIC::THOUSANDS_SEP))
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// A scope's own language ([`with_lang`]), over the process's.
    static SCOPE: Cell<Option<Lang>> = const { Cell::new(None) };
    /// The language being formatted, for Fluent's number formatter (a plain `fn`).
    static FORMATTING: Cell<Lang> = const { Cell::new(Lang::EN) };
}

/// Speak `lang` from now on, in the whole process.
pub fn set_current(lang: Lang) {
    CURRENT.store(lang.0, Ordering::Relaxed);
}

/// Speak the language a journal's Settings chose (`Some("de")`), else the system's, from now on.
pub fn set_chosen(chosen: Option<&str>) {
    set_current(chosen_or_system(chosen));
}

/// The language speaking now: this scope's, else the process's.
pub fn current() -> Lang {
    SCOPE.with(Cell::get).unwrap_or(Lang(CURRENT.load(Ordering::Relaxed)))
}

/// Runs `f` speaking `lang` on this thread, then the language before.
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    let before = SCOPE.with(|s| s.replace(Some(lang)));
    let out = f();
    SCOPE.with(|s| s.set(before));
    out
}

/// The system's language (SPEC §11): the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is
/// set and not empty, if Ebb speaks it; else English.
pub fn from_env() -> Lang {
    from_vars(|k| std::env::var(k).ok())
}

/// [`from_env`] over any source of variables, for tests.
pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| get(k))
        .find(|v| !v.is_empty())
        .and_then(|v| Lang::parse(&v))
        .unwrap_or(Lang::EN)
}

/// The language of a journal's Settings (`Some("de")`), else the system's.
pub fn chosen_or_system(chosen: Option<&str>) -> Lang {
    chosen.and_then(Lang::parse).unwrap_or_else(from_env)
}

/// A value for a message's variable: text, or a number (which also picks a plural form).
#[derive(Debug, Clone)]
pub enum Arg {
    /// Words, a name, a date already written out.
    Text(String),
    /// A count or a measure.
    Number(f64),
}

macro_rules! arg_from {
    (text: $($t:ty),*) => { $(impl From<$t> for Arg { fn from(v: $t) -> Arg { Arg::Text(v.to_string()) } })* };
    (number: $($t:ty),*) => { $(impl From<$t> for Arg { fn from(v: $t) -> Arg { Arg::Number(v as f64) } })* };
}
arg_from!(text: &str, String, &String, std::borrow::Cow<'_, str>, char);
arg_from!(number: u8, u16, u32, u64, usize, i32, i64, f64);

/// The message `id` in the current language, its variables filled in; English when the
/// catalogue lacks it, the id itself when no catalogue has it (a test forbids both).
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    message_in(current(), id, args)
}

/// The message `id` in `lang`.
pub fn message_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Text(s) => fargs.set(*k, FluentValue::from(s.clone())),
            Arg::Number(n) => fargs.set(*k, FluentValue::from(*n)),
        }
    }
    let before = FORMATTING.with(|f| f.replace(lang));
    let out = [lang, Lang::EN]
        .iter()
        .find_map(|l| message_of(&l.data().bundle, id, Some(&fargs)))
        .unwrap_or_else(|| id.to_owned());
    FORMATTING.with(|f| f.set(before));
    out
}

/// Whether the current language (or English) has the message `id`.
pub fn has(id: &str) -> bool {
    [current(), Lang::EN].iter().any(|l| l.data().bundle.has_message(id))
}

fn message_of(bundle: &FluentBundle<FluentResource>, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = vec![];
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
}

/// Fluent's numbers as the language writes them: "1.234" and "1,5" in German.
fn format_number(value: &FluentValue, _: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    let digits = n.options.minimum_fraction_digits.unwrap_or(0);
    Some(decimal_in(FORMATTING.with(Cell::get), n.value, digits))
}

/// A number with `digits` decimals as the current language writes it ("1,5").
pub fn decimal(n: f64, digits: usize) -> String {
    decimal_in(current(), n, digits)
}

fn decimal_in(lang: Lang, n: f64, digits: usize) -> String {
    let c = lang.data();
    let plain = format!("{:.*}", digits, n.abs());
    let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        // Groups of three from the right, from 10 000 up (as CLDR does for Spanish, and as
        // reads easily in every language: 1234 stays whole).
        if i > 0 && (int.len() - i) % 3 == 0 && int.len() > 4 {
            grouped.push_str(c.thousands);
        }
        grouped.push(ch);
    }
    let sign = if n < 0.0 && plain.chars().any(|d| d.is_ascii_digit() && d != '0') { "-" } else { "" };
    if frac.is_empty() { format!("{sign}{grouped}") } else { format!("{sign}{grouped}{}{frac}", c.decimal) }
}

/// A calendar date through the catalogue's pattern `format-<style>` (chrono's `%` forms)
/// and the language's month and weekday names: "23 November 2026", "23. November 2026".
pub fn date(d: chrono::NaiveDate, style: &str) -> String {
    let lang = current();
    let pattern = message_in(lang, &format!("format-{style}"), &[]);
    d.format_localized(&pattern, lang.data().locale).to_string()
}

/// `tr!("id", name = value, …)`: the message `id` in the current language.
#[macro_export]
macro_rules! tr {
    ($id:expr) => { $crate::i18n::message($id, &[]) };
    ($id:expr, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::i18n::message($id, &[$((stringify!($k), $crate::i18n::Arg::from($v))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// Each message's id and its variables, in one language.
    fn messages(code: &str) -> BTreeMap<String, BTreeSet<String>> {
        let (_, files) = SOURCES.iter().find(|(c, _)| *c == code).unwrap();
        let mut out = BTreeMap::new();
        for text in *files {
            let res = FluentResource::try_new((*text).to_owned())
                .unwrap_or_else(|(_, e)| panic!("locales/{code}: {e:?}"));
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    let vars: BTreeSet<String> = format!("{m:?}")
                        .split("VariableReference { id: Identifier { name: \"")
                        .skip(1)
                        .filter_map(|s| s.split('"').next())
                        .map(str::to_owned)
                        .collect();
                    assert!(out.insert(m.id.name.to_owned(), vars).is_none(), "{code}: {} twice", m.id.name);
                }
            }
        }
        out
    }

    #[test]
    fn every_catalogue_parses_and_holds_the_same_messages_with_the_same_variables() {
        let en = messages("en");
        assert!(en.len() > 100, "{}", en.len());
        for code in codes() {
            let other = messages(code);
            let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{code}: missing {missing:?}, extra {extra:?}");
            for (id, vars) in &en {
                assert_eq!(&other[id], vars, "{code}: the variables of {id}");
            }
        }
    }

    #[test]
    fn the_three_languages_are_there_and_name_themselves() {
        assert_eq!(&codes()[..1], &["en"]);
        let names: Vec<String> = ["en", "es", "de"].iter().map(|c| Lang::parse(c).unwrap().name()).collect();
        assert_eq!(names, ["English", "Español", "Deutsch"]);
    }

    #[test]
    fn the_system_language_follows_lc_all_then_lc_messages_then_lang() {
        let env = |all: &str, msg: &str, lang: &str| {
            let (all, msg, lang) = (all.to_owned(), msg.to_owned(), lang.to_owned());
            from_vars(move |k| match k {
                "LC_ALL" => Some(all.clone()),
                "LC_MESSAGES" => Some(msg.clone()),
                _ => Some(lang.clone()),
            })
            .code()
        };
        assert_eq!(env("", "", "de_DE.UTF-8"), "de");
        assert_eq!(env("", "es_ES.UTF-8", "de_DE.UTF-8"), "es");
        assert_eq!(env("de_AT.UTF-8", "es_ES.UTF-8", "en_US"), "de");
        assert_eq!(env("", "", "fr_FR.UTF-8"), "en");
        assert_eq!(env("C", "", "de_DE"), "en");
        assert_eq!(from_vars(|_| None).code(), "en");
    }

    #[test]
    fn plurals_numbers_and_dates_follow_the_language() {
        let de = Lang::parse("de").unwrap();
        let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 23).unwrap();
        with_lang(de, || {
            assert_eq!(decimal(1.5, 1), "1,5");
            assert_eq!(decimal(12345.0, 0), "12.345");
            assert_eq!(date(d, "date-long"), "23. März 2026");
        });
        with_lang(Lang::parse("es").unwrap(), || assert_eq!(date(d, "date-long"), "23 de marzo de 2026"));
        with_lang(Lang::EN, || {
            assert_eq!(decimal(1.5, 1), "1.5");
            assert_eq!(date(d, "date-long"), "23 March 2026");
        });
        // The scope ends: the process's language again.
        assert_eq!(current(), Lang(CURRENT.load(Ordering::Relaxed)));
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_to_its_id() {
        assert_eq!(message_in(Lang::parse("de").unwrap(), "no-such-message", &[]), "no-such-message");
        assert!(!has("no-such-message"));
    }
}
