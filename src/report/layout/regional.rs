//! The regional report as a column of slices: cover, summary, the ranges and figures per norm
//! and focus area, the bands, the hardest practical actions, the support wanted and the method.

use super::super::regional::RegionalReport;
use super::super::shape::Shaper;
use super::Color;
use super::blocks::{BODY, Column, SMALL};
use super::flow::Slice;
use super::text::Style;

/// Narrowest first column of a table (the norm or the action).
const FIRST_MIN: f32 = 150.0;

/// The whole regional report as slices, for a text column `width` points wide.
pub(crate) fn regional_slices(
    report: &RegionalReport,
    shaper: &mut Shaper,
    width: f32,
) -> Vec<Slice> {
    let mut c = Column {
        shaper,
        width,
        out: Vec::new(),
    };
    let cover = &report.cover;
    if let Some(m) = &cover.marking {
        c.marking_box(m);
    }
    c.para(&[(&cover.title, Style::bold(20.0))], 0.0, 0.0, 14.0);
    for (label, value) in &cover.rows {
        c.cover_row(label, value);
    }
    c.h2("Summary");
    for p in &report.summary {
        c.para(&[(p, Style::regular(BODY))], 0.0, 0.0, 5.0);
    }
    if !report.withheld_all {
        c.page_break();
        c.h2("Distribution per norm");
        c.range_chart(&report.norm_ranges);
        c.table(&widths(width, 5, 56.0), &report.norm_figures, false);
        c.h2("Distribution per focus area");
        c.range_chart(&report.area_ranges);
        c.table(&widths(width, 5, 56.0), &report.area_figures, false);
        if report.bands.header.len() > 1 {
            c.h2("States per band");
            c.note(&report.bands_legend);
            let bands = report.bands.header.len() - 1;
            c.table(&widths(width, bands, 70.0), &report.bands, true);
        }
        c.h2("The ten hardest practical actions");
        c.note(&report.hardest_legend);
        let answers = report.hardest.header.len() - 1;
        c.table(&widths(width, answers, 42.0), &report.hardest, true);
        c.h2("Support wanted");
        c.note("Member States asking for each kind of support for at least one practical action of a norm (columns: the norms).");
        let norms = report.support.header.len() - 1;
        c.table(&widths(width, norms, 34.0), &report.support, true);
    }
    c.h2("Method");
    for r in &report.method {
        let text = format!("• {r}");
        c.para(&[(&text, Style::regular(BODY))], 0.0, 0.0, 5.0);
    }
    let start = c.out.len();
    c.h3("About this report");
    for p in &report.provenance {
        c.para(&[(p, Style::regular(BODY))], 0.0, 0.0, 5.0);
    }
    c.out[start].group = Some(c.out.len() - start);
    c.out
}

impl Column<'_> {
    /// A muted explanatory paragraph.
    fn note(&mut self, text: &str) {
        let style = Style::regular(SMALL).colored(Color::MUTED);
        self.para(&[(text, style)], 0.0, 0.0, 4.0);
    }
}

/// Column widths filling `total`: `others` columns of `each` points (narrower if the first
/// column would be narrower than [`FIRST_MIN`]) after a first column taking the rest.
fn widths(total: f32, others: usize, each: f32) -> Vec<f32> {
    let each = if others == 0 {
        0.0
    } else {
        each.min((total - FIRST_MIN) / others as f32)
    };
    let mut w = vec![total - each * others as f32];
    w.extend(std::iter::repeat_n(each, others));
    w
}
