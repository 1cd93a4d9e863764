//! The one dialog or question that covers the window, as data: at most one is open, and the
//! screen below takes no keys or clicks meanwhile. Each is drawn by `screens::modals`, which
//! answers with an [`Answer`](super::action::Answer) that is applied like any other action.

use std::time::Instant;

use super::document::OpenDocument;
use super::jobs::Job;
use super::opening::{ChecklistChoice, PassphrasePrompt};
use super::protection::{ProtectionDialog, SaveOptions};
use super::read_only::ReadOnlyQuestion;
use super::sheets::PendingImport;
use super::work::Done;

/// An action that would discard unsaved changes and so asks first.
pub(crate) enum Guarded {
    /// Show the new-assessment form.
    New,
    /// Replace the open assessment with one already loaded and checked, then say `status`.
    Replace {
        /// The assessment to show.
        doc: Box<OpenDocument>,
        /// What the status bar says once it is shown ("Opened …").
        status: String,
        /// The question to ask once it is shown (its checklist file differs from its copy).
        then_ask: Option<ChecklistChoice>,
    },
    /// Replace the open assessment with its answers moved to a newer checklist edition.
    MoveToEdition {
        /// The moved assessment (unsaved, no file).
        doc: Box<OpenDocument>,
        /// What the status bar says once it is shown.
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

/// Slow work on another thread, shown until it is done; the window stays alive meanwhile.
pub(super) struct Working {
    /// What is being done, for the dialog ("Opening vn.normcheck.age…").
    pub what: String,
    /// The work and what comes of it.
    pub job: Job<Done>,
    /// Whether the user may stop waiting (opening and reading may be abandoned; a save may
    /// not, since the file is being replaced).
    pub cancellable: bool,
    /// When it started: the dialog shows only for work that takes a noticeable time.
    pub started: Instant,
}

/// The changes between the open assessment's checklist and its newer edition.
pub(super) struct EditionView {
    /// The edition the answers were given with.
    pub from: std::sync::Arc<crate::checklist::Checklist>,
    /// The newer edition.
    pub to: std::sync::Arc<crate::checklist::Checklist>,
    /// What differs.
    pub changes: crate::checklist::EditionChanges,
}

/// The dialog or question covering the window.
pub(super) enum Modal {
    /// Save, discard or keep unsaved changes before `Guarded`.
    Unsaved(Guarded),
    /// A save or export waiting for leave to replace a read-only file.
    ReadOnly(ReadOnlyQuestion),
    /// The passphrase of a protected file or autosaved copy.
    Passphrase(PassphrasePrompt),
    /// The Save As choices (protection), before the file is chosen.
    SaveOptions(SaveOptions),
    /// Protect, change the passphrase, or remove the protection.
    Protection(ProtectionDialog),
    /// A checklist file given for an assessment differs from the copy saved in it.
    ChecklistChoice(ChecklistChoice),
    /// What an imported spreadsheet would change, before it is applied.
    SheetImport(PendingImport),
    /// Something went wrong; shown until dismissed.
    Error(ErrorMessage),
    /// Slow work is running.
    Working(Working),
    /// What a newer edition of the checklist changes, before moving the answers to it.
    EditionChanges(Box<EditionView>),
}
