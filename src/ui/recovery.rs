//! Autosaved copies of unsaved work, kept apart from the user's own files, for crash recovery.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::document::{DocumentError, from_value};
use crate::fsutil::{MAX_FILE_BYTES, read_limited, write_atomic};
use crate::problem::FileError;
use crate::session::{Session, parse_session};

const RECOVERY_FORMAT: &str = "normcheck-recovery";
const PREFIX: &str = "recovery-";

/// What the recovery file holds besides the session: where the work belongs.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct RecoveryFile {
    format: String,
    #[serde(with = "time::serde::rfc3339")]
    saved_at: OffsetDateTime,
    original_path: Option<PathBuf>,
    checklist_path: Option<PathBuf>,
    session: serde_json::Value,
}

/// Unsaved work found at start.
#[derive(Debug, Clone)]
pub struct Recovered {
    /// When it was written.
    pub saved_at: OffsetDateTime,
    /// The file the work belonged to, if it had been saved before.
    pub original_path: Option<PathBuf>,
    /// The checklist file, if not built in.
    pub checklist_path: Option<PathBuf>,
    /// The session as it was.
    pub session: Session,
}

/// Where recovery copies go: the user's data folder, one file per running app
/// (`recovery-<process>-<start>.json`), so two windows never overwrite each other's copy and a
/// copy left by a crash is not overwritten by the next session's work.
#[derive(Debug, Clone)]
pub struct RecoveryStore {
    dir: Option<PathBuf>,
    own: String,
}

/// A recovery file found in the folder: its path and what it holds (or why it can't be read).
pub type Found = (PathBuf, Result<Recovered, String>);

impl RecoveryStore {
    /// The app's data folder (e.g. `~/.local/share/normcheck`, `%APPDATA%\\normcheck\\data`).
    pub fn in_data_dir() -> Self {
        Self::at(eframe::storage_dir("normcheck"))
    }

    /// A store in a given folder (tests), or nowhere (`None`: autosave off).
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

    /// Writes the session atomically to this app's recovery file.
    pub fn write(
        &self,
        session: &Session,
        original_path: Option<&Path>,
        checklist_path: Option<&Path>,
    ) -> Result<(), String> {
        let (Some(dir), Some(path)) = (&self.dir, self.own_path()) else {
            return Ok(());
        };
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let file = RecoveryFile {
            format: RECOVERY_FORMAT.to_owned(),
            saved_at: OffsetDateTime::now_utc(),
            original_path: original_path.map(Path::to_path_buf),
            checklist_path: checklist_path.map(Path::to_path_buf),
            session: serde_json::to_value(session).map_err(|e| e.to_string())?,
        };
        let bytes = serde_json::to_vec(&file).map_err(|e| e.to_string())?;
        write_atomic(&path, &bytes).map_err(|e| e.to_string())
    }

    /// Every recovery file left in the folder by other runs, newest first. A damaged one is
    /// listed with its problem, never deleted unasked.
    pub fn leftovers(&self) -> Vec<Found> {
        let Some(dir) = &self.dir else {
            return Vec::new();
        };
        // Temporary files of autosaves killed mid-write (their runs' names differ from ours).
        crate::fsutil::remove_stale_temps_of(
            dir,
            |target| target.starts_with(PREFIX) && target.ends_with(".json"),
            crate::fsutil::STALE_TEMP_AGE,
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
                let result = read_file(&p).map_err(|e| e.to_string());
                (p, result)
            })
            .collect();
        // Newest first; copies from the same instant by the later-started app first.
        found.sort_by(|(pa, ra), (pb, rb)| {
            let time = |r: &Result<Recovered, String>| r.as_ref().ok().map(|r| r.saved_at);
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
        crate::printable::warn(&format!("normcheck: cannot remove {}: {e}", path.display()));
    }
}

fn read_file(path: &Path) -> Result<Recovered, FileError<DocumentError>> {
    let fail = |e: DocumentError| FileError::new(path, e);
    let bytes = read_limited(path, MAX_FILE_BYTES).map_err(|e| fail(e.into()))?;
    let value = crate::document::parse_json(&bytes).map_err(fail)?;
    let file: RecoveryFile = from_value(value).map_err(fail)?;
    if file.format != RECOVERY_FORMAT {
        return Err(fail(DocumentError::WrongFormat {
            expected: "recovery",
            found: format!("its \"format\" is {:?}", file.format),
        }));
    }
    let session_bytes =
        serde_json::to_vec(&file.session).map_err(|e| fail(DocumentError::Json(e.to_string())))?;
    let session = parse_session(&session_bytes).map_err(fail)?;
    Ok(Recovered {
        saved_at: file.saved_at,
        original_path: file.original_path,
        checklist_path: file.checklist_path,
        session,
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
        assert!(!stale.exists(), "the killed autosave's temporary file is gone");
        assert!(foreign.exists(), "other files are never touched");
    }
}
