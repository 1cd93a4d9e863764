//! A slope chart for the trend document: one line per series across the assessments, scores
//! 0–100 upwards, labelled at its right end.

use super::super::document::{Series, SlopeChart};
use super::blocks::Column;
use super::flow::Slice;
use super::text::{Style, lines};
use super::{Color, Draw};

/// Height of the plotting area.
const PLOT_HEIGHT: f32 = 260.0;
/// Space on the left for the axis labels, and on the right for the series labels.
const AXIS: f32 = 28.0;
const LABELS: f32 = 150.0;

/// Where points of the chart go: x by assessment, y by score.
struct Axes {
    plot_w: f32,
    steps: f32,
}

impl Axes {
    fn x(&self, i: usize) -> f32 {
        AXIS + self.plot_w * i as f32 / self.steps
    }

    fn y(&self, v: f64) -> f32 {
        PLOT_HEIGHT * (1.0 - (v.clamp(0.0, 100.0) / 100.0) as f32)
    }
}

const GRID: Color = Color(0xcc, 0xcc, 0xcc);

impl Column<'_> {
    /// A slope chart with its caption, the assessments' labels along the bottom.
    pub(crate) fn slope_chart(&mut self, chart: &SlopeChart) {
        self.h3(&chart.title);
        let axes = Axes {
            plot_w: (self.width - AXIS - LABELS).max(60.0),
            steps: chart.labels.len().saturating_sub(1).max(1) as f32,
        };
        let mut s = Slice::space(PLOT_HEIGHT + 34.0);
        self.grid(&mut s, &axes, &chart.labels);
        let mut used: Vec<f32> = Vec::new();
        for line in &chart.series {
            self.series(&mut s, &axes, line, &mut used);
        }
        self.out.push(s);
    }

    /// The score lines every 25 and a line per assessment, labelled.
    fn grid(&mut self, s: &mut Slice, axes: &Axes, labels: &[String]) {
        let line = |x1: f32, y1: f32, x2: f32, y2: f32| Draw::Line {
            x1,
            y1,
            x2,
            y2,
            width: 0.4,
            color: GRID,
        };
        for tick in [0.0, 25.0, 50.0, 75.0, 100.0] {
            let y = axes.y(tick);
            s.draws.push(line(AXIS, y, AXIS + axes.plot_w, y));
            let text = format!("{tick:.0}");
            self.place(s, &text, 0.0, y - 5.0, Style::regular(8.0));
        }
        for (i, label) in labels.iter().enumerate() {
            let x = axes.x(i);
            s.draws.push(line(x, 0.0, x, PLOT_HEIGHT));
            self.place(s, label, x - 14.0, PLOT_HEIGHT + 6.0, Style::bold(8.0));
        }
    }

    /// One series: its line, a dot per score, and its label at the right end (nudged below
    /// the labels already `used` when lines end close together).
    fn series(&mut self, s: &mut Slice, axes: &Axes, line: &Series, used: &mut Vec<f32>) {
        let (width, color) = if line.strong {
            (2.2, Color::BLACK)
        } else {
            (0.8, Color(0x66, 0x66, 0x66))
        };
        let points: Vec<(f32, f32)> = line
            .values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| (axes.x(i), axes.y(v))))
            .collect();
        for pair in points.windows(2) {
            s.draws.push(Draw::Line {
                x1: pair[0].0,
                y1: pair[0].1,
                x2: pair[1].0,
                y2: pair[1].1,
                width,
                color,
            });
        }
        for &(x, y) in &points {
            s.draws.push(Draw::Fill {
                x: x - width,
                y: y - width,
                w: 2.0 * width,
                h: 2.0 * width,
                color,
            });
        }
        if let Some(&(_, y)) = points.last() {
            let mut ly = y - 4.0;
            while used.iter().any(|u| (u - ly).abs() < 9.0) {
                ly += 9.0;
            }
            used.push(ly);
            let style = if line.strong {
                Style::bold(8.0)
            } else {
                Style::regular(7.5)
            };
            self.place(s, &line.label, AXIS + axes.plot_w + 6.0, ly, style);
        }
    }

    /// One line of text at (`x`, `y`) inside slice `s`.
    fn place(&mut self, s: &mut Slice, text: &str, x: f32, y: f32, style: Style) {
        for l in lines(self.shaper, &[(text, style)], LABELS) {
            for mut r in l.runs {
                r.x += x;
                r.y += y;
                s.draws.push(Draw::Text(r));
            }
        }
    }
}
