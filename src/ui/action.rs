//! Everything that changes the assessment or touches disk, queued during a frame and applied
//! once at its end by [`AppState`](super::AppState).

use std::path::PathBuf;

use crate::session::{Edit, Meta};

/// A request from the UI.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Change the assessment.
    Edit(Edit),
    /// Change the assessment with several edits as one undo step, all or nothing.
    EditAll {
        /// What the change is, for the Edit menu ("import of answers.xlsx").
        label: String,
        /// The edits.
        edits: Vec<Edit>,
    },
    /// Open the Help window at a topic.
    Help(super::help_window::Topic),
    /// Open the user guide at the section about what is shown (F1).
    HelpForScreen,
    /// Open Exampleland, the fictional example, without a file (asks about unsaved changes).
    OpenExample,
    /// Ask for a file and write the user guide there as PDF (A4, the window's language).
    SaveGuide,
    /// Take back the last change to the assessment.
    Undo,
    /// Make the last undone change again.
    Redo,
    /// Show the new-assessment form (asks about unsaved changes first).
    NewAssessment,
    /// Create the assessment described by the form.
    CreateAssessment {
        /// Metadata from the form.
        meta: Box<Meta>,
        /// A checklist file, or `None` for the built-in checklist.
        checklist: Option<PathBuf>,
    },
    /// Choose a session file to open (asks about unsaved changes first).
    Open,
    /// Open this session file (asks about unsaved changes first).
    OpenPath(PathBuf),
    /// Open this session file with this checklist file (`normcheck --checklist FILE SESSION`).
    OpenWithChecklist {
        /// The session file.
        path: PathBuf,
        /// The checklist file.
        checklist: PathBuf,
    },
    /// Choose a checklist file for the new-assessment form.
    ChooseChecklist,
    /// Save to the current file, or ask for one.
    Save,
    /// Ask for a file and save there.
    SaveAs,
    /// Save to this file.
    SaveTo(PathBuf),
    /// Protect the open assessment with a passphrase, or change it.
    ChangePassphrase,
    /// Save the open assessment as plain JSON again (asks first).
    RemoveProtection,
    /// Ask for a file and export the PDF report there, on this paper size.
    ExportPdf(crate::report::Paper),
    /// The same on A4, in another language than the window's (a language code).
    ExportPdfIn(String),
    /// Ask for a file and write the assessment there as a spreadsheet.
    ExportSheet,
    /// Ask for an edited spreadsheet and show the changes it would make.
    ImportSheet,
    /// Restore the work found in this recovery file.
    Recover(PathBuf),
    /// Delete this recovery file without restoring it.
    DiscardRecovery(PathBuf),
    /// Leave the new-assessment form without creating anything.
    LeaveForm,
    /// Close the assessment and go back to the start screen (asks about unsaved changes first).
    Close,
    /// Forget a missing file in the recent list.
    ForgetRecent(PathBuf),
    /// Show a screen of the open assessment.
    Show(super::Screen),
    /// Go to an item in the walk-through.
    JumpToItem(String),
    /// Write one contribution file per responsible agency (asks for a folder).
    PrepareContributions,
    /// Merge contribution files into the open assessment (asks for the files).
    MergeContributions,
    /// Compare the open assessment with an earlier one (asks for its file).
    CompareWithEarlier,
    /// Open the regional view's window.
    ShowRegional,
    /// Show what changed in the newer edition of the open assessment's checklist.
    ShowEditionChanges,
    /// Move the open assessment's answers to the newer edition, as a new unsaved assessment.
    MoveToNewerEdition,
    /// The open dialog or question was answered.
    Answer(Answer),
}

/// An answer to the dialog or question covering the window (see `Modal`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Unsaved changes: save them, then carry on.
    SaveChanges,
    /// Unsaved changes: drop them, then carry on.
    DiscardChanges,
    /// Replace the read-only file after all.
    ReplaceReadOnly,
    /// Use the passphrase typed into the prompt.
    PassphraseEntered,
    /// Go on to choose the file (Save As choices).
    ChooseSaveFile,
    /// Use the passphrase typed (protect or change), or remove the protection.
    ConfirmProtection,
    /// Read the assessment with the checklist file instead of its saved copy.
    UseChecklistFile,
    /// Keep the checklist copy saved in the assessment.
    KeepSavedChecklist,
    /// Apply the imported spreadsheet's changes.
    ApplyImport,
    /// Stop waiting for work that may be abandoned.
    StopWaiting,
    /// Move the answers to the newer edition of the checklist.
    MoveAnswers,
    /// Close the dialog without doing anything (Cancel, OK, Escape).
    Dismiss,
}
