//! Where the command line gets passphrases: `--passphrase-file FILE` (its first line), or a
//! prompt without echo when standard input is a terminal (or `normcheck-cli`'s console, see
//! [`super::relay`]) — never an argument or an environment variable, which leak into shell
//! history and process lists.

use super::language::tr;
use crate::t;
use std::io::{BufRead, IsTerminal, Write};
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
        if !can_ask() {
            return Err(t!(
                tr(),
                "cli-pass-needs-terminal",
                file = printable::path(target)
            ));
        }
        let first = prompt(&t!(tr(), "cli-pass-new", file = printable::path(target)))?;
        let again = prompt(&t!(tr(), "cli-pass-again"))?;
        if first != again {
            return Err(t!(tr(), "cli-pass-differ"));
        }
        checked(first)
    }
}

impl PassphraseSource for CliPassphrase {
    fn passphrase(&mut self, path: &Path) -> Result<Option<Passphrase>, String> {
        if let Some(file) = &self.file {
            return read_passphrase_file(file).map(Some);
        }
        if !can_ask() {
            return Ok(None);
        }
        prompt(&t!(tr(), "cli-pass-for", file = printable::path(path)))
            .and_then(checked)
            .map(Some)
    }
}

/// Whether a passphrase can be asked for: on a terminal, or through the console launcher.
fn can_ask() -> bool {
    super::relay::relayed() || std::io::stdin().is_terminal()
}

fn prompt(text: &str) -> Result<String, String> {
    let answer = if super::relay::relayed() {
        ask_launcher(text)
    } else {
        rpassword::prompt_password(text)
    };
    answer.map_err(|e| t!(tr(), "cli-pass-unreadable", reason = e.to_string()))
}

/// Asks `normcheck-cli` for a passphrase: the prompt on standard error, the answer on input.
fn ask_launcher(text: &str) -> std::io::Result<String> {
    let mut error = std::io::stderr().lock();
    writeln!(error, "{}", super::relay::ask_line(text))?;
    error.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    let answer = answer.strip_suffix('\n').unwrap_or(&answer);
    Ok(answer.strip_suffix('\r').unwrap_or(answer).to_owned())
}

fn checked(text: String) -> Result<Passphrase, String> {
    if text.is_empty() {
        return Err(t!(tr(), "cli-pass-empty"));
    }
    Ok(Passphrase::from(text))
}

/// The first line of a passphrase file, without its line ending.
fn read_passphrase_file(file: &Path) -> Result<Passphrase, String> {
    let bytes = zeroize::Zeroizing::new(
        read_limited(file, MAX_PASSPHRASE_FILE)
            .map_err(|e| format!("{}: {}", printable::path(file), super::words::said(&e)))?,
    );
    let bytes = crate::format::strict_json::strip_bom(&bytes);
    let line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let text = std::str::from_utf8(line)
        .map_err(|_| t!(tr(), "cli-pass-not-utf8", file = printable::path(file)))?;
    checked(text.to_owned()).map_err(|e| format!("{}: {}", printable::path(file), e))
}
