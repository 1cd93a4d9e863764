//! One frame: collect what finished in the background, draw the screen and the dialog covering
//! it, then apply the actions the frame queued, autosave and keep the title current.

use std::time::Instant;

use crate::ui::shortcuts::{self, Command};

use super::action::Action;
use super::app::{AUTOSAVE_INTERVAL, AppState, Mode, Screen};
use super::dialogs::Chosen;
use super::document::OpenDocument;
use super::modal::{Guarded, Modal};
use super::screens;

impl AppState {
    /// Draws one frame and applies what the user did in it.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.styled {
            super::theme::install(&ctx);
            self.styled = true;
        }
        super::theme::follow(&ctx, self.preferences.theme);
        super::lang::follow(self.preferences.language.as_deref());
        if let Some(doc) = &mut self.doc {
            doc.localize(&super::lang::current());
        }
        self.dialogs.set_context(&ctx);
        self.collect(&ctx);
        self.global_shortcuts(&ctx);
        self.handle_close_request(&ctx);
        self.focus.update(&ctx, self.modal_open());
        self.draw(ui);
        self.side_windows(&ctx);
        if let Some(chosen) = self.dialogs.typed_path_ui(&ctx) {
            self.chosen(&ctx, chosen);
        }
        if let Some(answer) = screens::modals::show(&ctx, &mut self.modal, self.doc.as_ref()) {
            self.push(Action::Answer(answer));
        }
        super::focus::end_frame(&ctx);
        self.apply_actions(&ctx);
        self.autosave(&ctx);
        self.update_title(&ctx);
    }

    /// The regional view and Help, beside the work: each takes focus when it opens and gives
    /// it back when it closes; Escape closes Help (the regional view would lose what was typed).
    fn side_windows(&mut self, ctx: &egui::Context) {
        let shown = super::regional::window(ctx, &mut self.regional);
        self.focus_windows.regional.after(ctx, shown);
        if self.focus_windows.help.escape_pressed(ctx) && !self.modal_open() {
            self.help = None;
        }
        let mut asked = Vec::new();
        let shown = super::help_window::window(ctx, &mut self.help, &mut asked);
        self.focus_windows.help.after(ctx, shown);
        self.actions.extend(asked);
    }

    /// What finished since the last frame: a file dialog, the report export, background work.
    fn collect(&mut self, ctx: &egui::Context) {
        if let Some(chosen) = self.dialogs.poll() {
            self.chosen(ctx, chosen);
        }
        if let Some(result) = self.export.poll() {
            match result {
                Ok(done) => self.status = done.describe(false),
                Err(e) => self.show_error(&crate::ui_t!("export-failed"), e),
            }
        }
        self.poll_work(ctx);
    }

    /// The menu and status bars, then the current screen.
    fn draw(&mut self, ui: &mut egui::Ui) {
        let mut actions = std::mem::take(&mut self.actions);
        let views = &mut self.views;
        views.assess.advance = self.preferences.advance_after_answer;
        // The walk-through's keys pause while a dialog or the regional view is open: a digit
        // typed there must not answer the item selected underneath.
        views.assess.keys_blocked =
            self.modal.is_some() || self.dialogs.typed.is_some() || self.regional.is_some();
        let bars = screens::chrome::Bars {
            doc: self.doc.as_ref(),
            mode: self.mode,
            status: &self.status,
            exporting: self.export.running(),
            working: self
                .modal
                .as_ref()
                .is_some_and(|m| matches!(m, Modal::Working(_))),
        };
        screens::chrome::top_bar(ui, &bars, &mut self.preferences, &mut actions);
        screens::chrome::status_bar(ui, &bars);
        match (self.mode, &self.doc) {
            (Mode::Start, _) => {
                screens::start::ui(ui, &self.recent, &self.recovery.found, &mut actions);
            }
            (Mode::NewForm, _) => screens::new_form::ui(ui, &mut views.new_form, &mut actions),
            (Mode::Assess(screen), Some(doc)) => draw_screen(ui, screen, doc, views, &mut actions),
            (Mode::Assess(_), None) => self.mode = Mode::Start,
        }
        self.actions = actions;
    }

    fn global_shortcuts(&mut self, ctx: &egui::Context) {
        let (new, open, save_as, save, help) = ctx.input_mut(|i| {
            (
                shortcuts::consume(i, Command::New),
                shortcuts::consume(i, Command::Open),
                // Ctrl+Shift+S first: consuming Ctrl+S first would also swallow it.
                shortcuts::consume(i, Command::SaveAs),
                shortcuts::consume(i, Command::Save),
                shortcuts::consume(i, Command::Help),
            )
        });
        if help {
            self.push(Action::HelpForScreen);
        }
        let zoom = ctx.input_mut(|i| {
            [Command::ZoomIn, Command::ZoomOut, Command::ZoomReset]
                .into_iter()
                .find(|c| shortcuts::consume(i, *c))
        });
        if let Some(command) = zoom {
            super::zoom::zoom_by(ctx, command);
        }
        // Undo and redo act on the assessment, never on a dialog's text field; Ctrl+Shift+Z
        // is consumed before Ctrl+Z for the same reason as Ctrl+Shift+S.
        if self.doc.is_some() && !self.modal_open() {
            let (redo, undo) = ctx.input_mut(|i| {
                (
                    shortcuts::consume(i, Command::Redo),
                    shortcuts::consume(i, Command::Undo),
                )
            });
            if redo {
                self.push(Action::Redo);
            } else if undo {
                self.push(Action::Undo);
            }
        }
        // File shortcuts wait while work runs (a second save must not start meanwhile).
        if self.working() {
            return;
        }
        let has_doc = self.doc.is_some();
        let wanted = [
            (new, Action::NewAssessment),
            (open, Action::Open),
            (save_as && has_doc, Action::SaveAs),
            (save && !save_as && has_doc, Action::Save),
        ];
        for (pressed, action) in wanted {
            if pressed {
                self.push(action);
            }
        }
    }

    /// Closing the window asks about unsaved changes first, and waits for running work.
    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.allow_close {
            return;
        }
        if self.working() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.close_when_idle = true;
            self.status = crate::ui_t!("status-closing-when-done");
        } else if self.doc.as_ref().is_some_and(|d| d.dirty) {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modal = Some(Modal::Unsaved(Guarded::Quit));
        }
    }

    /// Copies unsaved work to the recovery file every [`AUTOSAVE_INTERVAL`] and when the
    /// window loses focus, on a worker thread (a protected copy takes a second to encrypt).
    fn autosave(&mut self, ctx: &egui::Context) {
        let recovery = &mut self.recovery;
        if let Some(result) = recovery.autosaver.poll() {
            match result {
                // Saved or closed meanwhile: the copy just written is not needed.
                Ok(()) if !self.doc.as_ref().is_some_and(|d| d.dirty) => recovery.store.clear(),
                Ok(()) => {}
                Err(e) => autosave_failed(&mut self.status, &e),
            }
        }
        let Some(doc) = &self.doc else { return };
        if !doc.dirty {
            return;
        }
        let focus_lost = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(false)))
        });
        let due = recovery
            .last
            .is_none_or(|t| t.elapsed() >= AUTOSAVE_INTERVAL);
        if (due || focus_lost) && !recovery.autosaver.busy() {
            // Try again at the next interval, not every frame, whatever the outcome.
            recovery.last = Some(Instant::now());
            let snapshot = doc.snapshot();
            if snapshot.protection.is_protected() {
                recovery.autosaver.start(ctx, &recovery.store, snapshot);
            } else if let Err(e) = recovery.store.write_snapshot(&snapshot) {
                autosave_failed(&mut self.status, &e);
            }
        }
        ctx.request_repaint_after(AUTOSAVE_INTERVAL);
    }

    /// Keeps the window title, and the title in the recent list, up to date.
    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self
            .doc
            .as_ref()
            .map_or_else(|| "normcheck".to_owned(), OpenDocument::window_title);
        // Screen readers announce the window by its title (the tree is made anew every frame).
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |root| {
            root.set_label(title.clone());
        });
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
            if let Some(doc) = &self.doc
                && let Some(path) = &doc.path
            {
                let name = doc.assessment_name();
                super::recent::set_title(&mut self.recent, path, name.as_deref());
            }
        }
    }

    /// A file dialog or typed-path prompt ended: carry on with the files, or let what was
    /// waiting for them lapse.
    pub(super) fn chosen(&mut self, ctx: &egui::Context, chosen: Chosen) {
        match chosen {
            Chosen::Files(request, paths) => self.files_chosen(ctx, request, paths),
            Chosen::Cancelled(request) => self.request_lapsed(request),
        }
    }
}

/// The open assessment's current screen.
fn draw_screen(
    ui: &mut egui::Ui,
    screen: Screen,
    doc: &OpenDocument,
    views: &mut super::app::Views,
    actions: &mut Vec<Action>,
) {
    match screen {
        Screen::Walkthrough => screens::assess::ui(ui, doc, &mut views.assess, actions),
        Screen::Dashboard => screens::dashboard::ui(ui, doc, actions),
        Screen::Details => {
            screens::new_form::details_ui(ui, &mut views.details, &doc.session.meta, actions);
        }
        Screen::Team => screens::team::ui(ui, doc, &mut views.team, actions),
        Screen::Progress => screens::progress::ui(ui, doc, views.comparison.as_ref(), actions),
    }
}

fn autosave_failed(status: &mut String, error: &crate::i18n::Message) {
    *status = crate::ui_t!(
        "status-autosave-failed",
        error = crate::ui::words::said(error)
    );
    crate::format::printable::warn(&format!("normcheck: autosave failed: {error}"));
}
