//! Why a file could not be written, in the reader's language.

use std::io;

use super::WriteError;
use crate::format::printable;
use crate::i18n::{Said, Tr};
use crate::t;

impl Said for WriteError {
    fn said(&self, tr: &Tr) -> String {
        match self {
            WriteError::FolderMissing { path, folder } => t!(
                tr,
                "write-folder-missing",
                file = printable::path(path),
                folder = printable::path(folder)
            ),
            WriteError::NotAFile { path, kind } => t!(
                tr,
                "write-not-a-file",
                file = printable::path(path),
                kind = kind_in(tr, kind)
            ),
            WriteError::ReadOnly { path } => {
                t!(tr, "write-read-only", file = printable::path(path))
            }
            WriteError::IsInput { path } => t!(tr, "write-is-input", file = printable::path(path)),
            WriteError::Locked {
                path,
                tries,
                seconds,
            } => t!(
                tr,
                "write-locked",
                file = printable::path(path),
                tries = tries.to_string(),
                seconds = tr.number(f64::from(*seconds), 1)
            ),
            WriteError::Io { path, source, .. } => t!(
                tr,
                "write-failed",
                file = printable::path(path),
                reason = describe_io_in(tr, source)
            ),
        }
    }
}

impl std::fmt::Display for WriteError {
    /// In English, for logs and tests.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(&Tr::english()))
    }
}

/// What a path that is not a regular file is ("a folder", ...), in `tr`'s language.
fn kind_in(tr: &Tr, kind: &str) -> String {
    match kind {
        "a folder" => t!(tr, "write-kind-folder"),
        "a device" => t!(tr, "write-kind-device"),
        "a socket" => t!(tr, "write-kind-socket"),
        "a named pipe" => t!(tr, "write-kind-pipe"),
        "a link to a missing file" => t!(tr, "write-kind-broken-link"),
        _ => t!(tr, "write-kind-other"),
    }
}

/// An I/O error in `tr`'s words, without the paths that some errors carry (such as a
/// temporary file's); the operating system's own wording where normcheck has none.
pub fn describe_io_in(tr: &Tr, error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::PermissionDenied => t!(tr, "io-permission"),
        io::ErrorKind::StorageFull => t!(tr, "io-disk-full"),
        io::ErrorKind::ReadOnlyFilesystem => t!(tr, "io-read-only-drive"),
        io::ErrorKind::QuotaExceeded => t!(tr, "io-quota"),
        io::ErrorKind::NotFound => t!(tr, "io-no-folder"),
        kind => match error.raw_os_error() {
            // The operating system's own wording of the code, without any path.
            Some(code) => io::Error::from_raw_os_error(code).to_string(),
            None => kind.to_string(),
        },
    }
}
