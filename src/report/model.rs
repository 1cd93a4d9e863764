//! What the report says, as plain data: cover, summary, charts as numbers, norm sections,
//! action plan and methodology. No layout, no coordinates, no PDF types.

use time::OffsetDateTime;

use crate::checklist::{Checklist, Item, Norm};
use crate::i18n::Tr;
use crate::scoring::{GroupScore, Scores};
use crate::session::{Answer, Session};
use crate::t;

use super::text;

/// Everything a report shows, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The language its words are in.
    pub tr: Tr,
    /// The title page.
    pub cover: Cover,
    /// The executive summary.
    pub summary: Summary,
    /// Norm scores as a bar chart.
    pub norm_chart: Chart,
    /// Focus-area scores as a bar chart.
    pub area_chart: Chart,
    /// One section per norm, in checklist order.
    pub norms: Vec<NormSection>,
    /// Every gap, most urgent first.
    pub action_plan: Vec<ActionRow>,
    /// The practical actions for which support is wanted, by kind (kind, action, note).
    pub support: Table,
    /// How the assessment was made and scored.
    pub methodology: Methodology,
    /// What changed since an earlier assessment, when one is attached.
    pub progress: Option<Progress>,
    /// Who last changed each answer and when, when the session records it.
    pub answered_by: Option<Table>,
}

/// What changed since an earlier assessment: part of the executive summary.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// "Progress since 2025".
    pub heading: String,
    /// The overall movement and counts, one paragraph each.
    pub paragraphs: Vec<String>,
    /// Norm, before, now, change.
    pub norms: Table,
    /// Focus area, before, now, change.
    pub areas: Table,
}

/// The title page and the running header and footer.
#[derive(Debug, Clone, PartialEq)]
pub struct Cover {
    /// The assessment's title.
    pub title: String,
    /// The State assessed.
    pub member_state: String,
    /// The organisation leading the assessment.
    pub organisation: Option<String>,
    /// The people who answered.
    pub assessors: Vec<String>,
    /// The period covered.
    pub reporting_period: Option<String>,
    /// When the report was generated ("YYYY-MM-DD" or "undated").
    pub date: String,
    /// The generation time, for document metadata; `None` when undated.
    pub generated: Option<OffsetDateTime>,
    /// Checklist title and version.
    pub checklist: String,
    /// Sensitivity marking, e.g. "TLP:AMBER".
    pub marking: Option<String>,
    /// "Draft — NN % complete" while the assessment is incomplete.
    pub draft: Option<String>,
}

/// A small table: a header row and body rows of the same width.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Column headings.
    pub header: Vec<String>,
    /// Body rows.
    pub rows: Vec<Vec<String>>,
}

/// The executive summary: a few sentences and a table of answer counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Readable sentences, one paragraph each.
    pub paragraphs: Vec<String>,
    /// Items per answer (level, not applicable, not answered).
    pub counts: Table,
}

/// A horizontal bar chart of scores on a 0–100 scale.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Caption.
    pub title: String,
    /// One bar per norm or focus area.
    pub bars: Vec<Bar>,
}

/// One bar: a label and a score, or none when every item is not applicable.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// What the bar measures.
    pub label: String,
    /// Score 0–100.
    pub value: Option<f64>,
}

/// One norm: what it asks, its score and every item with its answer.
#[derive(Debug, Clone, PartialEq)]
pub struct NormSection {
    /// Norm id, e.g. "a".
    pub id: String,
    /// Heading, e.g. "(a) Cooperation for stability".
    pub heading: String,
    /// Citation.
    pub source: Option<String>,
    /// The summary is normcheck's own paraphrase of the source (the built-in checklists), not
    /// a quotation.
    pub summary_is_ours: bool,
    /// What the norm asks.
    pub summary: Option<String>,
    /// "62.5 (Established)" or "no score (every item not applicable)".
    pub score: String,
    /// "80 %".
    pub completion: String,
    /// The items, in checklist order.
    pub items: Vec<ItemEntry>,
}

/// One item and its answer.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemEntry {
    /// Item id, e.g. "a.1".
    pub id: String,
    /// The action.
    pub text: String,
    /// Level label, "Not applicable — <justification>" or "Not answered".
    pub answer: String,
    /// Free-text note.
    pub note: Option<String>,
    /// Evidence references.
    pub evidence: Vec<String>,
    /// Responsible agency.
    pub owner: Option<String>,
    /// "YYYY-MM-DD".
    pub target_date: Option<String>,
    /// "High", "Medium" or "Low".
    pub priority: Option<String>,
    /// Marked for review.
    pub flagged: bool,
    /// How the answer moved since the earlier assessment, e.g. "Improved since 2025 (was:
    /// Partly)".
    pub change: Option<String>,
    /// The support wanted: "Training, Funding — note".
    pub support: Option<String>,
}

/// One gap in the action plan.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionRow {
    /// Item id.
    pub item_id: String,
    /// The action.
    pub action: String,
    /// Current answer (level label or "Not answered").
    pub status: String,
    /// Responsible agency.
    pub owner: Option<String>,
    /// "YYYY-MM-DD".
    pub target_date: Option<String>,
    /// "High", "Medium" or "Low".
    pub priority: Option<String>,
}

/// How the assessment works, for readers of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Methodology {
    /// The answer scale: value, label, description.
    pub levels: Table,
    /// Scoring rules, one sentence each.
    pub rules: Vec<String>,
    /// Checklist id and version, generation date, normcheck version.
    pub provenance: Vec<String>,
}

/// Builds the report of `session` against `checklist` with its `scores`.
///
/// `generated` is the date printed as the generation date (`None` prints "undated");
/// `version` is the normcheck version printed in the methodology. Control characters in any
/// text are dropped (line breaks and tabs become line breaks and spaces).
pub fn build(
    checklist: &Checklist,
    session: &Session,
    scores: &Scores,
    generated: Option<OffsetDateTime>,
    version: &str,
) -> Report {
    build_with_earlier(
        checklist,
        session,
        scores,
        generated,
        version,
        None,
        &Tr::english(),
    )
}

/// [`build`], with the progress since an `earlier` assessment (its checklist and session):
/// a "Progress since …" part of the summary, and each changed answer marked.
pub fn build_with_earlier(
    checklist: &Checklist,
    session: &Session,
    scores: &Scores,
    generated: Option<OffsetDateTime>,
    version: &str,
    earlier: Option<(&Checklist, &Session)>,
    tr: &Tr,
) -> Report {
    let comparison = earlier.map(|(old_checklist, old)| {
        let since = super::progress::period_pair(tr, old, session).0;
        let c = crate::scoring::compare::compare(old_checklist, old, checklist, session);
        (since, c, old_checklist, old)
    });
    let date = generated.map_or_else(|| t!(tr, "report-undated"), |d| text::date(tr, d.date()));
    let gaps = super::plan::action_plan(tr, checklist, session);
    let mut report = Report {
        tr: tr.clone(),
        cover: cover(tr, checklist, session, scores, generated, &date),
        summary: super::summary::summary(tr, checklist, scores, gaps.len()),
        norm_chart: norm_chart(tr, checklist, scores),
        area_chart: area_chart(tr, checklist, scores),
        norms: checklist
            .norms
            .iter()
            .zip(&scores.norms)
            .map(|(n, s)| norm_section(tr, checklist, session, n, s))
            .collect(),
        action_plan: gaps,
        support: super::support::support_table(tr, checklist, session),
        methodology: super::methodology::methodology(tr, checklist, &date, version),
        progress: comparison
            .as_ref()
            .map(|(since, c, _, _)| super::progress::progress(tr, since, c)),
        answered_by: super::progress::answered_by(tr, checklist, session),
    };
    if let Some((since, c, old_checklist, old)) = &comparison {
        super::progress::mark_changes(tr, &mut report, since, c, old_checklist, old);
    }
    super::clean::clean_report(&mut report);
    report
}

/// Scores per norm as a bar chart.
fn norm_chart(tr: &Tr, checklist: &Checklist, scores: &Scores) -> Chart {
    Chart {
        title: t!(tr, "report-chart-norms"),
        bars: checklist
            .norms
            .iter()
            .zip(&scores.norms)
            .map(|(n, s)| Bar {
                label: format!("({}) {}", n.id, n.title),
                value: s.score,
            })
            .collect(),
    }
}

/// Scores per focus area as a bar chart.
fn area_chart(tr: &Tr, checklist: &Checklist, scores: &Scores) -> Chart {
    Chart {
        title: t!(tr, "report-chart-areas"),
        bars: checklist
            .focus_areas
            .iter()
            .zip(&scores.focus_areas)
            .map(|(a, s)| Bar {
                label: a.title.clone(),
                value: s.score,
            })
            .collect(),
    }
}

fn cover(
    tr: &Tr,
    checklist: &Checklist,
    session: &Session,
    scores: &Scores,
    generated: Option<OffsetDateTime>,
    date: &str,
) -> Cover {
    let meta = &session.meta;
    let incomplete = scores
        .overall
        .completion
        .filter(|c| *c < 100.0)
        .map(|c| t!(tr, "report-complete", percent = text::percent(tr, Some(c))));
    let conflicts = match session.conflicts.len() {
        0 => None,
        n => Some(t!(tr, "report-conflicts-unresolved", count = n)),
    };
    let parts: Vec<String> = incomplete.into_iter().chain(conflicts).collect();
    let draft = (!parts.is_empty()).then(|| t!(tr, "report-draft", parts = parts.join(", ")));
    Cover {
        title: text::owned(meta.title.as_deref()).unwrap_or_else(|| t!(tr, "report-default-title")),
        member_state: text::owned(meta.member_state.as_deref())
            .unwrap_or_else(|| t!(tr, "report-no-member-state")),
        organisation: text::owned(meta.organisation.as_deref()),
        assessors: meta
            .assessors
            .iter()
            .filter(|a| !a.trim().is_empty())
            .cloned()
            .collect(),
        reporting_period: text::owned(meta.reporting_period.as_deref()),
        date: date.to_owned(),
        generated,
        checklist: t!(
            tr,
            "report-checklist-version",
            title = checklist.title.clone(),
            version = checklist.version.clone()
        ),
        marking: text::owned(meta.classification.as_deref()),
        draft,
    }
}

fn norm_section(
    tr: &Tr,
    checklist: &Checklist,
    session: &Session,
    norm: &Norm,
    score: &GroupScore,
) -> NormSection {
    NormSection {
        id: norm.id.clone(),
        heading: format!("({}) {}", norm.id, norm.title),
        source: text::owned(norm.source.as_deref()),
        summary_is_ours: crate::session::is_builtin(checklist),
        summary: text::owned(norm.summary.as_deref()),
        score: text::score_with_band(tr, score.score, score.band.as_deref()),
        completion: text::percent(tr, score.completion),
        items: norm
            .items
            .iter()
            .map(|item| item_entry(tr, checklist, item, session.answer(&item.id)))
            .collect(),
    }
}

fn item_entry(tr: &Tr, checklist: &Checklist, item: &Item, answer: Option<&Answer>) -> ItemEntry {
    let empty = Answer::default();
    let a = answer.unwrap_or(&empty);
    ItemEntry {
        id: item.id.clone(),
        text: item.text.clone(),
        answer: text::answer_label(tr, checklist, a),
        note: text::owned(a.note.as_deref()),
        evidence: a
            .evidence
            .iter()
            .filter(|e| !e.trim().is_empty())
            .cloned()
            .collect(),
        owner: text::owned(a.owner.as_deref()),
        target_date: a.target_date.map(|d| text::date(tr, d)),
        priority: a.priority.map(|p| text::priority(tr, p)),
        flagged: a.flagged,
        change: None,
        support: super::support::support_line(tr, a),
    }
}
