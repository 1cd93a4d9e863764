//! A file's kind, told from its bytes and never from its name: protected (age), a spreadsheet
//! (.xlsx), or one of normcheck's JSON documents. The one place that sniffs.

use crate::format::document::found_normcheck_file;
use crate::msg;
use std::io::Cursor;

use serde_json::Value;

use super::protect;
use super::read::{MAX_FILE_BYTES, read_limited};
use crate::format::document::{DocumentError, DocumentKind, parse_json};
use crate::format::problem::FileError;

/// What a file is, as far as its bytes tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Encrypted with a passphrase (age v1): a protected session or recovery copy.
    Protected,
    /// An .xlsx workbook: an assessment's or a checklist's spreadsheet.
    Workbook,
    /// One of normcheck's JSON documents (an agency's contribution is a session).
    Document(DocumentKind),
    /// JSON without a known `format` field.
    OtherJson,
    /// Neither JSON, a workbook nor a protected file.
    Unknown,
}

/// Tells the kind of a file from its bytes.
pub fn file_kind(bytes: &[u8]) -> FileKind {
    match sniff(bytes) {
        Sniffed::Protected => FileKind::Protected,
        Sniffed::Workbook => FileKind::Workbook,
        Sniffed::Json(value) => {
            DocumentKind::of(&value).map_or(FileKind::OtherJson, FileKind::Document)
        }
        Sniffed::NotJson(_) => FileKind::Unknown,
    }
}

/// A file's bytes, recognised; JSON is parsed once, here, and handed on.
pub(super) enum Sniffed {
    Protected,
    Workbook,
    Json(Value),
    NotJson(DocumentError),
}

/// Recognises `bytes`: protected first (by the age header), then a workbook (a zip archive
/// holding `xl/workbook.xml`; a Word file is a zip archive too), then JSON.
pub(super) fn sniff(bytes: &[u8]) -> Sniffed {
    if is_protected(bytes) {
        Sniffed::Protected
    } else if is_workbook(bytes) {
        Sniffed::Workbook
    } else {
        match parse_json(bytes) {
            Ok(value) => Sniffed::Json(value),
            Err(e) => Sniffed::NotJson(e),
        }
    }
}

/// Reads a spreadsheet (.xlsx) to import, within the size limit; any other file is refused,
/// saying what it is.
pub fn read_workbook(path: &std::path::Path) -> Result<Vec<u8>, FileError<DocumentError>> {
    let fail = |e: DocumentError| FileError::new(path, e);
    let bytes = read_limited(path, MAX_FILE_BYTES).map_err(|e| fail(e.into()))?;
    let found = match sniff(&bytes) {
        Sniffed::Workbook => return Ok(bytes),
        Sniffed::Protected => msg!("found-protected"),
        Sniffed::Json(value) => match DocumentKind::of(&value) {
            Some(kind) => found_normcheck_file(kind.noun()),
            None => msg!("found-json"),
        },
        Sniffed::NotJson(_) => msg!("found-not-workbook"),
    };
    Err(fail(DocumentError::NotWorkbook { found }))
}

/// Whether `bytes` are an age-encrypted file (binary or ASCII-armored).
pub fn is_protected(bytes: &[u8]) -> bool {
    protect::has_age_header(bytes)
}

/// Whether `bytes` are an .xlsx workbook: a zip archive with `xl/workbook.xml` in it.
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        && zip::ZipArchive::new(Cursor::new(bytes))
            .is_ok_and(|archive| archive.index_for_name("xl/workbook.xml").is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_is_told_from_the_bytes() {
        assert_eq!(
            file_kind(b"age-encryption.org/v1\n-> scrypt"),
            FileKind::Protected
        );
        assert_eq!(
            file_kind(br#"{"format": "normcheck-session", "format_version": 1}"#),
            FileKind::Document(DocumentKind::Session)
        );
        assert_eq!(
            file_kind(br#"{"format": "normcheck-checklist"}"#),
            FileKind::Document(DocumentKind::Checklist)
        );
        assert_eq!(file_kind(br#"{"format": "other"}"#), FileKind::OtherJson);
        assert_eq!(file_kind(b"PK\x03\x04 not really a zip"), FileKind::Unknown);
        assert_eq!(file_kind(b"\xff\xfe"), FileKind::Unknown);
    }
}
