//! No network (issue 6): a whole command-line session — create, write, log, list, search,
//! patterns, report, export, import, verify, change passphrase, back up — run under
//! `strace -f`, opens no socket of any internet family and connects nowhere but local files.
//! Skipped, saying so, where strace is missing (scripts/install-deps.sh installs it).

mod common;

use std::process::Command;

use common::{PASS, Scratch};

fn strace() -> Option<&'static str> {
    Command::new("strace").arg("-V").output().ok().filter(|o| o.status.success()).map(|_| "strace")
}

/// Runs `ebb args…` under strace and returns the socket/connect calls it made.
fn traced(s: &Scratch, args: &[&str]) -> Vec<String> {
    let log = s.path("strace.log");
    let status = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=socket,connect,sendto,sendmsg", "-o"])
        .arg(&log)
        .arg(env!("CARGO_BIN_EXE_ebb"))
        .args(args)
        .env("EBB_JOURNAL", s.journal())
        .env("EBB_PASSPHRASE", PASS)
        .env("HOME", s.dir.path())
        .output()
        .expect("strace runs");
    assert!(
        status.status.success() || args[0] == "verify",
        "ebb {args:?}: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    std::fs::read_to_string(&log).expect("strace wrote its log").lines().map(str::to_owned).collect()
}

#[test]
fn a_whole_command_line_session_opens_no_network_socket() {
    if strace().is_none() {
        eprintln!("SKIPPED: strace is not installed");
        return;
    }
    let s = Scratch::new();
    let export = s.path("out.json");
    let backup = s.path("copy.ebb");
    let new_pass = s.write_file("new-pass", "another long passphrase\n");
    let folder = s.path("Sync");
    let other = s.path("other.ebb");
    let sessions: Vec<Vec<&str>> = vec![
        vec!["init"],
        vec!["write", "A quiet evening"],
        vec!["episode", "--kind", "pursuit", "--actor", "me", "--trigger", "an unanswered text"],
        vec!["session", "--notes", "talked"],
        vec!["list"],
        vec!["search", "quiet"],
        vec!["patterns"],
        vec!["report", "--format", "html"],
        vec!["export", "--format", "json", "-o", export.to_str().unwrap()],
        vec!["import", export.to_str().unwrap()],
        vec!["verify"],
        vec!["backup", backup.to_str().unwrap()],
        // Sync is files in a folder, never a socket (SPEC §9).
        vec!["sync", "init", folder.to_str().unwrap()],
        vec!["sync"],
        vec!["sync", "status"],
        vec![
            "--journal",
            other.to_str().unwrap(),
            "init",
            "--from-sync",
            folder.to_str().unwrap(),
            "--new-passphrase-file",
            new_pass.to_str().unwrap(),
        ],
        vec!["passwd", "--new-passphrase-file", new_pass.to_str().unwrap()],
    ];
    let mut calls = vec![];
    for args in &sessions {
        calls.extend(traced(&s, args));
    }
    let network: Vec<&String> = calls
        .iter()
        .filter(|l| {
            l.contains("AF_INET")
                || l.contains("AF_INET6")
                || l.contains("AF_PACKET")
                || l.contains("AF_NETLINK")
        })
        .collect();
    assert!(network.is_empty(), "network calls: {network:#?}");
}
