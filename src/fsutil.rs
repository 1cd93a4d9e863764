//! Safe file reading and writing: bounded reads and atomic replacement.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;
use std::time::Duration;

/// Largest file normcheck reads (64 MiB): sessions and checklists are far smaller than this.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The operating system refused or failed the read.
    #[error("cannot read the file: {0}")]
    Io(#[from] io::Error),
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error(
        "the file is {size} bytes, larger than the {limit} byte limit; it is not a normcheck file"
    )]
    TooLarge {
        /// Size of the file in bytes.
        size: u64,
        /// The limit that was exceeded.
        limit: u64,
    },
}

/// Reads a whole file, refusing files larger than `limit` bytes without reading them.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = File::open(path)?;
    let size = file.metadata()?.len();
    if size > limit {
        return Err(ReadError::TooLarge { size, limit });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // The file may grow between metadata() and read(): read at most one byte past the limit.
    file.take(limit + 1).read_to_end(&mut bytes)?;
    let read = bytes.len() as u64;
    if read > limit {
        return Err(ReadError::TooLarge { size: read, limit });
    }
    Ok(bytes)
}

/// Replaces `path` with `bytes` atomically: the data goes to a temporary file in the same
/// folder, is flushed and synced to disk, and only then renamed over the target. If anything
/// fails, the previous file at `path` is left exactly as it was and the temporary file is removed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    let mut prefix = std::ffi::OsString::from(".");
    prefix.push(file_name);
    let mut temp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .tempfile_in(dir)?;
    // A replaced file keeps its permissions; a new one stays private to the user (tempfile
    // creates it readable by the owner only), which suits sensitive assessments.
    if let Ok(existing) = std::fs::metadata(path) {
        temp.as_file().set_permissions(existing.permissions())?;
    }
    temp.write_all(bytes)?;
    temp.flush()?;
    temp.as_file().sync_all()?;
    persist_retrying(temp, path)?;
    sync_dir(dir);
    Ok(())
}

/// Waits between tries when the rename over the target fails because the file is locked:
/// five tries over about a second, time enough for a virus scanner or sync client to let go.
const LOCKED_RETRY_DELAYS: [Duration; 4] = [
    Duration::from_millis(60),
    Duration::from_millis(120),
    Duration::from_millis(240),
    Duration::from_millis(480),
];

/// Renames `temp` over `path`, retrying while Windows reports the target as briefly locked.
/// If every try fails, the temporary file is removed and the target is left as it was.
fn persist_retrying(temp: tempfile::NamedTempFile, path: &Path) -> io::Result<()> {
    // Windows never replaces a read-only file: that is no lock to wait out. The temporary file
    // took the target's read-only flag, and Windows would not delete it so: clear it first.
    if cfg!(windows) && std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        let mut writable = temp.as_file().metadata()?.permissions();
        #[allow(clippy::permissions_set_readonly_false)] // Windows' flag, not Unix modes
        writable.set_readonly(false);
        temp.as_file().set_permissions(writable)?;
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "the file is read-only; save under another name or clear its read-only attribute",
        ));
    }
    retry_while_locked(
        temp,
        |temp| temp.persist(path).map(drop).map_err(|e| (e.error, e.file)),
        &LOCKED_RETRY_DELAYS,
        is_briefly_locked,
    )
}

/// Runs `op` on `item` until it succeeds, fails for a reason `locked` does not accept, or has
/// been tried once more than there are `delays`; between tries it sleeps for the next delay.
/// On failure `item` is dropped (for a temporary file: removed).
fn retry_while_locked<T>(
    mut item: T,
    mut op: impl FnMut(T) -> Result<(), (io::Error, T)>,
    delays: &[Duration],
    locked: fn(&io::Error) -> bool,
) -> io::Result<()> {
    let mut waits = delays.iter();
    loop {
        let (error, back) = match op(item) {
            Ok(()) => return Ok(()),
            Err(failed) => failed,
        };
        if !locked(&error) {
            return Err(error);
        }
        match waits.next() {
            Some(delay) => std::thread::sleep(*delay),
            None => {
                let waited: Duration = delays.iter().sum();
                return Err(io::Error::new(
                    error.kind(),
                    format!(
                        "the file is in use by another program (tried {} times over {:.1} s; \
                         close it there and save again): {error}",
                        delays.len() + 1,
                        waited.as_secs_f32()
                    ),
                ));
            }
        }
        item = back;
    }
}

/// Whether a rename failed because another program (a virus scanner, a sync client, an
/// editor) holds the file for a moment: Windows' access denied (5), sharing violation (32)
/// and lock violation (33). Elsewhere a rename is not blocked by open files.
fn is_briefly_locked(error: &io::Error) -> bool {
    cfg!(windows) && matches!(error.raw_os_error(), Some(5 | 32 | 33))
}

/// Makes the rename durable on Unix by syncing the folder; a no-op elsewhere.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        // Best effort: the data itself is already synced; failing here loses nothing.
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_atomic_replaces_the_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        std::fs::write(&path, b"old content that is longer").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
    }

    #[cfg(unix)]
    #[test]
    fn replacing_a_file_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shared.json");
        std::fs::write(&path, b"old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&path, b"new").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[test]
    fn failed_write_leaves_the_old_file_intact() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        std::fs::write(&path, b"precious").unwrap();
        // A target that is a directory cannot be replaced by a file: the rename fails.
        let blocked = dir.path().join("blocked");
        std::fs::create_dir(&blocked).unwrap();
        std::fs::write(blocked.join("inside"), b"x").unwrap();
        assert!(write_atomic(&blocked, b"new").is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"precious");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "temporary file was cleaned up: {names:?}");
    }

    /// An error that the tests' `locked` check treats as a brief lock, on every platform.
    fn test_lock() -> io::Error {
        io::Error::new(io::ErrorKind::ResourceBusy, "locked by a scanner")
    }

    fn is_test_lock(error: &io::Error) -> bool {
        error.kind() == io::ErrorKind::ResourceBusy
    }

    const NO_WAIT: [Duration; 4] = [Duration::ZERO; 4];

    #[test]
    fn a_rename_locked_for_a_moment_is_retried_until_it_succeeds() {
        let mut tries = 0;
        let result = retry_while_locked(
            (),
            |()| {
                tries += 1;
                if tries < 3 {
                    Err((test_lock(), ()))
                } else {
                    Ok(())
                }
            },
            &NO_WAIT,
            is_test_lock,
        );
        assert!(result.is_ok());
        assert_eq!(tries, 3);
    }

    #[test]
    fn a_rename_locked_too_long_gives_up_with_a_clear_error_and_removes_the_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let temp = tempfile::NamedTempFile::new_in(dir.path()).unwrap();
        let temp_path = temp.path().to_path_buf();
        let mut tries = 0;
        let error = retry_while_locked(
            temp,
            |temp| {
                tries += 1;
                Err((test_lock(), temp))
            },
            &NO_WAIT,
            is_test_lock,
        )
        .unwrap_err();
        assert_eq!(tries, 5, "four waits means five tries");
        let message = error.to_string();
        assert!(message.contains("in use by another program"), "{message}");
        assert!(message.contains("tried 5 times"), "{message}");
        assert!(!temp_path.exists(), "the temporary file was removed");
    }

    #[test]
    fn a_rename_that_fails_for_another_reason_is_not_retried() {
        let mut tries = 0;
        let error = retry_while_locked(
            (),
            |()| {
                tries += 1;
                Err((io::Error::from(io::ErrorKind::NotFound), ()))
            },
            &NO_WAIT,
            is_test_lock,
        )
        .unwrap_err();
        assert_eq!(tries, 1);
        assert_eq!(error.kind(), io::ErrorKind::NotFound);
    }

    #[test]
    fn write_atomic_saves_under_a_folder_with_spaces_and_vietnamese_letters() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("Nguyễn Văn");
        std::fs::create_dir(&folder).unwrap();
        let path = folder.join("đánh giá.json");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 1);
    }

    #[test]
    fn read_limited_refuses_files_over_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.json");
        std::fs::write(&path, vec![b' '; 100]).unwrap();
        assert!(matches!(
            read_limited(&path, 99),
            Err(ReadError::TooLarge { size: 100, .. })
        ));
        assert_eq!(read_limited(&path, 100).unwrap().len(), 100);
    }
}
