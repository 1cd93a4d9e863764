//! `normcheck validate`: checks checklist and session files and reports every problem.

use super::language::tr;
use crate::t;
use std::path::Path;
use std::process::ExitCode;

use super::output::{Failure, print_line, warn};
use super::passphrase::CliPassphrase;
use crate::checklist::Checklist;
use crate::files::{DIFFERING_CHECKLIST, Inspected, OpenError, OpenOptions, Opened, inspect};
use crate::format::document::DocumentError;
use crate::format::problem::Problem;
use crate::format::remedy::Remedied;

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

/// Validates one file through the door: a summary line when usable (warnings printed),
/// otherwise every problem. A protected session is decrypted first.
fn validate_file(
    path: &Path,
    checklist: ChecklistChoice<'_>,
    passphrase: &mut CliPassphrase,
) -> Result<String, Vec<String>> {
    let options = OpenOptions {
        checklist: checklist.file,
        passphrase: Some(passphrase),
        use_checklist_file: checklist.use_file,
    };
    match inspect(path, options).map_err(|e| problem_lines(&e))? {
        Inspected::Checklist {
            checklist,
            spreadsheet,
            warnings,
        } => {
            print_warnings(path, &warnings);
            let summary = checklist_summary(&checklist);
            Ok(if spreadsheet {
                t!(tr(), "cli-valid-spreadsheet", summary = summary)
            } else {
                summary
            })
        }
        Inspected::Session(opened) => {
            let summary = session_summary(path, &opened);
            Ok(if opened.protection.is_protected() {
                t!(tr(), "cli-valid-protected", summary = summary)
            } else {
                summary
            })
        }
    }
}

/// Every problem of a file that did not pass, one line each, without the file name.
fn problem_lines(error: &OpenError) -> Vec<String> {
    match error {
        OpenError::Session(e) | OpenError::Checklist(e) => match &e.source {
            DocumentError::Invalid(problems) => lines(problems),
            other => vec![super::words::said(other)],
        },
        OpenError::Mismatch { problems, .. } | OpenError::EmbeddedChecklist { problems, .. } => {
            lines(problems)
        }
        other => vec![match other.remedy() {
            Some(remedy) => format!(
                "{}; {}",
                other.reason_in(tr()),
                super::words::hint(tr(), remedy)
            ),
            None => other.reason_in(tr()),
        }],
    }
}

/// The line saying a checklist is valid, with its size.
fn checklist_summary(checklist: &Checklist) -> String {
    t!(
        tr(),
        "cli-valid-checklist",
        id = checklist.id.clone(),
        version = checklist.version.clone(),
        norms = checklist.norms.len(),
        items = checklist.items().count(),
        areas = checklist.focus_areas.len()
    )
}

/// The line saying a session is valid (its warnings printed first).
fn session_summary(path: &Path, opened: &Opened) -> String {
    let checklist = &opened.checklist;
    if let Some(file) = &opened.differing_file {
        super::warn(&t!(
            tr(),
            "cli-differing-checklist",
            file = path.display().to_string(),
            checklist = file.display().to_string(),
            id = checklist.id.clone(),
            version = checklist.version.clone()
        ));
    }
    let warnings: Vec<Problem> = opened
        .warnings
        .iter()
        .filter(|p| p.path != DIFFERING_CHECKLIST)
        .cloned()
        .collect();
    print_warnings(path, &warnings);
    let answered = opened
        .session
        .answers
        .iter()
        .filter(|(id, a)| a.is_answered() && checklist.item(id).is_some())
        .count();
    t!(
        tr(),
        "cli-valid-session",
        id = checklist.id.clone(),
        answered = answered,
        items = checklist.items().count()
    )
}

fn lines(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(super::words::said).collect()
}

fn print_warnings(path: &Path, problems: &[Problem]) {
    super::print_warnings(path, problems);
}
