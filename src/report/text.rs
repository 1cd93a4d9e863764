//! Small formatting helpers shared by the report model: numbers, percentages, answer labels.

use time::Date;

use crate::checklist::Checklist;
use crate::i18n::Tr;
use crate::scoring::whole_percent;
use crate::session::{Answer, Priority};
use crate::t;

/// `Some(text)` unless it is missing or blank.
pub(crate) fn non_blank(text: Option<&str>) -> Option<&str> {
    text.filter(|t| !t.trim().is_empty())
}

/// An owned copy of a non-blank text.
pub(crate) fn owned(text: Option<&str>) -> Option<String> {
    non_blank(text).map(str::to_owned)
}

/// "62.5 (Established)", "62.5", or "no score (every item not applicable)".
pub(crate) fn score_with_band(tr: &Tr, value: Option<f64>, band: Option<&str>) -> String {
    match (value, band) {
        (Some(v), Some(b)) => format!("{} ({b})", tr.number(v, 1)),
        (Some(v), None) => tr.number(v, 1),
        (None, _) => t!(tr, "report-no-score-not-applicable"),
    }
}

/// A score with one decimal, or "–".
pub(crate) fn score(tr: &Tr, value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| tr.number(v, 1))
}

/// A whole percentage ("80 %"), or "–".
pub(crate) fn percent(tr: &Tr, value: Option<f64>) -> String {
    value.map_or_else(
        || "–".to_owned(),
        |v| tr.percent(f64::from(whole_percent(v))),
    )
}

/// A date as the language writes it in a table.
pub(crate) fn date(tr: &Tr, date: Date) -> String {
    tr.short_date(date)
}

/// A priority's name.
pub(crate) fn priority(tr: &Tr, priority: Priority) -> String {
    priority.label_in(tr)
}

/// The answer's level label, if it has a level.
pub(crate) fn level_label(checklist: &Checklist, answer: &Answer) -> Option<String> {
    answer
        .level
        .and_then(|v| checklist.scale.level(v))
        .map(|l| l.label.clone())
}

/// The level label, "Not applicable — <justification>" or "Not answered".
pub(crate) fn answer_label(tr: &Tr, checklist: &Checklist, answer: &Answer) -> String {
    if answer.not_applicable {
        let why = non_blank(answer.justification.as_deref())
            .map_or_else(|| t!(tr, "answer-no-justification"), str::to_owned);
        return t!(tr, "answer-not-applicable-because", why = why);
    }
    level_label(checklist, answer).unwrap_or_else(|| t!(tr, "answer-not-answered"))
}
