//! The regional report as Markdown: the same content as the PDF, readable in any editor.

use std::fmt::Write as _;

use super::super::markdown::{esc, table};
use super::model::{RangeChart, RegionalReport};

/// The whole regional report as Markdown.
pub fn to_markdown(report: &RegionalReport) -> String {
    let mut out = String::new();
    let c = &report.cover;
    if let Some(m) = &c.marking {
        let _ = writeln!(out, "**{}**\n", esc(m));
    }
    let _ = writeln!(out, "# {}\n", esc(&c.title));
    for (label, value) in &c.rows {
        let _ = writeln!(out, "- **{}:** {}", esc(label), esc(value));
    }
    let _ = writeln!(out, "\n## Summary\n");
    for p in &report.summary {
        let _ = writeln!(out, "{}\n", esc(p));
    }
    if !report.withheld_all {
        let _ = writeln!(out, "## Distribution per norm\n");
        ranges(&mut out, &report.norm_ranges);
        table(&mut out, &report.norm_figures);
        let _ = writeln!(out, "## Distribution per focus area\n");
        ranges(&mut out, &report.area_ranges);
        table(&mut out, &report.area_figures);
        let _ = writeln!(out, "## States per band\n");
        let _ = writeln!(out, "{}\n", esc(&report.bands_legend));
        table(&mut out, &report.bands);
        let _ = writeln!(out, "## The hardest practical actions\n");
        let _ = writeln!(out, "{}\n", esc(&report.hardest_legend));
        table(&mut out, &report.hardest);
        let _ = writeln!(out, "## Support wanted\n");
        let _ = writeln!(
            out,
            "Member States asking for each kind of support for at least one practical action of a norm.\n"
        );
        table(&mut out, &report.support);
    }
    let _ = writeln!(out, "## Method\n");
    for r in &report.method {
        let _ = writeln!(out, "- {}", esc(r));
    }
    let _ = writeln!(out);
    for p in &report.provenance {
        let _ = writeln!(out, "- {}", esc(p));
    }
    out
}

/// A range chart as text: "lowest – highest (median, mean)" per row.
fn ranges(out: &mut String, chart: &RangeChart) {
    let _ = writeln!(out, "### {}\n", esc(&chart.title));
    for row in &chart.rows {
        let text = match row.range {
            Some(r) => format!(
                "{:.1} – {:.1} (median {:.1}, mean {:.1})",
                r.min, r.max, r.median, r.mean
            ),
            None => row.note.clone(),
        };
        let _ = writeln!(out, "- {}: {}", esc(&row.label), esc(&text));
    }
    let _ = writeln!(out);
}
