//! The reports: [`model`] says what the assessment report shows (pure data), and each document
//! in [`documents`] — assessment, regional, scores over time — builds a neutral [`Document`]
//! of blocks. One Markdown writer ([`document::markdown`]) and one typesetter (`layout`,
//! lines and pages with the bundled fonts) with one PDF writer (`pdf.rs`) take only that.
//! Files are written through the door, `crate::files`.
//!
//! Only `pdf.rs` uses printpdf; the documents and the layout are plain Rust.

mod archival;
mod clean;
pub mod document;
pub mod documents;
mod fonts;
mod layout;
mod methodology;
pub mod model;
mod page_ops;
mod pdf;
mod pictures;
mod plan;
mod progress;
pub mod regional;
mod shape;
mod summary;
mod support;
mod tagged;
mod text;
pub mod trend;

use time::OffsetDateTime;

use crate::checklist::Checklist;
use crate::scoring::score;
use crate::session::Session;

pub use document::Document;
pub use model::{Report, build};
pub use progress::{period_of, period_pair, signed};

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
    /// An earlier assessment to show the progress since.
    pub earlier: Option<std::sync::Arc<Earlier>>,
    /// The language the report is written in.
    pub tr: crate::i18n::Tr,
}

/// An earlier assessment the report shows progress against (`normcheck report --compare`).
#[derive(Debug, Clone, PartialEq)]
pub struct Earlier {
    /// Its checklist (it may be an older version).
    pub checklist: std::sync::Arc<Checklist>,
    /// Its answers.
    pub session: Session,
}

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The PDF engine could not lay the report out.
    Render(String),
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
/// or [`generation_date`], in the language of `options.tr` (the checklist's texts too, where it
/// has them; the methodology names those that stayed in English).
pub fn report_model(checklist: &Checklist, session: &Session, options: &ReportOptions) -> Report {
    let tr = &options.tr;
    let localized = checklist.localized(tr.code(), tr.checklist_texts(&checklist.id));
    let checklist = &localized.checklist;
    let scores = score(checklist, session);
    let generated = options.generated.or_else(|| generation_date(session));
    let earlier = options
        .earlier
        .as_deref()
        .map(|e| (e.checklist.as_ref(), &e.session));
    let mut report = model::build_with_earlier(
        checklist,
        session,
        &scores,
        generated,
        env!("CARGO_PKG_VERSION"),
        earlier,
        tr,
    );
    methodology::language(tr, &localized, &mut report.methodology);
    report
}

/// A rendered report and what the reader should know about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// One-line warnings, e.g. characters no bundled font has (printed as empty boxes).
    pub warnings: Vec<String>,
}

/// Renders the report to the bytes of the chosen format.
pub fn render(
    checklist: &Checklist,
    session: &Session,
    options: &ReportOptions,
) -> Result<Vec<u8>, ReportError> {
    render_with_warnings(checklist, session, options).map(|r| r.bytes)
}

/// Renders the report to the bytes of the chosen format, with its warnings.
pub fn render_with_warnings(
    checklist: &Checklist,
    session: &Session,
    options: &ReportOptions,
) -> Result<Rendered, ReportError> {
    let report = report_model(checklist, session, options);
    render_document(&documents::assessment::document(&report), options)
}

/// Renders any document to the bytes of the chosen format, with its warnings.
pub fn render_document(
    document: &Document,
    options: &ReportOptions,
) -> Result<Rendered, ReportError> {
    match options.format {
        Format::Pdf => pdf_of(document, options.paper),
        Format::Markdown => Ok(Rendered {
            bytes: document::markdown::to_markdown(document).into_bytes(),
            warnings: Vec::new(),
        }),
    }
}

/// The assessment report as Markdown: the same document as the PDF.
pub fn to_markdown(report: &Report) -> String {
    document::markdown::to_markdown(&documents::assessment::document(report))
}

/// A document typeset and written as PDF, with what the reader should know about it.
pub(crate) fn pdf_of(document: &Document, paper: Paper) -> Result<Rendered, ReportError> {
    let laid = layout::layout(document, paper);
    let warnings = missing_glyph_warning(&laid.missing).into_iter().collect();
    let bytes = pdf::to_pdf(&document.info, laid).map_err(ReportError::Render)?;
    Ok(Rendered { bytes, warnings })
}

/// One line naming every character no bundled font has, or none.
fn missing_glyph_warning(missing: &std::collections::BTreeSet<char>) -> Option<String> {
    if missing.is_empty() {
        return None;
    }
    let shown: Vec<String> = missing
        .iter()
        .take(12)
        .map(|c| format!("U+{:04X}", u32::from(*c)))
        .collect();
    let more = missing.len().saturating_sub(shown.len());
    let more = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    Some(format!(
        "no bundled font has {} {}{more}; printed as empty boxes",
        if missing.len() == 1 {
            "the character"
        } else {
            "the characters"
        },
        shown.join(", ")
    ))
}

impl crate::i18n::Said for ReportError {
    fn said(&self, tr: &crate::i18n::Tr) -> String {
        match self {
            ReportError::Render(detail) => {
                crate::t!(tr, "report-layout-failed", detail = detail.clone())
            }
        }
    }
}

impl std::fmt::Display for ReportError {
    /// In English, for logs and tests.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::Said::said(self, &crate::i18n::Tr::english()))
    }
}
