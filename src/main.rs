//! The `ebb` command line; all of it lives in [`ebb::cli`].

fn main() {
    std::process::exit(ebb::cli::main());
}
