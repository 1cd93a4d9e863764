//! A problem found in a file, located by its JSON path, and the error for refused files.

use crate::format::remedy::{Remedied, Remedy};
use std::fmt;
use std::path::{Path, PathBuf};

use crate::format::printable::printable;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The file is usable; the user should know.
    Warning,
    /// The file cannot be used as it is.
    Error,
}

/// One problem with its location in the JSON document (e.g. `norms[2].items[0].weight`).
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// JSON path of the offending value; empty for the whole document.
    pub path: String,
    /// What is wrong, in words.
    pub message: String,
}

impl Problem {
    /// An error at `path`.
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            path: path.into(),
            message: message.into(),
        }
    }

    /// A warning at `path`.
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            path: path.into(),
            message: message.into(),
        }
    }

    /// Whether this problem makes the file unusable.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        let message = printable(&self.message);
        if self.path.is_empty() {
            write!(f, "{kind}: {message}")
        } else {
            write!(f, "{kind}: at {}: {message}", printable(&self.path))
        }
    }
}

/// Formats a list of problems as one line: "3 problems: first; second; third".
pub fn summarize(problems: &[Problem]) -> String {
    let errors: Vec<String> = problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| {
            let message = printable(&p.message);
            if p.path.is_empty() {
                message.into_owned()
            } else {
                format!("at {}: {message}", printable(&p.path))
            }
        })
        .collect();
    match errors.len() {
        0 => "no problems".to_owned(),
        1 => errors.concat(),
        n => format!("{n} problems: {}", errors.join("; ")),
    }
}

/// An error tied to the file it came from; its message starts with the file's path. Control
/// characters in the path or the message are escaped (see [`crate::format::printable`]).
#[derive(Debug, thiserror::Error)]
#[error("{}: {}", crate::format::printable::path(path), printable(&source.to_string()))]
pub struct FileError<E: std::error::Error + 'static> {
    /// The file that was being read or written.
    pub path: PathBuf,
    /// What went wrong.
    #[source]
    pub source: E,
}

impl<E: std::error::Error + 'static> FileError<E> {
    /// Attaches `path` to `source`.
    pub fn new(path: &Path, source: E) -> Self {
        Self {
            path: path.to_path_buf(),
            source,
        }
    }
}

impl<E: std::error::Error + Remedied + 'static> Remedied for FileError<E> {
    fn remedy(&self) -> Option<Remedy> {
        self.source.remedy()
    }
}

/// Describes a JSON syntax error in words a user can act on.
pub fn describe_json_error(err: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match err.classify() {
        Category::Eof => format!(
            "the file ends too early (it may be truncated or incompletely copied) at line {} column {}",
            err.line(),
            err.column()
        ),
        Category::Syntax => format!("the file is not valid JSON (it may be damaged): {err}"),
        Category::Io => format!("cannot read the file: {err}"),
        Category::Data => format!("unexpected content: {err}"),
    }
}
