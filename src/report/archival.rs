//! What the PDF says it is, for archives and checkers: PDF 1.7, PDF/A-2b (an sRGB output
//! intent, XMP metadata that agrees with the document information) and PDF/UA-1
//! (`pdfuaid:part`, described by a PDF/A extension schema as PDF/A asks of every property
//! outside its predefined schemas).

use lopdf_printpdf::{Dictionary, Object, Stream};

use super::document::Info;

/// The colour profile of the output intent: the report draws in DeviceRGB (Zlib licence,
/// assets/icc/LICENSE-sRGB.txt).
const SRGB_PROFILE: &[u8] = include_bytes!("../../assets/icc/sRGB.icc");

/// Declares the file PDF 1.7, PDF/A-2b and PDF/UA-1, with `info`'s title, author, subject,
/// language and dates in XMP metadata matching the document information dictionary.
pub(super) fn declare(lo: &mut lopdf_printpdf::Document, info: &Info) {
    lo.version = "1.7".to_owned();
    tidy_info(lo);
    let intent = output_intent(lo);
    let xmp = xmp_packet(info);
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"Metadata".to_vec()));
    dict.set("Subtype", Object::Name(b"XML".to_vec()));
    let metadata = lo.add_object(Object::Stream(Stream::new(dict, xmp.into_bytes())));
    if let Ok(catalog) = lo.catalog_mut() {
        catalog.set("Metadata", Object::Reference(metadata));
        catalog.set("OutputIntents", Object::Array(vec![intent]));
    }
}

/// The PDF/A output intent: sRGB.
fn output_intent(lo: &mut lopdf_printpdf::Document) -> Object {
    let mut profile = Dictionary::new();
    profile.set("N", Object::Integer(3));
    let profile = lo.add_object(Object::Stream(Stream::new(profile, SRGB_PROFILE.to_vec())));
    let mut intent = Dictionary::new();
    intent.set("Type", Object::Name(b"OutputIntent".to_vec()));
    intent.set("S", Object::Name(b"GTS_PDFA1".to_vec()));
    let name = Object::string_literal("sRGB IEC61966-2.1");
    intent.set("OutputConditionIdentifier", name.clone());
    intent.set("Info", name);
    intent.set("DestOutputProfile", Object::Reference(profile));
    Object::Dictionary(intent)
}

/// Removes what printpdf's document information holds but the report does not say: the
/// PDF/X-3 claim, trapping, and empty author, producer, keywords and identifier (PDF/A wants
/// each entry matched in the XMP metadata).
fn tidy_info(lo: &mut lopdf_printpdf::Document) {
    let Ok(info) = lo.trailer.get(b"Info").and_then(Object::as_reference) else {
        return;
    };
    let Ok(dict) = lo.get_dictionary_mut(info) else {
        return;
    };
    dict.remove(b"GTS_PDFXVersion");
    dict.remove(b"Trapped");
    for key in [
        &b"Author"[..],
        b"Producer",
        b"Keywords",
        b"Identifier",
        b"Subject",
    ] {
        let empty = match dict.get(key) {
            Ok(Object::String(bytes, _)) => bytes.iter().all(|b| matches!(b, 0 | 0xFE | 0xFF)),
            _ => false,
        };
        if empty {
            dict.remove(key);
        }
    }
}

/// The XMP packet: Dublin Core title, creator, description and language, the creating tool
/// and dates, and the PDF/A and PDF/UA identification.
fn xmp_packet(info: &Info) -> String {
    let alt = |tag: &str, value: &str| match value.trim() {
        "" => String::new(),
        _ => format!(
            "<{tag}><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></{tag}>\n",
            xml(value)
        ),
    };
    let creator = match info.author.trim() {
        "" => String::new(),
        author => format!(
            "<dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>\n",
            xml(author)
        ),
    };
    let dates = info.generated.map_or_else(String::new, |date| {
        let stamp = xmp_date(date.unix_timestamp());
        format!(
            "<xmp:CreateDate>{stamp}</xmp:CreateDate>\n<xmp:ModifyDate>{stamp}</xmp:ModifyDate>\n\
             <xmp:MetadataDate>{stamp}</xmp:MetadataDate>\n"
        )
    });
    format!(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
         <x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
         <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
         <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" \
         xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" \
         xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" \
         xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" \
         xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" \
         xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n\
         {title}{subject}{creator}\
         <dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>\n\
         <xmp:CreatorTool>normcheck {version}</xmp:CreatorTool>\n{dates}\
         <pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n\
         <pdfuaid:part>1</pdfuaid:part>\n{extension}\
         </rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>",
        title = alt("dc:title", &info.title),
        subject = alt("dc:description", &info.subject),
        language = xml(&info.language),
        version = env!("CARGO_PKG_VERSION"),
        extension = PDFUA_EXTENSION_SCHEMA,
    )
}

/// The PDF/A extension schema that describes `pdfuaid:part` (PDF/A-2 accepts only properties
/// of its predefined schemas or of schemas described like this).
const PDFUA_EXTENSION_SCHEMA: &str = "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n\
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n\
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n\
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n\
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n\
<pdfaProperty:name>part</pdfaProperty:name>\n\
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n\
<pdfaProperty:category>internal</pdfaProperty:category>\n\
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n\
</rdf:li></rdf:Seq></pdfaSchema:property>\n\
</rdf:li></rdf:Bag></pdfaExtension:schemas>\n";

/// A moment as XMP writes it, in UTC like the document information's dates.
fn xmp_date(unix: i64) -> String {
    let format =
        time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]+00:00");
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|d| d.format(&format).ok())
        .unwrap_or_default()
}

/// `text` with XML's special characters escaped.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
