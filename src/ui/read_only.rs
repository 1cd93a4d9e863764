//! Asking before a save or export replaces a read-only file: someone may have marked it so on
//! purpose (a signed-off report, last year's final assessment), so the app never replaces one
//! silently, and never refuses without offering the choice either.

use std::path::{Path, PathBuf};

use super::app::AppState;
use super::dialogs::Request;
use super::modal::Modal;
use crate::files::WriteOptions;

/// A save or export waiting for the user to agree to replace a read-only file.
pub(super) struct ReadOnlyQuestion {
    /// What was being written, to carry on with once the user agrees.
    pub request: Request,
    /// The read-only file it would replace.
    pub path: PathBuf,
}

/// Whether `path` is an existing regular file marked read-only.
pub(super) fn is_read_only_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|meta| meta.is_file() && meta.permissions().readonly())
}

impl AppState {
    /// Before `request` writes `path`: when it is a read-only file that `write` does not allow
    /// to replace, asks (the write then waits for the answer) and returns `None`; otherwise
    /// hands the request back to carry on with.
    pub(super) fn ask_if_read_only(
        &mut self,
        request: Request,
        path: &Path,
        write: WriteOptions,
    ) -> Option<Request> {
        if write.replace_read_only || !is_read_only_file(path) {
            return Some(request);
        }
        self.modal = Some(Modal::ReadOnly(ReadOnlyQuestion {
            request,
            path: path.to_path_buf(),
        }));
        None
    }
}
