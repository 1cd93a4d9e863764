//! The report model as a column of slices: cover, summary, charts, one section per norm
//! with its items, the action plan and the methodology, in the report's type styles.

use std::ops::Range;

use super::super::model::{Chart, Cover, ItemEntry, NormSection, Report, Table};
use super::super::shape::Shaper;
use super::flow::{Slice, chain, paragraph};
use super::furniture::marking_style;
use super::text::{Style, lines};
use super::{Color, Draw};

const BODY: f32 = 10.0;
const SMALL: f32 = 9.0;
const RULE: Color = Color(0x44, 0x44, 0x44);
const HEAD_FILL: Color = Color(0xe6, 0xe6, 0xe6);
/// Left border of an item and the indent of its text.
const ITEM_BORDER: f32 = 1.5;
const ITEM_INDENT: f32 = 7.5;
/// Bar chart columns: label, track, value.
const BAR_LABEL: f32 = 187.5;
const BAR_TRACK: f32 = 210.0;
const BAR_HEIGHT: f32 = 11.0;
/// Action plan column widths (points; they fill the A4 text width).
const PLAN_COLUMNS: [f32; 5] = [44.0, 58.0, 225.0, 76.0, 90.0];
const PLAN_HEADER: [&str; 5] = [
    "Priority",
    "Target date",
    "Action",
    "Current answer",
    "Responsible agency",
];
/// Answer scale column widths.
const SCALE_COLUMNS: [f32; 3] = [34.0, 84.0, 375.0];
/// Summary counts column widths.
const COUNT_COLUMNS: [f32; 2] = [130.0, 50.0];

/// Builds slices, with the shaper and the column width at hand.
struct Column<'s> {
    shaper: &'s mut Shaper,
    width: f32,
    out: Vec<Slice>,
}

/// The whole report as slices, for a text column `width` points wide.
pub(crate) fn report_slices(report: &Report, shaper: &mut Shaper, width: f32) -> Vec<Slice> {
    let mut c = Column {
        shaper,
        width,
        out: Vec::new(),
    };
    c.cover(&report.cover);
    c.page_break();
    c.h2("Executive summary");
    for p in &report.summary.paragraphs {
        c.para(&[(p, Style::regular(BODY))], 0.0, 0.0, 5.0);
    }
    c.table(&COUNT_COLUMNS, &report.summary.counts, true);
    c.chart(&report.norm_chart);
    c.chart(&report.area_chart);
    c.page_break();
    for n in &report.norms {
        c.norm(n);
    }
    c.page_break();
    c.action_plan(report);
    c.methodology(report);
    c.out
}

impl Column<'_> {
    /// Lays out one paragraph at indent `x`; returns the range of its slices.
    fn para(&mut self, spans: &[(&str, Style)], x: f32, before: f32, after: f32) -> Range<usize> {
        let start = self.out.len();
        let ls = lines(self.shaper, spans, self.width - x);
        let mut slices = paragraph(ls, x, before);
        if let Some(last) = slices.last_mut() {
            last.height += after;
        }
        self.out.extend(slices);
        start..self.out.len()
    }

    fn page_break(&mut self) {
        self.out.push(Slice {
            page_break_before: true,
            ..Slice::default()
        });
    }

    fn h2(&mut self, text: &str) {
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

    fn h3(&mut self, text: &str) {
        let r = self.para(&[(text, Style::bold(11.0))], 0.0, 10.0, 4.0);
        for s in &mut self.out[r] {
            s.keep_with_next = true;
        }
    }

    fn cover(&mut self, c: &Cover) {
        if let Some(m) = &c.marking {
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
                let cells = [label.to_owned(), v.to_owned()];
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
        }
    }

    /// One row of cells side by side (each wrapped in its column), with optional padding,
    /// background and border colour.
    fn row(
        &mut self,
        widths: &[f32],
        cells: &[String],
        styles: &[Style],
        pad: f32,
        fill: Option<Color>,
        border: Option<Color>,
    ) {
        let mut draws = Vec::new();
        let mut x = 0.0;
        let mut height: f32 = 0.0;
        let mut cell_lines = Vec::new();
        for (i, (w, cell)) in widths.iter().zip(cells).enumerate() {
            let style = styles
                .get(i)
                .or(styles.last())
                .copied()
                .unwrap_or(Style::regular(BODY));
            let ls = lines(self.shaper, &[(cell, style)], (w - 2.0 * pad).max(1.0));
            height = height.max(ls.iter().map(|l| l.height).sum());
            cell_lines.push((x, ls));
            x += w;
        }
        let height = height + 2.0 * pad;
        if let Some(color) = fill {
            draws.push(Draw::Fill {
                x: 0.0,
                y: 0.0,
                w: x,
                h: height,
                color,
            });
        }
        for (cx, ls) in cell_lines {
            let mut y = pad;
            for l in ls {
                for mut r in l.runs {
                    r.x += cx + pad;
                    r.y += y;
                    draws.push(Draw::Text(r));
                }
                y += l.height;
            }
        }
        if let Some(color) = border {
            let mut line = |x1: f32, y1: f32, x2: f32, y2: f32| {
                draws.push(Draw::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width: 0.75,
                    color,
                });
            };
            line(0.0, 0.0, x, 0.0);
            line(0.0, height, x, height);
            let mut cx = 0.0;
            line(cx, 0.0, cx, height);
            for w in widths {
                cx += w;
                line(cx, 0.0, cx, height);
            }
        }
        self.out.push(Slice {
            height,
            draws,
            ..Slice::default()
        });
    }

    /// A table with a shaded header row, every cell bordered when `boxed`, else rows
    /// separated by lines.
    fn table(&mut self, widths: &[f32], t: &Table, boxed: bool) {
        let border = boxed.then_some(RULE);
        let head = [Style::bold(SMALL)];
        self.row(widths, &t.header, &head, 3.0, Some(HEAD_FILL), border);
        if let Some(h) = self.out.last_mut() {
            h.keep_with_next = true;
            h.space_before = 4.0;
        }
        let header = self.out.last().map(|h| {
            std::rc::Rc::new(Slice {
                space_before: 0.0,
                keep_with_next: false,
                ..h.clone()
            })
        });
        let body = [Style::regular(SMALL)];
        for r in &t.rows {
            self.row(widths, r, &body, 3.0, None, border);
            if let Some(s) = self.out.last_mut() {
                s.repeat_header = header.clone();
            }
            if !boxed && let Some(s) = self.out.last_mut() {
                let h = s.height;
                s.draws.push(Draw::Line {
                    x1: 0.0,
                    y1: h,
                    x2: widths.iter().sum(),
                    y2: h,
                    width: 0.5,
                    color: Color(0x88, 0x88, 0x88),
                });
            }
        }
        if let Some(last) = self.out.last_mut() {
            last.height += 8.0;
        }
    }

    fn chart(&mut self, chart: &Chart) {
        let start = self.out.len();
        self.h3(&chart.title);
        for bar in &chart.bars {
            let ls = lines(
                self.shaper,
                &[(&bar.label, Style::regular(SMALL))],
                BAR_LABEL - 6.0,
            );
            let text_h: f32 = ls.iter().map(|l| l.height).sum();
            let mut s = Slice::space(text_h.max(BAR_HEIGHT) + 3.0);
            let mut y = 0.0;
            for l in ls {
                s.draws.extend(l.runs.into_iter().map(|mut r| {
                    r.y += y;
                    Draw::Text(r)
                }));
                y += l.height;
            }
            let track = Draw::Fill {
                x: BAR_LABEL,
                y: 0.0,
                w: BAR_TRACK,
                h: BAR_HEIGHT,
                color: Color(0x99, 0x99, 0x99),
            };
            let inner = Draw::Fill {
                x: BAR_LABEL + 0.5,
                y: 0.5,
                w: BAR_TRACK - 1.0,
                h: BAR_HEIGHT - 1.0,
                color: Color(0xf2, 0xf2, 0xf2),
            };
            s.draws.push(track);
            s.draws.push(inner);
            let value = match bar.value {
                Some(v) => {
                    let w = (v.clamp(0.0, 100.0) / 100.0) as f32 * BAR_TRACK;
                    if w > 0.0 {
                        s.draws.push(Draw::Fill {
                            x: BAR_LABEL,
                            y: 0.0,
                            w,
                            h: BAR_HEIGHT,
                            color: Color(0x55, 0x55, 0x55),
                        });
                    }
                    format!("{v:.1}")
                }
                None => "no score".to_owned(),
            };
            let vl = lines(self.shaper, &[(&value, Style::bold(SMALL))], 80.0);
            for l in vl {
                s.draws.extend(l.runs.into_iter().map(|mut r| {
                    r.x += BAR_LABEL + BAR_TRACK + 6.0;
                    Draw::Text(r)
                }));
            }
            self.out.push(s);
        }
        let n = self.out.len() - start;
        self.out[start].group = Some(n);
        if let Some(last) = self.out.last_mut() {
            last.height += 6.0;
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
