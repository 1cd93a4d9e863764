//! Autosaved copies of unsaved work, kept apart from the user's own files, for crash recovery:
//! their format, where they go, and reading them back — checked exactly like an opened file.

use crate::i18n::Message;
use crate::msg;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::open::{OpenError, Opened, checked};
use super::protect::{Passphrase, Protection, encrypt};
use super::read::{MAX_FILE_BYTES, read_limited};
use super::resolve::resolve_checklist_with;
use super::session::{decrypt_for, session_from_value};
use super::write::{STALE_TEMP_AGE, remove_stale_temps_of, write_atomic};
use crate::format::document::{DocumentError, RECOVERY_FORMAT, from_value, parse_json};
use crate::format::printable;
use crate::format::problem::FileError;
use crate::session::Session;

const PREFIX: &str = "recovery-";

/// What the recovery file holds besides the session: where the work belongs. For a protected
/// session the whole file is encrypted with the session's passphrase.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct RecoveryFile {
    format: String,
    #[serde(with = "time::serde::rfc3339")]
    saved_at: OffsetDateTime,
    original_path: Option<PathBuf>,
    checklist_path: Option<PathBuf>,
    session: serde_json::Value,
}

/// Unsaved work found at start, opened like a file: checked against its checklist.
#[derive(Clone)]
pub struct Recovered {
    /// When it was written.
    pub saved_at: OffsetDateTime,
    /// The file the work belonged to, if it had been saved before.
    pub original_path: Option<PathBuf>,
    /// The session with its checklist, as opening a file gives them.
    pub opened: Opened,
}

/// A recovery file as found at start: readable, or protected until its passphrase is given.
#[derive(Clone)]
pub enum Leftover {
    /// A plain copy, read and checked.
    Readable(Box<Recovered>),
    /// An encrypted copy of a protected session; `modified` is the file's time.
    Protected {
        /// When the file was last written, if the system says.
        modified: Option<OffsetDateTime>,
    },
}

/// What one autosave writes: the session and where it belongs, stored as the session is.
pub struct Snapshot {
    /// The session.
    pub session: Session,
    /// Its file, if saved before.
    pub original_path: Option<PathBuf>,
    /// Its checklist file, if not built in.
    pub checklist_path: Option<PathBuf>,
    /// Plain, or the session's passphrase (then the copy is encrypted too).
    pub protection: Protection,
}

/// A recovery file found in the folder: its path and what it holds (or why it can't be used).
pub type Found = (PathBuf, Result<Leftover, Arc<OpenError>>);

/// Where recovery copies go: the user's data folder, one file per running app
/// (`recovery-<process>-<start>.json`), so two windows never overwrite each other's copy and a
/// copy left by a crash is not overwritten by the next session's work.
#[derive(Debug, Clone)]
pub struct RecoveryStore {
    dir: Option<PathBuf>,
    own: String,
}

impl RecoveryStore {
    /// A store in a given folder, or nowhere (`None`: autosave off).
    pub fn at(dir: Option<PathBuf>) -> Self {
        let started = OffsetDateTime::now_utc().unix_timestamp_nanos();
        Self {
            dir,
            own: format!("{PREFIX}{}-{started}.json", std::process::id()),
        }
    }

    fn own_path(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join(&self.own))
    }

    /// Writes a plain session atomically to this app's recovery file.
    pub fn write(
        &self,
        session: &Session,
        original_path: Option<&Path>,
        checklist_path: Option<&Path>,
    ) -> Result<(), Message> {
        self.write_snapshot(&Snapshot {
            session: session.clone(),
            original_path: original_path.map(Path::to_path_buf),
            checklist_path: checklist_path.map(Path::to_path_buf),
            protection: Protection::Plain,
        })
    }

    /// Writes `snapshot` atomically to this app's recovery file, encrypted before it touches the
    /// disk when the session is protected.
    pub fn write_snapshot(&self, snapshot: &Snapshot) -> Result<(), Message> {
        let (Some(dir), Some(path)) = (&self.dir, self.own_path()) else {
            return Ok(());
        };
        std::fs::create_dir_all(dir)
            .map_err(|e| Message::from(format!("{}: {e}", printable::path(dir))))?;
        let file = RecoveryFile {
            format: RECOVERY_FORMAT.to_owned(),
            saved_at: OffsetDateTime::now_utc(),
            original_path: snapshot.original_path.clone(),
            checklist_path: snapshot.checklist_path.clone(),
            session: serde_json::to_value(&snapshot.session)
                .map_err(|e| Message::from(e.to_string()))?,
        };
        let plain = serde_json::to_vec(&file).map_err(|e| Message::from(e.to_string()))?;
        let plain = zeroize::Zeroizing::new(plain);
        let bytes = match &snapshot.protection {
            Protection::Plain => plain.to_vec(),
            Protection::Passphrase(passphrase) => {
                encrypt(&plain, passphrase).map_err(Message::of)?
            }
        };
        write_atomic(&path, &bytes).map_err(Message::of)
    }

    /// Reads a protected leftover with its passphrase (a wrong one is
    /// [`OpenError::WrongPassphrase`]).
    pub fn read_protected(
        &self,
        path: &Path,
        passphrase: &Passphrase,
    ) -> Result<Recovered, OpenError> {
        let bytes = read_limited(path, MAX_FILE_BYTES)
            .map_err(|e| OpenError::Session(FileError::new(path, e.into())))?;
        let plain = decrypt_for(path, &bytes, passphrase)?;
        parse(
            path,
            &plain,
            Protection::with_passphrase(passphrase.clone()),
        )
    }

    /// Every recovery file left in the folder by other runs, newest first. A damaged one is
    /// listed with its problem, never deleted unasked.
    pub fn leftovers(&self) -> Vec<Found> {
        let Some(dir) = &self.dir else {
            return Vec::new();
        };
        // Temporary files of autosaves killed mid-write (their runs' names differ from ours).
        remove_stale_temps_of(
            dir,
            |target| target.starts_with(PREFIX) && target.ends_with(".json"),
            STALE_TEMP_AGE,
        );
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut found: Vec<Found> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(".json") && n != self.own)
            })
            .map(|p| {
                let result = read_file(&p).map_err(Arc::new);
                (p, result)
            })
            .collect();
        // Newest first; copies from the same instant by the later-started app first.
        found.sort_by(|(pa, ra), (pb, rb)| {
            let time = |r: &Result<Leftover, Arc<OpenError>>| match r {
                Ok(Leftover::Readable(r)) => Some(r.saved_at),
                Ok(Leftover::Protected { modified }) => *modified,
                Err(_) => None,
            };
            time(rb).cmp(&time(ra)).then_with(|| pb.cmp(pa))
        });
        found
    }

    /// Deletes this app's recovery file (after a clean save or an explicit discard).
    pub fn clear(&self) {
        if let Some(path) = self.own_path() {
            remove(&path);
        }
    }

    /// Deletes a leftover recovery file (recovered or discarded by the user).
    pub fn remove(&self, path: &Path) {
        remove(path);
    }
}

fn remove(path: &Path) {
    if path.exists()
        && let Err(e) = std::fs::remove_file(path)
    {
        printable::warn(&format!("normcheck: cannot remove {}: {e}", path.display()));
    }
}

fn read_file(path: &Path) -> Result<Leftover, OpenError> {
    let bytes = read_limited(path, MAX_FILE_BYTES)
        .map_err(|e| OpenError::Session(FileError::new(path, e.into())))?;
    if super::is_protected(&bytes) {
        let modified = std::fs::metadata(path)
            .and_then(|m| m.modified())
            .ok()
            .map(OffsetDateTime::from);
        return Ok(Leftover::Protected { modified });
    }
    parse(path, &bytes, Protection::Plain).map(|r| Leftover::Readable(Box::new(r)))
}

/// Reads a recovery file's JSON, then opens the session inside as a file is opened: decoded,
/// its checklist found (the file it was read with, its saved copy, or the built-in one) and
/// the two checked together. Errors name the recovery file.
fn parse(path: &Path, bytes: &[u8], protection: Protection) -> Result<Recovered, OpenError> {
    let fail = |e: DocumentError| OpenError::Session(FileError::new(path, e));
    let file: RecoveryFile = from_value(parse_json(bytes).map_err(fail)?).map_err(fail)?;
    if file.format != RECOVERY_FORMAT {
        return Err(fail(DocumentError::WrongFormat {
            expected: "recovery",
            found: msg!("found-format-is", format = file.format.clone()),
        }));
    }
    let session = session_from_value(file.session).map_err(fail)?;
    let resolved = resolve_checklist_with(path, &session, file.checklist_path.as_deref(), false)?;
    let opened = checked(path, session, resolved, protection)?;
    Ok(Recovered {
        saved_at: file.saved_at,
        original_path: file.original_path,
        opened,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_files_of_killed_autosaves_are_removed_at_start_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        let make = |name: &str| {
            let path = dir.path().join(name);
            std::fs::File::create(&path)
                .unwrap()
                .set_modified(old)
                .unwrap();
            path
        };
        let stale = make(".recovery-41-1700000000.jsonX1y2Z3.tmp");
        let foreign = make(".notes.txtX1y2Z3.tmp");
        let store = RecoveryStore::at(Some(dir.path().to_path_buf()));
        assert!(store.leftovers().is_empty());
        assert!(
            !stale.exists(),
            "the killed autosave's temporary file is gone"
        );
        assert!(foreign.exists(), "other files are never touched");
    }
}
