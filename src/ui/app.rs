//! The app's state and frame loop: draws the current screen, then applies the queued actions.

use std::time::{Duration, Instant};

use egui::{Key, KeyboardShortcut, Modifiers};

use super::action::Action;
use super::dialogs::Dialogs;
use super::document::OpenDocument;
use super::opening::{ChecklistChoice, OpenRequest, PassphrasePrompt};
use super::protection::{ProtectionDialog, SaveOptions};
use super::recovery::{Autosaver, Found, RecoveryStore};
use super::screens;
use super::screens::assess::AssessView;
use super::screens::new_form::NewForm;

/// How often unsaved work is copied to the recovery file.
pub const AUTOSAVE_INTERVAL: Duration = Duration::from_secs(30);

/// How the app is set up.
pub struct AppConfig {
    /// Use native file dialogs (`false`: always type paths, as in tests).
    pub native_dialogs: bool,
    /// Where autosaved recovery copies go.
    pub recovery: RecoveryStore,
}

/// The screens of an open assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Answer the items norm by norm.
    Walkthrough,
    /// Scores, charts, gaps and what still needs attention.
    Dashboard,
    /// Who, what, when and how sensitive: the assessment's metadata.
    Details,
    /// Responsible agencies, contributions and merge conflicts.
    Team,
    /// What changed since an earlier assessment.
    Progress,
}

/// What the main area shows.
pub(super) enum Mode {
    Start,
    NewForm,
    Assess(Screen),
}

/// An action that would discard unsaved changes and so asks first.
pub(super) enum Guarded {
    /// Show the new-assessment form.
    New,
    /// Replace the open assessment with one already loaded and checked, then say `status`.
    Replace {
        /// The assessment to show.
        doc: Box<OpenDocument>,
        /// What the status bar says once it is shown ("Opened …").
        status: String,
    },
    /// Close the assessment.
    Close,
    /// Close the window.
    Quit,
}

/// A message shown in a dialog: what happened and what to do.
pub(super) struct ErrorMessage {
    pub title: String,
    pub detail: String,
}

/// Everything the app holds. Testable without a window: call [`AppState::ui`] each frame.
pub struct AppState {
    /// Recently opened or saved sessions, newest first.
    pub recent: Vec<super::Recent>,
    pub(super) doc: Option<OpenDocument>,
    pub(super) mode: Mode,
    pub(super) assess: AssessView,
    pub(super) new_form: NewForm,
    pub(super) details_form: NewForm,
    pub(super) dialogs: Dialogs,
    pub(super) recovery: RecoveryStore,
    pub(super) recovered: Vec<Found>,
    pub(super) error: Option<ErrorMessage>,
    pub(super) status: String,
    pub(super) guard: Option<Guarded>,
    pub(super) after_save: Option<Guarded>,
    pub(super) pending_open: Option<OpenRequest>,
    pub(super) passphrase_prompt: Option<PassphrasePrompt>,
    pub(super) checklist_choice: Option<ChecklistChoice>,
    pub(super) sheet_import: Option<super::sheets::PendingImport>,
    pub(super) save_options: Option<SaveOptions>,
    pub(super) save_protection: Option<crate::files::protect::Protection>,
    pub(super) protection_dialog: Option<ProtectionDialog>,
    /// A save or export waiting for the user to agree to replace a read-only file.
    pub(super) read_only_question: Option<super::read_only::ReadOnlyQuestion>,
    /// The read-only file the user agreed to replace, until the write that asked uses it.
    pub(super) replace_read_only: Option<std::path::PathBuf>,
    pub(super) autosaver: Autosaver,
    pub(super) team: super::team::TeamView,
    pub(super) comparison: Option<super::team::ComparisonView>,
    pub(super) export: super::export::Export,
    pub(super) actions: Vec<Action>,
    pub(super) last_autosave: Option<Instant>,
    pub(super) allow_close: bool,
    /// The regional view's window, while open.
    pub(super) regional: Option<super::regional::RegionalView>,
    /// View-menu choices, remembered between runs.
    pub preferences: super::Preferences,
    styled: bool,
    title: String,
}

impl AppState {
    /// A new app showing the start screen (with a recovery offer if unsaved work was left).
    pub fn new(config: AppConfig, recent: Vec<super::Recent>) -> Self {
        let recovered = config.recovery.leftovers();
        Self {
            recent,
            doc: None,
            mode: Mode::Start,
            assess: AssessView::default(),
            new_form: NewForm::default(),
            details_form: NewForm::default(),
            dialogs: Dialogs::new(config.native_dialogs),
            recovery: config.recovery,
            recovered,
            error: None,
            status: String::new(),
            guard: None,
            after_save: None,
            pending_open: None,
            passphrase_prompt: None,
            checklist_choice: None,
            sheet_import: None,
            save_options: None,
            save_protection: None,
            protection_dialog: None,
            read_only_question: None,
            replace_read_only: None,
            autosaver: Autosaver::default(),
            team: Default::default(),
            comparison: None,
            export: Default::default(),
            actions: Vec::new(),
            last_autosave: None,
            allow_close: false,
            regional: None,
            preferences: Default::default(),
            styled: false,
            title: String::new(),
        }
    }

    /// The open assessment, if any.
    pub fn document(&self) -> Option<&OpenDocument> {
        self.doc.as_ref()
    }

    /// The error message on screen, if any.
    pub fn error_text(&self) -> Option<String> {
        self.error
            .as_ref()
            .map(|e| format!("{}: {}", e.title, e.detail))
    }

    /// Shows an assessment that is already loaded (used by benchmarks and embedders).
    pub fn show_document(&mut self, doc: OpenDocument) {
        self.set_document(doc);
    }

    /// The line shown in the status bar.
    pub fn status(&self) -> &str {
        &self.status
    }

    /// Replaces the line in the status bar (the desktop shell uses it to name a software renderer).
    pub fn set_status(&mut self, text: impl Into<String>) {
        self.status = text.into();
    }

    /// Queues an action for the end of the next frame.
    pub fn push(&mut self, action: Action) {
        self.actions.push(action);
    }

    /// Draws one frame and applies what the user did in it.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.styled {
            super::theme::install(&ctx);
            self.styled = true;
        }
        super::theme::follow(&ctx, self.preferences.theme);
        self.dialogs.set_context(&ctx);
        self.global_shortcuts(&ctx);
        if let Some((purpose, paths)) = self.dialogs.poll() {
            self.files_chosen(&ctx, purpose, paths);
        }
        self.handle_close_request(&ctx);
        if let Some(result) = self.export.poll() {
            match result {
                Ok(done) => self.status = done.describe("Report"),
                Err(e) => self.show_error("The report could not be exported", e),
            }
        }

        self.assess.advance = self.preferences.advance_after_answer;
        // The walk-through's keys pause while the regional view is open: a digit typed there
        // must not answer the item selected underneath.
        self.assess.keys_blocked = self.modal_open() || self.regional.is_some();
        screens::chrome::top_bar(ui, self);
        screens::chrome::status_bar(ui, self);
        match self.mode {
            Mode::Start => screens::start::ui(ui, self),
            Mode::NewForm => {
                let mut actions = std::mem::take(&mut self.actions);
                screens::new_form::ui(ui, &mut self.new_form, &mut actions);
                self.actions = actions;
            }
            Mode::Assess(screen) => match &self.doc {
                Some(doc) => {
                    let mut actions = std::mem::take(&mut self.actions);
                    match screen {
                        Screen::Walkthrough => {
                            screens::assess::ui(ui, doc, &mut self.assess, &mut actions);
                        }
                        Screen::Dashboard => screens::dashboard::ui(ui, doc, &mut actions),
                        Screen::Details => screens::new_form::details_ui(
                            ui,
                            &mut self.details_form,
                            &doc.session.meta,
                            &mut actions,
                        ),
                        Screen::Team => {
                            screens::team::ui(ui, doc, &mut self.team, &mut actions);
                        }
                        Screen::Progress => {
                            screens::progress::ui(ui, doc, self.comparison.as_ref(), &mut actions)
                        }
                    }
                    self.actions = actions;
                }
                None => self.mode = Mode::Start,
            },
        }

        super::regional::window(&ctx, &mut self.regional);
        if let Some((purpose, paths)) = self.dialogs.typed_path_ui(&ctx) {
            self.files_chosen(&ctx, purpose, paths);
        }
        screens::prompts::guard_prompt(&ctx, self);
        screens::prompts::read_only_prompt(&ctx, self);
        screens::protection::passphrase_prompt(&ctx, self);
        screens::protection::save_options(&ctx, self);
        screens::protection::protection_dialog(&ctx, self);
        screens::checklist_choice::checklist_choice(&ctx, self);
        screens::sheet_import::sheet_import(&ctx, self);
        screens::prompts::error_dialog(&ctx, self);

        self.apply_actions(&ctx);
        if !self.dialogs.busy() && self.save_options.is_none() && self.read_only_question.is_none()
        {
            // What was to happen after a file was chosen lapses when the dialog is cancelled.
            if let Some(action) = self.after_save.take() {
                self.guard_cancelled(action);
            }
            if let Some(request) = self.pending_open.take() {
                self.status = format!(
                    "Nothing was opened: no checklist file was chosen for {}",
                    request.path.display()
                );
            }
            self.save_protection = None;
        }
        self.autosave(&ctx);
        self.update_title(&ctx);
    }

    fn global_shortcuts(&mut self, ctx: &egui::Context) {
        let shortcut = |m: Modifiers, k: Key| KeyboardShortcut::new(m, k);
        let (new, open, save_as, save) = ctx.input_mut(|i| {
            (
                i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::N)),
                i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::O)),
                // Ctrl+Shift+S first: consuming Ctrl+S first would also swallow it.
                i.consume_shortcut(&shortcut(Modifiers::COMMAND | Modifiers::SHIFT, Key::S)),
                i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::S)),
            )
        });
        // Undo and redo act on the assessment, never on a dialog's text field; Ctrl+Shift+Z
        // is consumed before Ctrl+Z for the same reason as Ctrl+Shift+S.
        if self.doc.is_some() && !self.modal_open() {
            let (redo_z, redo_y, undo) = ctx.input_mut(|i| {
                (
                    i.consume_shortcut(&shortcut(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z)),
                    i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::Y)),
                    i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::Z)),
                )
            });
            if redo_z || redo_y {
                self.push(Action::Redo);
            } else if undo {
                self.push(Action::Undo);
            }
        }
        if new {
            self.push(Action::NewAssessment);
        }
        if open {
            self.push(Action::Open);
        }
        if save_as && self.doc.is_some() {
            self.push(Action::SaveAs);
        } else if save && self.doc.is_some() {
            self.push(Action::Save);
        }
    }

    /// Whether a dialog (question, error, typed path) covers the screen: the screen below takes
    /// no keys or clicks meanwhile.
    pub(super) fn modal_open(&self) -> bool {
        self.guard.is_some()
            || self.error.is_some()
            || self.dialogs.typed.is_some()
            || self.checklist_choice.is_some()
            || self.sheet_import.is_some()
            || self.read_only_question.is_some()
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && !self.allow_close
            && self.doc.as_ref().is_some_and(|d| d.dirty)
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.guard = Some(Guarded::Quit);
        }
    }

    /// Copies unsaved work to the recovery file every [`AUTOSAVE_INTERVAL`] and when the
    /// window loses focus, on a worker thread (a protected copy takes a second to encrypt).
    fn autosave(&mut self, ctx: &egui::Context) {
        if let Some(result) = self.autosaver.poll() {
            match result {
                // Saved or closed meanwhile: the copy just written is not needed.
                Ok(()) if !self.doc.as_ref().is_some_and(|d| d.dirty) => self.recovery.clear(),
                Ok(()) => {}
                Err(e) => {
                    self.status = format!("Autosave failed: {e}");
                    crate::format::printable::warn(&format!("normcheck: autosave failed: {e}"));
                }
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
        let due = self
            .last_autosave
            .is_none_or(|t| t.elapsed() >= AUTOSAVE_INTERVAL);
        if (due || focus_lost) && !self.autosaver.busy() {
            // Try again at the next interval, not every frame, whatever the outcome.
            self.last_autosave = Some(Instant::now());
            let snapshot = doc.snapshot();
            if snapshot.protection.is_protected() {
                let ctx = ctx.clone();
                self.autosaver
                    .start(&self.recovery, snapshot, move || ctx.request_repaint());
            } else if let Err(e) = self.recovery.write_snapshot(&snapshot) {
                self.status = format!("Autosave failed: {e}");
                crate::format::printable::warn(&format!("normcheck: autosave failed: {e}"));
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

    /// Remembers a file at the top of the recent list (its title follows via the window
    /// title).
    pub(super) fn remember(&mut self, path: &std::path::Path) {
        super::recent::remember(&mut self.recent, path);
        self.title.clear();
    }

    /// Called when the app closes: a clean exit leaves no recovery file behind.
    pub fn on_exit(&mut self) {
        if !self.doc.as_ref().is_some_and(|d| d.dirty) {
            self.recovery.clear();
        }
    }
}
