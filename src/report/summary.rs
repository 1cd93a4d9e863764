//! The executive summary: overall score, completion, strongest and weakest norms, gaps and
//! answer counts, in a few plain sentences.

use crate::checklist::Checklist;
use crate::scoring::Scores;

use super::model::{Summary, Table};
use super::text;

/// The summary of `scores` with `gaps` gaps.
pub(crate) fn summary(checklist: &Checklist, scores: &Scores, gaps: usize) -> Summary {
    let o = &scores.overall;
    let mut paragraphs = Vec::new();
    paragraphs.push(match (o.score, o.band.as_deref()) {
        (Some(s), Some(b)) => {
            format!("The overall score is {s:.1} out of 100, in the band “{b}”. It is the mean of the norm scores.")
        }
        (Some(s), None) => format!("The overall score is {s:.1} out of 100, the mean of the norm scores."),
        (None, _) => "There is no overall score yet: no norm has an applicable item.".to_owned(),
    });
    paragraphs.push(format!(
        "{} of {} items are answered ({} complete); {} of them are marked not applicable.",
        o.counts.answered,
        o.counts.items,
        text::percent(o.completion),
        o.counts.not_applicable
    ));
    if let Some(sentence) = strongest_and_weakest(checklist, scores) {
        paragraphs.push(sentence);
    }
    paragraphs.push(match gaps {
        0 => "No gaps remain: every applicable item is at or above the implemented level.".to_owned(),
        1 => "1 item is a gap (below the implemented level or not answered yet); it is listed in the action plan.".to_owned(),
        n => format!("{n} items are gaps (below the implemented level or not answered yet); they are listed in the action plan, most urgent first."),
    });
    Summary {
        paragraphs,
        counts: counts_table(checklist, scores),
    }
}

/// "Implementation is strongest under … and has the most room to develop under …", when the
/// norm scores differ.
fn strongest_and_weakest(checklist: &Checklist, scores: &Scores) -> Option<String> {
    let scored: Vec<(String, f64)> = checklist
        .norms
        .iter()
        .zip(&scores.norms)
        .filter_map(|(n, s)| s.score.map(|v| (format!("({}) {}", n.id, n.title), v)))
        .collect();
    // First of equals wins, in checklist order.
    let strongest = scored
        .iter()
        .fold(None::<&(String, f64)>, |best, x| match best {
            Some(b) if b.1 >= x.1 => Some(b),
            _ => Some(x),
        });
    let weakest = scored
        .iter()
        .fold(None::<&(String, f64)>, |worst, x| match worst {
            Some(w) if w.1 <= x.1 => Some(w),
            _ => Some(x),
        });
    if let (Some(s), Some(w)) = (strongest, weakest)
        && s.1 > w.1
    {
        return Some(format!(
            "Implementation is strongest under {} ({:.1}) and has the most room to develop under {} ({:.1}).",
            s.0, s.1, w.0, w.1
        ));
    }
    None
}

/// Items per level, not applicable and not answered.
fn counts_table(checklist: &Checklist, scores: &Scores) -> Table {
    let o = &scores.overall;
    let mut rows: Vec<Vec<String>> = checklist
        .scale
        .levels
        .iter()
        .map(|l| {
            let n = o.counts.levels.get(&l.value).copied().unwrap_or(0);
            vec![l.label.clone(), n.to_string()]
        })
        .collect();
    rows.push(vec![
        "Not applicable".to_owned(),
        o.counts.not_applicable.to_string(),
    ]);
    rows.push(vec![
        "Not answered".to_owned(),
        o.counts.items.saturating_sub(o.counts.answered).to_string(),
    ]);
    Table {
        header: vec!["Answer".to_owned(), "Items".to_owned()],
        rows,
    }
}
