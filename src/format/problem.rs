//! A problem found in a file, located by its JSON path, and the error for refused files.

use crate::format::remedy::{Remedied, Remedy};
use std::fmt;
use std::path::{Path, PathBuf};

use crate::format::printable::printable;
use crate::i18n::{Message, Said, Tr};
use crate::{msg, t};

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
    /// What is wrong, worded in the reader's language when shown.
    pub message: Message,
}

impl Problem {
    /// An error at `path`.
    pub fn error(path: impl Into<String>, message: impl Into<Message>) -> Self {
        Self {
            severity: Severity::Error,
            path: path.into(),
            message: message.into(),
        }
    }

    /// A warning at `path`.
    pub fn warning(path: impl Into<String>, message: impl Into<Message>) -> Self {
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

    /// The problem's place and message without its severity: "at a.1: …" or just "…".
    fn placed(&self, tr: &Tr) -> String {
        let message = self.message.said(tr);
        let message = printable(&message);
        if self.path.is_empty() {
            message.into_owned()
        } else {
            let path = printable(&self.path).into_owned();
            t!(
                tr,
                "problem-at",
                path = path,
                message = message.into_owned()
            )
        }
    }
}

impl Said for Problem {
    fn said(&self, tr: &Tr) -> String {
        let placed = self.placed(tr);
        match self.severity {
            Severity::Warning => t!(tr, "problem-warning", problem = placed),
            Severity::Error => t!(tr, "problem-error", problem = placed),
        }
    }
}

impl fmt::Display for Problem {
    /// "error: at norms[0].id: …" in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said(&Tr::english()))
    }
}

/// Formats a list of problems as one line, in English: "3 problems: first; second; third".
pub fn summarize(problems: &[Problem]) -> String {
    summarize_in(&Tr::english(), problems)
}

/// [`summarize`] in `tr`'s language.
pub fn summarize_in(tr: &Tr, problems: &[Problem]) -> String {
    let errors: Vec<String> = problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| p.placed(tr))
        .collect();
    match errors.len() {
        0 => t!(tr, "problems-none"),
        1 => errors.concat(),
        n => t!(tr, "problems-many", count = n, list = errors.join("; ")),
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

impl<E: std::error::Error + Said + 'static> Said for FileError<E> {
    fn said(&self, tr: &Tr) -> String {
        let path = crate::format::printable::path(&self.path);
        format!("{path}: {}", printable(&self.source.said(tr)))
    }
}

impl<E: std::error::Error + Remedied + 'static> Remedied for FileError<E> {
    fn remedy(&self) -> Option<Remedy> {
        self.source.remedy()
    }
}

/// Describes a JSON syntax error in words a user can act on (the parser's own detail stays
/// in English).
pub fn describe_json_error(err: &serde_json::Error) -> Message {
    use serde_json::error::Category;
    let detail = err.to_string();
    match err.classify() {
        Category::Eof => msg!("json-ends-early", line = err.line(), column = err.column()),
        Category::Syntax => msg!("json-syntax", detail = detail),
        Category::Io => msg!("json-unreadable", detail = detail),
        Category::Data => msg!("json-unexpected", detail = detail),
    }
}
