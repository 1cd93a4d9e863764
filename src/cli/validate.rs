//! `normcheck validate`: checks checklist and session files and reports every problem.

use std::path::Path;
use std::process::ExitCode;

use super::output::{Failure, print_line, warn};
use super::passphrase::CliPassphrase;
use crate::checklist::{
    Checklist, checklist_from_value, checklist_from_workbook, is_workbook, validate,
};
use crate::document::{DocumentError, DocumentKind, parse_json};
use crate::fsutil::{MAX_FILE_BYTES, read_limited};
use crate::problem::Problem;
use crate::protect::is_protected;
use crate::session::{
    OpenError, Session, check_session, decode_session, resolve_checklist_with, session_from_value,
};

pub(super) fn run(
    files: &[std::path::PathBuf],
    checklist: Option<&Path>,
    use_checklist_file: bool,
    passphrase_file: Option<&Path>,
) -> Result<ExitCode, Failure> {
    let mut all_valid = true;
    let mut passphrase = CliPassphrase::new(passphrase_file);
    let checklist = ChecklistChoice {
        file: checklist,
        use_file: use_checklist_file,
    };
    for path in files {
        let valid = match validate_file(path, checklist, &mut passphrase) {
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

/// The checklist file given for sessions, and whether it wins over a differing saved copy.
#[derive(Clone, Copy)]
struct ChecklistChoice<'a> {
    file: Option<&'a Path>,
    use_file: bool,
}

/// Validates one file: a summary line when usable (warnings printed), otherwise every problem.
/// The file is read and parsed once; a protected session is decrypted first.
fn validate_file(
    path: &Path,
    checklist: ChecklistChoice<'_>,
    passphrase: &mut CliPassphrase,
) -> Result<String, Vec<String>> {
    let one = |e: DocumentError| vec![e.to_string()];
    let every = |e: DocumentError| match e {
        DocumentError::Invalid(problems) => lines(&problems),
        other => vec![other.to_string()],
    };
    let bytes = read_limited(path, MAX_FILE_BYTES).map_err(|e| one(e.into()))?;
    if is_protected(&bytes) {
        let decoded = decode_session(&bytes, path, Some(passphrase)).map_err(|e| match e {
            OpenError::Session(e) => every(e.source),
            other => vec![other.reason()],
        })?;
        return validate_session(path, &decoded.session, checklist)
            .map(|summary| format!("protected {summary}"));
    }
    if is_workbook(&bytes) {
        let checklist = checklist_from_workbook(&bytes).map_err(every)?;
        print_warnings(path, &validate(&checklist));
        return Ok(format!("{} (spreadsheet)", checklist_summary(&checklist)));
    }
    let value = parse_json(&bytes).map_err(one)?;
    match DocumentKind::of(&value) {
        Some(DocumentKind::Checklist) => {
            let checklist = checklist_from_value(value).map_err(every)?;
            print_warnings(path, &validate(&checklist));
            Ok(checklist_summary(&checklist))
        }
        Some(DocumentKind::Session) => {
            let session = session_from_value(value).map_err(every)?;
            validate_session(path, &session, checklist)
        }
        None => Err(vec![
            "this is not a normcheck checklist or session file (its \"format\" field is missing or unknown)"
                .to_owned(),
        ]),
    }
}

/// The line saying a checklist is valid, with its size.
fn checklist_summary(checklist: &Checklist) -> String {
    format!(
        "valid checklist {:?} version {} ({} norms, {} items, {} focus areas)",
        checklist.id,
        checklist.version,
        checklist.norms.len(),
        checklist.items().count(),
        checklist.focus_areas.len()
    )
}

/// Checks a session against its checklist; the summary line, or every problem.
fn validate_session(
    path: &Path,
    session: &Session,
    choice: ChecklistChoice<'_>,
) -> Result<String, Vec<String>> {
    let resolved = resolve_checklist_with(path, session, choice.file, choice.use_file).map_err(
        |e| match e {
            OpenError::EmbeddedChecklist { problems, .. } => lines(&problems),
            other => vec![other.reason()],
        },
    )?;
    let checklist = resolved.checklist;
    let problems = check_session(session, &checklist);
    if problems.iter().any(Problem::is_error) {
        return Err(lines(&problems));
    }
    if let Some(file) = &resolved.differing_file {
        super::warn(&format!(
            "{}: warning: the checklist file {} differs from the copy of checklist {:?} version {} saved in the session; checked against the saved copy (add --use-checklist-file to check against the file)",
            path.display(),
            file.display(),
            checklist.id,
            checklist.version
        ));
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

fn lines(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

fn print_warnings(path: &Path, problems: &[Problem]) {
    super::print_warnings(path, problems);
}
