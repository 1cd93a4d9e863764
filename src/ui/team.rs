//! The coordinator's work in the app: hand out contributions per agency, merge them back
//! (one undo step), settle conflicts, and compare with an earlier assessment. The work itself
//! is [`crate::team`] and [`crate::scoring::compare`]; this file opens and writes the files.

use crate::ui::words::Worded;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::app::{AppState, Mode, Screen};
use super::document::OpenDocument;
use super::work::{Done, Merged};
use crate::checklist::Checklist;
use crate::files::protect::{PROTECTED_EXTENSION, Passphrase, Protection};
use crate::files::{Opened, PassphraseSource, open_with_known_checklists};
use crate::files::{WriteOptions, refuse_input_as_output, save_session_as};
use crate::format::printable;
use crate::scoring::compare::Comparison;
use crate::session::{Session, timestamp_now};
use crate::team::{file_slug, merge, split_by_owner};
use crate::ui_t;

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
        let comparison = crate::scoring::compare::compare(
            &earlier.checklist,
            &earlier.session,
            &doc.checklist,
            &doc.session,
        );
        let labels =
            crate::report::period_pair(&crate::ui::lang::current(), &earlier.session, &doc.session);
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

/// What reading files beside the open assessment needs of it, owned so that the reading can
/// run on another thread.
struct Beside {
    checklist: (PathBuf, Arc<Checklist>),
    passphrase: Option<Arc<Passphrase>>,
    /// The window's language, for the error (the file is read on a worker thread).
    tr: crate::i18n::Tr,
}

impl Beside {
    fn of(doc: &OpenDocument) -> Self {
        Beside {
            checklist: (
                doc.checklist_path.clone().unwrap_or_default(),
                doc.checklist.clone(),
            ),
            passphrase: match &doc.protection {
                Protection::Passphrase(p) => Some(p.clone()),
                Protection::Plain => None,
            },
            tr: crate::ui::lang::current(),
        }
    }

    /// Opens another assessment through the one door, with the open document's checklist and
    /// passphrase. The error is one sentence naming the file.
    fn open(&self, path: &Path) -> Result<Opened, String> {
        let known = [self.checklist.clone()];
        let mut source = SamePassphrase(self.passphrase.clone());
        open_with_known_checklists(path, &known, Some(&mut source)).map_err(|e| match e {
            crate::files::OpenError::PassphraseNeeded { .. }
            | crate::files::OpenError::WrongPassphrase { .. } => crate::t!(
                self.tr,
                "team-other-passphrase",
                file = printable::path(path)
            ),
            other => other.worded(),
        })
    }
}

impl AppState {
    /// Writes one contribution per responsible agency into `folder`, protected like the open
    /// assessment, in the background. Refuses to replace existing files.
    pub(super) fn prepare_contributions(&mut self, ctx: &egui::Context, folder: &Path) {
        let Some(doc) = &self.doc else { return };
        let parts = split_by_owner(&doc.checklist, &doc.session, timestamp_now());
        if parts.contributions.is_empty() {
            return self.show_error(&ui_t!("team-none-prepared"), ui_t!("team-none-assigned"));
        }
        let extension = if doc.protection.is_protected() {
            PROTECTED_EXTENSION
        } else {
            "json"
        };
        let planned: Vec<(PathBuf, Session)> = parts
            .contributions
            .into_iter()
            .map(|(agency, part)| {
                (
                    folder.join(format!("{}.{extension}", file_slug(&agency))),
                    part,
                )
            })
            .collect();
        let inputs = doc.input_files();
        if let Some((path, _)) = planned
            .iter()
            .find(|(path, _)| path.exists() || refuse_input_as_output(path, &inputs).is_err())
        {
            let exists = ui_t!("team-file-exists", file = printable::path(path));
            return self.show_error(&ui_t!("team-none-prepared"), exists);
        }
        let (checklist, protection) = (doc.checklist.clone(), doc.protection.clone());
        let unassigned = parts.unassigned.len();
        let folder = folder.to_path_buf();
        let what = ui_t!("team-preparing", count = planned.len());
        let tr = crate::ui::lang::current();
        self.start_work(ctx, what, false, move || {
            Done::Prepared(write_contributions(
                &tr,
                &planned,
                (&checklist, &protection),
                &folder,
                unassigned,
            ))
        });
    }

    /// Merges contribution files into the open assessment, in the background; the result is
    /// one undo step. Nothing changes when any file cannot be used.
    pub(super) fn merge_contributions(&mut self, ctx: &egui::Context, paths: Vec<PathBuf>) {
        let Some(doc) = &self.doc else { return };
        let beside = Beside::of(doc);
        let (checklist, session) = (doc.checklist.clone(), doc.session.clone());
        let what = ui_t!("team-merging", count = paths.len());
        self.start_work(ctx, what, true, move || {
            let mut contributions = Vec::new();
            for path in &paths {
                match beside.open(path) {
                    Ok(opened) => contributions.push((path.display().to_string(), opened.session)),
                    Err(e) => return Done::Merged(Box::new(Err(e))),
                }
            }
            let result = merge(&checklist, &session, &contributions, timestamp_now())
                .map(|outcome| Merged {
                    contributions: contributions.len(),
                    taken: outcome.taken,
                    conflicts: outcome.conflicts.len(),
                    session: outcome.session,
                })
                .map_err(|e| e.worded());
            Done::Merged(Box::new(result))
        });
    }

    /// A merge finished: applied as one undo step, or nothing changed.
    pub(super) fn merge_finished(&mut self, result: Result<Merged, String>) {
        let merged = match result {
            Ok(merged) => merged,
            Err(e) => return self.show_error(&ui_t!("team-nothing-merged"), e),
        };
        let label = ui_t!("team-merge-undo", count = merged.contributions);
        if let Some(doc) = &mut self.doc {
            doc.replace_session(&label, merged.session);
        }
        self.status = ui_t!(
            "team-merged",
            changes = merged.taken,
            count = merged.contributions,
            conflicts = merged.conflicts
        );
        if merged.conflicts > 0 {
            self.mode = Mode::Assess(Screen::Team);
        }
    }

    /// Reads the earlier assessment at `path` in the background, to compare the open one with.
    pub(super) fn compare_with(&mut self, ctx: &egui::Context, path: &Path) {
        let Some(doc) = &self.doc else { return };
        let beside = Beside::of(doc);
        let path = path.to_path_buf();
        let what = ui_t!(
            "status-opening",
            file = super::file_names::shown_name(&path)
        );
        self.start_work(ctx, what, true, move || {
            let result = beside.open(&path);
            Done::Compared(path, Box::new(result))
        });
    }

    /// The earlier assessment was read: the Progress screen shows the comparison.
    pub(super) fn compare_finished(&mut self, path: PathBuf, result: Result<Opened, String>) {
        let earlier = match result {
            Ok(opened) => opened,
            Err(e) => return self.show_error(&ui_t!("team-not-compared"), e),
        };
        self.views.comparison = Some(ComparisonView {
            path,
            earlier: Arc::new(crate::report::Earlier {
                checklist: earlier.checklist,
                session: earlier.session,
            }),
        });
        self.mode = Mode::Assess(Screen::Progress);
    }
}

/// Writes each planned contribution; the status line, or the error (naming what was written
/// before it).
fn write_contributions(
    tr: &crate::i18n::Tr,
    planned: &[(PathBuf, Session)],
    (checklist, protection): (&Checklist, &Protection),
    folder: &Path,
    unassigned: usize,
) -> Result<String, String> {
    for (written, (path, part)) in planned.iter().enumerate() {
        if let Err(e) = save_session_as(path, part, checklist, protection, WriteOptions::default())
        {
            let done = match written {
                0 => String::new(),
                n => crate::t!(tr, "team-written-before", count = n),
            };
            return Err(format!("{}{done}", crate::i18n::Said::said(&e, tr)));
        }
    }
    let unassigned = match unassigned {
        0 => String::new(),
        n => crate::t!(tr, "team-unassigned-stay", count = n),
    };
    let written = crate::t!(
        tr,
        "team-written",
        count = planned.len(),
        folder = folder.display().to_string()
    );
    Ok(format!("{written}{unassigned}"))
}
