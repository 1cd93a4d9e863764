//! The report's view of the team's work: the progress since an earlier assessment (deltas per
//! norm and focus area, changed answers marked on the norm pages) and who last changed each
//! answer.

use crate::checklist::Checklist;
use crate::scoring::compare::{Change, Comparison, GroupDelta};
use crate::session::Session;

use super::model::{Progress, Report, Table};

/// How an earlier assessment is named: its reporting period, else the date it was last
/// changed, else "the earlier assessment".
pub fn period_of(session: &Session) -> String {
    session
        .meta
        .reporting_period
        .clone()
        .filter(|p| !p.trim().is_empty())
        .or_else(|| session.meta.updated.map(|u| u.date().to_string()))
        .unwrap_or_else(|| "the earlier assessment".to_owned())
}

/// The labels of two assessments being compared: their periods, with the date added when the
/// periods read the same (two assessments in one year must still be told apart).
pub fn period_pair(old: &Session, new: &Session) -> (String, String) {
    let (a, b) = (period_of(old), period_of(new));
    if a != b {
        return (a, b);
    }
    let dated = |s: &Session, p: String| match s.meta.updated {
        Some(u) if u.date().to_string() != p => format!("{p} ({})", u.date()),
        _ => p,
    };
    (dated(old, a), dated(new, b))
}

/// A score to one decimal, or "–".
fn score(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{v:.1}"))
}

/// A signed change to one decimal ("+12.5", "-3.0", "0.0"), or "–". The minus is the
/// hyphen-minus: the bundled fonts have no U+2212, and it is what a search for "-3" finds.
pub fn signed(value: Option<f64>) -> String {
    match value {
        None => "–".to_owned(),
        Some(d) if d > 0.05 => format!("+{d:.1}"),
        Some(d) if d < -0.05 => format!("-{:.1}", -d),
        Some(_) => "0.0".to_owned(),
    }
}

fn table(first: &str, groups: &[GroupDelta], label: impl Fn(&GroupDelta) -> String) -> Table {
    Table {
        header: [first, "Before", "Now", "Change"]
            .map(str::to_owned)
            .to_vec(),
        rows: groups
            .iter()
            .map(|g| {
                vec![
                    label(g),
                    score(g.delta.old),
                    score(g.delta.new),
                    signed(g.delta.delta),
                ]
            })
            .collect(),
    }
}

/// The "Progress since …" part of the summary.
pub fn progress(since: &str, c: &Comparison) -> Progress {
    let count = |change: Change| c.items.iter().filter(|i| i.change == change).count();
    let mut paragraphs = vec![format!(
        "Overall score {} then, {} now ({}).",
        score(c.overall.old),
        score(c.overall.new),
        signed(c.overall.delta)
    )];
    paragraphs.push(format!(
        "{} practical action(s) improved, {} regressed and {} changed to or from not applicable since {since}.",
        count(Change::Improved),
        count(Change::Regressed),
        count(Change::Changed)
    ));
    let (added, removed) = (count(Change::Added), count(Change::Removed));
    if added + removed > 0 {
        paragraphs.push(format!(
            "The checklist changed meanwhile: {added} action(s) added, {removed} removed."
        ));
    }
    Progress {
        heading: format!("Progress since {since}"),
        paragraphs,
        norms: table("Norm", &c.norms, |g| format!("({}) {}", g.id, g.title)),
        areas: table("Focus area", &c.focus_areas, |g| g.title.clone()),
    }
}

/// Marks each item whose answer changed since the earlier assessment.
pub fn mark_changes(
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
                    super::text::answer_label(old_checklist, answer)
                }
                _ => "Not answered".to_owned(),
            };
            entry.change = Some(match change.change {
                Change::Improved => format!("Improved since {since} (was: {was})"),
                Change::Regressed => format!("Regressed since {since} (was: {was})"),
                Change::Changed => format!("Changed since {since} (was: {was})"),
                Change::Added => format!("New in this checklist version since {since}"),
                Change::Removed => continue,
            });
        }
    }
}

/// Who last changed each answer and when, in checklist order; `None` when no answer records it.
pub fn answered_by(checklist: &Checklist, session: &Session) -> Option<Table> {
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
                    "Not applicable".to_owned()
                } else {
                    super::text::level_label(checklist, answer)
                        .unwrap_or_else(|| "Not answered".to_owned())
                },
                answer.changed_by.clone().unwrap_or_default(),
                answer
                    .changed_at
                    .map(|t| {
                        let t = t.to_offset(time::UtcOffset::UTC);
                        format!(
                            "{} {:02}:{:02} UTC",
                            crate::session::format_date(t.date()),
                            t.hour(),
                            t.minute()
                        )
                    })
                    .unwrap_or_default(),
            ])
        })
        .collect();
    (!rows.is_empty()).then(|| Table {
        header: ["Item", "Answer", "Last changed by", "When"]
            .map(str::to_owned)
            .to_vec(),
        rows,
    })
}
