//! The app's state as data: the open assessment, what the main area shows, the one dialog
//! covering it, and the views' own state. The frame loop that draws and applies is in
//! `frame.rs`; what actions do is in `apply/`.

use std::time::{Duration, Instant};

use super::action::Action;
use super::dialogs::Dialogs;
use super::document::OpenDocument;
use super::export::Export;
use super::modal::Modal;
use super::recovery::{Autosaver, Found, RecoveryStore};
use super::regional::RegionalView;
use super::screens::assess::AssessView;
use super::screens::new_form::NewForm;
use super::team::{ComparisonView, TeamView};

/// How often unsaved work is copied to the recovery file.
pub const AUTOSAVE_INTERVAL: Duration = Duration::from_secs(30);

/// How the app is set up.
pub struct AppConfig {
    /// Use native file dialogs (`false`: always type paths, as in tests).
    pub native_dialogs: bool,
    /// Where autosaved recovery copies go.
    pub recovery: RecoveryStore,
    /// Run slow work (opening, saving, merging) on its own thread while the window stays
    /// alive (`false`: at once, within the frame, as in tests that need no threads).
    pub background_work: bool,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Start,
    NewForm,
    Assess(Screen),
}

/// What each screen remembers between frames.
#[derive(Default)]
pub(super) struct Views {
    /// The walk-through: selection, filters, half-typed text.
    pub assess: AssessView,
    /// The new-assessment form.
    pub new_form: NewForm,
    /// The Details screen's form.
    pub details: NewForm,
    /// The Team screen: ticked items, typed agency and values.
    pub team: TeamView,
    /// The earlier assessment the Progress screen compares with.
    pub comparison: Option<ComparisonView>,
}

/// Keyboard focus of the windows beside the work.
#[derive(Default)]
pub(super) struct WindowsFocus {
    /// The regional view's window.
    pub regional: super::focus::WindowFocus,
    /// The Help window.
    pub help: super::focus::WindowFocus,
}

/// Autosaved copies: where they go, the ones found at start, and the one being written.
pub(super) struct Recovery {
    /// The folder and this window's own copy.
    pub store: RecoveryStore,
    /// Copies left by earlier runs, offered on the start screen.
    pub found: Vec<Found>,
    /// A protected copy being encrypted on another thread.
    pub autosaver: Autosaver,
    /// When the last copy was written.
    pub last: Option<Instant>,
}

/// Everything the app holds. Testable without a window: call [`AppState::ui`] each frame.
pub struct AppState {
    /// Recently opened or saved sessions, newest first.
    pub recent: Vec<super::Recent>,
    /// View-menu choices, remembered between runs.
    pub preferences: super::Preferences,
    pub(super) doc: Option<OpenDocument>,
    pub(super) mode: Mode,
    pub(super) views: Views,
    /// The dialog or question covering the window, if any (at most one).
    pub(super) modal: Option<Modal>,
    pub(super) dialogs: Dialogs,
    /// Where keyboard focus returns once the dialog closes.
    pub(super) focus: super::focus::DialogFocus,
    /// The same for the windows beside the work.
    pub(super) focus_windows: WindowsFocus,
    pub(super) recovery: Recovery,
    pub(super) export: Export,
    /// The regional view's window, while open.
    pub(super) regional: Option<RegionalView>,
    /// The Help window's topic, while open.
    pub(super) help: Option<super::help_window::Topic>,
    pub(super) status: String,
    pub(super) actions: Vec<Action>,
    /// Slow work runs on its own thread (see [`AppConfig::background_work`]).
    pub(super) background: bool,
    /// The window was asked to close while work was running: close once it is done.
    pub(super) close_when_idle: bool,
    pub(super) allow_close: bool,
    pub(super) styled: bool,
    pub(super) title: String,
}

impl AppState {
    /// A new app showing the start screen (with a recovery offer if unsaved work was left).
    pub fn new(config: AppConfig, recent: Vec<super::Recent>) -> Self {
        let found = config.recovery.leftovers();
        Self {
            recent,
            preferences: Default::default(),
            doc: None,
            mode: Mode::Start,
            views: Views::default(),
            modal: None,
            dialogs: Dialogs::new(config.native_dialogs),
            focus: Default::default(),
            focus_windows: Default::default(),
            recovery: Recovery {
                store: config.recovery,
                found,
                autosaver: Autosaver::default(),
                last: None,
            },
            export: Export::default(),
            regional: None,
            help: None,
            status: String::new(),
            actions: Vec::new(),
            background: config.background_work,
            close_when_idle: false,
            allow_close: false,
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
        match &self.modal {
            Some(Modal::Error(e)) => Some(format!("{}: {}", e.title, e.detail)),
            _ => None,
        }
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

    /// Whether a dialog (question, error, typed path, work in progress) covers the screen:
    /// the screen below takes no keys or clicks meanwhile.
    pub(super) fn modal_open(&self) -> bool {
        self.modal.is_some() || self.dialogs.typed.is_some()
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
            self.recovery.store.clear();
        }
    }
}
