//! Small formatting helpers shared by the report model: numbers, percentages, answer labels.

use crate::checklist::Checklist;
use crate::scoring::whole_percent;
use crate::session::Answer;

/// `Some(text)` unless it is missing or blank.
pub(crate) fn non_blank(text: Option<&str>) -> Option<&str> {
    text.filter(|t| !t.trim().is_empty())
}

/// An owned copy of a non-blank text.
pub(crate) fn owned(text: Option<&str>) -> Option<String> {
    non_blank(text).map(str::to_owned)
}

/// A score with its band in brackets, e.g. "62.5 (Established)".
pub(crate) fn score_with_band(value: Option<f64>, band: Option<&str>) -> String {
    match (value, band) {
        (Some(v), Some(b)) => format!("{v:.1} ({b})"),
        (Some(v), None) => format!("{v:.1}"),
        (None, _) => "no score (every item not applicable)".to_owned(),
    }
}

/// A share as a whole percentage by the one rounding rule ([`whole_percent`]), e.g. "83 %";
/// "–" when there is none.
pub(crate) fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{} %", whole_percent(v)))
}

/// The label of an answer's level if it is on the scale.
pub(crate) fn level_label(checklist: &Checklist, answer: &Answer) -> Option<String> {
    answer
        .level
        .and_then(|v| checklist.scale.level(v))
        .map(|l| l.label.clone())
}

/// What an item's answer says: the level label, "Not applicable — why", or "Not answered".
pub(crate) fn answer_label(checklist: &Checklist, answer: &Answer) -> String {
    if answer.not_applicable {
        let why = non_blank(answer.justification.as_deref()).unwrap_or("no justification given");
        return format!("Not applicable — {why}");
    }
    level_label(checklist, answer).unwrap_or_else(|| "Not answered".to_owned())
}
