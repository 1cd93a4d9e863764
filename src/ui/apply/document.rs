//! The open assessment's life: a new one, another one in its place, closing — each asking
//! first when unsaved changes would be lost.

use std::path::PathBuf;
use std::sync::Arc;

use crate::checklist::builtin;
use crate::files::load_checklist;
use crate::session::{Session, timestamp_now};
use crate::ui::app::{AppState, Mode, Screen};
use crate::ui::document::OpenDocument;
use crate::ui::modal::{Guarded, Modal};
use crate::ui::words::Worded;
use crate::ui_t;

impl AppState {
    /// Runs `action` now if nothing unsaved would be lost, otherwise asks first.
    pub(crate) fn guarded(&mut self, ctx: &egui::Context, action: Guarded) {
        if self.doc.as_ref().is_some_and(|d| d.dirty) {
            self.modal = Some(Modal::Unsaved(action));
        } else {
            self.run_guarded(ctx, action);
        }
    }

    /// Carries out an action after the unsaved-changes question was answered (or not needed).
    pub(crate) fn run_guarded(&mut self, ctx: &egui::Context, action: Guarded) {
        match action {
            Guarded::New => {
                self.views.new_form = Default::default();
                self.mode = Mode::NewForm;
            }
            Guarded::Replace {
                doc,
                status,
                then_ask,
            } => {
                self.set_document(*doc);
                self.status = status;
                if let Some(choice) = then_ask {
                    self.modal = Some(Modal::ChecklistChoice(choice));
                }
            }
            Guarded::MoveToEdition { doc, status } => {
                self.set_document(*doc);
                self.status = status;
            }
            Guarded::Close => self.close_document(),
            Guarded::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// The unsaved-changes question (or the save it led to) was cancelled: nothing happens,
    /// and the status bar says so where it had announced something.
    pub(crate) fn guard_cancelled(&mut self, action: Guarded) {
        match action {
            Guarded::Replace { doc, .. } => {
                self.status = ui_t!("status-stays-closed", name = doc.display_name());
            }
            Guarded::MoveToEdition { .. } => {
                self.status = ui_t!("status-nothing-moved");
            }
            Guarded::New | Guarded::Close | Guarded::Quit => {}
        }
    }

    pub(super) fn create(&mut self, meta: crate::session::Meta, checklist_path: Option<PathBuf>) {
        let checklist = match &checklist_path {
            Some(path) => match load_checklist(path) {
                Ok(c) => Arc::new(c),
                Err(e) => return self.show_error(&ui_t!("error-checklist-unusable"), e.worded()),
            },
            None => match builtin() {
                Ok(c) => c,
                Err(e) => return self.show_error(&ui_t!("error-builtin-damaged"), e),
            },
        };
        let now = timestamp_now();
        let mut meta = meta;
        meta.created = Some(now);
        meta.updated = Some(now);
        let mut session = Session::new(&checklist, meta);
        session.carry_checklist(&checklist);
        let mut doc = OpenDocument::new(session, checklist, None);
        doc.checklist_path = checklist_path;
        doc.mark_unsaved();
        self.set_document(doc);
        self.status = ui_t!("status-created");
    }

    pub(crate) fn set_document(&mut self, doc: OpenDocument) {
        self.views.assess = Default::default();
        self.views.assess.select_first(&doc.checklist, &doc.session);
        // What belonged to the previous assessment goes with it.
        self.views.team = Default::default();
        self.views.comparison = None;
        self.doc = Some(doc);
        self.mode = Mode::Assess(Screen::Walkthrough);
        self.recovery.last = None;
    }

    fn close_document(&mut self) {
        self.doc = None;
        self.views.team = Default::default();
        self.views.comparison = None;
        self.mode = Mode::Start;
        self.recovery.found = self.recovery.store.leftovers();
    }
}
