//! File → Export spreadsheet… and Import spreadsheet…: the assessment written as `.xlsx`, and
//! an edited workbook read back into a list of changes the user reviews before applying.

use super::words::said;
use std::path::PathBuf;

use super::action::Action;
use super::app::AppState;
use super::dialogs::Request;
use super::modal::Modal;
use crate::files::{WriteOptions, read_workbook, refuse_input_as_output, write_atomic_with};
use crate::session::timestamp_now;
use crate::sheets::{ExportInfo, SheetImport, export_assessment, read_assessment};
use crate::ui_t;

/// A workbook read and waiting for the user to apply or cancel its changes.
pub struct PendingImport {
    /// The workbook.
    pub file: PathBuf,
    /// What it would change, and the cells that cannot be used.
    pub import: SheetImport,
}

impl PendingImport {
    /// The workbook's file name, as the dialog and the status bar say it.
    pub fn name(&self) -> String {
        super::file_names::shown_name(&self.file)
    }
}

impl AppState {
    /// Asks where to write the spreadsheet of the open assessment.
    pub(super) fn ask_export_sheet(&mut self) {
        if let Some(doc) = &self.doc {
            let name = super::file_names::report_file_name(&doc.session.meta)
                .replace("-report.pdf", ".xlsx");
            let note = if doc.protection.is_protected() {
                ui_t!("sheet-not-encrypted")
            } else {
                String::new()
            };
            let folder = self.suggested_folder();
            self.dialogs
                .request_with_note(Request::ExportSheet, folder.as_deref(), &name, &note);
        }
    }

    /// Asks for an edited spreadsheet to read into the open assessment.
    pub(super) fn ask_import_sheet(&mut self) {
        if self.doc.is_some() {
            let folder = self.suggested_folder();
            self.dialogs
                .request_in(Request::ImportSheet, folder.as_deref(), "");
        }
    }

    /// Writes the spreadsheet to `path` (`.xlsx` added when it has no extension).
    pub(super) fn export_sheet(&mut self, path: PathBuf, write: WriteOptions) {
        if self.doc.is_none() {
            return;
        }
        let path = super::file_names::with_default_extension(path, "xlsx");
        if self
            .ask_if_read_only(Request::ExportSheet, &path, write)
            .is_none()
        {
            return;
        }
        let Some(doc) = &self.doc else {
            return;
        };
        let inputs = doc.input_files();
        // In the window's language; import reads a workbook in any.
        let info = ExportInfo {
            exported: timestamp_now(),
            tr: super::lang::current(),
        };
        let written = refuse_input_as_output(&path, &inputs)
            .map_err(|e| said(&e))
            .and_then(|()| {
                export_assessment(&doc.checklist, &doc.session, &info).map_err(|e| said(&e))
            })
            .and_then(|bytes| write_atomic_with(&path, &bytes, write).map_err(|e| said(&e)));
        match written {
            Ok(()) => {
                self.status = ui_t!("sheet-exported", file = path.display().to_string());
            }
            Err(e) => self.show_error(&ui_t!("sheet-not-exported"), e),
        }
    }

    /// Reads `path` against the open assessment and shows what it would change.
    pub(super) fn import_sheet(&mut self, path: PathBuf) {
        let Some(doc) = &self.doc else {
            return;
        };
        let read = read_workbook(&path)
            .map_err(|e| said(&e.source))
            .and_then(|bytes| {
                read_assessment(&bytes, &doc.checklist, &doc.session).map_err(|e| said(&e))
            });
        match read {
            Ok(import) if import.changes.is_empty() && import.problems.is_empty() => {
                self.status = ui_t!("sheet-no-change", file = path.display().to_string());
            }
            Ok(import) => {
                self.modal = Some(Modal::SheetImport(PendingImport { file: path, import }));
            }
            Err(e) => self.show_error(
                &ui_t!("sheet-unreadable"),
                format!("{}: {e}", path.display()),
            ),
        }
    }

    /// The user applies the imported changes: one step that Undo takes back.
    pub(super) fn apply_import(&mut self, pending: PendingImport) {
        let name = pending.name();
        let count = pending.import.changes.len();
        self.push(Action::EditAll {
            label: ui_t!("sheet-import-undo", name = name.to_string()),
            edits: pending.import.edits,
        });
        self.status = ui_t!("sheet-imported", name = name.to_string(), count = count);
    }
}
