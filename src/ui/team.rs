//! The coordinator's work in the app: hand out contributions per agency, merge them back
//! (one undo step), settle conflicts, and compare with an earlier assessment. The work itself
//! is [`crate::team`] and [`crate::compare`]; this file opens and writes the files.

use crate::ui::words::Worded;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::app::{AppState, Mode, Screen};
use super::document::OpenDocument;
use crate::compare::Comparison;
use crate::files::protect::{PROTECTED_EXTENSION, Passphrase, Protection};
use crate::files::{Opened, PassphraseSource, open_with_known_checklists};
use crate::files::{WriteOptions, refuse_input_as_output, save_session_as};
use crate::format::printable;
use crate::session::{Session, timestamp_now};
use crate::team::{file_slug, merge, split_by_owner};

/// What the Team screen remembers between frames.
#[derive(Default)]
pub struct TeamView {
    /// Items ticked for assignment.
    pub selected: BTreeSet<String>,
    /// The agency typed for the ticked items.
    pub agency: String,
    /// A value the coordinator writes for a conflict, by "item/field".
    pub written: std::collections::BTreeMap<String, String>,
}

/// The earlier assessment the open one is compared with. The comparison itself is worked out
/// as it is shown, so it follows every edit.
pub struct ComparisonView {
    /// The earlier assessment's file.
    pub path: PathBuf,
    /// Its checklist and answers (also handed to the report, which then shows the progress).
    pub earlier: Arc<crate::report::Earlier>,
}

impl ComparisonView {
    /// The deltas and changed items (earlier → `doc`), and how the two are labelled.
    pub fn compare(&self, doc: &OpenDocument) -> (Comparison, (String, String)) {
        let earlier = &self.earlier;
        let comparison = crate::compare::compare(
            &earlier.checklist,
            &earlier.session,
            &doc.checklist,
            &doc.session,
        );
        let labels = crate::report::period_pair(&earlier.session, &doc.session);
        (comparison, labels)
    }
}

/// Offers the open assessment's passphrase for the files it reads: contributions prepared from
/// a protected assessment carry the same one.
struct SamePassphrase(Option<Arc<Passphrase>>);

impl PassphraseSource for SamePassphrase {
    fn passphrase(&mut self, _path: &Path) -> Result<Option<Passphrase>, String> {
        use age::secrecy::ExposeSecret;
        Ok(self
            .0
            .take()
            .map(|p| Passphrase::from(p.expose_secret().to_owned())))
    }
}

/// Opens another assessment through the one door, with the open document's checklist and
/// passphrase. The error is one sentence naming the file.
fn open_beside(doc: &OpenDocument, path: &Path) -> Result<Opened, String> {
    let known = [(
        doc.checklist_path.clone().unwrap_or_default(),
        doc.checklist.clone(),
    )];
    let passphrase = match &doc.protection {
        Protection::Passphrase(p) => Some(p.clone()),
        Protection::Plain => None,
    };
    let mut source = SamePassphrase(passphrase);
    open_with_known_checklists(path, &known, Some(&mut source)).map_err(|e| match e {
        crate::files::OpenError::PassphraseNeeded { .. }
        | crate::files::OpenError::WrongPassphrase { .. } => format!(
            "{} is protected with a passphrase other than this assessment's. Merge or compare it on the command line (normcheck merge / compare --passphrase-file FILE).",
            printable::path(path)
        ),
        other => other.worded(),
    })
}

impl AppState {
    /// Writes one contribution per responsible agency into `folder`, protected like the open
    /// assessment. Refuses to replace existing files.
    pub(super) fn prepare_contributions(&mut self, folder: &Path) {
        let Some(doc) = &self.doc else { return };
        let parts = split_by_owner(&doc.checklist, &doc.session, timestamp_now());
        if parts.contributions.is_empty() {
            return self.show_error(
                "No contributions were prepared",
                "No item has a responsible agency yet. Assign agencies on the Team screen first."
                    .to_owned(),
            );
        }
        let extension = if doc.protection.is_protected() {
            PROTECTED_EXTENSION
        } else {
            "json"
        };
        let planned: Vec<(PathBuf, &Session)> = parts
            .contributions
            .iter()
            .map(|(agency, part)| {
                (
                    folder.join(format!("{}.{extension}", file_slug(agency))),
                    part,
                )
            })
            .collect();
        let inputs = doc.input_files();
        for (path, _) in &planned {
            if path.exists() || refuse_input_as_output(path, &inputs).is_err() {
                return self.show_error(
                    "No contributions were prepared",
                    format!(
                        "{} already exists. Choose an empty folder, so that no earlier contribution is overwritten.",
                        printable::path(path)
                    ),
                );
            }
        }
        let mut written = Vec::new();
        for (path, part) in &planned {
            let result = save_session_as(
                path,
                part,
                &doc.checklist,
                &doc.protection,
                WriteOptions::default(),
            )
            .map_err(|e| e.to_string());
            if let Err(e) = result {
                let done = if written.is_empty() {
                    String::new()
                } else {
                    format!(" ({} file(s) were written before it)", written.len())
                };
                return self.show_error(
                    "Not all contributions were prepared",
                    format!("{}: {e}{done}", printable::path(path)),
                );
            }
            written.push(path.clone());
        }
        let unassigned = match parts.unassigned.len() {
            0 => String::new(),
            n => format!("; {n} item(s) without an agency stay with you"),
        };
        self.status = format!(
            "{} contribution file(s) written to {}{unassigned}",
            written.len(),
            folder.display()
        );
    }

    /// Merges contribution files into the open assessment as one undo step. Nothing changes
    /// when any file cannot be used.
    pub(super) fn merge_contributions(&mut self, paths: &[PathBuf]) {
        let Some(doc) = &self.doc else { return };
        let mut contributions = Vec::new();
        for path in paths {
            match open_beside(doc, path) {
                Ok(opened) => contributions.push((path.display().to_string(), opened.session)),
                Err(e) => return self.show_error("Nothing was merged", e),
            }
        }
        let outcome = match merge(
            &doc.checklist,
            &doc.session,
            &contributions,
            timestamp_now(),
        ) {
            Ok(outcome) => outcome,
            Err(e) => return self.show_error("Nothing was merged", e.worded()),
        };
        let conflicts = outcome.conflicts.len();
        let label = format!("merge of {} contribution(s)", contributions.len());
        if let Some(doc) = &mut self.doc {
            doc.replace_session(&label, outcome.session);
        }
        self.status = format!(
            "Merged {} change(s) from {} contribution(s); {conflicts} conflict(s) to settle",
            outcome.taken,
            contributions.len()
        );
        if conflicts > 0 {
            self.mode = Mode::Assess(Screen::Team);
        }
    }

    /// Compares the open assessment with the earlier one at `path` and shows the result.
    pub(super) fn compare_with(&mut self, path: &Path) {
        let Some(doc) = &self.doc else { return };
        let earlier = match open_beside(doc, path) {
            Ok(opened) => opened,
            Err(e) => return self.show_error("The assessments could not be compared", e),
        };
        self.comparison = Some(ComparisonView {
            path: path.to_path_buf(),
            earlier: Arc::new(crate::report::Earlier {
                checklist: earlier.checklist,
                session: earlier.session,
            }),
        });
        self.mode = Mode::Assess(Screen::Progress);
    }
}
