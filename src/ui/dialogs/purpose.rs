//! What a file dialog is for: its purpose (title, filter, file or folder) and, for the app,
//! the request with what is needed to carry on once the file is chosen.

use crate::ui_t;
use std::path::PathBuf;

/// What a chosen file is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// A session to open.
    OpenSession,
    /// Where to save the session.
    SaveSession,
    /// A checklist for a new assessment.
    OpenChecklist,
    /// Where to write the PDF report.
    ExportReport,
    /// The folder to write one contribution per agency into.
    ContributionsFolder,
    /// Contribution files to merge into the open assessment (several at once).
    MergeContributions,
    /// An earlier assessment to compare the open one with.
    EarlierAssessment,
    /// Where to write the assessment as a spreadsheet.
    ExportSheet,
    /// An edited spreadsheet to read into the assessment.
    ImportSheet,
    /// Where to write the user guide as PDF.
    SaveGuide,
}

impl Purpose {
    /// Title of the dialog or prompt.
    pub fn title(self) -> String {
        match self {
            Purpose::OpenSession => ui_t!("dialog-open-session"),
            Purpose::SaveSession => ui_t!("dialog-save-session"),
            Purpose::OpenChecklist => ui_t!("dialog-open-checklist"),
            Purpose::ExportReport => ui_t!("dialog-export-report"),
            Purpose::ContributionsFolder => ui_t!("dialog-contributions-folder"),
            Purpose::MergeContributions => ui_t!("dialog-merge"),
            Purpose::EarlierAssessment => ui_t!("dialog-earlier"),
            Purpose::ExportSheet => ui_t!("dialog-export-sheet"),
            Purpose::ImportSheet => ui_t!("dialog-import-sheet"),
            Purpose::SaveGuide => ui_t!("dialog-save-guide"),
        }
    }

    /// Whether a folder is chosen rather than a file.
    pub fn picks_folder(self) -> bool {
        matches!(self, Purpose::ContributionsFolder)
    }

    /// Whether several files may be chosen at once.
    pub fn picks_many(self) -> bool {
        matches!(self, Purpose::MergeContributions)
    }

    pub(super) fn saves(self) -> bool {
        matches!(
            self,
            Purpose::SaveSession
                | Purpose::ExportReport
                | Purpose::ExportSheet
                | Purpose::SaveGuide
        )
    }

    pub(super) fn filter(self) -> (String, &'static [&'static str]) {
        match self {
            Purpose::ExportReport | Purpose::SaveGuide => {
                (crate::ui_t!("dialog-filter-pdf"), &["pdf"])
            }
            Purpose::ExportSheet | Purpose::ImportSheet => {
                (crate::ui_t!("dialog-filter-workbook"), &["xlsx"])
            }
            Purpose::OpenChecklist => (crate::ui_t!("dialog-filter-checklists"), &["json", "xlsx"]),
            _ => (crate::ui_t!("dialog-filter-sessions"), &["json", "age"]),
        }
    }
}

/// What a file chosen in a dialog is for, with what is needed to carry on once it is chosen.
pub(crate) enum Request {
    /// A session to open.
    OpenSession,
    /// Where to save the session, stored with `protection`; `then` runs once it is saved.
    SaveSession {
        /// Plain, or the passphrase to protect the file with.
        protection: crate::files::Protection,
        /// What was waiting for the save (an unsaved-changes question answered "Save").
        then: Option<crate::ui::modal::Guarded>,
    },
    /// A checklist: for the new-assessment form, or for an assessment being opened.
    OpenChecklist(Option<crate::ui::opening::OpenRequest>),
    /// Where to write the PDF report.
    ExportReport,
    /// The folder for one contribution per agency.
    ContributionsFolder,
    /// Contribution files to merge.
    MergeContributions,
    /// An earlier assessment to compare with.
    EarlierAssessment,
    /// Where to write the spreadsheet.
    ExportSheet,
    /// An edited spreadsheet to read back.
    ImportSheet,
    /// Where to write the user guide.
    SaveGuide,
}

impl Request {
    /// The dialog's purpose (title, filter, file or folder).
    pub(crate) fn purpose(&self) -> Purpose {
        match self {
            Request::OpenSession => Purpose::OpenSession,
            Request::SaveSession { .. } => Purpose::SaveSession,
            Request::OpenChecklist(_) => Purpose::OpenChecklist,
            Request::ExportReport => Purpose::ExportReport,
            Request::ContributionsFolder => Purpose::ContributionsFolder,
            Request::MergeContributions => Purpose::MergeContributions,
            Request::EarlierAssessment => Purpose::EarlierAssessment,
            Request::ExportSheet => Purpose::ExportSheet,
            Request::ImportSheet => Purpose::ImportSheet,
            Request::SaveGuide => Purpose::SaveGuide,
        }
    }
}

/// How a file dialog or typed-path prompt ended.
pub(crate) enum Chosen {
    /// With these files (one unless the request picks several).
    Files(Request, Vec<PathBuf>),
    /// Without any: the request lapses.
    Cancelled(Request),
}
