//! The typesetter: a neutral document's blocks become slices of lines (`blocks`, `grid`,
//! charts), lines are broken with the bundled fonts' real glyph widths ([`text`]) and the slices
//! are paginated with keep-together rules ([`flow`]). It knows no particular document. The
//! result is plain data — positioned glyph runs, rectangles and lines in points from the page's
//! top-left corner — that `pdf.rs` draws.

pub(crate) mod blocks;
mod card;
mod flow;
mod furniture;
mod grid;
mod range;
mod slope;
pub(crate) mod structure;
mod text;

use std::collections::BTreeSet;

use super::Paper;
use super::document::Document;
use super::fonts::Face;
use super::shape::Shaper;
use flow::Slice;
use furniture::Furniture;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Color(pub(crate) u8, pub(crate) u8, pub(crate) u8);

impl Color {
    /// Body text.
    pub(crate) const TEXT: Color = Color(0x11, 0x11, 0x11);
    /// Secondary text.
    pub(crate) const MUTED: Color = Color(0x33, 0x33, 0x33);
    /// Black.
    pub(crate) const BLACK: Color = Color(0, 0, 0);
    /// White.
    pub(crate) const WHITE: Color = Color(0xff, 0xff, 0xff);
}

/// One glyph placed on a run, in points.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PlacedGlyph {
    /// Glyph id in the run's face.
    pub(crate) id: u16,
    /// How far the pen moves after it.
    pub(crate) advance: f32,
    /// Horizontal shift from the pen.
    pub(crate) x_offset: f32,
    /// Vertical shift from the baseline (up is positive).
    pub(crate) y_offset: f32,
    /// The text this glyph stands for when the face's character map cannot tell (a glyph
    /// for several characters, or one of several glyphs for one character).
    pub(crate) text: Option<Box<str>>,
}

/// A run of glyphs in one face, size and colour on one baseline.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TextRun {
    /// The face.
    pub(crate) face: Face,
    /// Font size in points.
    pub(crate) size: f32,
    /// Fill colour.
    pub(crate) color: Color,
    /// Pen position at the start, from the left edge.
    pub(crate) x: f32,
    /// Baseline, from the top edge.
    pub(crate) y: f32,
    /// The glyphs.
    pub(crate) glyphs: Vec<PlacedGlyph>,
    /// The text as written, for scripts whose glyph order differs from the reading order
    /// (written as the PDF's ActualText, so text extraction gives it back exactly).
    pub(crate) actual_text: Option<String>,
    /// The node of the report's structure it belongs to; `None` for decoration (page
    /// headers and footers, a repeated table header).
    pub(crate) node: Option<u32>,
}

/// Something drawn on a page, in points from the page's top-left corner.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Draw {
    /// Text.
    Text(TextRun),
    /// A filled rectangle: left, top, width, height.
    Fill {
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Colour.
        color: Color,
    },
    /// A picture (a PNG file's bytes) scaled into a box: left, top, width, height.
    Image {
        /// The PNG file.
        png: &'static [u8],
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// The structure node it belongs to (a figure).
        node: Option<u32>,
    },
    /// A straight line.
    Line {
        /// Start x.
        x1: f32,
        /// Start y.
        y1: f32,
        /// End x.
        x2: f32,
        /// End y.
        y2: f32,
        /// Stroke width.
        width: f32,
        /// Colour.
        color: Color,
    },
}

impl Draw {
    /// The same drawing moved right by `dx` and down by `dy`.
    fn shift(&mut self, dx: f32, dy: f32) {
        match self {
            Draw::Text(t) => {
                t.x += dx;
                t.y += dy;
            }
            Draw::Fill { x, y, .. } | Draw::Image { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Draw::Line { x1, y1, x2, y2, .. } => {
                *x1 += dx;
                *x2 += dx;
                *y1 += dy;
                *y2 += dy;
            }
        }
    }
}

/// Page size and margins in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Geometry {
    /// Page width.
    pub(crate) width: f32,
    /// Page height.
    pub(crate) height: f32,
    /// Left and right margin.
    pub(crate) side: f32,
    /// Top and bottom margin.
    pub(crate) top: f32,
}

impl Geometry {
    /// The report's page on `paper`: 18 mm side margins, 20 mm top and bottom.
    pub(crate) fn of(paper: Paper) -> Geometry {
        let (w, h) = paper.size_mm();
        Geometry {
            width: mm(w),
            height: mm(h),
            side: mm(18.0),
            top: mm(20.0),
        }
    }

    /// Width of the text column.
    pub(crate) fn text_width(&self) -> f32 {
        self.width - 2.0 * self.side
    }

    /// Height of the text column.
    pub(crate) fn text_height(&self) -> f32 {
        self.height - 2.0 * self.top
    }
}

/// Millimetres to points.
pub(crate) fn mm(v: f32) -> f32 {
    v * 72.0 / 25.4
}

/// A laid-out report.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Layout {
    /// Page size and margins.
    pub(crate) geometry: Geometry,
    /// What each page shows, header and footer included.
    pub(crate) pages: Vec<Vec<Draw>>,
    /// Characters no bundled font has (drawn as empty boxes).
    pub(crate) missing: BTreeSet<char>,
    /// What the text is, for a tagged PDF (see [`structure`]).
    pub(crate) structure: structure::Structure,
}

/// Lays `document` out on `paper`: its blocks in a column broken into pages, with the running
/// header and footer (marking, draft, page numbers).
pub(crate) fn layout(document: &Document, paper: Paper) -> Layout {
    let furniture = Furniture {
        marking: document.info.marking.as_deref(),
        draft: document.info.draft.as_deref(),
        words: &document.words,
    };
    lay_out(paper, furniture, |shaper, width| {
        let mut c = blocks::Column {
            shaper,
            width,
            out: Vec::new(),
            words: &document.words,
            structure: structure::Structure::default(),
            parent: structure::ROOT,
            last_heading: 0,
        };
        blocks::document_body(document, &mut c);
        (c.out, c.structure)
    })
}

/// Pages of the column `slices` makes, with the running header and footer.
fn lay_out(
    paper: Paper,
    furniture: Furniture<'_>,
    slices: impl FnOnce(&mut Shaper, f32) -> (Vec<Slice>, structure::Structure),
) -> Layout {
    let geometry = Geometry::of(paper);
    let mut shaper = Shaper::new();
    let (slices, structure) = slices(&mut shaper, geometry.text_width());
    let mut pages = flow::paginate(slices, &geometry);
    furniture::add(&mut pages, furniture, &mut shaper, &geometry);
    Layout {
        geometry,
        pages,
        missing: shaper.missing().clone(),
        structure,
    }
}
