//! Placeholder for the Tauri 2 desktop shell, which a later issue builds. It is a workspace
//! member already so that the layout of SPEC §1 holds from the first commit.

fn main() {
    eprintln!("The Ebb desktop app is not built yet. Use the `ebb` command line for now.");
    std::process::exit(1);
}
