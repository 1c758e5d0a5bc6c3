//! Passphrases for the command line: a file, else an environment variable, else a no-echo
//! prompt.

use std::fs;
use std::path::Path;

use ebb::app::Passphrase;
use ebb::error::{Error, Result};
use ebb::tr;
use zeroize::Zeroizing;

/// Reads a secret from a file, else an environment variable, else a no-echo prompt (asked
/// twice when `confirm`, for a new passphrase). `prompt` is the question without the space
/// that follows it (a catalogue's message cannot end in one).
pub fn secret_from(file: Option<&Path>, env: &str, prompt: &str, confirm: bool) -> Result<Passphrase> {
    if let Some(f) = file {
        let mut raw = Zeroizing::new(fs::read(f).map_err(|e| {
            Error::io(tr!("cli-msg-read-passphrase-failed", file = f.display().to_string()), e)
        })?);
        let mut text = Zeroizing::new(String::from_utf8(std::mem::take(&mut *raw)).map_err(|_| {
            Error::invalid(tr!("cli-msg-passphrase-file-not-utf8", file = f.display().to_string()))
        })?);
        if text.ends_with('\n') {
            text.pop();
            if text.ends_with('\r') {
                text.pop();
            }
        }
        return Ok(Passphrase::new(std::mem::take(&mut *text)));
    }
    if let Some(v) = std::env::var_os(env) {
        let v = v.into_string().map_err(|_| Error::invalid(tr!("cli-msg-env-not-utf8", name = env)))?;
        return Ok(Passphrase::new(v));
    }
    let no_tty = || Error::invalid(tr!("cli-msg-passphrase-needed", name = env));
    let first = Zeroizing::new(rpassword::prompt_password(format!("{prompt} ")).map_err(|_| no_tty())?);
    if confirm {
        let again = Zeroizing::new(
            rpassword::prompt_password(format!("{} ", tr!("cli-msg-prompt-again"))).map_err(|_| no_tty())?,
        );
        if *first != *again {
            return Err(Error::invalid(tr!("cli-msg-passphrases-differ")));
        }
    }
    Ok(Passphrase::new(first.to_string()))
}

pub fn new_passphrase(file: Option<&Path>) -> Result<Passphrase> {
    let p = secret_from(file, "EBB_NEW_PASSPHRASE", &tr!("cli-msg-prompt-new"), true)?;
    p.check_new()?;
    Ok(p)
}
