//! Reading and writing session files: bounded read, header check, migration, typed parse; atomic save.

use std::path::Path;

use super::migrate::{STEPS, migrate};
use super::model::{SESSION_FORMAT_VERSION, Session};
use crate::document::{DocumentError, DocumentKind, check_header, from_value, parse_json};
use crate::fsutil::{MAX_FILE_BYTES, WriteError, read_limited, write_atomic};
use crate::problem::{FileError, Problem};

/// Parses session JSON: checks the header, upgrades older versions, then reads it strictly.
/// Meaning that needs no checklist (N/A together with a level) is checked here too.
pub fn parse_session(bytes: &[u8]) -> Result<Session, DocumentError> {
    let value = parse_json(bytes)?;
    let version = check_header(&value, DocumentKind::Session, SESSION_FORMAT_VERSION)?;
    let value = migrate(value, version, STEPS)?;
    let session: Session = from_value(value)?;
    let problems: Vec<Problem> = session
        .answers
        .iter()
        .filter(|(_, a)| a.not_applicable && a.level.is_some())
        .map(|(id, _)| {
            Problem::error(
                format!("answers.{id:?}"),
                "an answer cannot have a level and be marked not applicable",
            )
        })
        .collect();
    if !problems.is_empty() {
        return Err(DocumentError::Invalid(problems));
    }
    Ok(session)
}

/// Reads a session file; the error names the file.
pub fn load_session(path: &Path) -> Result<Session, FileError<DocumentError>> {
    let bytes = read_limited(path, MAX_FILE_BYTES).map_err(|e| FileError::new(path, e.into()))?;
    parse_session(&bytes).map_err(|e| FileError::new(path, e))
}

/// The canonical bytes of a session file (pretty JSON, keys in a stable order, final newline).
pub fn session_to_bytes(session: &Session) -> Result<Vec<u8>, serde_json::Error> {
    let mut bytes = serde_json::to_vec_pretty(session)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Writes a session atomically: the old file stays intact unless the new one is complete.
pub fn save_session(path: &Path, session: &Session) -> Result<(), WriteError> {
    let bytes = session_to_bytes(session).map_err(|e| WriteError::Io {
        path: path.to_path_buf(),
        reason: format!("the session could not be encoded: {e}"),
        source: std::io::Error::new(std::io::ErrorKind::InvalidData, e),
    })?;
    write_atomic(path, &bytes)
}
