//! The executive summary: overall score, completion, strongest and weakest norms, gaps and
//! answer counts, in a few plain sentences.

use crate::checklist::Checklist;
use crate::i18n::Tr;
use crate::scoring::Scores;
use crate::t;

use super::model::{Summary, Table};
use super::text;

/// The summary of `scores` with `gaps` gaps.
pub(crate) fn summary(tr: &Tr, checklist: &Checklist, scores: &Scores, gaps: usize) -> Summary {
    let o = &scores.overall;
    let mut paragraphs = Vec::new();
    paragraphs.push(match (o.score, o.band.as_deref()) {
        (Some(v), Some(b)) => t!(
            tr,
            "report-summary-overall-band",
            score = tr.number(v, 1),
            band = b.to_owned()
        ),
        (Some(v), None) => t!(tr, "report-summary-overall", score = tr.number(v, 1)),
        (None, _) => t!(tr, "report-summary-no-overall"),
    });
    paragraphs.push(t!(
        tr,
        "report-summary-answered",
        answered = o.counts.answered,
        items = o.counts.items,
        percent = text::percent(tr, o.completion),
        na = o.counts.not_applicable
    ));
    if let Some(sentence) = strongest_and_weakest(tr, checklist, scores) {
        paragraphs.push(sentence);
    }
    paragraphs.push(t!(tr, "report-summary-gaps", count = gaps));
    Summary {
        paragraphs,
        counts: counts_table(tr, checklist, scores),
    }
}

/// "Implementation is strongest under … and has the most room to develop under …", when the
/// norm scores differ.
fn strongest_and_weakest(tr: &Tr, checklist: &Checklist, scores: &Scores) -> Option<String> {
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
        return Some(t!(
            tr,
            "report-summary-strongest",
            strongest = s.0.clone(),
            high = tr.number(s.1, 1),
            weakest = w.0.clone(),
            low = tr.number(w.1, 1)
        ));
    }
    None
}

/// Items per level, not applicable and not answered.
fn counts_table(tr: &Tr, checklist: &Checklist, scores: &Scores) -> Table {
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
        t!(tr, "answer-not-applicable"),
        o.counts.not_applicable.to_string(),
    ]);
    rows.push(vec![
        t!(tr, "answer-not-answered"),
        o.counts.items.saturating_sub(o.counts.answered).to_string(),
    ]);
    Table {
        header: vec![
            t!(tr, "report-counts-answer"),
            t!(tr, "report-counts-items"),
        ],
        rows,
    }
}
