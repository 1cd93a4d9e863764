//! Range charts for the regional report: per norm or focus area, a bar from the lowest to the
//! highest State score on a 0–100 track, a line at the median and an open square at the mean —
//! a box plot without quartiles, which with few States would reveal single States' scores.

use super::super::regional::{Range, RangeChart};
use super::blocks::{Column, SMALL};
use super::flow::Slice;
use super::text::{Style, lines};
use super::{Color, Draw};

/// Columns: label, track, median value.
const LABEL: f32 = 176.0;
const TRACK: f32 = 230.0;
const ROW: f32 = 12.0;
const RANGE_FILL: Color = Color(0x99, 0x99, 0x99);
const GRID: Color = Color(0xcc, 0xcc, 0xcc);

impl Column<'_> {
    /// The chart: caption, a scale 0–100, one row per entry and a line saying how to read it.
    pub(super) fn range_chart(&mut self, chart: &RangeChart) {
        let start = self.out.len();
        self.h3(&chart.title);
        let scale = self.scale_row();
        self.out.push(scale);
        for row in &chart.rows {
            let mut s = self.labelled_row(&row.label, LABEL, ROW);
            track(&mut s.draws);
            match row.range {
                Some(r) => {
                    range(&mut s.draws, r);
                    let value = self
                        .words
                        .median
                        .replace("{value}", &self.words.number(r.median));
                    self.text_at(
                        &mut s.draws,
                        &value,
                        LABEL + TRACK + 6.0,
                        Style::bold(SMALL),
                    );
                }
                None => {
                    let style = Style::regular(SMALL).colored(Color::MUTED);
                    self.text_at(&mut s.draws, &row.note, LABEL + 4.0, style);
                }
            }
            self.out.push(s);
        }
        if let Some(last) = self.out.last_mut() {
            last.height += 4.0;
        }
        let how = self.words.range_how.clone();
        let how = how.as_str();
        let style = Style::regular(SMALL).colored(Color::MUTED);
        self.para(&[(how, style)], 0.0, 0.0, 8.0);
        // The chart and how to read it stay on one page.
        let n = self.out.len() - start;
        self.out[start].group = Some(n);
    }

    /// Tick labels 0, 25, 50, 75, 100 above the track.
    fn scale_row(&mut self) -> Slice {
        let mut s = Slice::space(10.0);
        for tick in [0.0_f32, 25.0, 50.0, 75.0, 100.0] {
            let label = format!("{tick:.0}");
            let style = Style::regular(7.0).colored(Color::MUTED);
            let ls = lines(self.shaper, &[(&label, style)], 40.0);
            for l in ls {
                let x = LABEL + tick / 100.0 * TRACK - l.width / 2.0;
                s.draws.extend(l.runs.into_iter().map(|mut r| {
                    r.x += x;
                    Draw::Text(r)
                }));
            }
        }
        s
    }

    /// One line of `text` starting at `x`, on the row's first line.
    fn text_at(&mut self, draws: &mut Vec<Draw>, text: &str, x: f32, style: Style) {
        if let Some(l) = lines(self.shaper, &[(text, style)], f32::MAX)
            .into_iter()
            .next()
        {
            draws.extend(l.runs.into_iter().map(|mut r| {
                r.x += x;
                Draw::Text(r)
            }));
        }
    }
}

/// The x position of a score on the track.
fn at(score: f64) -> f32 {
    LABEL + (score.clamp(0.0, 100.0) / 100.0) as f32 * TRACK
}

/// The empty track with grid lines at 25, 50 and 75.
fn track(draws: &mut Vec<Draw>) {
    draws.push(Draw::Fill {
        x: LABEL,
        y: 0.0,
        w: TRACK,
        h: ROW,
        color: Color(0x99, 0x99, 0x99),
    });
    draws.push(Draw::Fill {
        x: LABEL + 0.5,
        y: 0.5,
        w: TRACK - 1.0,
        h: ROW - 1.0,
        color: Color(0xf7, 0xf7, 0xf7),
    });
    for tick in [25.0, 50.0, 75.0] {
        let x = at(tick);
        draws.push(Draw::Line {
            x1: x,
            y1: 0.5,
            x2: x,
            y2: ROW - 0.5,
            width: 0.4,
            color: GRID,
        });
    }
}

/// The bar from lowest to highest, the median line and the mean's open square.
fn range(draws: &mut Vec<Draw>, r: Range) {
    let (x1, x2) = (at(r.min), at(r.max));
    draws.push(Draw::Fill {
        x: x1,
        y: 3.0,
        w: (x2 - x1).max(1.0),
        h: ROW - 6.0,
        color: RANGE_FILL,
    });
    let m = at(r.median);
    draws.push(Draw::Line {
        x1: m,
        y1: 0.5,
        x2: m,
        y2: ROW - 0.5,
        width: 2.0,
        color: Color::BLACK,
    });
    let (cx, cy, half) = (at(r.mean), ROW / 2.0, 2.5);
    draws.push(Draw::Fill {
        x: cx - half,
        y: cy - half,
        w: 2.0 * half,
        h: 2.0 * half,
        color: Color::WHITE,
    });
    let corners = [
        (cx - half, cy - half, cx + half, cy - half),
        (cx + half, cy - half, cx + half, cy + half),
        (cx + half, cy + half, cx - half, cy + half),
        (cx - half, cy + half, cx - half, cy - half),
    ];
    for (x1, y1, x2, y2) in corners {
        draws.push(Draw::Line {
            x1,
            y1,
            x2,
            y2,
            width: 0.8,
            color: Color::BLACK,
        });
    }
}
