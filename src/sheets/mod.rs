//! Spreadsheets both ways: an assessment written to and read back from an `.xlsx` workbook
//! (`rust_xlsxwriter` writes, `calamine` reads). No egui here; the CLI and the GUI call in.

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
    #[error("cannot write the spreadsheet: {0}")]
    Write(#[from] rust_xlsxwriter::XlsxError),
    /// A field holds more text than a spreadsheet cell can.
    #[error(
        "the {column} of item {item} is longer than a spreadsheet cell holds ({} characters); shorten it first",
        export::MAX_CELL_CHARS
    )]
    TooLong {
        /// The item id.
        item: String,
        /// The column header.
        column: &'static str,
    },
    /// The file is not a readable `.xlsx` workbook.
    #[error("not a readable .xlsx workbook: {0}")]
    Read(String),
    /// A sheet the workbook needs is missing.
    #[error("the workbook has no sheet named {0:?}")]
    MissingSheet(String),
    /// A value lies further down or right than any checklist or assessment reaches.
    #[error(
        "{cell} holds a value beyond the {} rows and {} columns normcheck reads; delete it (or everything after the last row in use) and try again",
        bounded::MAX_ROWS,
        bounded::MAX_COLUMNS
    )]
    TooFar {
        /// The cell, with its sheet.
        cell: String,
    },
    /// An assessment's workbook where a checklist's was expected.
    #[error("this is an assessment spreadsheet, not a checklist")]
    AssessmentNotChecklist,
    /// The workbook unpacks to far more than any checklist or assessment needs.
    #[error(
        "the workbook unpacks to more than {} MB, far more than any checklist or assessment needs; it may be damaged or made to exhaust memory",
        bounded::MAX_UNPACKED_BYTES >> 20
    )]
    TooBig,
    /// The header row lacks a column that is needed.
    #[error("{sheet}!{cell}: the header row has no {column:?} column")]
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
