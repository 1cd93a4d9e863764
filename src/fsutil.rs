//! Safe file reading and writing: bounded reads and atomic replacement.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::printable;

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

/// Temporary files of ours older than this, beside a file being saved, are left over from a
/// killed save and are removed by the next save of that file.
pub const STALE_TEMP_AGE: Duration = Duration::from_secs(10 * 60);

/// Why a file could not be written. Whatever was at the path before is untouched, and no
/// message names the internal temporary file.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The folder to write into is missing.
    #[error(
        "cannot write {}: the folder {} does not exist",
        printable::path(path),
        printable::path(folder)
    )]
    FolderMissing {
        /// The file that was to be written.
        path: PathBuf,
        /// Its missing folder.
        folder: PathBuf,
    },
    /// The target exists and is a folder, device, pipe or socket.
    #[error(
        "cannot write {}: it is {kind}, not a regular file; choose a file name",
        printable::path(path)
    )]
    NotAFile {
        /// The target.
        path: PathBuf,
        /// What it is, in words ("a folder", "a device", ...).
        kind: &'static str,
    },
    /// The target is read-only and replacing it was not allowed.
    #[error(
        "{} is read-only; it was left as it is (choose another file, or allow replacing it)",
        printable::path(path)
    )]
    ReadOnly {
        /// The target.
        path: PathBuf,
    },
    /// The output would replace one of the command's own input files.
    #[error(
        "{} is also an input file; writing there would destroy it, so nothing was written (choose another output file)",
        printable::path(path)
    )]
    IsInput {
        /// The output path as given.
        path: PathBuf,
    },
    /// Another program (a virus scanner, a sync client, an editor) held the file through every
    /// retry; the file was left as it was.
    #[error(
        "cannot write {}: the file is in use by another program (tried {tries} times over {seconds:.1} s); close it there and save again — the file was left as it was",
        printable::path(path)
    )]
    Locked {
        /// The target.
        path: PathBuf,
        /// How many times the rename was tried.
        tries: usize,
        /// How long the retries waited in all.
        seconds: f32,
    },
    /// The operating system refused or failed the write.
    #[error("cannot write {}: {reason}", printable::path(path))]
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

/// An I/O error in words, without the paths that some errors carry (such as a temporary file's).
pub fn describe_io(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::PermissionDenied => {
            "permission denied (you may not write there, or another program holds the file)"
                .to_owned()
        }
        io::ErrorKind::StorageFull => "the disk is full".to_owned(),
        io::ErrorKind::ReadOnlyFilesystem => "the drive is read-only".to_owned(),
        io::ErrorKind::QuotaExceeded => "the disk quota is exceeded".to_owned(),
        io::ErrorKind::NotFound => "the folder does not exist".to_owned(),
        kind => match error.raw_os_error() {
            // The operating system's own wording of the code, without any path.
            Some(code) => io::Error::from_raw_os_error(code).to_string(),
            None => kind.to_string(),
        },
    }
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

/// `permissions` with the owner allowed to write and nothing else widened. (`set_readonly(false)`
/// on Unix would make a 0444 file writable by everyone.)
fn writable_by_owner(permissions: std::fs::Permissions) -> std::fs::Permissions {
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
fn resolve_target(path: &Path) -> Result<PathBuf, WriteError> {
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
fn check_target(
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

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Removes temporary files that an earlier, killed save of `file_name` left in `dir`: names of
/// exactly our pattern (`.` + the file name + six letters or digits + `.tmp`), regular files,
/// unchanged for at least `age`. Nothing else is ever touched. Best effort.
pub fn remove_stale_temps(dir: &Path, file_name: &std::ffi::OsStr, age: Duration) {
    if let Some(file_name) = file_name.to_str() {
        remove_stale_temps_of(dir, |target| target == file_name, age);
    }
}

/// Like [`remove_stale_temps`], for the temporary files of every target whose name `is_target`
/// accepts (the recovery folder uses it for its per-run file names).
pub fn remove_stale_temps_of(dir: &Path, is_target: impl Fn(&str) -> bool, age: Duration) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(target) = name.to_str().and_then(temp_target) else {
            continue;
        };
        if !is_target(target) {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| m.elapsed().ok())
            .is_some_and(|elapsed| elapsed >= age);
        if meta.is_file() && old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The target's file name if `name` is one of [`write_atomic`]'s temporary files
/// (`.` + target + six letters or digits + `.tmp`).
fn temp_target(name: &str) -> Option<&str> {
    let inner = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let split = inner.len().checked_sub(6)?;
    let (target, random) = (inner.get(..split)?, inner.get(split..)?);
    let random_ok = random.bytes().all(|b| b.is_ascii_alphanumeric());
    (random_ok && !target.is_empty()).then_some(target)
}

/// Refuses an output path that is one of the inputs (the same file by another name, through a
/// link, or a hard link), so that no command can destroy what it reads.
pub fn refuse_input_as_output(output: &Path, inputs: &[&Path]) -> Result<(), WriteError> {
    if inputs.iter().any(|input| same_file(output, input)) {
        return Err(WriteError::IsInput {
            path: output.to_path_buf(),
        });
    }
    Ok(())
}

/// Whether two paths name the same existing file (canonical paths, or on Unix the same device
/// and inode).
pub fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(ca), Ok(cb)) = (std::fs::canonicalize(a), std::fs::canonicalize(b)) else {
        return false;
    };
    if ca == cb {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(ma), Ok(mb)) = (std::fs::metadata(&ca), std::fs::metadata(&cb)) {
            return ma.dev() == mb.dev() && ma.ino() == mb.ino();
        }
    }
    false
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
    // A read-only target never gets here: `check_target` refused it, or the user agreed to
    // replace it and its flag was cleared, so a failure below is a lock or a real error.
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
                let locked = LockedTooLong {
                    tries: delays.len() + 1,
                    waited: delays.iter().sum(),
                    last: error,
                };
                return Err(io::Error::new(locked.last.kind(), locked));
            }
        }
        item = back;
    }
}

/// The rename was still refused after every retry (carried inside an `io::Error`, and turned
/// into [`WriteError::Locked`]).
#[derive(Debug)]
struct LockedTooLong {
    tries: usize,
    waited: Duration,
    last: io::Error,
}

impl std::fmt::Display for LockedTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the file is in use by another program (tried {} times over {:.1} s; close it there and save again): {}",
            self.tries,
            self.waited.as_secs_f32(),
            self.last
        )
    }
}

impl std::error::Error for LockedTooLong {}

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
            let file = File::create(&path).unwrap();
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
