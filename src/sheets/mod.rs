//! Spreadsheets both ways: an assessment written to and read back from an `.xlsx` workbook
//! (`rust_xlsxwriter` writes, `calamine` reads). No egui here; the CLI and the GUI call in.

use crate::i18n::{Said, Tr};
use crate::t;
mod about;
mod bounded;
pub mod cells;
pub mod checklist;
pub mod columns;
pub mod export;
pub mod import;
mod parse;
pub mod table;
pub mod translation;
mod words;

pub use export::{ExportInfo, export_assessment};
pub use import::{CellProblem, ItemChange, SheetImport, read_assessment};

/// The name of the sheet holding one row per item.
pub const ASSESSMENT_SHEET: &str = "Assessment";
/// The name of the first sheet: what the workbook is and how to fill it in.
pub const ABOUT_SHEET: &str = "About";

/// Why a workbook could not be written or read at all (problems in single cells are
/// [`CellProblem`]s instead).
#[derive(Debug, thiserror::Error)]
pub enum SheetError {
    /// The spreadsheet writer refused something.
    Write(#[from] rust_xlsxwriter::XlsxError),
    /// A field holds more text than a spreadsheet cell can.
    TooLong {
        /// The item id.
        item: String,
        /// The column header.
        column: &'static str,
    },
    /// The file is not a readable `.xlsx` workbook.
    Read(String),
    /// A sheet the workbook needs is missing.
    MissingSheet(String),
    /// A value lies further down or right than any checklist or assessment reaches.
    TooFar {
        /// The cell, with its sheet.
        cell: String,
    },
    /// An assessment's workbook where a checklist's was expected.
    AssessmentNotChecklist,
    /// The workbook unpacks to far more than any checklist or assessment needs.
    TooBig,
    /// The header row lacks a column that is needed.
    MissingColumn {
        /// The sheet.
        sheet: String,
        /// The first header cell.
        cell: String,
        /// The column header looked for.
        column: String,
    },
}

impl crate::format::remedy::Remedied for SheetError {
    fn remedy(&self) -> Option<crate::format::remedy::Remedy> {
        matches!(self, SheetError::AssessmentNotChecklist)
            .then_some(crate::format::remedy::Remedy::ImportSpreadsheet)
    }
}

impl Said for SheetError {
    fn said(&self, tr: &Tr) -> String {
        match self {
            SheetError::Write(e) => t!(tr, "workbook-write-failed", detail = e.to_string()),
            SheetError::TooLong { item, column } => t!(
                tr,
                "workbook-too-long",
                column = column.to_string(),
                item = item.clone(),
                max = export::MAX_CELL_CHARS.to_string()
            ),
            SheetError::Read(detail) => t!(tr, "workbook-unreadable", detail = detail.clone()),
            SheetError::MissingSheet(sheet) => {
                t!(tr, "workbook-missing-sheet", sheet = sheet.clone())
            }
            SheetError::TooFar { cell } => t!(
                tr,
                "workbook-too-far",
                cell = cell.clone(),
                rows = bounded::MAX_ROWS.to_string(),
                columns = bounded::MAX_COLUMNS.to_string()
            ),
            SheetError::AssessmentNotChecklist => t!(tr, "doc-assessment-spreadsheet"),
            SheetError::TooBig => t!(
                tr,
                "workbook-too-big",
                megabytes = (bounded::MAX_UNPACKED_BYTES >> 20).to_string()
            ),
            SheetError::MissingColumn {
                sheet,
                cell,
                column,
            } => t!(
                tr,
                "workbook-missing-column",
                sheet = sheet.clone(),
                cell = cell.clone(),
                column = column.clone()
            ),
        }
    }
}

impl std::fmt::Display for SheetError {
    /// In English, for logs and tests.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::Said::said(self, &crate::i18n::Tr::english()))
    }
}
