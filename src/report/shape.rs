//! Text to glyphs: each character is given a bundled face (its script's, else the first
//! that has it), the text is cut into words and spaces, and each word is shaped once with
//! harfrust (the shaper egui uses) and cached, in font units.

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use harfrust::{Direction, Script as HbScript, ShapeOptions, ShapePlan, UnicodeBuffer};

use super::fonts::{Face, Script, is_invisible};

/// One shaped glyph, in font units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Glyph {
    /// Glyph id in its face.
    pub(crate) id: u16,
    /// How far the pen moves after the glyph.
    pub(crate) advance: i32,
    /// Horizontal shift of the glyph from the pen.
    pub(crate) x_offset: i32,
    /// Vertical shift of the glyph from the baseline (up is positive).
    pub(crate) y_offset: i32,
    /// Byte offset, within the piece's text, of the cluster the glyph belongs to.
    pub(crate) cluster: u32,
}

/// A shaped stretch of text in one face: a word or a run of spaces, ending at a change of
/// face, between word and space, or at a line break opportunity (Unicode line breaking).
#[derive(Debug, Clone)]
pub(crate) struct Piece {
    /// The face that sets it.
    pub(crate) face: Face,
    /// Byte range in the text given to [`Shaper::pieces`].
    pub(crate) start: usize,
    /// End of the byte range.
    pub(crate) end: usize,
    /// The glyphs in visual order.
    pub(crate) glyphs: Rc<[Glyph]>,
    /// Whitespace only: dropped at the end of a line.
    pub(crate) is_space: bool,
    /// A line may break after this piece.
    pub(crate) break_after: bool,
}

/// Words longer than this (in bytes) are shaped but not cached.
const CACHE_MAX_BYTES: usize = 64;

/// Shapes text with the bundled faces, remembering each word it has shaped.
pub(crate) struct Shaper {
    shapers: HashMap<Face, harfrust::Shaper<'static>>,
    plans: HashMap<(Face, HbScript), Rc<ShapePlan>>,
    words: [HashMap<Box<str>, Rc<[Glyph]>>; 8],
    buffer: Option<UnicodeBuffer>,
    missing: BTreeSet<char>,
}

impl Default for Shaper {
    fn default() -> Self {
        Self::new()
    }
}

impl Shaper {
    /// A shaper with empty caches.
    pub(crate) fn new() -> Self {
        Shaper {
            shapers: HashMap::new(),
            plans: HashMap::new(),
            words: Default::default(),
            buffer: None,
            missing: BTreeSet::new(),
        }
    }

    /// Characters no bundled face has, met so far (each is drawn as the font's empty box).
    pub(crate) fn missing(&self) -> &BTreeSet<char> {
        &self.missing
    }

    /// `text` (one paragraph, no line breaks) as shaped pieces in reading order. A piece ends
    /// where the face changes, between word and space, and at every line break opportunity
    /// (the program's one rule, [`crate::text::break_opportunities`]).
    pub(crate) fn pieces(&mut self, text: &str, bold: bool) -> Vec<Piece> {
        let breaks = crate::text::break_opportunities(text);
        let mut out = Vec::new();
        let mut start = 0;
        let mut face: Option<Face> = None;
        let mut space = false;
        for (i, ch) in text.char_indices() {
            let f = self.face_for(ch, face, bold);
            let is_space = ch.is_whitespace() && ch != '\u{a0}';
            let at_break = breaks.binary_search(&i).is_ok();
            if i > start && (Some(f) != face || is_space != space || at_break) {
                self.push_piece(&mut out, text, start, i, face, space, at_break);
                start = i;
            }
            face = Some(f);
            space = is_space;
        }
        if start < text.len() {
            self.push_piece(&mut out, text, start, text.len(), face, space, true);
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn push_piece(
        &mut self,
        out: &mut Vec<Piece>,
        text: &str,
        start: usize,
        end: usize,
        face: Option<Face>,
        is_space: bool,
        break_after: bool,
    ) {
        let face = face.unwrap_or(Face::Sans);
        let piece = &text[start..end];
        let glyphs = if is_space && piece.bytes().any(|b| b != b' ') {
            // Line breaks, tabs and other spaces are set as plain spaces.
            let spaces = " ".repeat(piece.chars().count());
            self.shape(face, &spaces)
        } else {
            self.shape(face, piece)
        };
        out.push(Piece {
            face,
            start,
            end,
            glyphs,
            is_space,
            break_after,
        });
    }

    /// The face for `ch`, given the face of the character before it.
    fn face_for(&mut self, ch: char, current: Option<Face>, bold: bool) -> Face {
        let base = Face::for_script(Script::Latin, bold);
        if ch.is_whitespace() {
            return current.filter(|f| f.data().covers(' ')).unwrap_or(base);
        }
        let preferred = match Script::of(ch) {
            Some(script) => Face::for_script(script, bold),
            // Neutral characters stay in the face around them when it has them.
            None => current.unwrap_or(base),
        };
        if preferred.data().covers(ch) {
            return preferred;
        }
        if is_invisible(ch) {
            return preferred;
        }
        if let Some(f) = Face::ALL.into_iter().find(|f| f.data().covers(ch)) {
            return f;
        }
        self.missing.insert(ch);
        current.unwrap_or(base)
    }

    /// The glyphs of one word or space run in one face.
    fn shape(&mut self, face: Face, text: &str) -> Rc<[Glyph]> {
        if let Some(g) = self.words[face.index()].get(text) {
            return Rc::clone(g);
        }
        let glyphs: Rc<[Glyph]> = self.shape_uncached(face, text).into();
        if text.len() <= CACHE_MAX_BYTES {
            self.words[face.index()].insert(Box::from(text), Rc::clone(&glyphs));
        }
        glyphs
    }

    fn shape_uncached(&mut self, face: Face, text: &str) -> Vec<Glyph> {
        let mut buffer = self.buffer.take().unwrap_or_default();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let script = buffer.script();
        let direction = buffer.direction();
        let data = face.data();
        let shaper = self
            .shapers
            .entry(face)
            .or_insert_with(|| data.shaper.shaper(&data.font).build());
        let plan = self.plans.entry((face, script)).or_insert_with(|| {
            let direction = if direction == Direction::Invalid {
                Direction::LeftToRight
            } else {
                direction
            };
            Rc::new(ShapePlan::new(&*shaper, direction, Some(script), None, &[]))
        });
        if buffer.direction() == Direction::Invalid {
            buffer.set_direction(Direction::LeftToRight);
        }
        let out = shaper.shape(buffer, ShapeOptions::new().plan(Some(plan)));
        let glyphs = out
            .glyph_infos()
            .iter()
            .zip(out.glyph_positions())
            .map(|(info, pos)| Glyph {
                id: u16::try_from(info.glyph_id).unwrap_or(0),
                advance: pos.x_advance,
                x_offset: pos.x_offset,
                y_offset: pos.y_offset,
                cluster: info.cluster,
            })
            .collect();
        self.buffer = Some(out.clear());
        glyphs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn faces(text: &str) -> Vec<(Face, &str)> {
        let mut s = Shaper::new();
        s.pieces(text, false)
            .into_iter()
            .map(|p| (p.face, &text[p.start..p.end]))
            .collect()
    }

    #[test]
    fn words_spaces_and_scripts_become_separate_pieces() {
        assert_eq!(
            faces("Owner: ที่นี่ กี่ปี, ក្រសួង"),
            vec![
                (Face::Sans, "Owner:"),
                (Face::Sans, " "),
                // Thai words are pieces of their own: the dictionary breaks between them.
                (Face::Thai, "ที่"),
                (Face::Thai, "นี่"),
                (Face::Thai, " "),
                (Face::Thai, "กี่"),
                (Face::Thai, "ปี"),
                // The comma is not in the Thai face: it comes from Noto Sans.
                (Face::Sans, ","),
                (Face::Sans, " "),
                (Face::Khmer, "ក្រសួង"),
            ]
        );
    }

    #[test]
    fn a_line_may_break_only_at_unicode_line_break_opportunities() {
        let mut s = Shaper::new();
        let text = "well-known a/b c";
        let breaks: Vec<&str> = s
            .pieces(text, false)
            .iter()
            .filter(|p| p.break_after)
            .map(|p| &text[p.start..p.end])
            .collect();
        // After a hyphen, a slash and spaces, as UAX #14 says.
        assert_eq!(breaks, ["well-", " ", "a/", " ", "c"]);
    }

    #[test]
    fn thai_words_are_pieces_of_their_own() {
        let mut s = Shaper::new();
        let text = "ภัยคุกคามทางไซเบอร์";
        let words: Vec<&str> = s
            .pieces(text, false)
            .iter()
            .map(|p| &text[p.start..p.end])
            .collect();
        assert!(words.len() > 1, "{words:?}");
        assert!(words.contains(&"คุกคาม"), "{words:?}");
    }

    #[test]
    fn a_character_no_face_has_is_reported() {
        let mut s = Shaper::new();
        s.pieces("a \u{10FFFD} b ☃", false);
        assert!(s.missing().contains(&'\u{10FFFD}'));
    }

    #[test]
    fn myanmar_words_after_a_space_keep_their_glyphs() {
        let mut s = Shaper::new();
        let pieces = s.pieces("က ခ", false);
        assert_eq!(pieces.len(), 3);
        assert!(pieces.iter().all(|p| p.face == Face::Myanmar));
        assert!(pieces[2].glyphs.iter().all(|g| g.id != 0));
    }
}
