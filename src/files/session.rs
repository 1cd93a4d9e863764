//! Session files both ways, private to the door: bytes → (decrypt) → JSON → header check →
//! migration → strict typed parse, and back. Saving checks the session against its checklist
//! first, so no save writes a file that opening would refuse.

use crate::msg;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::kind::{Sniffed, sniff};
use super::open::{OpenError, PassphraseSource};
use super::protect::{ProtectError, Protection, decrypt, encrypt};
use super::write::{WriteError, WriteOptions, write_atomic_with};
use crate::checklist::Checklist;
use crate::format::document::{DocumentError, DocumentKind, check_header, from_value};
use crate::format::problem::{FileError, Problem};
use crate::session::migrate::{STEPS, migrate};
use crate::session::{SESSION_FORMAT_VERSION, Session, check_session};

/// A session read from its bytes, and how it was stored.
pub(super) struct Decoded {
    /// The session, migrated to the current format.
    pub session: Session,
    /// Plain, or protected with the passphrase that opened it.
    pub protection: Protection,
}

/// Decodes the bytes of the session file at `path`: decrypts them first when they are protected
/// (asking `passphrase` for it), then parses the JSON.
pub(super) fn decode_session(
    bytes: &[u8],
    path: &Path,
    passphrase: Option<&mut dyn PassphraseSource>,
) -> Result<Decoded, OpenError> {
    let session_error = |e: DocumentError| OpenError::Session(FileError::new(path, e));
    if !super::is_protected(bytes) {
        let session = parse_session(bytes).map_err(session_error)?;
        return Ok(Decoded {
            session,
            protection: Protection::Plain,
        });
    }
    let passphrase = super::open::ask_passphrase(path, passphrase)?;
    let plain = decrypt_for(path, bytes, &passphrase)?;
    let session = parse_session(&plain).map_err(session_error)?;
    Ok(Decoded {
        session,
        protection: Protection::with_passphrase(passphrase),
    })
}

/// Decrypts a protected file's bytes; a wrong passphrase is its own error (the app asks again).
pub(super) fn decrypt_for(
    path: &Path,
    bytes: &[u8],
    passphrase: &super::protect::Passphrase,
) -> Result<zeroize::Zeroizing<Vec<u8>>, OpenError> {
    decrypt(bytes, passphrase).map_err(|e| match e {
        ProtectError::WrongPassphrase => OpenError::WrongPassphrase {
            path: path.to_path_buf(),
        },
        other => OpenError::Session(FileError::new(path, DocumentError::Protected(other))),
    })
}

/// Parses session JSON: checks the header, upgrades older versions, then reads it strictly.
/// Meaning that needs no checklist (N/A together with a level) is checked here too.
pub(super) fn parse_session(bytes: &[u8]) -> Result<Session, DocumentError> {
    match sniff(bytes) {
        Sniffed::Json(value) => session_from_value(value),
        Sniffed::Workbook => Err(DocumentError::Spreadsheet {
            expected: DocumentKind::Session.noun(),
        }),
        Sniffed::NotJson(e) => Err(e),
        Sniffed::Protected => Err(DocumentError::WrongFormat {
            expected: DocumentKind::Session.noun(),
            found: msg!("found-protected-inside"),
        }),
    }
}

/// [`parse_session`] for JSON already parsed.
pub(super) fn session_from_value(value: Value) -> Result<Session, DocumentError> {
    let version = check_header(&value, DocumentKind::Session, SESSION_FORMAT_VERSION)?;
    let value = migrate(value, version, STEPS)?;
    let session: Session = from_value(value)?;
    let problems: Vec<Problem> = session
        .answers
        .iter()
        .filter(|(_, a)| a.not_applicable && a.level.is_some())
        .map(|(id, _)| Problem::error(format!("answers.{id:?}"), msg!("problem-level-and-na")))
        .collect();
    if !problems.is_empty() {
        return Err(DocumentError::Invalid(problems));
    }
    Ok(session)
}

/// The canonical bytes of a session file (pretty JSON, keys in a stable order, final newline).
pub(super) fn session_to_bytes(session: &Session) -> Result<Vec<u8>, serde_json::Error> {
    let mut bytes = serde_json::to_vec_pretty(session)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Why a session was not saved. The file at the path, if any, is untouched.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Writing failed (folder missing, read-only, locked, disk full, ...).
    Write(#[from] WriteError),
    /// The session does not fit its checklist, so opening the saved file would refuse it.
    Unfit {
        /// The file that was to be written.
        path: PathBuf,
        /// Every error found.
        problems: Vec<Problem>,
    },
    /// The session could not be encoded or encrypted.
    Encode {
        /// The file that was to be written.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
}

/// The bytes of a session file stored with `protection`: canonical JSON, encrypted when
/// protected (the plain JSON never touches the disk then).
pub(super) fn encode_session(
    path: &Path,
    session: &Session,
    protection: &Protection,
) -> Result<Vec<u8>, SaveError> {
    let encode = |reason: String| SaveError::Encode {
        path: path.to_path_buf(),
        reason,
    };
    let plain =
        zeroize::Zeroizing::new(session_to_bytes(session).map_err(|e| encode(e.to_string()))?);
    match protection {
        Protection::Plain => Ok(plain.to_vec()),
        Protection::Passphrase(passphrase) => {
            encrypt(&plain, passphrase).map_err(|e| encode(e.to_string()))
        }
    }
}

/// Saves `session` to `path` atomically, stored with `protection`; `write` says whether a
/// read-only file may be replaced. The session is first checked against `checklist` exactly
/// as opening checks it: a session that opening would refuse is not written. A checklist that
/// is not built in is written into the file with the session, so the file opens anywhere.
pub fn save_session_as(
    path: &Path,
    session: &Session,
    checklist: &Checklist,
    protection: &Protection,
    write: WriteOptions,
) -> Result<(), SaveError> {
    refuse_unfit(path, session, checklist)?;
    let carried;
    let session = if carries(session, checklist) {
        session
    } else {
        let mut copy = session.clone();
        copy.carry_checklist(checklist);
        carried = copy;
        &carried
    };
    let bytes = encode_session(path, session, protection)?;
    Ok(write_atomic_with(path, &bytes, write)?)
}

/// Whether `session` already carries what it should of `checklist`: a copy when it is not
/// built in, none when it is.
fn carries(session: &Session, checklist: &Checklist) -> bool {
    match session.checklist_copy.as_deref() {
        Some(copy) => copy == checklist,
        None => crate::session::is_builtin(checklist),
    }
}

/// Saves a plain session atomically, checked against the checklist it names (its own saved
/// copy, else the built-in one with its id).
pub fn save_session(path: &Path, session: &Session) -> Result<(), SaveError> {
    let checklist =
        super::resolve::resolve_checklist(path, session, None).map_err(|e| SaveError::Unfit {
            path: path.to_path_buf(),
            problems: vec![Problem::error(
                "checklist",
                crate::i18n::Message::new(move |tr| e.reason_in(tr)),
            )],
        })?;
    save_session_as(
        path,
        session,
        &checklist.0,
        &Protection::Plain,
        WriteOptions::default(),
    )
}

/// Refuses a session with errors against its checklist (a level off the scale, another
/// checklist, N/A with a level).
fn refuse_unfit(path: &Path, session: &Session, checklist: &Checklist) -> Result<(), SaveError> {
    let mut problems: Vec<Problem> = check_session(session, checklist)
        .into_iter()
        .filter(Problem::is_error)
        .collect();
    problems.extend(
        session
            .answers
            .iter()
            .filter(|(_, a)| a.not_applicable && a.level.is_some())
            .map(|(id, _)| Problem::error(format!("answers.{id:?}"), msg!("problem-level-and-na"))),
    );
    if problems.is_empty() {
        Ok(())
    } else {
        Err(SaveError::Unfit {
            path: path.to_path_buf(),
            problems,
        })
    }
}
