//! The report's view of the team's work: the progress since an earlier assessment (deltas per
//! norm and focus area, changed answers marked on the norm pages) and who last changed each
//! answer.

use crate::checklist::Checklist;
use crate::i18n::Tr;
use crate::scoring::compare::{Change, Comparison, GroupDelta};
use crate::session::Session;
use crate::t;

use super::model::{Progress, Report, Table};

/// How an earlier assessment is named: its reporting period, else the date it was last
/// changed, else "the earlier assessment".
pub fn period_of(tr: &Tr, session: &Session) -> String {
    session
        .meta
        .reporting_period
        .clone()
        .filter(|p| !p.trim().is_empty())
        .or_else(|| session.meta.updated.map(|u| tr.short_date(u.date())))
        .unwrap_or_else(|| t!(tr, "report-progress-earlier"))
}

/// The labels of two assessments being compared: their periods, with the date added when the
/// periods read the same (two assessments in one year must still be told apart).
pub fn period_pair(tr: &Tr, old: &Session, new: &Session) -> (String, String) {
    let (a, b) = (period_of(tr, old), period_of(tr, new));
    if a != b {
        return (a, b);
    }
    let dated = |s: &Session, p: String| match s.meta.updated {
        Some(u) if tr.short_date(u.date()) != p => format!("{p} ({})", tr.short_date(u.date())),
        _ => p,
    };
    (dated(old, a), dated(new, b))
}

/// A score to one decimal, or "–".
fn score(tr: &Tr, value: Option<f64>) -> String {
    super::text::score(tr, value)
}

/// A signed change to one decimal ("+12.5", "-3.0", "0.0"), or "–". The minus is the
/// hyphen-minus: the bundled fonts have no U+2212, and it is what a search for "-3" finds.
pub fn signed(tr: &Tr, value: Option<f64>) -> String {
    match value {
        None => "–".to_owned(),
        Some(d) if d > 0.05 => format!("+{}", tr.number(d, 1)),
        Some(d) if d < -0.05 => format!("-{}", tr.number(-d, 1)),
        Some(_) => tr.number(0.0, 1),
    }
}

fn table(
    tr: &Tr,
    first: String,
    groups: &[GroupDelta],
    label: impl Fn(&GroupDelta) -> String,
) -> Table {
    Table {
        header: vec![
            first,
            t!(tr, "report-progress-before"),
            t!(tr, "report-progress-now"),
            t!(tr, "report-progress-change"),
        ],
        rows: groups
            .iter()
            .map(|g| {
                vec![
                    label(g),
                    score(tr, g.delta.old),
                    score(tr, g.delta.new),
                    signed(tr, g.delta.delta),
                ]
            })
            .collect(),
    }
}

/// The "Progress since …" part of the summary.
pub fn progress(tr: &Tr, since: &str, c: &Comparison) -> Progress {
    let count = |change: Change| c.items.iter().filter(|i| i.change == change).count();
    let mut paragraphs = vec![t!(
        tr,
        "report-progress-overall",
        before = score(tr, c.overall.old),
        now = score(tr, c.overall.new),
        change = signed(tr, c.overall.delta)
    )];
    paragraphs.push(t!(
        tr,
        "report-progress-moves",
        improved = count(Change::Improved),
        regressed = count(Change::Regressed),
        changed = count(Change::Changed),
        since = since.to_owned()
    ));
    let (added, removed) = (count(Change::Added), count(Change::Removed));
    if added + removed > 0 {
        paragraphs.push(t!(
            tr,
            "report-progress-checklist-changed",
            added = added,
            removed = removed
        ));
    }
    Progress {
        heading: t!(tr, "report-progress-heading", since = since.to_owned()),
        paragraphs,
        norms: table(tr, t!(tr, "report-progress-norm"), &c.norms, |g| {
            format!("({}) {}", g.id, g.title)
        }),
        areas: table(tr, t!(tr, "report-progress-area"), &c.focus_areas, |g| {
            g.title.clone()
        }),
    }
}

/// Marks each item whose answer changed since the earlier assessment.
pub fn mark_changes(
    tr: &Tr,
    report: &mut Report,
    since: &str,
    c: &Comparison,
    old_checklist: &Checklist,
    old: &Session,
) {
    for section in &mut report.norms {
        for entry in &mut section.items {
            let Some(change) = c.items.iter().find(|i| i.id == entry.id) else {
                continue;
            };
            let was = match old.answer(&entry.id) {
                Some(answer) if old_checklist.item(&entry.id).is_some() => {
                    super::text::answer_label(tr, old_checklist, answer)
                }
                _ => t!(tr, "answer-not-answered"),
            };
            let since = since.to_owned();
            entry.change = Some(match change.change {
                Change::Improved => t!(tr, "report-progress-improved", since = since, was = was),
                Change::Regressed => t!(tr, "report-progress-regressed", since = since, was = was),
                Change::Changed => t!(tr, "report-progress-changed", since = since, was = was),
                Change::Added => t!(tr, "report-progress-added", since = since),
                Change::Removed => continue,
            });
        }
    }
}

/// Who last changed each answer and when, in checklist order; `None` when no answer records it.
pub fn answered_by(tr: &Tr, checklist: &Checklist, session: &Session) -> Option<Table> {
    let rows: Vec<Vec<String>> = checklist
        .items()
        .filter_map(|(_, item)| {
            let answer = session.answer(&item.id)?;
            if answer.changed_by.is_none() && answer.changed_at.is_none() {
                return None;
            }
            Some(vec![
                item.id.clone(),
                if answer.not_applicable {
                    t!(tr, "answer-not-applicable")
                } else {
                    super::text::level_label(checklist, answer)
                        .unwrap_or_else(|| t!(tr, "answer-not-answered"))
                },
                answer.changed_by.clone().unwrap_or_default(),
                answer
                    .changed_at
                    .map(|t| {
                        let t = t.to_offset(time::UtcOffset::UTC);
                        t!(
                            tr,
                            "report-answered-time",
                            date = tr.short_date(t.date()),
                            time = format!("{:02}:{:02}", t.hour(), t.minute())
                        )
                    })
                    .unwrap_or_default(),
            ])
        })
        .collect();
    (!rows.is_empty()).then(|| Table {
        header: vec![
            t!(tr, "report-answered-item"),
            t!(tr, "report-answered-answer"),
            t!(tr, "report-answered-by"),
            t!(tr, "report-answered-when"),
        ],
        rows,
    })
}
