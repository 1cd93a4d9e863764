//! Tables and bar charts for the report's column: rows of wrapped cells with shading and
//! borders (a header that repeats on each page), and horizontal bars on a 0–100 track.

use super::super::document::{BarChart, Table, Widths};
use super::blocks::{BODY, Column, RULE, SMALL};
use super::flow::Slice;
use super::structure::Role;
use super::text::{Style, lines};
use super::{Color, Draw};

const HEAD_FILL: Color = Color(0xe6, 0xe6, 0xe6);
/// Bar chart columns: label, track, value.
const BAR_LABEL: f32 = 187.5;
const BAR_TRACK: f32 = 210.0;
const BAR_HEIGHT: f32 = 11.0;

/// Which table a row belongs to, for the structure: a header row's cells head their columns;
/// in a row of a table whose first column names the rows, the first cell heads its row.
pub(super) struct RowOf {
    /// The table's structure node.
    pub(super) table: u32,
    /// The header row.
    pub(super) header: bool,
    /// The first cell names the row.
    pub(super) names_row: bool,
}

impl Column<'_> {
    /// The structure node of each cell of a new row of `of`.
    fn cell_nodes(&mut self, of: &RowOf, cells: usize) -> Vec<u32> {
        let row = self.structure.add(Role::TR, of.table);
        (0..cells)
            .map(|i| {
                let role = if of.header {
                    Role::TH { column: true }
                } else if i == 0 && of.names_row {
                    Role::TH { column: false }
                } else {
                    Role::TD
                };
                self.structure.add(role, row)
            })
            .collect()
    }

    /// One row of cells side by side (each wrapped in its column), with optional padding,
    /// background and border colour; `of` names its cells in the structure.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn row(
        &mut self,
        widths: &[f32],
        cells: &[String],
        styles: &[Style],
        pad: f32,
        fill: Option<Color>,
        border: Option<Color>,
        of: Option<RowOf>,
    ) {
        let nodes = of.map(|of| self.cell_nodes(&of, cells.len().min(widths.len())));
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
        for (i, (cx, ls)) in cell_lines.into_iter().enumerate() {
            let mut y = pad;
            let node = nodes.as_ref().and_then(|n| n.get(i).copied());
            for l in ls {
                for mut r in l.runs {
                    r.x += cx + pad;
                    r.y += y;
                    r.node = node;
                    draws.push(Draw::Text(r));
                }
                y += l.height;
            }
        }
        if let Some(color) = border {
            cell_borders(&mut draws, widths, height, color);
        }
        self.out.push(Slice {
            height,
            draws,
            ..Slice::default()
        });
    }

    /// Column widths in points for `widths` in this column.
    fn column_widths(&self, widths: &Widths) -> Vec<f32> {
        match widths {
            Widths::Points(points) => points.clone(),
            Widths::Shares(shares) => {
                let total: f32 = shares.iter().sum::<f32>().max(f32::EPSILON);
                shares.iter().map(|s| s / total * self.width).collect()
            }
            Widths::FirstTakesRest { others, each } => {
                let first_min = self.width / 3.0;
                let each = if *others == 0 {
                    0.0
                } else {
                    each.min((self.width - first_min) / *others as f32)
                };
                let mut w = vec![self.width - each * *others as f32];
                w.extend(std::iter::repeat_n(each, *others));
                w
            }
        }
    }

    /// A table with a shaded header row; when its first column names the rows every cell is
    /// bordered, else rows are separated by lines.
    pub(super) fn table(&mut self, t: &Table) {
        let widths = &self.column_widths(&t.widths);
        let boxed = t.row_names;
        let border = boxed.then_some(RULE);
        let head = [Style::bold(SMALL)];
        let table = self.structure.add(Role::Table, self.parent);
        let of = |header| RowOf {
            table,
            header,
            names_row: t.row_names,
        };
        let fill = Some(HEAD_FILL);
        self.row(widths, &t.header, &head, 3.0, fill, border, Some(of(true)));
        if let Some(h) = self.out.last_mut() {
            h.keep_with_next = true;
            h.space_before = 4.0;
        }
        // Repeated on later pages as decoration: screen readers read the header once.
        let header = self.out.last().map(|h| {
            let mut repeat = Slice {
                space_before: 0.0,
                keep_with_next: false,
                ..h.clone()
            };
            for draw in &mut repeat.draws {
                if let Draw::Text(run) = draw {
                    run.node = None;
                }
            }
            std::rc::Rc::new(repeat)
        });
        let body = [Style::regular(SMALL)];
        for r in &t.rows {
            self.row(widths, r, &body, 3.0, None, border, Some(of(false)));
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

    /// A chart row: `label` wrapped in the first `label_width` points, the row at least
    /// `min_height` tall (the bar's) plus a small gap.
    pub(super) fn labelled_row(&mut self, label: &str, label_width: f32, min_height: f32) -> Slice {
        let ls = lines(
            self.shaper,
            &[(label, Style::regular(SMALL))],
            label_width - 6.0,
        );
        let text_h: f32 = ls.iter().map(|l| l.height).sum();
        let mut s = Slice::space(text_h.max(min_height) + 3.0);
        let mut y = 0.0;
        for l in ls {
            s.draws.extend(l.runs.into_iter().map(|mut r| {
                r.y += y;
                Draw::Text(r)
            }));
            y += l.height;
        }
        s
    }

    pub(super) fn chart(&mut self, chart: &BarChart) {
        let start = self.out.len();
        self.h3(&chart.title);
        for bar in &chart.bars {
            let mut s = self.labelled_row(&bar.label, BAR_LABEL, BAR_HEIGHT);
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
                    self.words.number(v)
                }
                None => self.words.no_score.clone(),
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
}

/// Lines around every cell of a row `height` points tall.
fn cell_borders(draws: &mut Vec<Draw>, widths: &[f32], height: f32, color: Color) {
    let total: f32 = widths.iter().sum();
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
    line(0.0, 0.0, total, 0.0);
    line(0.0, height, total, height);
    let mut cx = 0.0;
    line(cx, 0.0, cx, height);
    for w in widths {
        cx += w;
        line(cx, 0.0, cx, height);
    }
}
