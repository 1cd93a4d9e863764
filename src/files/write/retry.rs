//! Renaming over a file that Windows reports as briefly locked, a few times, before giving up.

use std::io;
use std::path::Path;
use std::time::Duration;

/// Waits between tries when the rename over the target fails because the file is locked:
/// five tries over about a second, time enough for a virus scanner or sync client to let go.
pub(super) const LOCKED_RETRY_DELAYS: [Duration; 4] = [
    Duration::from_millis(60),
    Duration::from_millis(120),
    Duration::from_millis(240),
    Duration::from_millis(480),
];

/// Renames `temp` over `path`, retrying while Windows reports the target as briefly locked.
/// If every try fails, the temporary file is removed and the target is left as it was.
pub(super) fn persist_retrying(temp: tempfile::NamedTempFile, path: &Path) -> io::Result<()> {
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
pub(super) fn retry_while_locked<T>(
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
pub(super) struct LockedTooLong {
    pub(super) tries: usize,
    pub(super) waited: Duration,
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
