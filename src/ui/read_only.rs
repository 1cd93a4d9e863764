//! Asking before a save or export replaces a read-only file: someone may have marked it so on
//! purpose (a signed-off report, last year's final assessment), so the app never replaces one
//! silently, and never refuses without offering the choice either.

use std::path::{Path, PathBuf};

use super::app::AppState;
use super::dialogs::Purpose;
use crate::files::WriteOptions;

/// A save or export waiting for the user to agree to replace a read-only file.
pub(super) struct ReadOnlyQuestion {
    /// What was being written.
    pub purpose: Purpose,
    /// The read-only file it would replace.
    pub path: PathBuf,
}

/// Whether `path` is an existing regular file marked read-only.
pub(super) fn is_read_only_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|meta| meta.is_file() && meta.permissions().readonly())
}

impl AppState {
    /// Before `purpose` writes `path`: when it is a read-only file the user has not yet agreed
    /// to replace, asks (the write then waits) and returns `true`.
    pub(super) fn asks_before_replacing(&mut self, purpose: Purpose, path: &Path) -> bool {
        if self.replace_read_only.as_deref() == Some(path) || !is_read_only_file(path) {
            return false;
        }
        self.read_only_question = Some(ReadOnlyQuestion {
            purpose,
            path: path.to_path_buf(),
        });
        true
    }

    /// How to write `path`: replacing it although read-only only if the user agreed to for
    /// this very file. The agreement is used up.
    pub(super) fn write_options(&mut self, path: &Path) -> WriteOptions {
        let agreed = self.replace_read_only.as_deref() == Some(path);
        if agreed {
            self.replace_read_only = None;
        }
        WriteOptions {
            replace_read_only: agreed,
        }
    }

    /// The user answered the question: replace the file, or write nothing.
    pub(super) fn read_only_answered(&mut self, ctx: &egui::Context, replace: bool) {
        let Some(question) = self.read_only_question.take() else {
            return;
        };
        if replace {
            self.replace_read_only = Some(question.path.clone());
            self.file_chosen(ctx, question.purpose, question.path);
            self.replace_read_only = None;
        } else {
            self.status = format!(
                "Nothing was written: {} is read-only and was left as it is.",
                question.path.display()
            );
        }
    }
}
