//! The report's bundled fonts: which face sets which writing system, what each face covers
//! and its vertical metrics. Only these fonts are ever used, so a report looks the same on
//! every machine; no system font is consulted.

use std::collections::HashMap;
use std::sync::LazyLock;

use harfrust::{FontRef, ShaperData};
use read_fonts::TableProvider as _;

/// One bundled font file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Face {
    /// Noto Sans: Latin, Vietnamese and the punctuation every other face borrows.
    Sans,
    /// Noto Sans Bold.
    SansBold,
    /// Noto Sans Thai.
    Thai,
    /// Noto Sans Thai Bold.
    ThaiBold,
    /// Noto Sans Khmer.
    Khmer,
    /// Noto Sans Khmer Bold.
    KhmerBold,
    /// Noto Sans Lao (no bold face is bundled).
    Lao,
    /// Noto Sans Myanmar (no bold face is bundled).
    Myanmar,
}

impl Face {
    /// Every face, in the order fallback looks for a missing character.
    pub(crate) const ALL: [Face; 8] = [
        Face::Sans,
        Face::SansBold,
        Face::Thai,
        Face::ThaiBold,
        Face::Khmer,
        Face::KhmerBold,
        Face::Lao,
        Face::Myanmar,
    ];

    /// The font file's bytes.
    pub(crate) fn bytes(self) -> &'static [u8] {
        match self {
            Face::Sans => include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
            Face::SansBold => include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
            Face::Thai => include_bytes!("../../assets/fonts/NotoSansThai-Regular.ttf"),
            Face::ThaiBold => include_bytes!("../../assets/fonts/NotoSansThai-Bold.ttf"),
            Face::Khmer => include_bytes!("../../assets/fonts/NotoSansKhmer-Regular.ttf"),
            Face::KhmerBold => include_bytes!("../../assets/fonts/NotoSansKhmer-Bold.ttf"),
            Face::Lao => include_bytes!("../../assets/fonts/NotoSansLao-Regular.ttf"),
            Face::Myanmar => include_bytes!("../../assets/fonts/NotoSansMyanmar-Regular.ttf"),
        }
    }

    /// A stable index, for tables indexed by face.
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The face that sets `script` at the given weight (the regular face where no bold one
    /// is bundled).
    pub(crate) fn for_script(script: Script, bold: bool) -> Face {
        match (script, bold) {
            (Script::Latin, false) => Face::Sans,
            (Script::Latin, true) => Face::SansBold,
            (Script::Thai, false) => Face::Thai,
            (Script::Thai, true) => Face::ThaiBold,
            (Script::Khmer, false) => Face::Khmer,
            (Script::Khmer, true) => Face::KhmerBold,
            (Script::Lao, _) => Face::Lao,
            (Script::Myanmar, _) => Face::Myanmar,
        }
    }

    /// Whether text in this face needs its source text attached for extraction (the shaper
    /// reorders, splits or merges characters in these scripts).
    pub(crate) fn is_complex(self) -> bool {
        !matches!(self, Face::Sans | Face::SansBold)
    }

    /// The language a passage in this face's script is in, when the script says it: Thai,
    /// Khmer, Lao, Burmese (Latin text may be English, Vietnamese, Indonesian…).
    pub(crate) fn language(self) -> Option<&'static str> {
        match self {
            Face::Sans | Face::SansBold => None,
            Face::Thai | Face::ThaiBold => Some("th"),
            Face::Khmer | Face::KhmerBold => Some("km"),
            Face::Lao => Some("lo"),
            Face::Myanmar => Some("my"),
        }
    }

    /// The face's parsed data, loaded once per process.
    pub(crate) fn data(self) -> &'static FaceData {
        &FACES[self.index()]
    }
}

/// A writing system that has its own bundled face.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    /// Latin, Vietnamese and everything Noto Sans covers.
    Latin,
    /// Thai.
    Thai,
    /// Lao.
    Lao,
    /// Khmer.
    Khmer,
    /// Myanmar (Burmese).
    Myanmar,
}

impl Script {
    /// The script that owns a character; `None` for characters any face may set (spaces,
    /// digits, punctuation, combining marks, format characters).
    pub(crate) fn of(ch: char) -> Option<Script> {
        match ch as u32 {
            0x0E00..=0x0E7F => Some(Script::Thai),
            0x0E80..=0x0EFF => Some(Script::Lao),
            0x1780..=0x17FF | 0x19E0..=0x19FF => Some(Script::Khmer),
            0x1000..=0x109F | 0xA9E0..=0xA9FF | 0xAA60..=0xAA7F => Some(Script::Myanmar),
            0x0300..=0x036F | 0x2000..=0x206F | 0xFE00..=0xFE0F | 0xFEFF => None,
            _ if ch.is_whitespace() || ch.is_ascii_punctuation() || ch.is_ascii_digit() => None,
            _ => Some(Script::Latin),
        }
    }
}

/// What layout needs from a face: the shaper's tables, the characters it covers and its
/// vertical metrics in font units.
pub(crate) struct FaceData {
    /// The font, borrowed from the bundled bytes.
    pub(crate) font: FontRef<'static>,
    /// The shaper's cached tables.
    pub(crate) shaper: ShaperData,
    /// Font units per em.
    pub(crate) units_per_em: f32,
    /// Ascender above the baseline (font units, positive).
    pub(crate) ascender: f32,
    /// Descender below the baseline (font units, positive).
    pub(crate) descender: f32,
    glyphs: HashMap<u32, u16>,
    chars: HashMap<u16, char>,
}

impl FaceData {
    fn load(face: Face) -> FaceData {
        // The bundled fonts are part of the program and are checked by the tests: a font
        // that cannot be read is a build defect, not a user error.
        let font = FontRef::new(face.bytes()).unwrap_or_else(|e| {
            unreachable!("bundled font {face:?} cannot be read: {e}");
        });
        let shaper = ShaperData::new(&font);
        let units_per_em = font.head().map_or(1000.0, |h| f32::from(h.units_per_em()));
        let (ascender, descender) = font.hhea().map_or((1069.0, 293.0), |h| {
            (
                f32::from(h.ascender().to_i16()),
                -f32::from(h.descender().to_i16()),
            )
        });
        let glyphs: HashMap<u32, u16> = font
            .cmap()
            .ok()
            .and_then(|c| c.best_subtable())
            .map(|(_, _, table)| {
                table
                    .iter()
                    .filter_map(|(cp, gid)| Some((cp, u16::try_from(gid.to_u32()).ok()?)))
                    .collect()
            })
            .unwrap_or_default();
        let mut chars = HashMap::new();
        let mut by_char: Vec<(&u32, &u16)> = glyphs.iter().collect();
        by_char.sort_unstable();
        for (cp, gid) in by_char {
            if let Some(c) = char::from_u32(*cp) {
                chars.entry(*gid).or_insert(c);
            }
        }
        FaceData {
            font,
            shaper,
            units_per_em,
            ascender,
            descender,
            glyphs,
            chars,
        }
    }

    /// A glyph's advance as a PDF viewer takes it from the embedded font's widths: in
    /// thousandths of an em, truncated like printpdf writes them.
    pub(crate) fn pdf_width(&self, glyph: u16) -> f32 {
        let advance = self
            .font
            .hmtx()
            .ok()
            .and_then(|h| h.advance(read_fonts::types::GlyphId::new(u32::from(glyph))));
        advance.map_or(0.0, |a| (f32::from(a) * 1000.0 / self.units_per_em).trunc())
    }

    /// Whether the face has a glyph for `ch`.
    pub(crate) fn covers(&self, ch: char) -> bool {
        self.glyphs.contains_key(&(ch as u32))
    }

    /// The character whose glyph this is in the face's character map (the lowest one when
    /// several share it); `None` for glyphs only the shaper reaches (ligatures, forms).
    pub(crate) fn char_of(&self, glyph: u16) -> Option<char> {
        self.chars.get(&glyph).copied()
    }

    /// The glyph the face's character map gives `ch`.
    pub(crate) fn glyph(&self, ch: char) -> Option<u16> {
        self.glyphs.get(&(ch as u32)).copied()
    }
}

/// Each face is parsed on first use only: a Latin-only report never loads the others.
static FACES: [LazyLock<FaceData>; 8] = [
    LazyLock::new(|| FaceData::load(Face::Sans)),
    LazyLock::new(|| FaceData::load(Face::SansBold)),
    LazyLock::new(|| FaceData::load(Face::Thai)),
    LazyLock::new(|| FaceData::load(Face::ThaiBold)),
    LazyLock::new(|| FaceData::load(Face::Khmer)),
    LazyLock::new(|| FaceData::load(Face::KhmerBold)),
    LazyLock::new(|| FaceData::load(Face::Lao)),
    LazyLock::new(|| FaceData::load(Face::Myanmar)),
];

/// Characters that draw nothing and need no glyph (joiners, variation selectors, soft
/// hyphen, zero-width space): never reported as missing.
pub(crate) fn is_invisible(ch: char) -> bool {
    matches!(ch as u32, 0x00AD | 0x200B..=0x200F | 0x2060..=0x2064 | 0xFE00..=0xFE0F | 0xFEFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_face_loads_and_covers_its_script() {
        for (face, sample) in [
            (Face::Sans, 'ễ'),
            (Face::SansBold, 'Đ'),
            (Face::Thai, 'ท'),
            (Face::ThaiBold, 'ก'),
            (Face::Khmer, 'ក'),
            (Face::KhmerBold, 'ក'),
            (Face::Lao, 'ກ'),
            (Face::Myanmar, 'က'),
        ] {
            let d = face.data();
            assert!(d.units_per_em > 0.0 && d.ascender > 0.0, "{face:?}");
            assert!(d.covers(sample), "{face:?} lacks {sample}");
        }
    }
}
