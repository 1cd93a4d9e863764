//! One page's drawing operations: shapes and pictures first, then all text in one text
//! object, every piece marked as what the report's structure names or as decoration.

use std::collections::BTreeMap;

use printpdf::{
    Color as PdfColor, FontId, Line, LinePoint, Op, PaintMode, PdfDocument, PdfFontHandle, Point,
    Pt, Rect, Rgb, XObjectTransform,
};

use super::fonts::Face;
use super::layout::{Color, Draw};
use super::pdf::{GlyphTexts, font_id, run_ops};
use super::tagged::Marker;

fn rgb(c: Color) -> PdfColor {
    let f = |v: u8| f32::from(v) / 255.0;
    PdfColor::Rgb(Rgb::new(f(c.0), f(c.1), f(c.2), None))
}

/// What a page is written with: the document, its fonts and the texts of its glyphs, and the
/// marker of its content.
pub(super) struct PageWriter<'w, 'm> {
    /// The document's language.
    pub(super) language: &'w str,
    pub(super) doc: &'w mut PdfDocument,
    pub(super) fonts: &'w mut BTreeMap<Face, FontId>,
    pub(super) glyph_texts: &'w mut GlyphTexts,
    pub(super) marker: &'w mut Marker<'m>,
}

impl PageWriter<'_, '_> {
    /// The operations of one page: shapes and pictures first, then all text in one text
    /// object; every piece marked as what the structure names, or as decoration.
    pub(super) fn ops(&mut self, draws: Vec<Draw>, height: f32) -> Result<Vec<Op>, String> {
        let mut ops = Vec::new();
        let mut texts = Vec::new();
        for d in draws {
            match d {
                Draw::Text(t) => texts.push(t),
                Draw::Image {
                    png,
                    x,
                    y,
                    w,
                    h,
                    node,
                } => {
                    self.marker.mark(&mut ops, node);
                    let id = super::pictures::image_id(png, self.doc)?;
                    let (pw, _) = super::layout::blocks::png_size(png).unwrap_or((1, 1));
                    let scale = w / pw as f32;
                    ops.push(Op::UseXobject {
                        id,
                        transform: XObjectTransform {
                            translate_x: Some(Pt(x)),
                            translate_y: Some(Pt(height - y - h)),
                            scale_x: Some(scale),
                            scale_y: Some(scale),
                            dpi: Some(72.0),
                            ..XObjectTransform::default()
                        },
                    });
                }
                shape => {
                    self.marker.mark(&mut ops, None);
                    shape_ops(&mut ops, shape, height);
                }
            }
        }
        self.marker.close(&mut ops);
        if !texts.is_empty() {
            self.text_ops(&mut ops, texts, height)?;
        }
        Ok(ops)
    }

    /// All text of a page in one text object.
    fn text_ops(
        &mut self,
        ops: &mut Vec<Op>,
        texts: Vec<super::layout::TextRun>,
        height: f32,
    ) -> Result<(), String> {
        ops.push(Op::StartTextSection);
        let mut font: Option<(Face, f32)> = None;
        let mut fill: Option<Color> = None;
        for t in texts {
            self.marker.mark(ops, t.node);
            if font != Some((t.face, t.size)) {
                let id = font_id(t.face, self.doc, self.fonts)?;
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(id),
                    size: Pt(t.size),
                });
                font = Some((t.face, t.size));
            }
            if fill != Some(t.color) {
                ops.push(Op::SetFillColor { col: rgb(t.color) });
                fill = Some(t.color);
            }
            run_ops(ops, t, height, self.glyph_texts, self.language);
        }
        self.marker.close(ops);
        ops.push(Op::EndTextSection);
        Ok(())
    }
}

/// A filled rectangle or a line, on a page `height` points tall.
fn shape_ops(ops: &mut Vec<Op>, draw: Draw, height: f32) {
    match draw {
        // Pictures need the document: `page_ops` draws them.
        Draw::Image { .. } => {}
        Draw::Fill { x, y, w, h, color } => {
            ops.push(Op::SetFillColor { col: rgb(color) });
            ops.push(Op::DrawRectangle {
                rectangle: Rect {
                    mode: Some(PaintMode::Fill),
                    ..Rect::from_xywh(Pt(x), Pt(height - y - h), Pt(w), Pt(h))
                },
            });
        }
        Draw::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            color,
        } => {
            ops.push(Op::SetOutlineColor { col: rgb(color) });
            ops.push(Op::SetOutlineThickness { pt: Pt(width) });
            let point = |x: f32, y: f32| LinePoint {
                p: Point {
                    x: Pt(x),
                    y: Pt(height - y),
                },
                bezier: false,
            };
            ops.push(Op::DrawLine {
                line: Line {
                    points: vec![point(x1, y1), point(x2, y2)],
                    is_closed: false,
                },
            });
        }
        Draw::Text(_) => {}
    }
}
