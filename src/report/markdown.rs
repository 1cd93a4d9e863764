//! A plain Markdown rendering of the report model: readable in any editor, diffable in
//! snapshots, and proof that the model carries everything a renderer needs.

use std::fmt::Write as _;

use super::model::{Chart, ItemEntry, NormSection, Report, Table};

/// The whole report as Markdown.
pub fn to_markdown(report: &Report) -> String {
    let mut out = String::new();
    cover(&mut out, report);
    for n in &report.norms {
        norm_md(&mut out, n);
    }
    plan_md(&mut out, report);
    support_md(&mut out, report);
    methodology_md(&mut out, report);
    if let Some(t) = &report.answered_by {
        let _ = writeln!(out, "\n## Who answered\n");
        table(&mut out, t);
    }
    out
}

fn cover(out: &mut String, report: &Report) {
    let c = &report.cover;
    if let Some(m) = &c.marking {
        let _ = writeln!(out, "**{}**\n", esc(m));
    }
    let _ = writeln!(out, "# {}\n", esc(&c.title));
    if let Some(d) = &c.draft {
        let _ = writeln!(out, "**{d}**\n");
    }
    field(out, "Member State", Some(&c.member_state));
    field(out, "Organisation", c.organisation.as_deref());
    if !c.assessors.is_empty() {
        field(out, "Assessors", Some(&c.assessors.join(", ")));
    }
    field(out, "Reporting period", c.reporting_period.as_deref());
    field(out, "Date", Some(&c.date));
    field(out, "Checklist", Some(&c.checklist));

    let _ = writeln!(out, "\n## Executive summary\n");
    for p in &report.summary.paragraphs {
        let _ = writeln!(out, "{}\n", esc(p));
    }
    table(out, &report.summary.counts);
    if let Some(p) = &report.progress {
        let _ = writeln!(out, "### {}\n", esc(&p.heading));
        for para in &p.paragraphs {
            let _ = writeln!(out, "{}\n", esc(para));
        }
        table(out, &p.norms);
        table(out, &p.areas);
    }
    chart(out, &report.norm_chart);
    chart(out, &report.area_chart);
}

fn norm_md(out: &mut String, n: &NormSection) {
    let _ = writeln!(out, "\n## {}\n", esc(&n.heading));
    if let Some(s) = &n.summary {
        let _ = writeln!(out, "{}\n", esc(s));
    }
    field(out, "Source", n.source.as_deref());
    field(out, "Score", Some(&n.score));
    field(out, "Completion", Some(&n.completion));
    for item in &n.items {
        item_md(out, item);
    }
}

fn plan_md(out: &mut String, report: &Report) {
    let _ = writeln!(out, "\n## Action plan\n");
    if report.action_plan.is_empty() {
        let _ = writeln!(out, "No gaps.");
    } else {
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
        let plan = Table {
            header: [
                "Priority",
                "Target date",
                "Action",
                "Current answer",
                "Responsible agency",
            ]
            .map(str::to_owned)
            .to_vec(),
            rows,
        };
        table(out, &plan);
    }
}

fn support_md(out: &mut String, report: &Report) {
    let _ = writeln!(out, "\n## Support wanted\n");
    if report.support.rows.is_empty() {
        let _ = writeln!(out, "{NO_SUPPORT}");
    } else {
        let _ = writeln!(out, "{SUPPORT_INTRO}\n");
        table(out, &report.support);
    }
}

/// Said when no practical action asks for support.
pub(crate) const NO_SUPPORT: &str = "No practical action asks for support.";
/// Introduces the support wanted list.
pub(crate) const SUPPORT_INTRO: &str =
    "The practical actions for which the State would welcome support, by kind of support.";

fn methodology_md(out: &mut String, report: &Report) {
    let m = &report.methodology;
    let _ = writeln!(out, "\n## Methodology\n");
    table(out, &m.levels);
    for r in &m.rules {
        let _ = writeln!(out, "- {}", esc(r));
    }
    let _ = writeln!(out);
    for p in &m.provenance {
        let _ = writeln!(out, "- {}", esc(p));
    }
}

fn item_md(out: &mut String, item: &ItemEntry) {
    let flag = if item.flagged {
        " ⚑ flagged for review"
    } else {
        ""
    };
    let _ = writeln!(out, "\n### {} {}{flag}\n", item.id, esc(&item.text));
    field(out, "Answer", Some(&item.answer));
    field(out, "Change", item.change.as_deref());
    field(out, "Note", item.note.as_deref());
    if !item.evidence.is_empty() {
        field(out, "Evidence", Some(&item.evidence.join("; ")));
    }
    field(out, "Responsible agency", item.owner.as_deref());
    field(out, "Target date", item.target_date.as_deref());
    field(out, "Priority", item.priority.as_deref());
    field(out, "Support wanted", item.support.as_deref());
}

fn field(out: &mut String, name: &str, value: Option<&str>) {
    if let Some(v) = value {
        let _ = writeln!(out, "- **{name}:** {}", esc(v));
    }
}

fn chart(out: &mut String, chart: &Chart) {
    let _ = writeln!(out, "\n### {}\n", esc(&chart.title));
    for bar in &chart.bars {
        let (blocks, value) = match bar.value {
            Some(v) => (
                "█".repeat((v / 5.0).round().clamp(0.0, 20.0) as usize),
                format!("{v:.1}"),
            ),
            None => (String::new(), "no score".to_owned()),
        };
        let _ = writeln!(out, "- {}: `{blocks:<20}` {value}", esc(&bar.label));
    }
}

pub(crate) fn table(out: &mut String, table: &Table) {
    let cells = |row: &[String]| {
        row.iter()
            .map(|c| esc(c).replace('|', "\\|"))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let _ = writeln!(out, "| {} |", cells(&table.header));
    let _ = writeln!(out, "|{}", "---|".repeat(table.header.len()));
    for row in &table.rows {
        let _ = writeln!(out, "| {} |", cells(row));
    }
    let _ = writeln!(out);
}

/// Keeps user text from being read as Markdown structure: line breaks become spaces and
/// markup characters are escaped; control characters are dropped.
pub(crate) fn esc(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(one_line.len());
    for ch in one_line.chars().filter(|c| !c.is_control()) {
        if matches!(ch, '\\' | '`' | '*' | '_' | '<' | '>' | '[' | ']' | '#') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}
