//! Pictures in the PDF: a PNG decoded to RGB and added once per document as an image
//! XObject, under an id made from its bytes (so the file does not depend on random ids).

use printpdf::{PdfDocument, RawImage, RawImageData, RawImageFormat, XObject, XObjectId};

/// The id of the picture `png`, adding it to the document on first use. Ids count up in the
/// order pictures are first drawn, so the file does not depend on printpdf's random ids.
pub(crate) fn image_id(png: &'static [u8], doc: &mut PdfDocument) -> Result<XObjectId, String> {
    // FNV-1a of the bytes: the same picture gets the same id in every run.
    let hash = png.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    let id = XObjectId(format!("Im{hash:016x}"));
    if doc.resources.xobjects.map.contains_key(&id) {
        return Ok(id);
    }
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png));
    // Palettes and low bit depths become 8-bit RGB(A).
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(|e| e.to_string())?;
    let mut pixels = vec![0; reader.output_buffer_size().unwrap_or(0)];
    let info = reader.next_frame(&mut pixels).map_err(|e| e.to_string())?;
    pixels.truncate(info.buffer_size());
    let rgb = to_rgb(&pixels, info.color_type, info.bit_depth)?;
    let image = RawImage {
        pixels: RawImageData::U8(rgb),
        width: info.width as usize,
        height: info.height as usize,
        data_format: RawImageFormat::RGB8,
        tag: Vec::new(),
    };
    doc.resources
        .xobjects
        .map
        .insert(id.clone(), XObject::Image(image));
    Ok(id)
}

/// 8-bit pixels of a decoded PNG as RGB.
fn to_rgb(pixels: &[u8], color: png::ColorType, depth: png::BitDepth) -> Result<Vec<u8>, String> {
    if depth != png::BitDepth::Eight {
        return Err("the guide's pictures must be 8-bit PNG".to_owned());
    }
    Ok(match color {
        png::ColorType::Rgb => pixels.to_vec(),
        png::ColorType::Rgba => pixels.chunks(4).flat_map(|p| [p[0], p[1], p[2]]).collect(),
        png::ColorType::Grayscale => pixels.iter().flat_map(|&g| [g, g, g]).collect(),
        other => return Err(format!("the guide's pictures cannot be {other:?} PNG")),
    })
}
