//! The assessment report as a document: cover, executive summary with charts, one section per
//! norm with its practical actions, the action plan, the support wanted and the methodology.
//! Every word the report prints around the assessment's own text is here.

use super::super::document::{
    Bar, BarChart, Block, Document, Info, ItemCard, Paragraph, Table, Widths,
};
use super::super::model::{self, Chart, Cover, ItemEntry, NormSection, Progress, Report};

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

/// Said when no practical action asks for support.
pub(crate) const NO_SUPPORT: &str = "No practical action asks for support.";
/// Introduces the support wanted list.
pub(crate) const SUPPORT_INTRO: &str =
    "The practical actions for which the State would welcome support, by kind of support.";

/// The report as a document.
pub fn document(report: &Report) -> Document {
    let mut blocks = cover(&report.cover);
    blocks.push(Block::PageBreak);
    summary(report, &mut blocks);
    blocks.push(Block::PageBreak);
    for n in &report.norms {
        norm(n, &mut blocks);
    }
    blocks.push(Block::PageBreak);
    action_plan(report, &mut blocks);
    support(report, &mut blocks);
    methodology(&report.methodology, &mut blocks);
    if let Some(t) = &report.answered_by {
        blocks.push(Block::section("Who answered"));
        blocks.push(Paragraph::body(
            "Who last changed each answer, and when (an assessor, or the agency whose contribution was merged).",
        ));
        blocks.push(table(
            t,
            Widths::Shares(ANSWERED_BY_COLUMNS.to_vec()),
            false,
        ));
    }
    Document {
        info: info(&report.cover),
        blocks,
    }
}

fn info(cover: &Cover) -> Info {
    Info {
        title: format!("{} — {}", cover.title, cover.member_state),
        author: cover.organisation.clone().unwrap_or_default(),
        subject: cover.checklist.clone(),
        generated: cover.generated,
        marking: cover.marking.clone(),
        draft: cover.draft.clone(),
    }
}

fn cover(c: &Cover) -> Vec<Block> {
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
        ("Member State", Some(c.member_state.as_str())),
        ("Organisation", c.organisation.as_deref()),
        (
            "Assessors",
            (!assessors.is_empty()).then_some(assessors.as_str()),
        ),
        ("Reporting period", c.reporting_period.as_deref()),
        ("Date", Some(c.date.as_str())),
        ("Checklist", Some(c.checklist.as_str())),
    ];
    let facts = rows
        .into_iter()
        .filter_map(|(label, value)| value.map(|v| (label.to_owned(), v.to_owned())))
        .collect();
    blocks.push(Block::Facts(facts));
    blocks
}

fn summary(report: &Report, blocks: &mut Vec<Block>) {
    blocks.push(Block::section("Executive summary"));
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
fn norm(n: &NormSection, blocks: &mut Vec<Block>) {
    let mut head = vec![Block::section(&n.heading)];
    if let Some(s) = &n.summary {
        head.push(Paragraph::body(s));
    }
    if let Some(s) = &n.source {
        head.push(Paragraph::note(if n.summary_is_ours {
            format!("Our summary of {s}")
        } else {
            format!("Source: {s}")
        }));
    }
    head.push(Block::FactLine(vec![
        ("Score".to_owned(), n.score.clone()),
        ("Completion".to_owned(), n.completion.clone()),
    ]));
    head.push(Block::part("Practical actions"));
    blocks.push(Block::Together(head));
    blocks.extend(n.items.iter().map(item));
}

fn item(i: &ItemEntry) -> Block {
    let fields = [
        ("Answer", Some(i.answer.clone())),
        ("Change", i.change.clone()),
        ("Note", i.note.clone()),
        (
            "Evidence",
            (!i.evidence.is_empty()).then(|| i.evidence.join("; ")),
        ),
        ("Responsible agency", i.owner.clone()),
        ("Target date", i.target_date.clone()),
        ("Priority", i.priority.clone()),
        ("Support wanted", i.support.clone()),
    ];
    Block::Item(ItemCard {
        title: format!("{} {}", i.id, i.text),
        flagged: i.flagged,
        fields: fields
            .into_iter()
            .filter_map(|(label, value)| value.map(|v| (label.to_owned(), v)))
            .collect(),
    })
}

fn action_plan(report: &Report, blocks: &mut Vec<Block>) {
    blocks.push(Block::section("Action plan"));
    if report.action_plan.is_empty() {
        blocks.push(Paragraph::body(
            "No gaps: every applicable item is at or above the implemented level.",
        ));
        return;
    }
    blocks.push(Paragraph::body(
        "Every item below the implemented level or not yet answered, most urgent first.",
    ));
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
    let header = [
        "Priority",
        "Target date",
        "Action",
        "Current answer",
        "Responsible agency",
    ];
    blocks.push(Block::Table(Table {
        header: header.map(str::to_owned).to_vec(),
        rows,
        widths: Widths::Shares(PLAN_COLUMNS.to_vec()),
        row_names: false,
    }));
}

fn support(report: &Report, blocks: &mut Vec<Block>) {
    blocks.push(Block::section("Support wanted"));
    if report.support.rows.is_empty() {
        blocks.push(Paragraph::body(NO_SUPPORT));
        return;
    }
    blocks.push(Paragraph::body(SUPPORT_INTRO));
    let widths = Widths::Shares(SUPPORT_COLUMNS.to_vec());
    blocks.push(table(&report.support, widths, false));
}

fn methodology(m: &model::Methodology, blocks: &mut Vec<Block>) {
    blocks.push(Block::Together(vec![
        Block::section("Methodology"),
        Block::part("Answer scale"),
        table(&m.levels, Widths::Shares(SCALE_COLUMNS.to_vec()), false),
    ]));
    blocks.push(Block::part("Scoring"));
    blocks.push(Block::List(m.rules.clone()));
    let mut about = vec![Block::part("About this report")];
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
