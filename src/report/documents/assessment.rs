//! The assessment report as a document: cover, executive summary with charts, one section per
//! norm with its practical actions, the action plan, the support wanted and the methodology.
//! Every word the report prints around the assessment's own text is here.

use super::super::document::{
    Bar, BarChart, Block, Document, Info, ItemCard, Paragraph, Table, Widths,
};
use super::super::model::{self, Chart, Cover, ItemEntry, NormSection, Progress, Report};
use crate::i18n::Tr;
use crate::t;

/// Column shares of the action plan: priority, target date, action, answer, agency.
const PLAN_COLUMNS: [f32; 5] = [44.0, 58.0, 225.0, 76.0, 90.0];
/// Column shares of the support wanted: kind, action, note.
const SUPPORT_COLUMNS: [f32; 3] = [90.0, 253.0, 150.0];
/// Column shares of the answer scale: value, level, meaning.
const SCALE_COLUMNS: [f32; 3] = [34.0, 84.0, 375.0];
/// The summary's counts, a narrow table (points).
const COUNT_COLUMNS: [f32; 2] = [130.0, 50.0];
/// Column shares of the progress tables: name, before, now, change.
const PROGRESS_COLUMNS: [f32; 4] = [313.0, 60.0, 60.0, 60.0];
/// Column shares of "Who answered": item, answer, who, when.
const ANSWERED_BY_COLUMNS: [f32; 4] = [50.0, 120.0, 208.0, 115.0];

/// The report as a document.
pub fn document(report: &Report) -> Document {
    let tr = &report.tr;
    let mut blocks = cover(tr, &report.cover);
    blocks.push(Block::PageBreak);
    summary(tr, report, &mut blocks);
    blocks.push(Block::PageBreak);
    for n in &report.norms {
        norm(tr, n, &mut blocks);
    }
    blocks.push(Block::PageBreak);
    action_plan(tr, report, &mut blocks);
    support(tr, report, &mut blocks);
    methodology(tr, &report.methodology, &mut blocks);
    if let Some(answered) = &report.answered_by {
        blocks.push(Block::section(t!(tr, "report-section-answered-by")));
        blocks.push(Paragraph::body(t!(tr, "report-answered-by-intro")));
        blocks.push(table(
            answered,
            Widths::Shares(ANSWERED_BY_COLUMNS.to_vec()),
            false,
        ));
    }
    Document {
        info: info(tr, &report.cover),
        words: super::super::document::Words::in_language(tr),
        blocks,
    }
}

fn info(tr: &Tr, cover: &Cover) -> Info {
    Info {
        title: format!("{} — {}", cover.title, cover.member_state),
        author: cover.organisation.clone().unwrap_or_default(),
        subject: cover.checklist.clone(),
        generated: cover.generated,
        marking: cover.marking.clone(),
        draft: cover.draft.clone(),
        language: tr.code().to_owned(),
    }
}

fn cover(tr: &Tr, c: &Cover) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(m) = &c.marking {
        blocks.push(Block::Marking(m.clone()));
    }
    blocks.push(Block::Title {
        text: c.title.clone(),
        cover: true,
    });
    if let Some(d) = &c.draft {
        blocks.push(Block::Subtitle(d.clone()));
    }
    let assessors = c.assessors.join(", ");
    let rows = [
        (
            t!(tr, "report-cover-member-state"),
            Some(c.member_state.as_str()),
        ),
        (
            t!(tr, "report-cover-organisation"),
            c.organisation.as_deref(),
        ),
        (
            t!(tr, "report-cover-assessors"),
            (!assessors.is_empty()).then_some(assessors.as_str()),
        ),
        (t!(tr, "report-cover-period"), c.reporting_period.as_deref()),
        (t!(tr, "report-cover-date"), Some(c.date.as_str())),
        (t!(tr, "report-cover-checklist"), Some(c.checklist.as_str())),
    ];
    let facts = rows
        .into_iter()
        .filter_map(|(label, value)| value.map(|v| (label, v.to_owned())))
        .collect();
    blocks.push(Block::Facts(facts));
    blocks
}

fn summary(tr: &Tr, report: &Report, blocks: &mut Vec<Block>) {
    blocks.push(Block::section(t!(tr, "report-section-summary")));
    blocks.extend(report.summary.paragraphs.iter().map(Paragraph::body));
    blocks.push(table(
        &report.summary.counts,
        Widths::Points(COUNT_COLUMNS.to_vec()),
        true,
    ));
    if let Some(p) = &report.progress {
        progress(p, blocks);
    }
    blocks.push(bar_chart(&report.norm_chart));
    blocks.push(bar_chart(&report.area_chart));
}

fn progress(p: &Progress, blocks: &mut Vec<Block>) {
    blocks.push(Block::part(&p.heading));
    blocks.extend(p.paragraphs.iter().map(Paragraph::body));
    let widths = || Widths::Shares(PROGRESS_COLUMNS.to_vec());
    blocks.push(table(&p.norms, widths(), false));
    blocks.push(table(&p.areas, widths(), false));
}

fn bar_chart(chart: &Chart) -> Block {
    Block::BarChart(BarChart {
        title: chart.title.clone(),
        bars: chart
            .bars
            .iter()
            .map(|b| Bar {
                label: b.label.clone(),
                value: b.value,
            })
            .collect(),
    })
}

/// A norm: its heading, what it asks, its source, score and completion kept with its first
/// practical action, then every action as a card.
fn norm(tr: &Tr, n: &NormSection, blocks: &mut Vec<Block>) {
    let mut head = vec![Block::section(&n.heading)];
    if let Some(s) = &n.summary {
        head.push(Paragraph::body(s));
    }
    if let Some(s) = &n.source {
        head.push(Paragraph::note(if n.summary_is_ours {
            t!(tr, "report-norm-summary-ours", source = s.clone())
        } else {
            t!(tr, "report-norm-source", source = s.clone())
        }));
    }
    head.push(Block::FactLine(vec![
        (t!(tr, "report-norm-score"), n.score.clone()),
        (t!(tr, "report-norm-completion"), n.completion.clone()),
    ]));
    head.push(Block::part(t!(tr, "report-norm-actions")));
    blocks.push(Block::Together(head));
    blocks.extend(n.items.iter().map(|i| item(tr, i)));
}

fn item(tr: &Tr, i: &ItemEntry) -> Block {
    let fields = [
        (t!(tr, "report-item-answer"), Some(i.answer.clone())),
        (t!(tr, "report-item-change"), i.change.clone()),
        (t!(tr, "report-item-note"), i.note.clone()),
        (
            t!(tr, "report-item-evidence"),
            (!i.evidence.is_empty()).then(|| i.evidence.join("; ")),
        ),
        (t!(tr, "report-item-agency"), i.owner.clone()),
        (t!(tr, "report-item-target"), i.target_date.clone()),
        (t!(tr, "report-item-priority"), i.priority.clone()),
        (t!(tr, "report-item-support"), i.support.clone()),
    ];
    Block::Item(ItemCard {
        title: format!("{} {}", i.id, i.text),
        flagged: i.flagged,
        fields: fields
            .into_iter()
            .filter_map(|(label, value)| value.map(|v| (label, v)))
            .collect(),
    })
}

fn action_plan(tr: &Tr, report: &Report, blocks: &mut Vec<Block>) {
    blocks.push(Block::section(t!(tr, "report-section-action-plan")));
    if report.action_plan.is_empty() {
        blocks.push(Paragraph::body(t!(tr, "report-plan-none")));
        return;
    }
    blocks.push(Paragraph::body(t!(tr, "report-plan-intro")));
    let rows = report
        .action_plan
        .iter()
        .map(|r| {
            vec![
                r.priority.clone().unwrap_or_default(),
                r.target_date.clone().unwrap_or_default(),
                format!("{} {}", r.item_id, r.action),
                r.status.clone(),
                r.owner.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let header = vec![
        t!(tr, "report-plan-priority"),
        t!(tr, "report-plan-target"),
        t!(tr, "report-plan-action"),
        t!(tr, "report-plan-answer"),
        t!(tr, "report-plan-agency"),
    ];
    blocks.push(Block::Table(Table {
        header,
        rows,
        widths: Widths::Shares(PLAN_COLUMNS.to_vec()),
        row_names: false,
    }));
}

fn support(tr: &Tr, report: &Report, blocks: &mut Vec<Block>) {
    blocks.push(Block::section(t!(tr, "report-section-support")));
    if report.support.rows.is_empty() {
        blocks.push(Paragraph::body(t!(tr, "report-support-none")));
        return;
    }
    blocks.push(Paragraph::body(t!(tr, "report-support-intro")));
    let widths = Widths::Shares(SUPPORT_COLUMNS.to_vec());
    blocks.push(table(&report.support, widths, false));
}

fn methodology(tr: &Tr, m: &model::Methodology, blocks: &mut Vec<Block>) {
    blocks.push(Block::Together(vec![
        Block::section(t!(tr, "report-section-methodology")),
        Block::part(t!(tr, "report-method-scale")),
        table(&m.levels, Widths::Shares(SCALE_COLUMNS.to_vec()), false),
    ]));
    blocks.push(Block::part(t!(tr, "report-method-scoring")));
    blocks.push(Block::List(m.rules.clone()));
    let mut about = vec![Block::part(t!(tr, "report-method-about"))];
    about.extend(m.provenance.iter().map(Paragraph::body));
    blocks.push(Block::Together(about));
}

/// A model table as a document table.
pub(crate) fn table(t: &model::Table, widths: Widths, row_names: bool) -> Block {
    Block::Table(Table {
        header: t.header.clone(),
        rows: t.rows.clone(),
        widths,
        row_names,
    })
}
