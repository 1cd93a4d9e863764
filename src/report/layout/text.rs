//! Paragraphs to lines: styled spans are shaped into pieces, and lines are filled greedily,
//! breaking only at Unicode line break opportunities (between Thai, Lao, Khmer and Myanmar
//! words too); a word wider than the line is split between grapheme clusters (never inside
//! one), like CSS `overflow-wrap: anywhere`.

use super::super::fonts::Face;
use super::super::shape::{Glyph, Piece, Shaper};
use super::{Color, PlacedGlyph, TextRun};

/// How a span of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Style {
    /// Font size in points.
    pub(crate) size: f32,
    /// Bold face.
    pub(crate) bold: bool,
    /// Colour.
    pub(crate) color: Color,
}

impl Style {
    /// Regular text of `size` points.
    pub(crate) const fn regular(size: f32) -> Style {
        Style {
            size,
            bold: false,
            color: Color::TEXT,
        }
    }

    /// Bold text of `size` points.
    pub(crate) const fn bold(size: f32) -> Style {
        Style {
            size,
            bold: true,
            color: Color::TEXT,
        }
    }

    /// The same style in another colour.
    pub(crate) const fn colored(self, color: Color) -> Style {
        Style { color, ..self }
    }
}

/// Line height as a multiple of the font size (at least; taller scripts get more).
pub(crate) const LINE_HEIGHT: f32 = 1.35;

/// One laid-out line: its runs have baselines measured from the line's top.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    /// Height of the line box.
    pub(crate) height: f32,
    /// Width of the ink, trailing spaces excluded.
    pub(crate) width: f32,
    /// The text runs, left to right.
    pub(crate) runs: Vec<TextRun>,
}

/// A shaped piece of a span, possibly only some of its glyphs.
struct Frag<'t> {
    style: Style,
    face: Face,
    glyphs: std::rc::Rc<[Glyph]>,
    range: (usize, usize),
    text: &'t str,
    is_space: bool,
}

impl Frag<'_> {
    fn scale(&self) -> f32 {
        self.style.size / self.face.data().units_per_em
    }

    fn width(&self) -> f32 {
        let units: i32 = self.glyphs[self.range.0..self.range.1]
            .iter()
            .map(|g| g.advance)
            .sum();
        units as f32 * self.scale()
    }
}

/// Lays out `spans` (one paragraph; line breaks in the text are treated as spaces) in lines
/// of at most `width` points.
pub(crate) fn lines(shaper: &mut Shaper, spans: &[(&str, Style)], width: f32) -> Vec<Line> {
    // Words: pieces up to and including the next break opportunity.
    let mut words: Vec<Vec<Frag>> = vec![Vec::new()];
    for (text, style) in spans {
        for p in shaper.pieces(text, style.bold) {
            let Piece {
                face,
                start,
                end,
                glyphs,
                is_space,
                break_after,
                ..
            } = p;
            let n = glyphs.len();
            if let Some(w) = words.last_mut() {
                w.push(Frag {
                    style: *style,
                    face,
                    glyphs,
                    range: (0, n),
                    text: &text[start..end],
                    is_space,
                });
            }
            if break_after {
                words.push(Vec::new());
            }
        }
    }
    let mut out = LineBuilder::default();
    for word in words.into_iter().filter(|w| !w.is_empty()) {
        let ink: f32 = word.iter().filter(|f| !f.is_space).map(Frag::width).sum();
        if out.x > 0.0 && out.x + ink > width {
            out.finish();
        }
        if out.x == 0.0 && ink > width {
            split_word(&mut out, word, width);
        } else {
            for f in word {
                out.push(f);
            }
        }
    }
    out.finish();
    out.lines
}

/// Places a word wider than the line, breaking it between grapheme clusters (a glyph cluster
/// of the font that lies inside a grapheme cluster is not a place to break either).
fn split_word<'t>(out: &mut LineBuilder<'t>, word: Vec<Frag<'t>>, width: f32) {
    for frag in word {
        let scale = frag.scale();
        let graphemes = crate::text::grapheme_boundaries(frag.text);
        let base = frag.glyphs.get(frag.range.0).map_or(0, |g| g.cluster);
        let breakable = |g: &Glyph| {
            let at = g.cluster.saturating_sub(base) as usize;
            graphemes.binary_search(&at).is_ok()
        };
        let mut start = frag.range.0;
        let mut x = out.x;
        let mut i = start;
        while i < frag.range.1 {
            // The unit starting at i: glyphs up to the next grapheme boundary.
            let mut j = i + 1;
            while j < frag.range.1
                && (frag.glyphs[j].cluster == frag.glyphs[i].cluster || !breakable(&frag.glyphs[j]))
            {
                j += 1;
            }
            let w: f32 = frag.glyphs[i..j].iter().map(|g| g.advance).sum::<i32>() as f32 * scale;
            if x + w > width && x > 0.0 {
                if i > start {
                    out.push(sub_frag(&frag, start, i));
                }
                out.finish();
                start = i;
                x = 0.0;
            }
            x += w;
            i = j;
        }
        if start < frag.range.1 {
            out.push(sub_frag(&frag, start, frag.range.1));
        }
    }
}

/// Glyphs `from..to` of a fragment, with the text of their clusters.
fn sub_frag<'t>(f: &Frag<'t>, from: usize, to: usize) -> Frag<'t> {
    let byte = |g: usize| {
        if g >= f.glyphs.len() {
            f.text.len()
        } else {
            (f.glyphs[g].cluster as usize).min(f.text.len())
        }
    };
    let (a, b) = (byte(from), byte(to));
    let text = f.text.get(a.min(b)..b.max(a)).unwrap_or("");
    Frag {
        style: f.style,
        face: f.face,
        glyphs: std::rc::Rc::clone(&f.glyphs),
        range: (from, to),
        text,
        is_space: f.is_space,
    }
}

#[derive(Default)]
struct LineBuilder<'t> {
    frags: Vec<Frag<'t>>,
    x: f32,
    lines: Vec<Line>,
}

impl<'t> LineBuilder<'t> {
    fn push(&mut self, f: Frag<'t>) {
        if self.frags.is_empty() && f.is_space {
            return;
        }
        self.x += f.width();
        self.frags.push(f);
    }

    /// Ends the line. A space it ends with stays (invisible past the ink, whose width the
    /// line reports) so that text extraction and screen readers keep the words apart.
    fn finish(&mut self) {
        let frags = std::mem::take(&mut self.frags);
        self.x = 0.0;
        let ink = frags.iter().rposition(|f| !f.is_space).map_or(0, |i| i + 1);
        if ink > 0 {
            let mut line = build_line(&frags);
            line.width -= frags[ink..].iter().map(Frag::width).sum::<f32>();
            self.lines.push(line);
        }
    }
}

/// Turns a line's fragments into runs (one per face and style) on a common baseline.
fn build_line(frags: &[Frag]) -> Line {
    let mut ascent: f32 = 0.0;
    let mut descent: f32 = 0.0;
    let mut height: f32 = 0.0;
    for f in frags {
        let d = f.face.data();
        let scale = f.scale();
        ascent = ascent.max(d.ascender * scale);
        descent = descent.max(d.descender * scale);
        height = height.max(f.style.size * LINE_HEIGHT);
    }
    height = height.max(ascent + descent);
    let baseline = (height - ascent - descent) / 2.0 + ascent;
    let mut runs: Vec<TextRun> = Vec::new();
    let mut x = 0.0;
    for f in frags {
        let same = runs.last().is_some_and(|r| {
            r.face == f.face && r.size == f.style.size && r.color == f.style.color
        });
        if !same {
            runs.push(TextRun {
                face: f.face,
                size: f.style.size,
                color: f.style.color,
                x,
                y: baseline,
                glyphs: Vec::new(),
                actual_text: f.face.is_complex().then(String::new),
                node: None,
            });
        }
        let Some(run) = runs.last_mut() else { continue };
        x += place_glyphs(run, f);
    }
    Line {
        height,
        width: x,
        runs,
    }
}

/// Adds a fragment's glyphs (and its text, where the run carries it) to `run`, each glyph
/// with the text it stands for where the font cannot tell; returns how far the pen moved.
fn place_glyphs(run: &mut TextRun, f: &Frag) -> f32 {
    if let Some(t) = &mut run.actual_text {
        t.push_str(f.text);
    }
    let scale = f.scale();
    let glyphs = &f.glyphs[f.range.0..f.range.1];
    // Offsets of the fragment's text are relative to the piece; the first glyph's cluster is
    // where this fragment's text starts.
    let base = glyphs.first().map_or(0, |g| g.cluster as usize);
    let mut moved = 0.0;
    let mut k = 0;
    while k < glyphs.len() {
        let cluster = glyphs[k].cluster;
        let n = glyphs[k..]
            .iter()
            .take_while(|g| g.cluster == cluster)
            .count();
        let start = (cluster as usize).saturating_sub(base);
        let end = glyphs
            .get(k + n)
            .map_or(f.text.len(), |g| (g.cluster as usize).saturating_sub(base));
        let text = f.text.get(start..end).unwrap_or("");
        let texts = cluster_texts(f.face, &glyphs[k..k + n], text);
        for (g, text) in glyphs[k..k + n].iter().zip(texts) {
            let advance = g.advance as f32 * scale;
            run.glyphs.push(PlacedGlyph {
                id: g.id,
                advance,
                x_offset: g.x_offset as f32 * scale,
                y_offset: g.y_offset as f32 * scale,
                text,
            });
            moved += advance;
        }
        k += n;
    }
    moved
}

/// What each glyph of one cluster stands for, where the face's character map cannot tell:
/// a glyph alone for its text maps to that text (a ligature, a contextual form); in a
/// cluster of several glyphs, glyphs the character map knows take their own characters and
/// the first glyph it does not know takes the characters left over.
fn cluster_texts(face: Face, glyphs: &[Glyph], text: &str) -> Vec<Option<Box<str>>> {
    let data = face.data();
    if let [g] = glyphs {
        let mut chars = text.chars();
        let nominal = match (chars.next(), chars.next()) {
            (Some(c), None) => data.glyph(c) == Some(g.id),
            _ => text.is_empty(),
        };
        return vec![(!nominal).then(|| Box::from(text))];
    }
    let mut left: Vec<char> = text.chars().collect();
    let mut known = vec![false; glyphs.len()];
    for (k, g) in glyphs.iter().enumerate() {
        if let Some(i) = data
            .char_of(g.id)
            .and_then(|c| left.iter().position(|&l| l == c))
        {
            left.remove(i);
            known[k] = true;
        }
    }
    let mut out = vec![None; glyphs.len()];
    if let Some(k) = known.iter().position(|k| !k)
        && !left.is_empty()
    {
        out[k] = Some(left.into_iter().collect::<String>().into_boxed_str());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line]) -> Vec<String> {
        lines
            .iter()
            .map(|l| {
                l.runs
                    .iter()
                    .map(|r| r.glyphs.len().to_string())
                    .collect::<Vec<_>>()
                    .join("+")
            })
            .collect()
    }

    #[test]
    fn text_wraps_at_spaces_within_the_width() {
        let mut s = Shaper::new();
        let text = "The working group reviewed the drafts and agreed next steps.";
        let lines = lines(&mut s, &[(text, Style::regular(10.0))], 120.0);
        assert!(lines.len() >= 3, "{}", texts(&lines).join("|"));
        assert!(lines.iter().all(|l| l.width <= 120.0));
        let glyphs: usize = lines
            .iter()
            .flat_map(|l| &l.runs)
            .map(|r| r.glyphs.len())
            .sum();
        // Every character but the spaces at line ends is drawn.
        let spaces = text.matches(' ').count();
        assert!(glyphs >= text.len() - spaces && glyphs <= text.len());
    }

    #[test]
    fn a_word_longer_than_the_line_is_split_and_nothing_is_lost_or_repeated() {
        let mut s = Shaper::new();
        let word = "A".repeat(2000);
        let lines = lines(&mut s, &[(&word, Style::regular(10.0))], 400.0);
        let glyphs: usize = lines
            .iter()
            .flat_map(|l| &l.runs)
            .map(|r| r.glyphs.len())
            .sum();
        assert_eq!(glyphs, 2000);
        assert!(lines.iter().all(|l| l.width <= 400.0));
        assert!(lines.len() >= 2000 * 6 / 400);
    }

    #[test]
    fn complex_script_runs_carry_their_text_as_written() {
        let mut s = Shaper::new();
        let text = "ပညာ ဝန်ကြီးဌာန";
        let lines = lines(&mut s, &[(text, Style::regular(10.0))], 400.0);
        let actual: String = lines[0]
            .runs
            .iter()
            .filter_map(|r| r.actual_text.clone())
            .collect();
        assert_eq!(actual, text);
    }
}
