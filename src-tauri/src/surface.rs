//! Ebb's command surface as written in `commands.rs`: the one list of commands.
//!
//! `build.rs` reads it to declare the commands to Tauri (the permission manifest) and to
//! generate the handler, and `tests/surface.rs` reads it to check the capability, the UI's
//! wrappers and the fuzz target against it. A command added to `commands.rs` is thereby
//! registered and permitted, and one the UI or the fuzzer forgets fails `make test`.

/// One `#[tauri::command]` function.
pub struct Command {
    /// The function's name, which is the command's.
    pub name: String,
    /// The arguments the page sends, in order (the shell's own — state, window — left out).
    pub args: Vec<String>,
}

/// Parameter types Tauri fills in itself rather than taking from the page (`S` is
/// commands.rs's name for the shell's state).
fn injected(ty: &str) -> bool {
    ty == "S"
        || ty.starts_with("S<")
        || ["State<", "tauri::State<"].iter().any(|p| ty.starts_with(p))
        || ["tauri::WebviewWindow", "tauri::Window", "tauri::AppHandle"].contains(&ty)
}

/// Every command in `source` (the text of `commands.rs`), in order.
pub fn commands(source: &str) -> Vec<Command> {
    let mut out = vec![];
    let mut rest = source;
    while let Some(at) = rest.find("#[tauri::command]") {
        rest = &rest[at + "#[tauri::command]".len()..];
        let Some(f) = rest.find("fn ") else { break };
        let after = &rest[f + 3..];
        let (Some(open), Some(close)) = (after.find('('), after.find(')')) else { break };
        let name = after[..open].trim().to_owned();
        let args = after[open + 1..close]
            .split(',')
            .filter_map(|p| p.split_once(':'))
            .filter(|(_, ty)| !injected(ty.trim()))
            .map(|(n, _)| n.trim().to_owned())
            .collect();
        out.push(Command { name, args });
    }
    out
}

/// `save_recovery_key` → `saveRecoveryKey`, as Tauri names arguments on the page's side.
pub fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut up = false;
    for c in snake.chars() {
        if c == '_' {
            up = true;
        } else if up {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out
}
