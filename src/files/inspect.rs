//! Any normcheck file, recognised and checked through the door, for `normcheck validate`: a
//! checklist (JSON or spreadsheet) or a session (plain or protected), with every problem.

use crate::msg;
use std::path::Path;

use super::checklist::checklist_from_bytes;
use super::kind::{Sniffed, sniff};
use super::open::{OpenError, OpenOptions, Opened, checked_file};
use super::read::{MAX_FILE_BYTES, read_limited};
use crate::checklist::{Checklist, validate};
use crate::format::document::{DocumentError, DocumentKind};
use crate::format::problem::{FileError, Problem};

/// A file that passed its checks.
pub enum Inspected {
    /// A valid checklist, with its warnings.
    Checklist {
        /// The checklist.
        checklist: Box<Checklist>,
        /// It was a spreadsheet.
        spreadsheet: bool,
        /// What is worth a look but does not make it unusable.
        warnings: Vec<Problem>,
    },
    /// A session that opens, with its checklist and warnings.
    Session(Box<Opened>),
}

/// Reads `path` once, tells its kind from its bytes and checks it as the door checks it:
/// checklists are validated, sessions are decoded (decrypted when protected) and checked
/// against their checklist, found with `options`.
pub fn inspect(path: &Path, options: OpenOptions<'_>) -> Result<Inspected, OpenError> {
    let file_error = |e: DocumentError| OpenError::Session(FileError::new(path, e));
    let bytes = read_limited(path, MAX_FILE_BYTES).map_err(|e| file_error(e.into()))?;
    let spreadsheet = match sniff(&bytes) {
        Sniffed::Protected => return checked_file(path, &bytes, options).map(into_session),
        Sniffed::NotJson(e) => return Err(file_error(e)),
        Sniffed::Workbook => true,
        Sniffed::Json(value) => match DocumentKind::of(&value) {
            Some(DocumentKind::Checklist) => false,
            Some(DocumentKind::Session) => {
                return checked_file(path, &bytes, options).map(into_session);
            }
            Some(DocumentKind::Recovery) | None => {
                return Err(file_error(DocumentError::WrongFormat {
                    expected: "checklist or session",
                    found: msg!("found-format-unknown"),
                }));
            }
        },
    };
    let checklist = checklist_from_bytes(&bytes).map_err(file_error)?;
    let warnings = validate(&checklist);
    Ok(Inspected::Checklist {
        checklist: Box::new(checklist),
        spreadsheet,
        warnings,
    })
}

fn into_session(opened: Opened) -> Inspected {
    Inspected::Session(Box::new(opened))
}
