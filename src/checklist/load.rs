//! Reading a checklist file: header check, strict typed parse, then full validation. A
//! checklist spreadsheet is read by `sheets::checklist` and validated the same way.

use std::path::Path;

use super::model::{CHECKLIST_FORMAT_VERSION, Checklist};
use super::validate::validate;
use crate::document::{DocumentError, DocumentKind, check_header, from_value, parse_json};
use crate::fsutil::{MAX_FILE_BYTES, read_limited};
use crate::problem::{FileError, Problem};

/// Parses and validates checklist JSON. Any validation error refuses the whole file;
/// the error lists every problem found.
pub fn parse_checklist(bytes: &[u8]) -> Result<Checklist, DocumentError> {
    checklist_from_value(parse_json(bytes)?)
}

/// [`parse_checklist`] for JSON already parsed (validation tells the kind of a file first).
pub fn checklist_from_value(value: serde_json::Value) -> Result<Checklist, DocumentError> {
    check_header(&value, DocumentKind::Checklist, CHECKLIST_FORMAT_VERSION)?;
    let checklist: Checklist = from_value(value)?;
    let problems = validate(&checklist);
    if problems.iter().any(|p| p.is_error()) {
        return Err(DocumentError::Invalid(problems));
    }
    Ok(checklist)
}

/// Reads, parses and validates a checklist file — JSON, or a checklist spreadsheet (.xlsx, as
/// `normcheck checklist template` makes) checked the same way; the error names the file.
pub fn load_checklist(path: &Path) -> Result<Checklist, FileError<DocumentError>> {
    let bytes = read_limited(path, MAX_FILE_BYTES).map_err(|e| FileError::new(path, e.into()))?;
    let checklist = if is_workbook(&bytes) {
        checklist_from_workbook(&bytes)
    } else {
        parse_checklist(&bytes)
    };
    checklist.map_err(|e| FileError::new(path, e))
}

/// Whether `bytes` are a spreadsheet: a zip archive holding `xl/workbook.xml` (a Word file is
/// a zip archive too).
pub fn is_workbook(bytes: &[u8]) -> bool {
    crate::sheets::is_workbook(bytes)
}

/// A checklist spreadsheet read and validated; every problem names its cell ("Items!F7").
pub fn checklist_from_workbook(bytes: &[u8]) -> Result<Checklist, DocumentError> {
    let import = crate::sheets::checklist::read_checklist(bytes)
        .map_err(|e| DocumentError::Workbook(e.to_string()))?;
    match import.checklist {
        Some(checklist) => Ok(checklist),
        None => Err(DocumentError::Invalid(
            import
                .problems
                .into_iter()
                .map(|p| Problem::error(p.cell, p.message))
                .collect(),
        )),
    }
}
