//! Rendering the regional report as PDF or Markdown, through the assessment report's engine.

use time::OffsetDateTime;

use crate::checklist::Checklist;
use crate::regional::Regional;
use crate::session::Session;

use super::super::{Rendered, ReportError, ReportOptions, documents, render_document};
use super::model::{RegionalReport, build_regional};

/// The date a regional report is stamped with, never "now": `SOURCE_DATE_EPOCH` if set and
/// valid, else the last change to any of the assessments, else none ("undated").
pub fn regional_generation_date<'a>(
    sessions: impl IntoIterator<Item = &'a Session>,
) -> Option<OffsetDateTime> {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| OffsetDateTime::from_unix_timestamp(secs).ok())
        .or_else(|| sessions.into_iter().filter_map(|s| s.meta.updated).max())
}

/// The regional report's model, printed with `marking` (default: the strictest among the
/// inputs, [`Regional::marking`]) and dated `options.generated`.
pub fn regional_report(
    regional: &Regional,
    checklist: &Checklist,
    options: &ReportOptions,
    marking: Option<&str>,
) -> RegionalReport {
    let marking = marking
        .map(str::to_owned)
        .or_else(|| regional.marking.clone());
    build_regional(regional, checklist, marking, options.generated, &options.tr)
}

/// Renders the regional report to the bytes of the chosen format, with its warnings.
pub fn render_regional(
    regional: &Regional,
    checklist: &Checklist,
    options: &ReportOptions,
    marking: Option<&str>,
) -> Result<Rendered, ReportError> {
    let report = regional_report(regional, checklist, options, marking);
    render_document(&documents::regional::document(&report), options)
}
