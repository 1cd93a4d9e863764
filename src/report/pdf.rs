//! The PDF renderer, the only user of printpdf: the report's HTML is laid out by printpdf's
//! HTML engine (which shapes Thai and Khmer and wraps text), then each page gets a running
//! header and footer drawn with low-level operations.

use std::collections::BTreeMap;

use printpdf::{
    Base64OrRaw, Color, FontId, GeneratePdfOptions, Mm, Op, ParsedFont, PdfDocument, PdfFontHandle,
    PdfSaveOptions, Pt, Rgb, TextItem, TextMatrix,
};

use super::Paper;
use super::model::Report;

const NOTO_SANS: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
const NOTO_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
const NOTO_THAI: &[u8] = include_bytes!("../../assets/fonts/NotoSansThai-Regular.ttf");
const NOTO_THAI_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansThai-Bold.ttf");
const NOTO_KHMER: &[u8] = include_bytes!("../../assets/fonts/NotoSansKhmer-Regular.ttf");
const NOTO_KHMER_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansKhmer-Bold.ttf");
const NOTO_LAO: &[u8] = include_bytes!("../../assets/fonts/NotoSansLao-Regular.ttf");
const NOTO_MYANMAR: &[u8] = include_bytes!("../../assets/fonts/NotoSansMyanmar-Regular.ttf");

/// Page margins in mm: top, right, bottom, left. Header and footer sit inside the top and
/// bottom margins.
const MARGINS_MM: (f32, f32, f32, f32) = (20.0, 18.0, 20.0, 18.0);
/// Size of the running header and footer text.
const FURNITURE_PT: f32 = 8.0;

/// Reports with more items than this are laid out in parts on several threads (measured on
/// 2 cores: the built-in 82-item report takes 189 ms instead of 257 ms; tiny ones gain nothing).
const PARALLEL_FROM_ITEMS: usize = 60;

/// Lays out `report` on `paper` and returns the PDF file's bytes.
pub(crate) fn to_pdf(report: &Report, paper: Paper) -> Result<Vec<u8>, String> {
    let (width, height) = paper.size_mm();
    let options = GeneratePdfOptions {
        page_width: Some(width),
        page_height: Some(height),
        margin_top: Some(MARGINS_MM.0),
        margin_right: Some(MARGINS_MM.1),
        margin_bottom: Some(MARGINS_MM.2),
        margin_left: Some(MARGINS_MM.3),
        ..GeneratePdfOptions::default()
    };
    let items: usize = report.norms.iter().map(|n| n.items.len()).sum();
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let parts = if items > PARALLEL_FROM_ITEMS && threads > 1 {
        // Front matter, two or more shares of the norms, the plan: enough to keep every core busy.
        threads + 2
    } else {
        1
    };
    let html = super::html::to_html_parts(report, parts);
    let mut doc = layout_all(&html, &options)?;
    let font_id = furniture_font(&mut doc)?;
    let total = doc.pages.len();
    for (i, page) in doc.pages.iter_mut().enumerate() {
        page.ops
            .extend(furniture(report, &font_id, i + 1, total, width, height));
    }
    set_metadata(&mut doc, report);
    save_fast(&doc)
}

/// Lays out each HTML document (in parallel when there are several) and joins their pages in
/// order into one document.
fn layout_all(html: &[String], options: &GeneratePdfOptions) -> Result<PdfDocument, String> {
    let docs: Vec<Result<PdfDocument, String>> = if html.len() == 1 {
        html.iter().map(|h| layout(h, options)).collect()
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = html
                .iter()
                .map(|h| scope.spawn(move || layout(h, options)))
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|_| Err("the PDF layout stopped unexpectedly".to_owned()))
                })
                .collect()
        })
    };
    let mut docs = docs.into_iter();
    let mut doc = docs
        .next()
        .unwrap_or_else(|| Err("nothing to lay out".to_owned()))?;
    for part in docs {
        let part = part?;
        let r = part.resources;
        doc.resources.fonts.map.extend(r.fonts.map);
        doc.resources.xobjects.map.extend(r.xobjects.map);
        doc.resources.extgstates.map.extend(r.extgstates.map);
        doc.resources.shadings.map.extend(r.shadings.map);
        doc.resources.layers.map.extend(r.layers.map);
        doc.pages.extend(part.pages);
    }
    Ok(doc)
}

/// Lays out one HTML document with the bundled fonts.
fn layout(html: &str, options: &GeneratePdfOptions) -> Result<PdfDocument, String> {
    let mut warnings = Vec::new();
    let doc = PdfDocument::from_html(html, &BTreeMap::new(), &fonts(), options, &mut warnings)?;
    if doc.pages.is_empty() {
        let first = warnings
            .first()
            .map_or_else(|| "no pages were produced".to_owned(), |w| format!("{w:?}"));
        return Err(first);
    }
    Ok(doc)
}

/// Serialises the document like `PdfDocument::save`, but compresses streams at zlib's default
/// level instead of its slowest: about the same size, a fraction of the time.
fn save_fast(doc: &PdfDocument) -> Result<Vec<u8>, String> {
    use std::io::Write as _;
    let options = PdfSaveOptions {
        optimize: false,
        ..PdfSaveOptions::default()
    };
    let mut lo = printpdf::to_lopdf_doc(doc, &options, &mut Vec::new());
    for object in lo.objects.values_mut() {
        if let lopdf_printpdf::Object::Stream(stream) = object
            && stream.dict.get(b"Filter").is_err()
        {
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
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes)
}

/// The Noto Sans face the layout already embedded (so the footer adds no font), or a new one.
fn furniture_font(doc: &mut PdfDocument) -> Result<FontId, String> {
    let existing = doc.resources.fonts.map.iter().find_map(|(id, font)| {
        let bytes = font.parsed_font.source_bytes()?;
        (bytes.as_slice() == NOTO_SANS).then(|| id.clone())
    });
    if let Some(id) = existing {
        return Ok(id);
    }
    let font = ParsedFont::from_bytes(NOTO_SANS, 0, &mut Vec::new())
        .ok_or_else(|| "the bundled Noto Sans font cannot be read".to_owned())?;
    Ok(doc.add_font(&font))
}

/// The fonts the HTML may use, keyed by family name.
fn fonts() -> BTreeMap<String, Base64OrRaw> {
    [
        ("Noto Sans", NOTO_SANS),
        ("Noto Sans Bold", NOTO_SANS_BOLD),
        ("Noto Sans Thai", NOTO_THAI),
        ("Noto Sans Thai Bold", NOTO_THAI_BOLD),
        ("Noto Sans Khmer", NOTO_KHMER),
        ("Noto Sans Khmer Bold", NOTO_KHMER_BOLD),
        ("Noto Sans Lao", NOTO_LAO),
        ("Noto Sans Myanmar", NOTO_MYANMAR),
    ]
    .into_iter()
    .map(|(name, bytes)| (name.to_owned(), Base64OrRaw::Raw(bytes.to_vec())))
    .collect()
}

/// Running header (marking) and footer (marking, draft state, page number) for one page.
fn furniture(
    report: &Report,
    font: &FontId,
    page: usize,
    total: usize,
    width_mm: f32,
    height_mm: f32,
) -> Vec<Op> {
    let cover = &report.cover;
    let left = Mm(MARGINS_MM.3).into_pt().0;
    let right = Mm(width_mm - MARGINS_MM.1).into_pt().0;
    let top = Mm(height_mm - 10.0).into_pt().0;
    let bottom = Mm(10.0).into_pt().0;
    let mut ops = vec![
        Op::SaveGraphicsState,
        Op::SetFillColor {
            col: Color::Rgb(Rgb::new(0.2, 0.2, 0.2, None)),
        },
    ];
    let mut text = |s: &str, x: f32, y: f32| {
        ops.extend([
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(font.clone()),
                size: Pt(FURNITURE_PT),
            },
            Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(x), Pt(y)),
            },
            Op::ShowText {
                items: vec![TextItem::Text(s.to_owned())],
            },
            Op::EndTextSection,
        ]);
    };
    let center = |s: &str| (left + right) / 2.0 - estimate_width(s) / 2.0;
    if let Some(m) = &cover.marking {
        text(m, center(m), top);
        text(m, left, bottom);
    }
    if let Some(d) = &cover.draft {
        text(d, center(d), bottom);
    }
    let number = format!("Page {page} of {total}");
    text(&number, right - estimate_width(&number), bottom);
    ops.push(Op::RestoreGraphicsState);
    ops
}

/// Rough width of footer text in Noto Sans at [`FURNITURE_PT`]; only used to centre and
/// right-align short Latin strings.
fn estimate_width(s: &str) -> f32 {
    s.chars().count() as f32 * FURNITURE_PT * 0.55
}

/// Title, author and dates: the dates come from the report (never the clock).
fn set_metadata(doc: &mut PdfDocument, report: &Report) {
    let cover = &report.cover;
    let date = cover
        .generated
        .and_then(|d| printpdf::OffsetDateTime::from_unix_timestamp(d.unix_timestamp()).ok())
        .or_else(|| printpdf::OffsetDateTime::from_unix_timestamp(0).ok());
    let info = &mut doc.metadata.info;
    info.document_title = format!("{} — {}", cover.title, cover.member_state);
    info.author = cover.organisation.clone().unwrap_or_default();
    info.creator = format!("normcheck {}", env!("CARGO_PKG_VERSION"));
    info.subject = cover.checklist.clone();
    if let Some(d) = date {
        info.creation_date = d;
        info.modification_date = d;
        info.metadata_date = d;
    }
}
