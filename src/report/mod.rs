//! The assessment report: [`model`] says what to print (pure data), [`markdown`] and the PDF
//! renderer turn it into a file, [`write_report`] writes it atomically.
//!
//! Only `pdf.rs` uses printpdf; the model and the HTML it is laid out from are plain Rust.

mod html;
pub mod markdown;
pub mod model;
mod pdf;
mod plan;
mod script;
mod summary;
mod text;

use std::path::Path;

use time::OffsetDateTime;

use crate::checklist::Checklist;
use crate::scoring::score;
use crate::session::Session;

pub use model::{Report, build};

/// The paper size of a PDF report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Width and height in millimetres.
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Paper::A4 => (210.0, 297.0),
            Paper::Letter => (215.9, 279.4),
        }
    }
}

/// The file format of a report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    /// A paginated PDF.
    #[default]
    Pdf,
    /// Plain Markdown text.
    Markdown,
}

/// How to render a report.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReportOptions {
    /// Paper size (PDF only).
    pub paper: Paper,
    /// Output format.
    pub format: Format,
    /// The generation date; `None` means [`generation_date`] decides.
    pub generated: Option<OffsetDateTime>,
}

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The PDF engine could not lay the report out.
    #[error("cannot lay out the PDF report: {0}")]
    Render(String),
    /// The file could not be written; any earlier file at the path is untouched.
    #[error(transparent)]
    Write(#[from] crate::fsutil::WriteError),
}

/// The date a report is stamped with, never "now" (so reports are reproducible):
/// `SOURCE_DATE_EPOCH` (seconds since 1970) if set and valid, else when the session was last
/// changed, else none ("undated").
pub fn generation_date(session: &Session) -> Option<OffsetDateTime> {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| OffsetDateTime::from_unix_timestamp(secs).ok())
        .or(session.meta.updated)
}

/// Builds the report model of `session` against `checklist`, dated by `options.generated`
/// or [`generation_date`].
pub fn report_model(checklist: &Checklist, session: &Session, options: &ReportOptions) -> Report {
    let scores = score(checklist, session);
    let generated = options.generated.or_else(|| generation_date(session));
    build(
        checklist,
        session,
        &scores,
        generated,
        env!("CARGO_PKG_VERSION"),
    )
}

/// Renders the report to the bytes of the chosen format.
pub fn render(
    checklist: &Checklist,
    session: &Session,
    options: &ReportOptions,
) -> Result<Vec<u8>, ReportError> {
    let report = report_model(checklist, session, options);
    match options.format {
        Format::Pdf => pdf::to_pdf(&report, options.paper).map_err(ReportError::Render),
        Format::Markdown => Ok(markdown::to_markdown(&report).into_bytes()),
    }
}

/// Renders the report and writes it to `out` atomically: an existing file is replaced only
/// once the new one is complete.
pub fn write_report(
    checklist: &Checklist,
    session: &Session,
    out: &Path,
    options: &ReportOptions,
) -> Result<(), ReportError> {
    let bytes = render(checklist, session, options)?;
    crate::fsutil::write_atomic(out, &bytes)?;
    Ok(())
}
