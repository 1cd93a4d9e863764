//! The regional report: [`model`] says what to print from the regional figures (pure data),
//! [`to_markdown`] writes it as text; the PDF goes through the same layout and writer as the
//! assessment report (fonts, marking colours, header and footer).

mod markdown;
mod method;
pub mod model;
mod render;
mod tables;

pub use markdown::to_markdown;
pub use model::{Range, RangeChart, RangeRow, RegionalCover, RegionalReport, build_regional};
pub use render::{regional_generation_date, regional_report, render_regional};
