//! Where the command line gets passphrases: `--passphrase-file FILE` (its first line), or a
//! prompt without echo when standard input is a terminal — never an argument or an environment
//! variable, which leak into shell history and process lists.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::files::PassphraseSource;
use crate::files::protect::Passphrase;
use crate::files::read_limited;
use crate::format::printable;

/// The largest passphrase file read (a passphrase is one line).
const MAX_PASSPHRASE_FILE: u64 = 64 * 1024;

/// Passphrases for the files a command opens, from `--passphrase-file` or the terminal.
pub struct CliPassphrase {
    file: Option<PathBuf>,
}

impl CliPassphrase {
    /// A source reading `file` when given, else prompting on a terminal.
    pub fn new(file: Option<&Path>) -> Self {
        Self {
            file: file.map(Path::to_path_buf),
        }
    }

    /// A new passphrase to protect a file with: the file's first line, or asked twice on a
    /// terminal. Errors are one line.
    pub fn new_passphrase(&self, target: &Path) -> Result<Passphrase, String> {
        if let Some(file) = &self.file {
            return read_passphrase_file(file);
        }
        if !std::io::stdin().is_terminal() {
            return Err(format!(
                "{}: give --passphrase-file or run in a terminal to choose the passphrase",
                printable::path(target)
            ));
        }
        let first = prompt(&format!("New passphrase for {}: ", printable::path(target)))?;
        let again = prompt("The same passphrase again: ")?;
        if first != again {
            return Err("the two passphrases differ; nothing was written".to_owned());
        }
        checked(first)
    }
}

impl PassphraseSource for CliPassphrase {
    fn passphrase(&mut self, path: &Path) -> Result<Option<Passphrase>, String> {
        if let Some(file) = &self.file {
            return read_passphrase_file(file).map(Some);
        }
        if !std::io::stdin().is_terminal() {
            return Ok(None);
        }
        prompt(&format!("Passphrase for {}: ", printable::path(path)))
            .and_then(checked)
            .map(Some)
    }
}

fn prompt(text: &str) -> Result<String, String> {
    rpassword::prompt_password(text).map_err(|e| format!("cannot read the passphrase: {e}"))
}

fn checked(text: String) -> Result<Passphrase, String> {
    if text.is_empty() {
        return Err("the passphrase is empty".to_owned());
    }
    Ok(Passphrase::from(text))
}

/// The first line of a passphrase file, without its line ending.
fn read_passphrase_file(file: &Path) -> Result<Passphrase, String> {
    let bytes = zeroize::Zeroizing::new(
        read_limited(file, MAX_PASSPHRASE_FILE)
            .map_err(|e| format!("{}: {e}", printable::path(file)))?,
    );
    let bytes = crate::format::strict_json::strip_bom(&bytes);
    let line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let text = std::str::from_utf8(line).map_err(|_| {
        format!(
            "{}: the passphrase is not UTF-8 text",
            printable::path(file)
        )
    })?;
    checked(text.to_owned()).map_err(|e| format!("{}: {e}", printable::path(file)))
}
