//! Checklist files: JSON, or a checklist spreadsheet (.xlsx, as `normcheck checklist template`
//! makes) checked the same way.

use crate::msg;
use std::path::Path;

use super::kind::{Sniffed, sniff};
use super::read::{MAX_FILE_BYTES, read_limited};
use crate::checklist::{Checklist, checklist_from_value};
use crate::format::document::DocumentError;
use crate::format::problem::{FileError, Problem};
use crate::sheets::SheetError;

/// Reads, parses and validates a checklist file, JSON or spreadsheet; the error names the file.
pub fn load_checklist(path: &Path) -> Result<Checklist, FileError<DocumentError>> {
    let bytes = read_limited(path, MAX_FILE_BYTES).map_err(|e| FileError::new(path, e.into()))?;
    checklist_from_bytes(&bytes).map_err(|e| FileError::new(path, e))
}

/// A checklist from a file's bytes, JSON or spreadsheet.
pub(super) fn checklist_from_bytes(bytes: &[u8]) -> Result<Checklist, DocumentError> {
    match sniff(bytes) {
        Sniffed::Workbook => checklist_from_workbook(bytes),
        Sniffed::Json(value) => checklist_from_value(value),
        Sniffed::NotJson(e) => Err(e),
        Sniffed::Protected => Err(DocumentError::WrongFormat {
            expected: "checklist",
            found: msg!("found-protected-checklist"),
        }),
    }
}

/// A checklist spreadsheet read and validated; every problem names its cell ("Items!F7").
pub(super) fn checklist_from_workbook(bytes: &[u8]) -> Result<Checklist, DocumentError> {
    let import = crate::sheets::checklist::read_checklist(bytes).map_err(|e| match e {
        SheetError::AssessmentNotChecklist => DocumentError::AssessmentSpreadsheet,
        other => DocumentError::Workbook(crate::i18n::Message::of(other)),
    })?;
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
