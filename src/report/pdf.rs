//! The PDF writer, the only user of printpdf: draws the laid-out pages with low-level
//! operations — positioned glyph runs (with ActualText for scripts whose glyph order is not
//! the reading order), filled rectangles and lines — embeds the bundled fonts as subsets and
//! writes a file that depends only on the report (no clock, no random ids).

use std::collections::BTreeMap;

use printpdf::{
    Codepoint, DictItem, FontId, Mm, Op, ParsedFont, PdfDocument, PdfPage, PdfSaveOptions, Pt,
    TextItem, TextMatrix,
};

use super::document::Info;
use super::fonts::Face;
use super::layout::{Layout, TextRun};
use super::tagged::Marker;

/// Writes the laid-out `layout` as a PDF file's bytes, with the document information `info`.
pub(crate) fn to_pdf(info: &Info, layout: Layout) -> Result<Vec<u8>, String> {
    let g = layout.geometry;
    let mut doc = PdfDocument::new(&info.title);
    let mut fonts: BTreeMap<Face, FontId> = BTreeMap::new();
    let mut texts = GlyphTexts::default();
    let mut marker = Marker::new(&layout.structure);
    let mut pages = Vec::with_capacity(layout.pages.len());
    for draws in layout.pages {
        marker.page();
        let mut page = super::page_ops::PageWriter {
            language: &info.language,
            doc: &mut doc,
            fonts: &mut fonts,
            glyph_texts: &mut texts,
            marker: &mut marker,
        };
        let ops = page.ops(draws, g.height)?;
        pages.push(PdfPage::new(
            Mm(g.width * 25.4 / 72.0),
            Mm(g.height * 25.4 / 72.0),
            ops,
        ));
    }
    doc.pages = pages;
    texts.apply(&mut doc, &fonts);
    set_metadata(&mut doc, info);
    let marks = marker.pages;
    save(&doc, &info.language, |lo| {
        super::tagged::write_structure(lo, &layout.structure, &marks);
        super::archival::declare(lo, info);
    })
}

/// The font id of `face`, adding the font to the document on first use. Ids are the face's
/// name, so the file does not depend on printpdf's random ids.
pub(super) fn font_id(
    face: Face,
    doc: &mut PdfDocument,
    fonts: &mut BTreeMap<Face, FontId>,
) -> Result<FontId, String> {
    if let Some(id) = fonts.get(&face) {
        return Ok(id.clone());
    }
    let parsed = ParsedFont::from_bytes(face.bytes(), 0, &mut Vec::new())
        .ok_or_else(|| format!("the bundled font {face:?} cannot be read"))?;
    let id = FontId(format!("F{}", face.index()));
    let added = doc.add_font(&parsed);
    if let Some(font) = doc.resources.fonts.map.remove(&added) {
        doc.resources.fonts.map.insert(id.clone(), font);
    }
    fonts.insert(face, id.clone());
    Ok(id)
}

/// A Span with the text its glyphs stand for (`ActualText`) and, if given, its language.
fn span(text: &str, language: Option<&str>) -> Op {
    let mut data = vec![0xFE, 0xFF];
    data.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let mut map = BTreeMap::new();
    let actual = DictItem::String {
        data,
        literal: false,
    };
    map.insert("ActualText".to_owned(), actual);
    if let Some(language) = language {
        let data = language.as_bytes().to_vec();
        map.insert(
            "Lang".to_owned(),
            DictItem::String {
                data,
                literal: true,
            },
        );
    }
    Op::BeginMarkedContentWithProperties {
        tag: "Span".to_owned(),
        properties: DictItem::Dict { map },
    }
}

/// One glyph run: glyphs on the pen's path in one `TJ`, each glyph moved by the shaper
/// placed on its own; wrapped in ActualText when the run carries its source text.
/// A passage in a script whose language differs from the document's (`language`) says its
/// own (`/Lang`), so a screen reader switches voice for a Thai note in an English report.
pub(super) fn run_ops(
    ops: &mut Vec<Op>,
    t: TextRun,
    height: f32,
    glyph_texts: &mut GlyphTexts,
    language: &str,
) {
    if let Some(text) = &t.actual_text {
        ops.push(span(text, t.face.language().filter(|own| *own != language)));
    }
    let data = t.face.data();
    let to_em = 1000.0 / t.size;
    let baseline = height - t.y;
    let mut pen = t.x;
    let mut segment: Vec<Codepoint> = Vec::new();
    let flush = |ops: &mut Vec<Op>, segment: &mut Vec<Codepoint>, x: f32, y: f32| {
        if !segment.is_empty() {
            ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(x), Pt(y)),
            });
            ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(std::mem::take(segment))],
            });
        }
    };
    let mut start = pen;
    for g in t.glyphs {
        // TJ moves the pen by the font's own width less the number after the glyph.
        let offset = data.pdf_width(g.id) - g.advance * to_em;
        // The glyph's whole text (a ligature's "ff" or "fi" too) for the font's ToUnicode map.
        let cp = Codepoint {
            gid: g.id,
            offset: (offset * 100.0).round() / 100.0,
            cid: glyph_texts.note(t.face, g.id, g.text),
        };
        if g.x_offset != 0.0 || g.y_offset != 0.0 {
            flush(ops, &mut segment, start, baseline);
            let mut one = vec![cp];
            flush(ops, &mut one, pen + g.x_offset, baseline + g.y_offset);
            pen += g.advance;
            start = pen;
        } else {
            segment.push(cp);
            pen += g.advance;
        }
    }
    flush(ops, &mut segment, start, baseline);
    if t.actual_text.is_some() {
        ops.push(Op::EndMarkedContent);
    }
}

/// The text each used glyph stands for, per face, for the fonts' ToUnicode maps: the first
/// text a glyph was drawn for, else the character the font maps to it. One entry per glyph,
/// so a glyph never maps to different texts in one file.
#[derive(Default)]
pub(super) struct GlyphTexts {
    seen: BTreeMap<Face, Vec<bool>>,
    texts: BTreeMap<Face, BTreeMap<u16, String>>,
}

impl GlyphTexts {
    /// Records the text `glyph` stands for (if it has none yet) and returns the glyph's text.
    fn note(&mut self, face: Face, glyph: u16, text: Option<Box<str>>) -> Option<String> {
        let seen = self
            .seen
            .entry(face)
            .or_insert_with(|| vec![false; 1 << 16]);
        let texts = self.texts.entry(face).or_default();
        if seen[usize::from(glyph)] {
            return texts.get(&glyph).cloned();
        }
        let text = text
            .map(String::from)
            .or_else(|| face.data().char_of(glyph).map(String::from))?;
        seen[usize::from(glyph)] = true;
        texts.insert(glyph, text.clone());
        Some(text)
    }

    /// Hands the texts to printpdf, which writes them as each font's ToUnicode map.
    fn apply(self, doc: &mut PdfDocument, fonts: &BTreeMap<Face, FontId>) {
        for (face, texts) in self.texts {
            let Some(font) = fonts
                .get(&face)
                .and_then(|id| doc.resources.fonts.map.get_mut(id))
            else {
                continue;
            };
            for (glyph, text) in texts {
                font.parsed_font.cache_glyph_mapping(glyph, &text);
            }
        }
    }
}

/// Title, author and subject; the dates only when the report has a generation date.
fn set_metadata(doc: &mut PdfDocument, source: &Info) {
    let info = &mut doc.metadata.info;
    info.document_title = source.title.clone();
    info.author = source.author.clone();
    info.creator = format!("normcheck {}", env!("CARGO_PKG_VERSION"));
    info.subject = source.subject.clone();
    if let Some(d) = source
        .generated
        .and_then(|d| printpdf::OffsetDateTime::from_unix_timestamp(d.unix_timestamp()).ok())
    {
        info.creation_date = d;
        info.modification_date = d;
        info.metadata_date = d;
    }
}

/// Serialises the document like `PdfDocument::save`, but compresses streams at zlib's default
/// level instead of its slowest (about the same size, a fraction of the time), leaves the
/// dates out when the report is undated, derives the file id from the content, tells readers
/// the document's `language` and to show its title, and lets `tag` add its structure and
/// identification before the streams are compressed.
fn save(
    doc: &PdfDocument,
    language: &str,
    tag: impl FnOnce(&mut lopdf_printpdf::Document),
) -> Result<Vec<u8>, String> {
    use std::io::Write as _;
    let options = PdfSaveOptions {
        optimize: false,
        ..PdfSaveOptions::default()
    };
    let mut lo = printpdf::to_lopdf_doc(doc, &options, &mut Vec::new());
    if doc.metadata.info.creation_date.unix_timestamp() == 0 {
        strip_dates(&mut lo);
    }
    super::tagged::set_reader_hints(&mut lo, language);
    tag(&mut lo);
    let mut hash = Fnv::default();
    for object in lo.objects.values_mut() {
        if let lopdf_printpdf::Object::Stream(stream) = object {
            hash.write(&stream.content);
            // XMP metadata stays plain text, readable by archives' tools (PDF/A).
            let metadata = stream
                .dict
                .get(b"Type")
                .is_ok_and(|t| t == &"Metadata".into());
            if stream.dict.get(b"Filter").is_err() && !metadata {
                let mut encoder =
                    flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
                encoder
                    .write_all(&stream.content)
                    .map_err(|e| e.to_string())?;
                let packed = encoder.finish().map_err(|e| e.to_string())?;
                if packed.len() + 19 < stream.content.len() {
                    stream.dict.set("Filter", "FlateDecode");
                    stream.set_content(packed);
                }
            }
        }
    }
    let id = format!(
        "{:016x}{:016x}",
        hash.0,
        hash.0.rotate_left(29) ^ 0x9e37_79b9_7f4a_7c15
    );
    let id = lopdf_printpdf::Object::String(id.into_bytes(), lopdf_printpdf::StringFormat::Literal);
    lo.trailer
        .set("ID", lopdf_printpdf::Object::Array(vec![id.clone(), id]));
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes)
}

/// Removes CreationDate and ModDate from the document information dictionary.
fn strip_dates(lo: &mut lopdf_printpdf::Document) {
    let Ok(info) = lo.trailer.get(b"Info").and_then(|o| o.as_reference()) else {
        return;
    };
    if let Ok(dict) = lo.get_dictionary_mut(info) {
        dict.remove(b"CreationDate");
        dict.remove(b"ModDate");
    }
}

/// FNV-1a, for a file id that follows from the content.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}
