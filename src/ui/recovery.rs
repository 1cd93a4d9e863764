//! Autosaved copies of unsaved work, kept apart from the user's own files, for crash recovery.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::document::{DocumentError, from_value};
use crate::fsutil::{MAX_FILE_BYTES, read_limited, write_atomic};
use crate::problem::FileError;
use crate::session::{Session, parse_session, timestamp_now};

const RECOVERY_FORMAT: &str = "normcheck-recovery";
const FILE_NAME: &str = "recovery.json";

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

/// The place recovery copies go: one file in the user's data folder.
#[derive(Debug, Clone)]
pub struct RecoveryStore {
    dir: Option<PathBuf>,
}

impl RecoveryStore {
    /// The app's data folder (e.g. `~/.local/share/normcheck`, `%APPDATA%\normcheck\data`).
    pub fn in_data_dir() -> Self {
        Self {
            dir: eframe::storage_dir("normcheck"),
        }
    }

    /// A store in a given folder (tests), or nowhere (`None`: autosave off).
    pub fn at(dir: Option<PathBuf>) -> Self {
        Self { dir }
    }

    fn path(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join(FILE_NAME))
    }

    /// Writes the session atomically to the recovery file.
    pub fn write(
        &self,
        session: &Session,
        original_path: Option<&Path>,
        checklist_path: Option<&Path>,
    ) -> Result<(), String> {
        let Some(path) = self.path() else {
            return Ok(());
        };
        if let Some(dir) = &self.dir {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let file = RecoveryFile {
            format: RECOVERY_FORMAT.to_owned(),
            saved_at: timestamp_now(),
            original_path: original_path.map(Path::to_path_buf),
            checklist_path: checklist_path.map(Path::to_path_buf),
            session: serde_json::to_value(session).map_err(|e| e.to_string())?,
        };
        let bytes = serde_json::to_vec(&file).map_err(|e| e.to_string())?;
        write_atomic(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Reads the recovery file if there is one. A damaged one is reported, not deleted.
    pub fn read(&self) -> Option<Result<Recovered, String>> {
        let path = self.path()?;
        if !path.exists() {
            return None;
        }
        Some(read_file(&path).map_err(|e| e.to_string()))
    }

    /// Deletes the recovery file (after a clean save or an explicit discard).
    pub fn clear(&self) {
        if let Some(path) = self.path()
            && path.exists()
            && let Err(e) = std::fs::remove_file(&path)
        {
            eprintln!("normcheck: cannot remove {}: {e}", path.display());
        }
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
