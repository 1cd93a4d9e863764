//! The report model as a column of slices: cover, summary, charts, one section per norm
//! with its items, the action plan and the methodology, in the report's type styles.

use std::ops::Range;

use super::super::model::{Cover, ItemEntry, NormSection, Progress, Report, Table};
use super::super::shape::Shaper;
use super::flow::{Slice, chain, paragraph};
use super::furniture::marking_style;
use super::text::{Style, lines};
use super::{Color, Draw};

pub(super) const BODY: f32 = 10.0;
pub(super) const SMALL: f32 = 9.0;
pub(super) const RULE: Color = Color(0x44, 0x44, 0x44);
/// Left border of an item and the indent of its text.
const ITEM_BORDER: f32 = 1.5;
const ITEM_INDENT: f32 = 7.5;
/// Action plan column widths (points; they fill the A4 text width).
const PLAN_COLUMNS: [f32; 5] = [44.0, 58.0, 225.0, 76.0, 90.0];
const PLAN_HEADER: [&str; 5] = [
    "Priority",
    "Target date",
    "Action",
    "Current answer",
    "Responsible agency",
];
/// Support wanted column widths (kind, action, note).
const SUPPORT_COLUMNS: [f32; 3] = [90.0, 253.0, 150.0];
/// Answer scale column widths.
const SCALE_COLUMNS: [f32; 3] = [34.0, 84.0, 375.0];
/// Summary counts column widths.
const COUNT_COLUMNS: [f32; 2] = [130.0, 50.0];
/// Progress table column widths: name, before, now, change.
const PROGRESS_COLUMNS: [f32; 4] = [313.0, 60.0, 60.0, 60.0];
/// "Who answered" column widths: item, answer, who, when.
const ANSWERED_BY_COLUMNS: [f32; 4] = [50.0, 120.0, 208.0, 115.0];

/// Builds slices, with the shaper and the column width at hand.
pub(crate) struct Column<'s> {
    pub(super) shaper: &'s mut Shaper,
    pub(super) width: f32,
    pub(super) out: Vec<Slice>,
}

/// The whole report as slices in `c`.
pub(crate) fn report_body(report: &Report, c: &mut Column<'_>) {
    c.cover(&report.cover);
    c.page_break();
    c.h2("Executive summary");
    for p in &report.summary.paragraphs {
        c.para(&[(p, Style::regular(BODY))], 0.0, 0.0, 5.0);
    }
    c.table(&COUNT_COLUMNS, &report.summary.counts, true);
    if let Some(p) = &report.progress {
        c.progress(p);
    }
    c.chart(&report.norm_chart);
    c.chart(&report.area_chart);
    c.page_break();
    for n in &report.norms {
        c.norm(n);
    }
    c.page_break();
    c.action_plan(report);
    c.support(report);
    c.methodology(report);
    if let Some(t) = &report.answered_by {
        c.h2("Who answered");
        let intro = "Who last changed each answer, and when (an assessor, or the agency whose contribution was merged).";
        c.para(&[(intro, Style::regular(BODY))], 0.0, 0.0, 5.0);
        c.table(&ANSWERED_BY_COLUMNS, t, false);
    }
}

impl Column<'_> {
    /// Lays out one paragraph at indent `x`; returns the range of its slices.
    pub(super) fn para(
        &mut self,
        spans: &[(&str, Style)],
        x: f32,
        before: f32,
        after: f32,
    ) -> Range<usize> {
        let start = self.out.len();
        let ls = lines(self.shaper, spans, self.width - x);
        let mut slices = paragraph(ls, x, before);
        if let Some(last) = slices.last_mut() {
            last.height += after;
        }
        self.out.extend(slices);
        start..self.out.len()
    }

    pub(super) fn page_break(&mut self) {
        self.out.push(Slice {
            page_break_before: true,
            ..Slice::default()
        });
    }

    pub(super) fn h2(&mut self, text: &str) {
        let r = self.para(&[(text, Style::bold(15.0))], 0.0, 14.0, 0.0);
        if let Some(last) = self.out.get_mut(r.end.wrapping_sub(1)) {
            let y = last.height + 1.5;
            last.draws.push(Draw::Line {
                x1: 0.0,
                y1: y,
                x2: self.width,
                y2: y,
                width: 0.75,
                color: RULE,
            });
            last.height += 7.0;
        }
        chain(&mut self.out[r.start..]);
        if let Some(last) = self.out.last_mut() {
            last.keep_with_next = true;
        }
    }

    pub(super) fn h3(&mut self, text: &str) {
        let r = self.para(&[(text, Style::bold(11.0))], 0.0, 10.0, 4.0);
        for s in &mut self.out[r] {
            s.keep_with_next = true;
        }
    }

    /// The marking in its colours on the cover, above the title.
    pub(super) fn marking_box(&mut self, m: &str) {
        let (fg, bg) = marking_style(m);
        let style = Style::bold(12.0).colored(fg);
        let ls = lines(self.shaper, &[(m, style)], self.width - 12.0);
        let w = ls.iter().map(|l| l.width).fold(0.0, f32::max) + 12.0;
        let h: f32 = ls.iter().map(|l| l.height).sum::<f32>() + 6.0;
        let mut s = Slice::space(h + 30.0);
        s.draws.push(Draw::Fill {
            x: 0.0,
            y: 0.0,
            w,
            h,
            color: bg,
        });
        let mut y = 3.0;
        for l in ls {
            for mut r in l.runs {
                r.x += 6.0;
                r.y += y;
                s.draws.push(Draw::Text(r));
            }
            y += l.height;
        }
        self.out.push(s);
    }

    /// A label and its value on the cover.
    pub(super) fn cover_row(&mut self, label: &str, value: &str) {
        let cells = [label.to_owned(), value.to_owned()];
        let styles = [Style::bold(11.0), Style::regular(11.0)];
        self.row(
            &[112.0, self.width - 112.0],
            &cells,
            &styles,
            0.0,
            None,
            None,
        );
        if let Some(last) = self.out.last_mut() {
            last.height += 4.0;
        }
    }

    fn cover(&mut self, c: &Cover) {
        if let Some(m) = &c.marking {
            self.marking_box(m);
        }
        self.para(&[(&c.title, Style::bold(22.0))], 0.0, 0.0, 8.0);
        if let Some(d) = &c.draft {
            let style = Style::bold(13.0).colored(Color::MUTED);
            self.para(&[(d, style)], 0.0, 4.0, 16.0);
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
        for (label, value) in rows {
            if let Some(v) = value {
                self.cover_row(label, v);
            }
        }
    }

    fn norm(&mut self, n: &NormSection) {
        let start = self.out.len();
        self.h2(&n.heading);
        if let Some(s) = &n.summary {
            self.para(&[(s, Style::regular(BODY))], 0.0, 0.0, 5.0);
        }
        let muted = Style::regular(BODY).colored(Color::MUTED);
        if let Some(s) = &n.source {
            let text = format!("Source: {s}");
            self.para(&[(&text, muted)], 0.0, 0.0, 2.0);
        }
        let label = Style::bold(BODY).colored(Color::MUTED);
        self.para(
            &[
                ("Score: ", label),
                (&n.score, muted),
                (" · Completion: ", label),
                (&n.completion, muted),
            ],
            0.0,
            0.0,
            2.0,
        );
        self.h3("Practical actions");
        chain(&mut self.out[start..]);
        if let Some(last) = self.out.last_mut() {
            last.keep_with_next = true;
        }
        for item in &n.items {
            self.item(item);
        }
    }

    fn item(&mut self, i: &ItemEntry) {
        let start = self.out.len();
        let flag = if i.flagged {
            " [flagged for review]"
        } else {
            ""
        };
        let title = format!("{} {}{flag}", i.id, i.text);
        let head = self.para(&[(&title, Style::bold(BODY))], ITEM_INDENT, 0.0, 2.0);
        self.field("Answer", Some(&i.answer));
        self.field("Change", i.change.as_deref());
        // Title and answer stay together, and with the note's first line.
        for s in &mut self.out[head.start..] {
            s.keep_with_next = true;
        }
        if let Some(note) = &i.note {
            let mut label = "Note: ";
            for line in note.lines().filter(|l| !l.trim().is_empty()) {
                let spans = [(label, Style::bold(BODY)), (line, Style::regular(BODY))];
                self.para(
                    &spans[usize::from(label.is_empty())..],
                    ITEM_INDENT,
                    0.0,
                    3.0,
                );
                label = "";
            }
        }
        if !i.evidence.is_empty() {
            self.field("Evidence", Some(&i.evidence.join("; ")));
        }
        self.field("Responsible agency", i.owner.as_deref());
        self.field("Target date", i.target_date.as_deref());
        self.field("Priority", i.priority.as_deref());
        self.field("Support wanted", i.support.as_deref());
        let end = self.out.len();
        for s in &mut self.out[start..end] {
            let h = s.height;
            s.draws.push(Draw::Line {
                x1: ITEM_BORDER / 2.0 + 0.5,
                y1: 0.0,
                x2: ITEM_BORDER / 2.0 + 0.5,
                y2: h,
                width: ITEM_BORDER,
                color: Color(0x77, 0x77, 0x77),
            });
        }
        if let Some(last) = self.out.last_mut() {
            last.keep_with_next = false;
        }
        self.out[start].group = Some(end - start);
        self.out.push(Slice::space(8.0));
    }

    fn field(&mut self, name: &str, value: Option<&str>) {
        if let Some(v) = value {
            let label = format!("{name}: ");
            let spans = [
                (label.as_str(), Style::bold(BODY)),
                (v, Style::regular(BODY)),
            ];
            self.para(&spans, ITEM_INDENT, 0.0, 0.0);
        }
    }

    fn progress(&mut self, p: &Progress) {
        self.h3(&p.heading);
        for para in &p.paragraphs {
            self.para(&[(para, Style::regular(BODY))], 0.0, 0.0, 5.0);
        }
        self.table(&PROGRESS_COLUMNS, &p.norms, false);
        self.out.push(Slice::space(8.0));
        self.table(&PROGRESS_COLUMNS, &p.areas, false);
    }

    fn action_plan(&mut self, report: &Report) {
        self.h2("Action plan");
        if report.action_plan.is_empty() {
            let text = "No gaps: every applicable item is at or above the implemented level.";
            self.para(&[(text, Style::regular(BODY))], 0.0, 0.0, 5.0);
            return;
        }
        let intro =
            "Every item below the implemented level or not yet answered, most urgent first.";
        self.para(&[(intro, Style::regular(BODY))], 0.0, 0.0, 5.0);
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
        let t = Table {
            header: PLAN_HEADER.map(str::to_owned).to_vec(),
            rows,
        };
        self.table(&PLAN_COLUMNS, &t, false);
    }

    fn support(&mut self, report: &Report) {
        use super::super::markdown::{NO_SUPPORT, SUPPORT_INTRO};
        self.h2("Support wanted");
        if report.support.rows.is_empty() {
            self.para(&[(NO_SUPPORT, Style::regular(BODY))], 0.0, 0.0, 5.0);
            return;
        }
        self.para(&[(SUPPORT_INTRO, Style::regular(BODY))], 0.0, 0.0, 5.0);
        self.table(&SUPPORT_COLUMNS, &report.support, false);
    }

    fn methodology(&mut self, report: &Report) {
        let m = &report.methodology;
        let start = self.out.len();
        self.h2("Methodology");
        self.h3("Answer scale");
        self.table(&SCALE_COLUMNS, &m.levels, false);
        self.out[start].group = Some(self.out.len() - start);
        self.h3("Scoring");
        for r in &m.rules {
            let text = format!("• {r}");
            self.para(&[(&text, Style::regular(BODY))], 0.0, 0.0, 5.0);
        }
        let start = self.out.len();
        self.h3("About this report");
        for p in &m.provenance {
            self.para(&[(p, Style::regular(BODY))], 0.0, 0.0, 5.0);
        }
        self.out[start].group = Some(self.out.len() - start);
    }
}

/// The trend document's body: a slope chart of the overall and per-norm scores, then the same
/// figures as a table.
pub(crate) fn trend_body(t: &super::super::trend::TrendDocument, c: &mut Column<'_>) {
    c.para(&[(&t.cover.title, Style::bold(20.0))], 0.0, 0.0, 6.0);
    for p in &t.paragraphs {
        c.para(&[(p, Style::regular(BODY))], 0.0, 0.0, 5.0);
    }
    c.h3("Overall and per-norm scores (0–100)");
    let series: Vec<super::slope::Series<'_>> = t
        .series
        .iter()
        .enumerate()
        .map(|(i, (label, values))| super::slope::Series {
            label,
            values,
            strong: i == 0,
        })
        .collect();
    c.slope_chart(&t.labels, &series);
    c.h3("The figures");
    let first = 150.0;
    let rest = ((c.width - first) / t.labels.len().max(1) as f32).min(70.0);
    let mut widths = vec![first];
    widths.extend(std::iter::repeat_n(rest, t.labels.len()));
    c.table(&widths, &t.table, false);
}
