//! The command line in the person's language (SPEC §11): `--help`, usage and clap's own
//! complaints, from the catalogues (`locales/*/cli-help.ftl`).
//!
//! The English help is written once, as doc comments on the arguments (clap reads them); the
//! English catalogue holds the same words, and a test keeps the two equal, so every
//! command and option has an id in every language. Ids follow the command tree:
//! `cli-about-sync-init` for `ebb sync init`, `cli-arg-sync-init-folder` for its FOLDER.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use ebb::tr;

/// The command tree with every word in the language speaking now.
pub fn localize(cmd: Command) -> Command {
    let cmd = cmd.after_help(tr!("cli-after-help"));
    walk(cmd, &[])
}

fn walk(mut cmd: Command, path: &[&str]) -> Command {
    let key = path.join("-");
    let about = if key.is_empty() { "cli-about".to_owned() } else { format!("cli-about-{key}") };
    cmd = cmd
        .about(tr!(&about))
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .subcommand_help_heading(tr!("cli-heading-commands"))
        .subcommand_value_name(tr!("cli-value-command"))
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            tr!("cli-heading-usage")
        ))
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(tr!("cli-arg-help"))
                .help_heading(tr!("cli-heading-options")),
        );
    if path.is_empty() {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(tr!("cli-arg-version"))
                .help_heading(tr!("cli-heading-options")),
        );
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .filter(|a| !a.is_global_set() || path.is_empty())
        .map(|a| a.get_id().to_string())
        .filter(|id| id != "help" && id != "version")
        .collect();
    for id in ids {
        let msg = if key.is_empty() { format!("cli-arg-{id}") } else { format!("cli-arg-{key}-{id}") };
        cmd = cmd.mut_arg(&id, |a| localize_arg(a, &msg));
    }
    let line = usage(&cmd, path);
    cmd = cmd.override_usage(line);
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for name in names {
        let mut sub_path = path.to_vec();
        sub_path.push(&name);
        let sub_path: Vec<&str> = sub_path;
        // `mut_subcommand` takes the subcommand out and puts the localized one back.
        let sub = cmd.find_subcommand(&name).cloned();
        if let Some(sub) = sub {
            let done = walk(sub, &sub_path);
            cmd = cmd.mut_subcommand(&name, |_| done);
        }
    }
    cmd
}

/// "ebb sync init [OPTIONEN] <ORDNER>": clap writes `[OPTIONS]` in English, so the usage
/// line is built here from the (already localized) arguments.
fn usage(cmd: &Command, path: &[&str]) -> String {
    let mut out = std::iter::once("ebb").chain(path.iter().copied()).collect::<Vec<_>>().join(" ");
    out.push_str(&format!(" [{}]", tr!("cli-value-options")));
    for a in cmd.get_positionals() {
        let name = a
            .get_value_names()
            .and_then(|n| n.first())
            .map_or_else(|| a.get_id().to_string().to_uppercase(), |n| n.to_string());
        let many = if a.get_num_args().is_some_and(|n| n.max_values() > 1) { "..." } else { "" };
        if a.is_required_set() {
            out.push_str(&format!(" <{name}>{many}"));
        } else {
            out.push_str(&format!(" [{name}]{many}"));
        }
    }
    if cmd.has_subcommands() {
        let name = tr!("cli-value-command");
        if cmd.is_subcommand_required_set() {
            out.push_str(&format!(" <{name}>"));
        } else {
            out.push_str(&format!(" [{name}]"));
        }
    }
    out
}

fn localize_arg(a: Arg, msg: &str) -> Arg {
    let heading = if a.is_positional() { "cli-heading-arguments" } else { "cli-heading-options" };
    let mut help = tr!(msg);
    let defaults: Vec<String> =
        a.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if !defaults.is_empty() && !a.is_hide_default_value_set() {
        help = tr!("cli-default", help = help, value = defaults.join(", "));
    }
    let names: Vec<String> = a
        .get_value_names()
        .map(|v| v.iter().map(|n| tr!(&format!("cli-value-{}", n.as_str().to_lowercase()))).collect())
        .unwrap_or_default();
    let a = a.help(help).help_heading(tr!(heading));
    if !a.get_action().takes_values() {
        return a;
    }
    let a = a.hide_default_value(true);
    if names.is_empty() { a } else { a.value_names(names) }
}

/// clap's complaint about the arguments, as one line in the person's language.
pub fn complaint(e: &clap::Error) -> String {
    let get = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    match e.kind() {
        ErrorKind::UnknownArgument => tr!("cli-error-unknown-argument", arg = get(ContextKind::InvalidArg)),
        ErrorKind::InvalidSubcommand => {
            tr!("cli-error-unknown-command", command = get(ContextKind::InvalidSubcommand))
        }
        ErrorKind::MissingRequiredArgument => {
            tr!("cli-error-missing", args = get(ContextKind::InvalidArg))
        }
        ErrorKind::MissingSubcommand => tr!("cli-error-missing-command"),
        ErrorKind::ArgumentConflict => {
            tr!("cli-error-conflict", arg = get(ContextKind::InvalidArg), other = get(ContextKind::PriorArg))
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            use std::error::Error as _;
            // The core's own words for why (an `ebb::Error` from a value's `FromStr`), or
            // the value that was wrong.
            let (arg, value) = (get(ContextKind::InvalidArg), get(ContextKind::InvalidValue));
            // Ebb's own reasons are in the person's language; the standard library's number
            // parsers say theirs in English only ("invalid digit found in string"), so those
            // are left out and the line names the value alone.
            let english = |w: &&(dyn std::error::Error + 'static)| {
                w.is::<std::num::ParseIntError>() || w.is::<std::num::ParseFloatError>()
            };
            match e.source().filter(|w| !english(w)) {
                Some(why) => tr!("cli-error-value-why", arg = arg, value = value, why = why.to_string()),
                None => tr!("cli-error-value", arg = arg, value = value),
            }
        }
        ErrorKind::TooManyValues => {
            tr!(
                "cli-error-too-many",
                arg = get(ContextKind::InvalidArg),
                value = get(ContextKind::InvalidValue)
            )
        }
        ErrorKind::NoEquals | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            tr!("cli-error-value-needed", arg = get(ContextKind::InvalidArg))
        }
        _ => tr!("cli-error-other"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use ebb::i18n::{Lang, message_in, with_lang};

    /// Every (id, English help) pair of the tree, from the doc comments.
    fn english(cmd: &Command, path: &[&str], out: &mut Vec<(String, String)>) {
        let key = path.join("-");
        let about = if key.is_empty() { "cli-about".to_owned() } else { format!("cli-about-{key}") };
        out.push((about, cmd.get_about().map(|s| s.to_string()).unwrap_or_default()));
        for a in cmd.get_arguments() {
            let id = a.get_id().to_string();
            if id == "help" || id == "version" || (a.is_global_set() && !path.is_empty()) {
                continue;
            }
            let msg = if key.is_empty() { format!("cli-arg-{id}") } else { format!("cli-arg-{key}-{id}") };
            out.push((msg, a.get_help().map(|s| s.to_string()).unwrap_or_default()));
        }
        for s in cmd.get_subcommands() {
            let mut p = path.to_vec();
            p.push(s.get_name());
            english(s, &p, out);
        }
    }

    fn pairs() -> Vec<(String, String)> {
        let cmd = crate::cli::args::Cli::command();
        let mut out = vec![("cli-after-help".to_owned(), crate::cli::args::AFTER_HELP.to_owned())];
        english(&cmd, &[], &mut out);
        let mut names: Vec<String> = vec!["command".into(), "options".into()];
        values(&cmd, &mut names);
        names.sort();
        names.dedup();
        out.extend(names.into_iter().map(|n| (format!("cli-value-{}", n.to_lowercase()), n.to_uppercase())));
        out
    }

    fn values(cmd: &Command, out: &mut Vec<String>) {
        for a in cmd.get_arguments() {
            out.extend(a.get_value_names().into_iter().flatten().map(|n| n.to_string()));
        }
        for s in cmd.get_subcommands() {
            values(s, out);
        }
    }

    /// `cargo test --bin ebb -- --ignored print_english --nocapture`: the English catalogue's
    /// lines for the help, to paste into locales/en/cli-help.ftl after changing a doc comment.
    #[test]
    #[ignore]
    fn print_english() {
        for (id, text) in pairs() {
            let text = text.replace('{', "{\"{\"}").replace('\n', "\n    ");
            println!("{id} = {text}");
        }
    }

    #[test]
    fn the_english_catalogue_says_what_the_doc_comments_say() {
        let wrong: Vec<_> = pairs()
            .into_iter()
            .filter(|(id, text)| message_in(Lang::EN, id, &[]) != *text)
            .map(|(id, text)| format!("{id} = {text}"))
            .collect();
        assert!(wrong.is_empty(), "put these in locales/en/cli-help.ftl:\n{}", wrong.join("\n"));
    }

    #[test]
    fn every_command_and_option_is_in_every_language() {
        for lang in ebb::i18n::languages() {
            for (id, _) in pairs() {
                assert_ne!(message_in(lang, &id, &[]), id, "{}: {id}", lang.code());
            }
        }
    }

    #[test]
    fn german_help_has_german_headings_and_words() {
        let de = Lang::parse("de").unwrap();
        let help = with_lang(de, || localize(crate::cli::args::Cli::command()).render_help().to_string());
        for english in ["Usage:", "Options:", "Commands:", "Print help", "[default:"] {
            assert!(!help.contains(english), "{english} in:\n{help}");
        }
        assert!(help.contains("Aufruf:") && help.contains("Optionen:"), "{help}");
    }
}
#[cfg(test)]
mod debug_tree {
    #[test]
    fn the_localized_tree_passes_clap_s_own_checks() {
        use clap::CommandFactory;
        for lang in ebb::i18n::languages() {
            ebb::i18n::with_lang(lang, || super::localize(crate::cli::args::Cli::command()).debug_assert());
        }
    }
}
