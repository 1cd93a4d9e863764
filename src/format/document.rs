//! The steps every normcheck JSON file goes through when read: bytes → JSON → header check → typed.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::io_errors::ReadError;
use crate::format::problem::{Problem, describe_json_error, summarize};

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
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The bytes are not JSON.
    #[error("{0}")]
    Json(String),
    /// The JSON is not a normcheck document of the expected kind.
    #[error("this is not a normcheck {expected} file ({found})")]
    WrongFormat {
        /// What was expected ("session" or "checklist").
        expected: &'static str,
        /// What was found, in words.
        found: String,
    },
    /// `format_version` is missing or not a positive integer.
    #[error("\"format_version\" must be a whole number from 1, found {0}")]
    BadVersion(String),
    /// The file comes from a newer normcheck.
    #[error(
        "this {noun} was made by a newer version of normcheck (format version {found}; this version reads up to {supported}); update normcheck to open it"
    )]
    TooNew {
        /// "session" or "checklist".
        noun: &'static str,
        /// The file's format version.
        found: u64,
        /// The newest version this build reads.
        supported: u64,
    },
    /// An older version could not be brought up to date.
    #[error("cannot upgrade from format version {from}: {message}")]
    Migration {
        /// The version the failing step starts from.
        from: u64,
        /// What went wrong.
        message: String,
    },
    /// A value has the wrong type or an unknown field.
    #[error("at {path}: {message}")]
    Shape {
        /// JSON path of the value.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A protected file could not be decrypted (other than a wrong passphrase).
    #[error(transparent)]
    Protected(#[from] super::io_errors::ProtectError),
    /// The content is well-formed but breaks the format's rules.
    #[error("{}", summarize(.0))]
    Invalid(Vec<Problem>),
    /// A checklist spreadsheet (.xlsx) that could not be read as a workbook.
    #[error("{0}")]
    Workbook(String),
    /// A spreadsheet where a normcheck JSON document was expected.
    #[error("this is not a normcheck {expected} file (it is a spreadsheet)")]
    Spreadsheet {
        /// What was expected ("session").
        expected: &'static str,
    },
    /// An assessment's spreadsheet where a checklist was expected.
    #[error("this is an assessment spreadsheet, not a checklist")]
    AssessmentSpreadsheet,
    /// Another kind of file where a spreadsheet (.xlsx) was expected.
    #[error("this is not a spreadsheet (.xlsx): {found}")]
    NotWorkbook {
        /// What it is, in words.
        found: String,
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
    let wrong = |found: String| DocumentError::WrongFormat {
        expected: kind.noun(),
        found,
    };
    let Some(object) = value.as_object() else {
        return Err(wrong(format!(
            "the top level is {}, not an object",
            json_type(value)
        )));
    };
    match object.get("format") {
        None => return Err(wrong("it has no \"format\" field".to_owned())),
        Some(Value::String(s)) if s == kind.tag() => {}
        Some(Value::String(s)) => {
            let found = match DocumentKind::of(value) {
                Some(other) => format!("it is a normcheck {} file", other.noun()),
                None => format!("its \"format\" is {s:?}"),
            };
            return Err(wrong(found));
        }
        Some(other) => {
            return Err(wrong(format!("its \"format\" is {}", json_type(other))));
        }
    }
    let version = match object.get("format_version") {
        Some(v) => v
            .as_u64()
            .filter(|&n| n >= 1)
            .ok_or_else(|| DocumentError::BadVersion(v.to_string()))?,
        None => return Err(DocumentError::BadVersion("nothing".to_owned())),
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
            path: if path == "." {
                "top level".to_owned()
            } else {
                path
            },
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
