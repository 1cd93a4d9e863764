//! The bytes of a session file, both ways — the one codec used by opening, saving, recovery
//! and validation: plain JSON (header check, migration, strict typed parse), or that JSON
//! encrypted as one age file with a passphrase.

use std::path::Path;

use serde_json::Value;

use super::migrate::{STEPS, migrate};
use super::model::{SESSION_FORMAT_VERSION, Session};
use super::open::{OpenError, PassphraseSource};
use crate::document::{DocumentError, DocumentKind, check_header, from_value, parse_json};
use crate::fsutil::{MAX_FILE_BYTES, WriteError, WriteOptions, read_limited, write_atomic_with};
use crate::problem::{FileError, Problem};
use crate::protect::{ProtectError, Protection, decrypt, encrypt, is_protected};

/// A session read from its bytes, and how it was stored.
pub struct Decoded {
    /// The session, migrated to the current format.
    pub session: Session,
    /// Plain, or protected with the passphrase that opened it.
    pub protection: Protection,
}

/// Decodes the bytes of the session file at `path`: decrypts them first when they are protected
/// (asking `passphrase` for it), then parses the JSON.
pub fn decode_session(
    bytes: &[u8],
    path: &Path,
    passphrase: Option<&mut dyn PassphraseSource>,
) -> Result<Decoded, OpenError> {
    let session_error = |e: DocumentError| OpenError::Session(FileError::new(path, e));
    if !is_protected(bytes) {
        let session = parse_session(bytes).map_err(session_error)?;
        return Ok(Decoded {
            session,
            protection: Protection::Plain,
        });
    }
    let needed = || OpenError::PassphraseNeeded {
        path: path.to_path_buf(),
    };
    let passphrase = passphrase
        .ok_or_else(needed)?
        .passphrase(path)
        .map_err(|message| OpenError::PassphraseSource {
            path: path.to_path_buf(),
            message,
        })?
        .ok_or_else(needed)?;
    let plain = decrypt(bytes, &passphrase).map_err(|e| match e {
        ProtectError::WrongPassphrase => OpenError::WrongPassphrase {
            path: path.to_path_buf(),
        },
        other => session_error(DocumentError::Protected(other)),
    })?;
    let session = parse_session(&plain).map_err(session_error)?;
    Ok(Decoded {
        session,
        protection: Protection::with_passphrase(passphrase),
    })
}

/// Parses session JSON: checks the header, upgrades older versions, then reads it strictly.
/// Meaning that needs no checklist (N/A together with a level) is checked here too.
pub fn parse_session(bytes: &[u8]) -> Result<Session, DocumentError> {
    if crate::checklist::is_workbook(bytes) {
        return Err(DocumentError::WrongFormat {
            expected: DocumentKind::Session.noun(),
            found: "it is a spreadsheet: an assessment's is brought in with File → Import spreadsheet… or `normcheck sheet import`, a checklist's is used as the checklist".to_owned(),
        });
    }
    session_from_value(parse_json(bytes)?)
}

/// [`parse_session`] for JSON already parsed (validation tells the kind of a file first).
pub fn session_from_value(value: Value) -> Result<Session, DocumentError> {
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

/// Reads a plain (unprotected) session file; the error names the file. Opening an assessment
/// for use goes through [`open_assessment`](super::open_assessment), which also decrypts and
/// finds the checklist.
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

/// The bytes of a session file stored with `protection`: canonical JSON, encrypted when
/// protected (the plain JSON never touches the disk then).
pub fn encode_session(session: &Session, protection: &Protection) -> Result<Vec<u8>, String> {
    let plain = zeroize::Zeroizing::new(
        session_to_bytes(session).map_err(|e| format!("the session could not be encoded: {e}"))?,
    );
    match protection {
        Protection::Plain => Ok(plain.to_vec()),
        Protection::Passphrase(passphrase) => {
            encrypt(&plain, passphrase).map_err(|e| e.to_string())
        }
    }
}

/// Writes a plain session atomically: the old file stays intact unless the new one is complete.
pub fn save_session(path: &Path, session: &Session) -> Result<(), WriteError> {
    save_session_as(path, session, &Protection::Plain, WriteOptions::default())
}

/// Writes a session atomically, stored with `protection`; `write` says whether a read-only
/// file may be replaced.
pub fn save_session_as(
    path: &Path,
    session: &Session,
    protection: &Protection,
    write: WriteOptions,
) -> Result<(), WriteError> {
    let bytes = encode_session(session, protection).map_err(|reason| WriteError::Io {
        path: path.to_path_buf(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidData, reason.clone()),
        reason,
    })?;
    write_atomic_with(path, &bytes, write)
}
