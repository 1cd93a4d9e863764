//! `compare` and `trend` for people: the readable table and Markdown, in the language chosen.

use std::fmt::Write as _;

use serde_json::Value;

use crate::format::printable;
use crate::i18n::Tr;
use crate::report::period_pair;
use crate::scoring::compare::{Change, Comparison, TrendPoint};
use crate::session::Session;
use crate::session::fields::describe;
use crate::t;

fn score(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{v:.0}"))
}

fn signed(value: Option<f64>) -> String {
    match value {
        None => "–".to_owned(),
        Some(d) => {
            let rounded = d.round() as i64;
            if rounded > 0 {
                format!("+{rounded}")
            } else {
                format!("{rounded}")
            }
        }
    }
}

/// The words of a comparison in one language, with the two assessments' labels.
pub(super) struct ComparisonWords<'a> {
    tr: &'a Tr,
    old_label: String,
    new_label: String,
}

impl<'a> ComparisonWords<'a> {
    pub(super) fn new(tr: &'a Tr, old: &Session, new: &Session) -> Self {
        let (old_label, new_label) = period_pair(tr, old, new);
        Self {
            tr,
            old_label,
            new_label,
        }
    }

    fn change(&self, change: Change) -> String {
        let tr = self.tr;
        match change {
            Change::Improved => t!(tr, "compare-improved"),
            Change::Regressed => t!(tr, "compare-regressed"),
            Change::Changed => t!(tr, "compare-changed"),
            Change::Added => t!(tr, "compare-added"),
            Change::Removed => t!(tr, "compare-removed"),
        }
    }

    /// An answer as stored (a level, "na", or nothing) in words.
    fn answer(&self, value: &Value) -> String {
        match value {
            Value::Null => t!(self.tr, "compare-empty"),
            Value::String(s) if s == "na" => t!(self.tr, "answer-not-applicable"),
            other => describe(other),
        }
    }

    /// The comparison as a readable table: the deltas per norm, then the changed items.
    pub(super) fn text(&self, c: &Comparison) -> String {
        let tr = self.tr;
        let mut out = String::new();
        let heading = t!(
            tr,
            "compare-heading",
            old = self.old_label.clone(),
            new = self.new_label.clone()
        );
        let _ = writeln!(out, "{heading}");
        let row = |out: &mut String, name: &str, cells: [String; 3]| {
            let name: String = name.chars().take(50).collect();
            let [a, b, d] = cells;
            let _ = writeln!(out, "{name:<50} {a:>5} {b:>5} {d:>6}");
        };
        out.push('\n');
        let head = [
            t!(tr, "compare-col-old"),
            t!(tr, "compare-col-new"),
            t!(tr, "compare-col-delta"),
        ];
        row(&mut out, &t!(tr, "compare-col-norm"), head);
        let cells =
            |d: &crate::scoring::compare::Delta| [score(d.old), score(d.new), signed(d.delta)];
        row(&mut out, &t!(tr, "compare-overall"), cells(&c.overall));
        for n in &c.norms {
            row(
                &mut out,
                &format!("({}) {}", n.id, n.title),
                cells(&n.delta),
            );
        }
        let _ = writeln!(
            out,
            "\n{}",
            t!(tr, "compare-items-changed", count = c.items.len())
        );
        for i in &c.items {
            let _ = writeln!(
                out,
                "  {:<8} {:<10} {} → {}",
                i.id,
                self.change(i.change),
                self.answer(&i.old),
                self.answer(&i.new)
            );
        }
        printable::printable_lines(&out).into_owned()
    }

    /// The comparison as Markdown: the deltas per norm and area, then the changed items.
    pub(super) fn markdown(&self, c: &Comparison) -> String {
        let tr = self.tr;
        let mut out = String::new();
        let since = t!(
            tr,
            "report-progress-heading",
            since = self.old_label.clone()
        );
        let _ = writeln!(out, "## {since}\n");
        let overall = t!(
            tr,
            "compare-overall-line",
            old = score(c.overall.old),
            new = score(c.overall.new),
            change = signed(c.overall.delta),
            earlier = self.old_label.clone(),
            later = self.new_label.clone()
        );
        let _ = writeln!(out, "{overall}\n");
        let columns = [
            t!(tr, "report-progress-before"),
            t!(tr, "report-progress-now"),
            t!(tr, "report-progress-change"),
        ]
        .join(" | ");
        for (heading, groups) in [
            (t!(tr, "report-progress-norm"), &c.norms),
            (t!(tr, "report-progress-area"), &c.focus_areas),
        ] {
            let _ = writeln!(out, "| {heading} | {columns} |\n|---|---:|---:|---:|");
            for g in groups {
                let _ = writeln!(
                    out,
                    "| ({}) {} | {} | {} | {} |",
                    g.id,
                    g.title.replace('|', "\\|"),
                    score(g.delta.old),
                    score(g.delta.new),
                    signed(g.delta.delta)
                );
            }
            out.push('\n');
        }
        self.changed_items(&mut out, c);
        printable::printable_lines(&out).into_owned()
    }

    /// The changed answers, improved, regressed and otherwise changed, as Markdown lists.
    fn changed_items(&self, out: &mut String, c: &Comparison) {
        let tr = self.tr;
        for (title, kinds) in [
            (t!(tr, "compare-list-improved"), &[Change::Improved][..]),
            (t!(tr, "compare-list-regressed"), &[Change::Regressed][..]),
            (
                t!(tr, "compare-list-other"),
                &[Change::Changed, Change::Added, Change::Removed][..],
            ),
        ] {
            let items: Vec<_> = c
                .items
                .iter()
                .filter(|i| kinds.contains(&i.change))
                .collect();
            if items.is_empty() {
                continue;
            }
            let _ = writeln!(out, "### {title}\n");
            for i in items {
                let _ = writeln!(
                    out,
                    "- {} ({}): {} → {}",
                    i.id,
                    self.change(i.change),
                    self.answer(&i.old),
                    self.answer(&i.new)
                );
            }
            out.push('\n');
        }
    }
}

/// The trend as Markdown: one row per norm, one column per assessment.
pub fn trend_markdown(tr: &Tr, points: &[TrendPoint], norms: &[(String, String)]) -> String {
    let mut out = format!("## {}\n\n| | ", t!(tr, "trend-title"));
    let labels: Vec<String> = points.iter().map(|p| p.label.replace('|', "\\|")).collect();
    let _ = writeln!(out, "{} |", labels.join(" | "));
    let _ = writeln!(out, "|---|{}", "---:|".repeat(points.len()));
    let overall: Vec<String> = points.iter().map(|p| score(p.overall)).collect();
    let _ = writeln!(
        out,
        "| {} | {} |",
        t!(tr, "compare-overall"),
        overall.join(" | ")
    );
    for (id, title) in norms {
        let cells: Vec<String> = points
            .iter()
            .map(|p| score(p.norms.iter().find(|(n, _)| n == id).and_then(|(_, s)| *s)))
            .collect();
        let _ = writeln!(
            out,
            "| ({id}) {} | {} |",
            title.replace('|', "\\|"),
            cells.join(" | ")
        );
    }
    printable::printable_lines(&out).into_owned()
}
