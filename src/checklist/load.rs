//! Checklist JSON: header check, strict typed parse, then full validation. Files (JSON or
//! spreadsheet) are read through the door, `crate::files`.

use super::model::{CHECKLIST_FORMAT_VERSION, Checklist};
use super::validate::validate;
use crate::format::document::{DocumentError, DocumentKind, check_header, from_value, parse_json};

/// Parses and validates checklist JSON. Any validation error refuses the whole file;
/// the error lists every problem found.
pub fn parse_checklist(bytes: &[u8]) -> Result<Checklist, DocumentError> {
    checklist_from_value(parse_json(bytes)?)
}

/// [`parse_checklist`] for JSON already parsed (validation tells the kind of a file first).
pub fn checklist_from_value(value: serde_json::Value) -> Result<Checklist, DocumentError> {
    let version = check_header(&value, DocumentKind::Checklist, CHECKLIST_FORMAT_VERSION)?;
    let value = migrate(value, version);
    let checklist: Checklist = from_value(value)?;
    let problems = validate(&checklist);
    if problems.iter().any(|p| p.is_error()) {
        return Err(DocumentError::Invalid(problems));
    }
    Ok(checklist)
}

/// Brings a checklist of an older format version to the current one. Format 1 had no
/// translations; its content is unchanged.
fn migrate(mut value: serde_json::Value, version: u64) -> serde_json::Value {
    if version < CHECKLIST_FORMAT_VERSION
        && let Some(object) = value.as_object_mut()
    {
        object.insert(
            "format_version".to_owned(),
            serde_json::Value::from(CHECKLIST_FORMAT_VERSION),
        );
    }
    value
}
