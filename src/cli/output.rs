//! Printing for the command line without panics: a closed pipe (`normcheck score s | head -c1`)
//! ends the command quietly, a full disk (`> /dev/full`) is an error on standard error, and
//! text from files is printed with its control characters escaped.

use crate::t;
use std::io::{self, Write};

use crate::files::describe_io;
use crate::format::printable::printable;

/// Why a command stopped early.
#[derive(Debug)]
pub enum Failure {
    /// A one-line message for standard error; exit status 1.
    Message(String),
    /// Whoever reads standard output has gone away; stop quietly.
    StdoutClosed,
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Message(message)
    }
}

/// Writes `text` to standard output and flushes it.
pub fn print(text: &str) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| match e.kind() {
            io::ErrorKind::BrokenPipe => Failure::StdoutClosed,
            _ => Failure::Message(t!(
                super::language::tr(),
                "cli-stdout-failed",
                reason = describe_io(&e)
            )),
        })
}

/// Writes one line to standard output, its control characters escaped.
pub fn print_line(line: &str) -> Result<(), Failure> {
    print(&format!("{}\n", printable(line)))
}

pub use crate::format::printable::warn;
