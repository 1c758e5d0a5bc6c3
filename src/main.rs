//! The `ebb` command line: argument parsing and printing over the core's use cases
//! ([`ebb::app`]). Its modules live in `src/cli/`, part of this binary only: the library knows
//! nothing of clap or the terminal.

mod cli;

fn main() {
    std::process::exit(cli::main());
}
