//! Atomic replacement of files: write beside, flush and sync, rename; a failed write leaves the
//! old file exactly as it was and never names the temporary file.

mod retry;
mod words;
pub use words::describe_io_in;
mod target;
mod temps;

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use retry::{LockedTooLong, persist_retrying};
use target::{check_target, folder_of, resolve_target, writable_by_owner};
pub use temps::{STALE_TEMP_AGE, remove_stale_temps, remove_stale_temps_of};

/// Why a file could not be written. Whatever was at the path before is untouched, and no
/// message names the internal temporary file.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The folder to write into is missing.
    FolderMissing {
        /// The file that was to be written.
        path: PathBuf,
        /// Its missing folder.
        folder: PathBuf,
    },
    /// The target exists and is a folder, device, pipe or socket.
    NotAFile {
        /// The target.
        path: PathBuf,
        /// What it is, in words ("a folder", "a device", ...).
        kind: &'static str,
    },
    /// The target is read-only and replacing it was not allowed.
    ReadOnly {
        /// The target.
        path: PathBuf,
    },
    /// The output would replace one of the command's own input files.
    IsInput {
        /// The output path as given.
        path: PathBuf,
    },
    /// Another program (a virus scanner, a sync client, an editor) held the file through every
    /// retry; the file was left as it was.
    Locked {
        /// The target.
        path: PathBuf,
        /// How many times the rename was tried.
        tries: usize,
        /// How long the retries waited in all.
        seconds: f32,
    },
    /// The operating system refused or failed the write.
    Io {
        /// The target.
        path: PathBuf,
        /// What went wrong, in words, without internal file names.
        reason: String,
        /// The underlying error.
        #[source]
        source: io::Error,
    },
}

impl WriteError {
    fn io(path: &Path, source: io::Error) -> Self {
        if let Some(locked) = source
            .get_ref()
            .and_then(|e| e.downcast_ref::<LockedTooLong>())
        {
            return WriteError::Locked {
                path: path.to_path_buf(),
                tries: locked.tries,
                seconds: locked.waited.as_secs_f32(),
            };
        }
        WriteError::Io {
            path: path.to_path_buf(),
            reason: describe_io(&source),
            source,
        }
    }
}

/// An I/O error in English words, without the paths that some errors carry (such as a
/// temporary file's); [`describe_io_in`] in another language.
pub fn describe_io(error: &io::Error) -> String {
    describe_io_in(&crate::i18n::Tr::english(), error)
}

/// How [`write_atomic_with`] treats an existing target.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteOptions {
    /// Replace a read-only file (the user said so); otherwise it is refused.
    pub replace_read_only: bool,
}

/// Replaces `path` with `bytes` atomically: the data goes to a temporary file in the same
/// folder, is flushed and synced to disk, and only then renamed over the target. If anything
/// fails, the previous file at `path` is left exactly as it was and the temporary file is removed.
///
/// A symbolic link is written through (its target file is replaced; the link stays). Targets
/// that are not regular files (folders, devices, pipes) and read-only files are refused.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_atomic_with(path, bytes, WriteOptions::default())
}

/// [`write_atomic`] with options.
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    options: WriteOptions,
) -> Result<(), WriteError> {
    let target = resolve_target(path)?;
    let existing = check_target(path, &target, options)?;
    let dir = folder_of(&target);
    let file_name = target.file_name().ok_or_else(|| WriteError::NotAFile {
        path: path.to_path_buf(),
        kind: "a folder",
    })?;
    match std::fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => {}
        _ => {
            return Err(WriteError::FolderMissing {
                path: path.to_path_buf(),
                folder: dir.to_path_buf(),
            });
        }
    }
    remove_stale_temps(dir, file_name, STALE_TEMP_AGE);
    let mut prefix = std::ffi::OsString::from(".");
    prefix.push(file_name);
    let fail = |e: io::Error| WriteError::io(path, e);
    let mut temp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(fail)?;
    // A replaced file keeps its permissions; a new one stays private to the user (tempfile
    // creates it readable by the owner only), which suits sensitive assessments.
    if let Some(existing) = &existing {
        let mut permissions = existing.permissions();
        if options.replace_read_only {
            permissions = writable_by_owner(permissions);
        }
        temp.as_file().set_permissions(permissions).map_err(fail)?;
    }
    temp.write_all(bytes).map_err(fail)?;
    temp.flush().map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    #[cfg(windows)]
    if options.replace_read_only {
        // Windows will not rename over a read-only file: clear the flag the user agreed to lose.
        if let Some(meta) = &existing {
            std::fs::set_permissions(&target, writable_by_owner(meta.permissions()))
                .map_err(fail)?;
        }
    }
    persist_retrying(temp, &target).map_err(fail)?;
    sync_dir(dir);
    Ok(())
}

/// Makes the rename durable on Unix by syncing the folder; a no-op elsewhere.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        // Best effort: the data itself is already synced; failing here loses nothing.
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::retry::retry_while_locked;
    use super::*;
    use crate::files::{ReadError, read_limited, refuse_input_as_output};
    use std::time::Duration;

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
        // What the user reads: the file named, the lock explained (not "permission denied").
        let shown = WriteError::io(Path::new("out/s.json"), error).to_string();
        assert!(
            shown.contains("out/s.json") && shown.contains("in use by another program"),
            "{shown}"
        );
        assert!(shown.contains("tried 5 times"), "{shown}");
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
    fn a_missing_folder_is_named_and_no_temporary_file_name_leaks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing").join("r.pdf");
        let err = write_atomic(&path, b"x").unwrap_err();
        let text = err.to_string();
        assert!(text.contains("does not exist"), "{text}");
        assert!(text.contains("missing"), "{text}");
        assert!(!text.contains(".r.pdf"), "no temporary file name: {text}");
    }

    #[test]
    fn an_os_error_is_described_without_the_temporary_file() {
        let error = tempfile::Builder::new()
            .prefix(".r.pdf")
            .tempfile_in("/nonexistent-folder-for-normcheck")
            .unwrap_err();
        assert!(
            error.to_string().contains(".r.pdf"),
            "tempfile names it: {error}"
        );
        let text = WriteError::io(Path::new("out/r.pdf"), error).to_string();
        assert!(!text.contains(".r.pdf") && !text.contains(".tmp"), "{text}");
    }

    #[test]
    fn a_read_only_file_is_replaced_only_when_allowed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.pdf");
        std::fs::write(&path, b"old").unwrap();
        let mut permissions = std::fs::metadata(&path).unwrap().permissions();
        permissions.set_readonly(true);
        std::fs::set_permissions(&path, permissions).unwrap();
        let err = write_atomic(&path, b"new").unwrap_err();
        assert!(matches!(err, WriteError::ReadOnly { .. }), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        let allow = WriteOptions {
            replace_read_only: true,
        };
        write_atomic_with(&path, b"new", allow).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
    }

    #[cfg(unix)]
    #[test]
    fn replacing_a_read_only_file_widens_nothing_but_the_owners_write() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        std::fs::write(&path, b"old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o440)).unwrap();
        let allow = WriteOptions {
            replace_read_only: true,
        };
        write_atomic_with(&path, b"new", allow).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640, "group and others must not gain write access");
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_refused_and_left_in_place() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("mkfifo is not available; skipped");
            return;
        }
        let err = write_atomic(&fifo, b"x").unwrap_err();
        assert!(err.to_string().contains("a named pipe"), "{err}");
        let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
        assert!(kind.is_fifo(), "the pipe is still a pipe");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_is_written_through_and_stays_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.json");
        let link = dir.path().join("link.json");
        std::fs::write(&real, b"old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    #[test]
    fn stale_temporary_files_of_the_same_target_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let old = std::time::SystemTime::now() - Duration::from_secs(3600);
        let make = |name: &str, modified: std::time::SystemTime| {
            let path = dir.path().join(name);
            let file = std::fs::File::create(&path).unwrap();
            file.set_modified(modified).unwrap();
            path
        };
        let stale = make(".s.jsonAb3xY9.tmp", old);
        let fresh = make(".s.jsonQw7rT2.tmp", std::time::SystemTime::now());
        let other = make(".t.jsonAb3xY9.tmp", old);
        let not_ours = make(".s.jsonAb3.tmp", old);
        let user_file = make("s.json.tmp", old);
        write_atomic(&dir.path().join("s.json"), b"new").unwrap();
        assert!(!stale.exists(), "the stale temporary file was removed");
        for kept in [&fresh, &other, &not_ours, &user_file] {
            assert!(kept.exists(), "{} was kept", kept.display());
        }
    }

    #[test]
    fn an_output_naming_an_input_is_refused_however_it_is_spelled() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("vn.json");
        std::fs::write(&input, b"{}").unwrap();
        let dotted = dir.path().join(".").join("vn.json");
        assert!(refuse_input_as_output(&dotted, &[&input]).is_err());
        assert!(refuse_input_as_output(&dir.path().join("out.pdf"), &[&input]).is_ok());
        #[cfg(unix)]
        {
            let link = dir.path().join("link.json");
            std::os::unix::fs::symlink(&input, &link).unwrap();
            assert!(refuse_input_as_output(&link, &[&input]).is_err());
            let hard = dir.path().join("hard.json");
            std::fs::hard_link(&input, &hard).unwrap();
            assert!(refuse_input_as_output(&hard, &[&input]).is_err());
        }
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
