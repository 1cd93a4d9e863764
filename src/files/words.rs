//! Why an assessment could not be opened or saved, in the reader's language. Every message
//! starts with the file's path.

use super::open::OpenError;
use super::session::SaveError;
use crate::format::printable;
use crate::format::problem::{Problem, summarize_in};
use crate::i18n::{Said, Tr};
use crate::t;

impl OpenError {
    /// The message without the leading file name (for lists already prefixed with it).
    pub fn reason_in(&self, tr: &Tr) -> String {
        match self {
            OpenError::Session(e) | OpenError::Checklist(e) => {
                printable::printable(&e.source.said(tr)).into_owned()
            }
            OpenError::Mismatch { problems, .. } => first_of(tr, problems),
            other => {
                let full = other.said(tr);
                let path = other.path();
                let prefix = format!("{}: ", printable::path(path));
                full.strip_prefix(&prefix)
                    .map_or(full.clone(), str::to_owned)
            }
        }
    }

    /// [`OpenError::reason_in`] in English.
    pub fn reason(&self) -> String {
        self.reason_in(&Tr::english())
    }

    /// The file the error is about.
    fn path(&self) -> &std::path::Path {
        match self {
            OpenError::Session(e) | OpenError::Checklist(e) => &e.path,
            OpenError::ChecklistNotBuiltIn { path, .. }
            | OpenError::Mismatch { path, .. }
            | OpenError::EmbeddedChecklist { path, .. }
            | OpenError::WrongPassphrase { path }
            | OpenError::PassphraseSource { path, .. }
            | OpenError::PassphraseNeeded { path } => path,
        }
    }
}

impl Said for OpenError {
    fn said(&self, tr: &Tr) -> String {
        let file = printable::path(self.path());
        match self {
            OpenError::Session(e) | OpenError::Checklist(e) => e.said(tr),
            OpenError::ChecklistNotBuiltIn { id, .. } => {
                t!(tr, "open-not-built-in", file = file, id = id.clone())
            }
            OpenError::EmbeddedChecklist { problems, .. } => t!(
                tr,
                "open-copy-damaged",
                file = file,
                problem = first_of(tr, problems)
            ),
            OpenError::Mismatch { problems, .. } => format!("{file}: {}", first_of(tr, problems)),
            OpenError::PassphraseNeeded { .. } => t!(tr, "open-passphrase-needed", file = file),
            OpenError::WrongPassphrase { .. } => t!(tr, "open-wrong-passphrase", file = file),
            OpenError::PassphraseSource { message, .. } => format!("{file}: {message}"),
        }
    }
}

impl std::fmt::Display for OpenError {
    /// In English, for logs and tests.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(&Tr::english()))
    }
}

/// The first error of a mismatch, with a pointer to the full list when there are more.
fn first_of(tr: &Tr, problems: &[Problem]) -> String {
    let mut errors = problems.iter().filter(|p| p.is_error());
    let Some(first) = errors.next() else {
        return t!(tr, "open-does-not-fit");
    };
    match errors.count() {
        0 => first.said(tr),
        more => t!(tr, "open-and-more", first = first.said(tr), more = more),
    }
}

impl Said for SaveError {
    fn said(&self, tr: &Tr) -> String {
        match self {
            SaveError::Write(e) => e.said(tr),
            SaveError::Unfit { path, problems } => t!(
                tr,
                "save-unfit",
                file = printable::path(path),
                problems = summarize_in(tr, problems)
            ),
            SaveError::Encode { path, reason } => t!(
                tr,
                "save-encode",
                file = printable::path(path),
                detail = reason.clone()
            ),
        }
    }
}

impl std::fmt::Display for SaveError {
    /// In English, for logs and tests.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(&Tr::english()))
    }
}
