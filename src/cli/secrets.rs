//! Passphrases for the command line: a file, else an environment variable, else a no-echo
//! prompt.

use std::fs;
use std::path::Path;

use ebb::app::Passphrase;
use ebb::error::{Error, Result};
use zeroize::Zeroizing;

/// Reads a secret from a file, else an environment variable, else a no-echo prompt (asked
/// twice when `confirm`, for a new passphrase).
pub fn secret_from(file: Option<&Path>, env: &str, prompt: &str, confirm: bool) -> Result<Passphrase> {
    if let Some(f) = file {
        let mut raw = Zeroizing::new(
            fs::read(f)
                .map_err(|e| Error::io(format!("could not read the passphrase file {}", f.display()), e))?,
        );
        let mut text =
            Zeroizing::new(String::from_utf8(std::mem::take(&mut *raw)).map_err(|_| {
                Error::invalid(format!("the passphrase file {} is not UTF-8 text", f.display()))
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
        let v = v.into_string().map_err(|_| Error::invalid(format!("{env} is not valid UTF-8")))?;
        return Ok(Passphrase::new(v));
    }
    let no_tty = || {
        Error::invalid(format!(
            "Ebb needs a passphrase: run it in a terminal to be asked, or use --passphrase-file FILE or {env}"
        ))
    };
    let first = Zeroizing::new(rpassword::prompt_password(prompt).map_err(|_| no_tty())?);
    if confirm {
        let again =
            Zeroizing::new(rpassword::prompt_password("The same again, to be sure: ").map_err(|_| no_tty())?);
        if *first != *again {
            return Err(Error::invalid("the two passphrases differ; nothing was changed"));
        }
    }
    Ok(Passphrase::new(first.to_string()))
}

pub fn new_passphrase(file: Option<&Path>) -> Result<Passphrase> {
    let p = secret_from(file, "EBB_NEW_PASSPHRASE", "New passphrase: ", true)?;
    p.check_new()?;
    Ok(p)
}
