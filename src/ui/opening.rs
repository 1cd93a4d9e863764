//! Opening assessments in the app through the one door ([`open_assessment`]) and recovering
//! autosaved work, answering the door's typed errors: ask for the checklist file, ask for the
//! passphrase (again when it was wrong), or explain why not and keep the open work.

use crate::ui::words::Worded;
use std::path::{Path, PathBuf};

use super::app::AppState;
use super::dialogs::Request;
use super::document::OpenDocument;
use super::file_names;
use super::modal::{Guarded, Modal};
use super::recovery::Leftover;
use super::work::Done;
use crate::files::protect::Passphrase;
use crate::files::recovery::Recovered;
use crate::files::{OpenError, OpenOptions, Opened, PassphraseSource, open_assessment};
use crate::ui_t;

/// A session file to open, with what is known so far about how to open it.
#[derive(Clone)]
pub(crate) struct OpenRequest {
    /// The session file.
    pub path: PathBuf,
    /// The checklist file chosen for it, when it is not built in.
    pub checklist: Option<PathBuf>,
    /// The passphrase typed for it, when it is protected.
    pub passphrase: Option<Passphrase>,
    /// Read it with `checklist` even where it carries a differing copy of that checklist.
    pub use_checklist_file: bool,
}

/// The question asked when a checklist file given for an assessment differs from the copy
/// saved in it: the assessment is open with the saved copy; the file can be used instead.
pub(crate) struct ChecklistChoice {
    /// How the assessment was opened, to open it again with the file.
    pub request: OpenRequest,
    /// The checklist file that differs.
    pub file: PathBuf,
}

/// What a passphrase is asked for.
pub(super) enum PassphraseFor {
    /// To open a session file.
    Open(OpenRequest),
    /// To recover a protected autosaved copy.
    Recover(PathBuf),
}

/// The passphrase prompt's state.
pub(super) struct PassphrasePrompt {
    /// What the passphrase opens.
    pub purpose: PassphraseFor,
    /// Typed so far (wiped when the prompt closes).
    pub text: String,
    /// Show the passphrase as typed.
    pub show: bool,
    /// The last passphrase did not open the file.
    pub wrong: bool,
}

impl Drop for PassphrasePrompt {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.text);
    }
}

/// A passphrase already typed, handed to the door.
struct Known(Option<Passphrase>);

impl PassphraseSource for Known {
    fn passphrase(&mut self, _path: &Path) -> Result<Option<Passphrase>, String> {
        Ok(self.0.clone())
    }
}

impl AppState {
    /// Opens a session file; on any problem shows why and keeps the current work as it is.
    /// The file is read and checked before anything is asked about unsaved changes.
    pub(super) fn open(&mut self, ctx: &egui::Context, path: &Path) {
        self.open_with(ctx, path, None);
    }

    /// Opens a session file with a checklist file (`normcheck --checklist FILE SESSION`).
    pub(super) fn open_with(
        &mut self,
        ctx: &egui::Context,
        path: &Path,
        checklist: Option<PathBuf>,
    ) {
        self.try_open(
            ctx,
            OpenRequest {
                path: path.to_path_buf(),
                checklist,
                passphrase: None,
                use_checklist_file: false,
            },
        );
    }

    /// Reads and checks `request`'s file in the background (decrypting a protected one takes
    /// a second); [`Self::open_finished`] carries on.
    pub(super) fn try_open(&mut self, ctx: &egui::Context, request: OpenRequest) {
        let what = ui_t!(
            "status-opening",
            file = file_names::shown_name(&request.path)
        );
        self.start_work(ctx, what, true, move || {
            let mut known = Known(request.passphrase.clone());
            let options = OpenOptions {
                checklist: request.checklist.as_deref(),
                passphrase: Some(&mut known),
                use_checklist_file: request.use_checklist_file,
            };
            let result = open_assessment(&request.path, options);
            Done::Opened(request, Box::new(result))
        });
    }

    /// The file was read: show it, or ask for what is missing and try again from there.
    pub(super) fn open_finished(
        &mut self,
        ctx: &egui::Context,
        request: OpenRequest,
        result: Result<Opened, OpenError>,
    ) {
        match result {
            Ok(opened) => self.opened(ctx, request, opened),
            Err(OpenError::PassphraseNeeded { .. }) => {
                self.ask_passphrase(PassphraseFor::Open(request), false);
            }
            Err(OpenError::WrongPassphrase { .. }) => {
                self.ask_passphrase(PassphraseFor::Open(request), true);
            }
            Err(OpenError::ChecklistNotBuiltIn { id, .. }) if request.checklist.is_none() => {
                // Not made with the built-in checklist and no copy saved in it (an older
                // file): ask for the checklist's file, then open.
                self.status = ui_t!(
                    "status-checklist-needed",
                    file = request.path.display().to_string(),
                    id = id.clone()
                );
                self.dialogs
                    .request(Request::OpenChecklist(Some(request)), "");
            }
            Err(e) => self.show_error(&ui_t!("error-not-opened"), e.worded()),
        }
    }

    fn opened(&mut self, ctx: &egui::Context, request: OpenRequest, opened: Opened) {
        let path = request.path.as_path();
        for warning in &opened.warnings {
            crate::format::printable::warn(&format!("normcheck: {}: {warning}", path.display()));
        }
        let notes = opened
            .warnings
            .iter()
            .filter(|w| w.path != crate::files::DIFFERING_CHECKLIST)
            .count();
        let mut doc = OpenDocument::new(opened.session, opened.checklist, Some(path.to_path_buf()));
        doc.checklist_path = opened.checklist_path;
        doc.protection = opened.protection;
        if opened.checklist_copied {
            // The file on disk does not hold the checklist yet: saving writes it.
            doc.mark_unsaved();
        }
        self.remember(path);
        let file = path.display().to_string();
        let mut status = match notes {
            0 => ui_t!("status-opened", file = file),
            n => ui_t!("status-opened-notes", file = file, count = n),
        };
        if opened.checklist_copied {
            status.push_str(&ui_t!("status-checklist-kept"));
        }
        let then_ask = opened
            .differing_file
            .map(|file| ChecklistChoice { request, file });
        let doc = Box::new(doc);
        self.guarded(
            ctx,
            Guarded::Replace {
                doc,
                status,
                then_ask,
            },
        );
    }

    fn ask_passphrase(&mut self, purpose: PassphraseFor, wrong: bool) {
        self.modal = Some(Modal::Passphrase(PassphrasePrompt {
            purpose,
            text: String::new(),
            show: false,
            wrong,
        }));
    }

    /// The passphrase prompt was answered.
    pub(super) fn passphrase_entered(&mut self, ctx: &egui::Context, mut prompt: PassphrasePrompt) {
        let passphrase = Passphrase::from(std::mem::take(&mut prompt.text));
        match std::mem::replace(&mut prompt.purpose, PassphraseFor::Recover(PathBuf::new())) {
            PassphraseFor::Open(mut request) => {
                request.passphrase = Some(passphrase);
                self.try_open(ctx, request);
            }
            PassphraseFor::Recover(path) => self.recover(ctx, &path, Some(passphrase)),
        }
    }

    /// Restores a leftover recovery file: a plain one was read and checked at start; a
    /// protected one is decrypted and checked in the background once its passphrase is given.
    pub(super) fn recover(
        &mut self,
        ctx: &egui::Context,
        path: &Path,
        passphrase: Option<Passphrase>,
    ) {
        let Some((_, found)) = self.recovery.found.iter().find(|(p, _)| p == path) else {
            return;
        };
        let result = match (found, passphrase) {
            (Ok(Leftover::Readable(found)), _) => Ok((**found).clone()),
            (Ok(Leftover::Protected { .. }), None) => {
                return self.ask_passphrase(PassphraseFor::Recover(path.to_path_buf()), false);
            }
            (Ok(Leftover::Protected { .. }), Some(passphrase)) => {
                let (store, path) = (self.recovery.store.clone(), path.to_path_buf());
                let what = ui_t!("status-opening-autosaved");
                return self.start_work(ctx, what, true, move || {
                    let result = store.read_protected(&path, &passphrase);
                    Done::Recovered(path, Box::new(result))
                });
            }
            (Err(problem), _) => {
                return self.show_error(&crate::ui_t!("error-not-recovered"), problem.worded());
            }
        };
        self.recover_finished(ctx, path, result);
    }

    /// A recovery copy was read and checked: restore it. Its content is first written to this
    /// app's own recovery file; only then is the leftover removed, so a crash in between loses
    /// nothing.
    pub(super) fn recover_finished(
        &mut self,
        ctx: &egui::Context,
        path: &Path,
        result: Result<Recovered, OpenError>,
    ) {
        let found = match result {
            Ok(found) => found,
            Err(OpenError::WrongPassphrase { .. }) => {
                return self.ask_passphrase(PassphraseFor::Recover(path.to_path_buf()), true);
            }
            Err(e) => return self.show_error(&crate::ui_t!("error-not-recovered"), e.worded()),
        };
        let opened = found.opened;
        let notes = opened.warnings.len();
        let mut doc = OpenDocument::new(opened.session, opened.checklist, found.original_path);
        doc.checklist_path = opened.checklist_path;
        doc.protection = opened.protection;
        doc.mark_unsaved();
        if self.recovery.store.write_snapshot(&doc.snapshot()).is_ok() {
            self.recovery.store.remove(path);
            self.recovery.found.retain(|(p, _)| p != path);
        }
        let status = match notes {
            0 => ui_t!("status-recovered"),
            n => ui_t!("status-recovered-notes", count = n),
        };
        let doc = Box::new(doc);
        let then_ask = None;
        self.guarded(
            ctx,
            Guarded::Replace {
                doc,
                status,
                then_ask,
            },
        );
    }
}
