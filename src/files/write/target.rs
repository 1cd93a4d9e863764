//! The file a write goes to: links resolved, folders, devices and read-only files refused.

use std::io;
use std::path::{Path, PathBuf};

use super::{WriteError, WriteOptions};

/// `permissions` with the owner allowed to write and nothing else widened. (`set_readonly(false)`
/// on Unix would make a 0444 file writable by everyone.)
pub(super) fn writable_by_owner(permissions: std::fs::Permissions) -> std::fs::Permissions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::Permissions::from_mode(permissions.mode() | 0o200)
    }
    #[cfg(not(unix))]
    {
        let mut permissions = permissions;
        #[allow(clippy::permissions_set_readonly_false)]
        permissions.set_readonly(false);
        permissions
    }
}

/// The file to write for `path`: the path itself, or the file a symbolic link points to.
pub(super) fn resolve_target(path: &Path) -> Result<PathBuf, WriteError> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            std::fs::canonicalize(path).map_err(|_| WriteError::NotAFile {
                path: path.to_path_buf(),
                kind: "a link to a missing file",
            })
        }
        _ => Ok(path.to_path_buf()),
    }
}

/// Refuses targets that are not regular files, and read-only ones unless allowed. Returns the
/// existing file's metadata, if there is one.
pub(super) fn check_target(
    path: &Path,
    target: &Path,
    options: WriteOptions,
) -> Result<Option<std::fs::Metadata>, WriteError> {
    let meta = match std::fs::metadata(target) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(WriteError::io(path, e)),
    };
    if !meta.is_file() {
        return Err(WriteError::NotAFile {
            path: path.to_path_buf(),
            kind: kind_of(&meta.file_type()),
        });
    }
    if meta.permissions().readonly() && !options.replace_read_only {
        return Err(WriteError::ReadOnly {
            path: path.to_path_buf(),
        });
    }
    Ok(Some(meta))
}

/// What a file that is not a regular file is, in words.
fn kind_of(file_type: &std::fs::FileType) -> &'static str {
    if file_type.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    "not a regular file"
}

pub(super) fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}
