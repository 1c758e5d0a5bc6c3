//! The command surface is written once, in src/commands.rs: build.rs derives the handler and
//! the permission manifest from it, and this test holds everything else to it — the
//! capability that grants the commands, the UI's typed wrappers (names and argument keys),
//! and the fuzz target's argument structs. A command added in one place and forgotten in
//! another fails here.

#[path = "../src/surface.rs"]
mod surface;

use std::collections::BTreeSet;
use std::path::Path;

fn read(rel: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn commands() -> Vec<surface::Command> {
    let c = surface::commands(&read("src/commands.rs"));
    assert!(c.len() > 30, "the parser found the commands ({})", c.len());
    c
}

#[test]
fn the_parser_reads_names_and_arguments() {
    let c = commands();
    let recover = c.iter().find(|c| c.name == "recover").expect("recover");
    assert_eq!(recover.args, ["recovery_key", "new_passphrase"]);
    let lock = c.iter().find(|c| c.name == "lock").expect("lock");
    assert!(lock.args.is_empty(), "the window is the shell's, not the page's: {:?}", lock.args);
    assert_eq!(surface::camel("save_recovery_key"), "saveRecoveryKey");
}

#[test]
fn the_capability_grants_exactly_the_commands() {
    let cap: serde_json::Value = serde_json::from_str(&read("capabilities/main.json")).expect("JSON");
    let granted: BTreeSet<String> = cap["permissions"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|p| p.as_str())
        .filter(|p| !p.starts_with("dialog:"))
        .map(str::to_owned)
        .collect();
    let wanted: BTreeSet<String> =
        commands().iter().map(|c| format!("allow-{}", c.name.replace('_', "-"))).collect();
    assert_eq!(granted, wanted, "capabilities/main.json grants other commands than src/commands.rs has");
}

/// `call<…>('name', { a, b: c })` in ui/src/api/index.ts: the name and the argument keys.
fn ui_calls() -> Vec<(String, BTreeSet<String>)> {
    let ts = read("../ui/src/api/index.ts");
    let mut out = vec![];
    for part in ts.split("call<").skip(1) {
        // Skip the generic: up to the `>(` that opens the arguments.
        let Some(open) = part.find(">('") else { continue };
        let rest = &part[open + 3..];
        let name = rest[..rest.find('\'').expect("a quoted name")].to_owned();
        let after = &rest[name.len() + 1..];
        let keys = match after.trim_start().strip_prefix(", {") {
            Some(obj) => obj[..obj.find('}').expect("a closed object")]
                .split(',')
                .map(|k| k.split(':').next().unwrap_or("").trim().to_owned())
                .filter(|k| !k.is_empty())
                .collect(),
            None => BTreeSet::new(),
        };
        out.push((name, keys));
    }
    out
}

#[test]
fn the_ui_wraps_every_command_once_with_its_argument_keys() {
    let calls = ui_calls();
    for c in commands() {
        let found: Vec<_> = calls.iter().filter(|(n, _)| *n == c.name).collect();
        assert_eq!(found.len(), 1, "ui/src/api/index.ts calls {} {} times", c.name, found.len());
        let want: BTreeSet<String> = c.args.iter().map(|a| surface::camel(a)).collect();
        assert_eq!(found[0].1, want, "the UI sends {} other arguments than it takes", c.name);
    }
    let known: BTreeSet<String> = commands().into_iter().map(|c| c.name).collect();
    for (n, _) in &calls {
        assert!(known.contains(n), "the UI calls {n}, which src/commands.rs does not have");
    }
}

#[test]
fn the_fuzz_target_takes_every_command_s_arguments() {
    let fuzz = read("../fuzz/fuzz_targets/commands.rs");
    let mut covered = BTreeSet::new();
    let cmds = commands();
    for block in fuzz.split("// args of: ").skip(1) {
        let (names, rest) = block.split_once('\n').expect("a line");
        let body = &rest[rest.find('{').expect("a struct") + 1..rest.find('}').expect("a struct")];
        let fields: Vec<String> = body
            .lines()
            .filter_map(|l| l.trim().split_once(':'))
            .map(|(n, _)| n.trim().trim_start_matches("pub ").to_owned())
            .collect();
        for name in names.split(',').map(str::trim) {
            let c = cmds
                .iter()
                .find(|c| c.name == name)
                .unwrap_or_else(|| panic!("the fuzz target names {name}, not a command"));
            // A generic draft wrapper stands for several drafts; its field is the argument.
            assert_eq!(fields, c.args, "the fuzz target's arguments of {name}");
            covered.insert(name.to_owned());
        }
    }
    for c in cmds.iter().filter(|c| !c.args.is_empty()) {
        assert!(covered.contains(&c.name), "the fuzz target has no arguments for {}", c.name);
    }
}
