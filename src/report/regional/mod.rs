//! The regional report: [`model`] says what to print from the regional figures (pure data),
//! [`to_markdown`] writes it as text; the PDF goes through the same layout and writer as the
//! assessment report (fonts, marking colours, header and footer).

mod method;
pub mod model;
mod render;
mod tables;

/// The regional report as Markdown: the same document as the PDF.
pub fn to_markdown(report: &RegionalReport) -> String {
    super::document::markdown::to_markdown(&super::documents::regional::document(report))
}

pub use model::{Range, RangeChart, RangeRow, RegionalCover, RegionalReport, build_regional};
pub use render::{regional_generation_date, regional_report, render_regional};
