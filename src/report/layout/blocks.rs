//! The typesetter's blocks: each block of a [`Document`] becomes a run of slices in the report's
//! type styles — title and cover, headings, paragraphs, lists, tables, charts and item cards.
//! Nothing here knows which document it sets.

use std::ops::Range;

use super::super::document::{Block, Document, Paragraph, Tone};
use super::super::shape::Shaper;
use super::flow::{Slice, chain, paragraph};
use super::furniture::marking_style;
use super::structure::{Role, Structure};
use super::text::{Style, lines};
use super::{Color, Draw};

pub(super) const BODY: f32 = 10.0;
pub(super) const SMALL: f32 = 9.0;
pub(super) const RULE: Color = Color(0x44, 0x44, 0x44);

/// Builds slices, with the shaper and the column width at hand.
pub(crate) struct Column<'s> {
    pub(super) shaper: &'s mut Shaper,
    pub(super) width: f32,
    pub(super) out: Vec<Slice>,
    /// The words the typesetter adds, in the document's language.
    pub(super) words: &'s crate::report::document::Words,
    /// What the text is, built as it is set.
    pub(super) structure: Structure,
    /// The structure node that new blocks belong to.
    pub(super) parent: u32,
    /// The level of the last heading tagged (1 for the title), so that none skips a level.
    pub(super) last_heading: u8,
}

/// The whole document as slices in `c`.
pub(crate) fn document_body(document: &Document, c: &mut Column<'_>) {
    for block in &document.blocks {
        c.block(block);
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

    /// A label and its value on the cover, a row of the facts' `table`.
    pub(super) fn cover_row(&mut self, label: &str, value: &str, table: u32) {
        let cells = [label.to_owned(), value.to_owned()];
        let styles = [Style::bold(11.0), Style::regular(11.0)];
        self.row(
            &[112.0, self.width - 112.0],
            &cells,
            &styles,
            0.0,
            None,
            None,
            Some(super::grid::RowOf {
                table,
                header: false,
                names_row: true,
            }),
        );
        if let Some(last) = self.out.last_mut() {
            last.height += 4.0;
        }
    }
}

impl Column<'_> {
    /// One block as slices, its text named in the structure: blocks with parts (lists,
    /// tables, item cards, pictures) name their parts themselves.
    fn block(&mut self, block: &Block) {
        let start = self.out.len();
        self.lay_block(block);
        let role = match block {
            Block::Title { .. } => self.heading(1),
            Block::Heading { level, .. } => self.heading(level.saturating_add(1)),
            Block::Marking(_) | Block::Subtitle(_) | Block::Paragraph(_) | Block::FactLine(_) => {
                Role::P
            }
            Block::BarChart(_) | Block::RangeChart(_) | Block::SlopeChart(_) => Role::Figure,
            _ => return,
        };
        let range = start..self.out.len();
        let node = self
            .structure
            .claim(&mut self.out, range, role, self.parent);
        if let Some(node) = self.structure.nodes.get_mut(node as usize) {
            node.alt = crate::report::document::chart_alt(block, self.words);
        }
    }

    /// The heading role for a heading `wanted` deep (1 is the title), never more than one
    /// level below the last heading.
    pub(super) fn heading(&mut self, wanted: u8) -> Role {
        let level = wanted.clamp(1, self.last_heading.saturating_add(1).min(4));
        self.last_heading = level;
        match level {
            1 => Role::H1,
            2 => Role::H2,
            3 => Role::H3,
            _ => Role::H4,
        }
    }

    /// Lays out one block as slices.
    fn lay_block(&mut self, block: &Block) {
        match block {
            Block::Marking(m) => self.marking_box(m),
            Block::Title { text, cover } => {
                let (size, after) = if *cover { (22.0, 8.0) } else { (20.0, 6.0) };
                self.para(&[(text, Style::bold(size))], 0.0, 0.0, after);
            }
            Block::Subtitle(text) => {
                let style = Style::bold(13.0).colored(Color::MUTED);
                self.para(&[(text, style)], 0.0, 4.0, 16.0);
            }
            Block::Facts(facts) => {
                self.out.push(Slice::space(6.0));
                let table = self.structure.add(Role::Table, self.parent);
                for (label, value) in facts {
                    self.cover_row(label, value, table);
                }
            }
            Block::Heading { level: 1, text } => self.h2(text),
            Block::Heading { text, .. } => self.h3(text),
            Block::Paragraph(p) => self.paragraph(p),
            Block::FactLine(facts) => self.fact_line(facts),
            Block::List(entries) => {
                let list = self.structure.add(Role::L, self.parent);
                for e in entries {
                    let text = format!("• {e}");
                    let r = self.para(&[(&text, Style::regular(BODY))], 0.0, 0.0, 5.0);
                    self.structure.claim(&mut self.out, r, Role::LI, list);
                }
            }
            Block::Table(t) => self.table(t),
            Block::BarChart(chart) => self.chart(chart),
            Block::RangeChart(chart) => self.range_chart(chart),
            Block::SlopeChart(chart) => self.slope_chart(chart),
            Block::Item(item) => self.item(item),
            Block::Figure(figure) => self.figure(figure),
            Block::PageBreak => self.page_break(),
            Block::Together(blocks) => self.together(blocks),
        }
    }

    /// A picture across the column (at most 60 % of a page high) with a thin frame, its
    /// caption below, kept together.
    fn figure(&mut self, figure: &crate::report::document::Figure) {
        let (pw, ph) = png_size(figure.png).unwrap_or((4, 3));
        let mut w = self.width;
        let mut h = w * ph as f32 / pw.max(1) as f32;
        if h > 460.0 {
            w *= 460.0 / h;
            h = 460.0;
        }
        let frame = |x1: f32, y1: f32, x2: f32, y2: f32| Draw::Line {
            x1,
            y1,
            x2,
            y2,
            width: 0.5,
            color: RULE,
        };
        let start = self.out.len();
        self.out.push(Slice {
            space_before: 8.0,
            height: h + 4.0,
            draws: vec![
                Draw::Image {
                    png: figure.png,
                    x: 0.0,
                    y: 0.0,
                    w,
                    h,
                    node: None,
                },
                frame(0.0, 0.0, w, 0.0),
                frame(0.0, h, w, h),
                frame(0.0, 0.0, 0.0, h),
                frame(w, 0.0, w, h),
            ],
            keep_with_next: true,
            ..Slice::default()
        });
        let picture =
            self.structure
                .claim(&mut self.out, start..start + 1, Role::Figure, self.parent);
        if let Some(node) = self.structure.nodes.get_mut(picture as usize) {
            node.alt = Some(figure.caption.clone());
        }
        let style = Style::regular(SMALL).colored(Color::MUTED);
        let caption = self.para(&[(&figure.caption, style)], 0.0, 0.0, 8.0);
        self.structure
            .claim(&mut self.out, caption, Role::Caption, self.parent);
        chain(&mut self.out[start..]);
    }

    /// Blocks kept together and with what follows: each slice keeps with the next.
    fn together(&mut self, blocks: &[Block]) {
        let start = self.out.len();
        for b in blocks {
            self.block(b);
        }
        chain(&mut self.out[start..]);
        if let Some(last) = self.out.last_mut() {
            last.keep_with_next = true;
        }
    }

    fn paragraph(&mut self, p: &Paragraph) {
        let (size, color) = match p.tone {
            Tone::Body => (BODY, Color::TEXT),
            Tone::Note => (SMALL, Color::MUTED),
        };
        let spans: Vec<(&str, Style)> = p
            .spans
            .iter()
            .map(|s| {
                let style = if s.strong {
                    Style::bold(size)
                } else {
                    Style::regular(size)
                };
                (s.text.as_str(), style.colored(color))
            })
            .collect();
        let after = if p.tone == Tone::Note { 4.0 } else { 5.0 };
        self.para(&spans, 0.0, 0.0, after);
    }

    /// Muted facts on one line: "Score: 62.5 · Completion: 80 %".
    fn fact_line(&mut self, facts: &[(String, String)]) {
        let label = Style::bold(BODY).colored(Color::MUTED);
        let value = Style::regular(BODY).colored(Color::MUTED);
        let labels: Vec<String> = facts
            .iter()
            .enumerate()
            .map(|(i, (l, _))| {
                if i == 0 {
                    format!("{l}: ")
                } else {
                    format!(" · {l}: ")
                }
            })
            .collect();
        let mut spans = Vec::new();
        for ((_, v), l) in facts.iter().zip(&labels) {
            spans.push((l.as_str(), label));
            spans.push((v.as_str(), value));
        }
        self.para(&spans, 0.0, 0.0, 2.0);
    }
}

/// A PNG's width and height in pixels, from its header.
pub(crate) fn png_size(png: &[u8]) -> Option<(u32, u32)> {
    let header = png.get(16..24)?;
    let width = u32::from_be_bytes(header.get(0..4)?.try_into().ok()?);
    let height = u32::from_be_bytes(header.get(4..8)?.try_into().ok()?);
    (png.starts_with(b"\x89PNG") && width > 0 && height > 0).then_some((width, height))
}
