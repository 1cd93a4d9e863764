//! The steps every normcheck JSON file goes through when read: bytes → JSON → header check → typed.

use crate::i18n::{Message, Said, Tr};
use crate::{msg, t};
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::io_errors::ReadError;
use crate::format::problem::{Problem, describe_json_error, summarize_in};

/// The `format` tag every checklist file carries.
pub const CHECKLIST_FORMAT: &str = "normcheck-checklist";
/// The `format` tag every session file carries.
pub const SESSION_FORMAT: &str = "normcheck-session";
/// The `format` tag of the app's autosaved recovery copies.
pub const RECOVERY_FORMAT: &str = "normcheck-recovery";

/// Which kind of normcheck document a JSON file is, told by its `format` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// `"format": "normcheck-checklist"`.
    Checklist,
    /// `"format": "normcheck-session"`.
    Session,
    /// `"format": "normcheck-recovery"`: an autosaved copy of unsaved work.
    Recovery,
}

impl DocumentKind {
    /// The `format` tag of this kind.
    pub fn tag(self) -> &'static str {
        match self {
            DocumentKind::Checklist => CHECKLIST_FORMAT,
            DocumentKind::Session => SESSION_FORMAT,
            DocumentKind::Recovery => RECOVERY_FORMAT,
        }
    }

    /// A human name for messages.
    pub fn noun(self) -> &'static str {
        match self {
            DocumentKind::Checklist => "checklist",
            DocumentKind::Session => "session",
            DocumentKind::Recovery => "recovery",
        }
    }

    /// Tells the kind from a parsed document's `format` field.
    pub fn of(value: &Value) -> Option<Self> {
        match value.get("format").and_then(Value::as_str) {
            Some(CHECKLIST_FORMAT) => Some(DocumentKind::Checklist),
            Some(SESSION_FORMAT) => Some(DocumentKind::Session),
            Some(RECOVERY_FORMAT) => Some(DocumentKind::Recovery),
            _ => None,
        }
    }
}

/// Why a checklist or session document was refused.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// The file could not be read or is too large.
    Read(#[from] ReadError),
    /// The bytes are not JSON.
    Json(Message),
    /// The JSON is not a normcheck document of the expected kind.
    WrongFormat {
        /// What was expected ("session" or "checklist").
        expected: &'static str,
        /// What was found, in words.
        found: Message,
    },
    /// `format_version` is missing or not a positive integer.
    BadVersion(Option<String>),
    /// The file comes from a newer normcheck.
    TooNew {
        /// "session" or "checklist".
        noun: &'static str,
        /// The file's format version.
        found: u64,
        /// The newest version this build reads.
        supported: u64,
    },
    /// An older version could not be brought up to date.
    Migration {
        /// The version the failing step starts from.
        from: u64,
        /// What went wrong.
        message: String,
    },
    /// A value has the wrong type or an unknown field.
    Shape {
        /// JSON path of the value.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A protected file could not be decrypted (other than a wrong passphrase).
    Protected(#[from] super::io_errors::ProtectError),
    /// The content is well-formed but breaks the format's rules.
    Invalid(Vec<Problem>),
    /// A checklist spreadsheet (.xlsx) that could not be read as a workbook.
    Workbook(Message),
    /// A spreadsheet where a normcheck JSON document was expected.
    Spreadsheet {
        /// What was expected ("session").
        expected: &'static str,
    },
    /// An assessment's spreadsheet where a checklist was expected.
    AssessmentSpreadsheet,
    /// Another kind of file where a spreadsheet (.xlsx) was expected.
    NotWorkbook {
        /// What it is, in words.
        found: Message,
    },
}

/// Parses bytes as JSON, describing syntax errors and truncation in words. A leading UTF-8
/// byte-order mark is ignored; a key repeated in one object is refused with its path.
pub fn parse_json(bytes: &[u8]) -> Result<Value, DocumentError> {
    crate::format::strict_json::from_slice(bytes)
        .map_err(|e| DocumentError::Json(describe_json_error(&e)))
}

/// Checks that `value` is a document of `kind` and returns its format version, refusing
/// versions newer than `supported`.
pub fn check_header(
    value: &Value,
    kind: DocumentKind,
    supported: u64,
) -> Result<u64, DocumentError> {
    let wrong = |found: Message| DocumentError::WrongFormat {
        expected: kind.noun(),
        found,
    };
    let Some(object) = value.as_object() else {
        let kind = json_type(value);
        return Err(wrong(Message::new(move |tr| {
            t!(tr, "found-top-level", kind = json_type_in(tr, kind))
        })));
    };
    match object.get("format") {
        None => return Err(wrong(msg!("found-no-format"))),
        Some(Value::String(s)) if s == kind.tag() => {}
        Some(Value::String(s)) => {
            let found = match DocumentKind::of(value) {
                Some(other) => found_normcheck_file(other.noun()),
                None => msg!("found-format-is", format = s.clone()),
            };
            return Err(wrong(found));
        }
        Some(other) => {
            let kind = json_type(other);
            return Err(wrong(Message::new(move |tr| {
                t!(tr, "found-format-type", kind = json_type_in(tr, kind))
            })));
        }
    }
    let version = match object.get("format_version") {
        Some(v) => v
            .as_u64()
            .filter(|&n| n >= 1)
            .ok_or_else(|| DocumentError::BadVersion(Some(v.to_string())))?,
        None => return Err(DocumentError::BadVersion(None)),
    };
    if version > supported {
        return Err(DocumentError::TooNew {
            noun: kind.noun(),
            found: version,
            supported,
        });
    }
    Ok(version)
}

/// Deserializes a checked document into its typed form; errors carry the JSON path.
pub fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, DocumentError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        DocumentError::Shape {
            path,
            message: e.into_inner().to_string(),
        }
    })
}

/// A JSON value's type in words.
pub fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

impl crate::format::remedy::Remedied for DocumentError {
    fn remedy(&self) -> Option<crate::format::remedy::Remedy> {
        match self {
            DocumentError::Spreadsheet { .. } | DocumentError::AssessmentSpreadsheet => {
                Some(crate::format::remedy::Remedy::ImportSpreadsheet)
            }
            _ => None,
        }
    }
}

/// "it is a normcheck session file", for a file of another kind (`noun` as
/// [`DocumentKind::noun`] gives it).
pub fn found_normcheck_file(noun: &'static str) -> Message {
    Message::new(move |tr| t!(tr, "found-normcheck-file", noun = noun_in(tr, noun)))
}

/// A document kind's noun ([`DocumentKind::noun`], or "checklist or session") in `tr`'s
/// language.
pub fn noun_in(tr: &Tr, noun: &str) -> String {
    match noun {
        "checklist" => t!(tr, "doc-noun-checklist"),
        "session" => t!(tr, "doc-noun-session"),
        "recovery" => t!(tr, "doc-noun-recovery"),
        "checklist or session" => t!(tr, "doc-noun-checklist-or-session"),
        other => other.to_owned(),
    }
}

/// A JSON type's name ([`json_type`]) in `tr`'s language.
fn json_type_in(tr: &Tr, kind: &str) -> String {
    match kind {
        "null" => t!(tr, "json-type-null"),
        "a boolean" => t!(tr, "json-type-boolean"),
        "a number" => t!(tr, "json-type-number"),
        "a string" => t!(tr, "json-type-string"),
        "an array" => t!(tr, "json-type-array"),
        _ => t!(tr, "json-type-object"),
    }
}

impl Said for DocumentError {
    fn said(&self, tr: &Tr) -> String {
        match self {
            DocumentError::Read(e) => e.said(tr),
            DocumentError::Json(m) => m.said(tr),
            DocumentError::WrongFormat { expected, found } => t!(
                tr,
                "doc-wrong-format",
                expected = noun_in(tr, expected),
                found = found.said(tr)
            ),
            DocumentError::BadVersion(Some(found)) => {
                t!(tr, "doc-bad-version", found = found.clone())
            }
            DocumentError::BadVersion(None) => t!(tr, "doc-no-version"),
            DocumentError::TooNew {
                noun,
                found,
                supported,
            } => t!(
                tr,
                "doc-too-new",
                noun = noun_in(tr, noun),
                found = found.to_string(),
                supported = supported.to_string()
            ),
            DocumentError::Migration { from, message } => t!(
                tr,
                "doc-migration",
                from = from.to_string(),
                detail = message.clone()
            ),
            DocumentError::Shape { path, message } => {
                let path = if path == "." {
                    t!(tr, "doc-top-level")
                } else {
                    path.clone()
                };
                t!(tr, "doc-shape", path = path, detail = message.clone())
            }
            DocumentError::Protected(e) => e.said(tr),
            DocumentError::Invalid(problems) => summarize_in(tr, problems),
            DocumentError::Workbook(m) => m.said(tr),
            DocumentError::Spreadsheet { expected } => {
                t!(tr, "doc-spreadsheet", expected = noun_in(tr, expected))
            }
            DocumentError::AssessmentSpreadsheet => t!(tr, "doc-assessment-spreadsheet"),
            DocumentError::NotWorkbook { found } => {
                t!(tr, "doc-not-workbook", found = found.said(tr))
            }
        }
    }
}

impl std::fmt::Display for DocumentError {
    /// In English, for logs and tests.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::Said::said(self, &crate::i18n::Tr::english()))
    }
}
