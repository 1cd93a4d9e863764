//! `normcheck validate`: checks checklist and session files and reports every problem.

use std::path::Path;
use std::process::ExitCode;

use super::output::{Failure, print_line, warn};
use crate::checklist::{parse_checklist, validate};
use crate::document::{DocumentError, DocumentKind, parse_json};
use crate::fsutil::{MAX_FILE_BYTES, read_limited};
use crate::problem::Problem;
use crate::session::{check_session, parse_session};

pub(super) fn run(
    files: &[std::path::PathBuf],
    checklist: Option<&Path>,
) -> Result<ExitCode, Failure> {
    let mut all_valid = true;
    for path in files {
        let valid = match validate_file(path, checklist) {
            Ok(summary) => {
                print_line(&format!("{}: {summary}", path.display()))?;
                true
            }
            Err(lines) => {
                for line in lines {
                    warn(&format!("{}: {line}", path.display()));
                }
                false
            }
        };
        all_valid &= valid;
    }
    Ok(if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Validates one file: a summary line when usable (warnings printed), otherwise every problem.
fn validate_file(path: &Path, checklist: Option<&Path>) -> Result<String, Vec<String>> {
    let one = |e: DocumentError| vec![e.to_string()];
    let bytes = read_limited(path, MAX_FILE_BYTES).map_err(|e| one(e.into()))?;
    let value = parse_json(&bytes).map_err(one)?;
    match DocumentKind::of(&value) {
        Some(DocumentKind::Checklist) => {
            let checklist = parse_checklist(&bytes).map_err(|e| match e {
                DocumentError::Invalid(problems) => lines(&problems),
                other => vec![other.to_string()],
            })?;
            print_warnings(path, &validate(&checklist));
            Ok(format!(
                "valid checklist {:?} version {} ({} norms, {} items, {} focus areas)",
                checklist.id,
                checklist.version,
                checklist.norms.len(),
                checklist.items().count(),
                checklist.focus_areas.len()
            ))
        }
        Some(DocumentKind::Session) => {
            let session = parse_session(&bytes).map_err(|e| match e {
                DocumentError::Invalid(problems) => lines(&problems),
                other => vec![other.to_string()],
            })?;
            let checklist = super::resolve_checklist(&session, checklist).map_err(|e| vec![e])?;
            let problems = check_session(&session, &checklist);
            if problems.iter().any(Problem::is_error) {
                return Err(lines(&problems));
            }
            print_warnings(path, &problems);
            let answered = session
                .answers
                .iter()
                .filter(|(id, a)| a.is_answered() && checklist.item(id).is_some())
                .count();
            Ok(format!(
                "valid session for checklist {:?} ({answered} of {} items answered)",
                checklist.id,
                checklist.items().count()
            ))
        }
        None => Err(vec![
            "this is not a normcheck checklist or session file (its \"format\" field is missing or unknown)"
                .to_owned(),
        ]),
    }
}

fn lines(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

fn print_warnings(path: &Path, problems: &[Problem]) {
    super::print_warnings(path, problems);
}
