//! Splitting text into runs of one writing system, so each run can be set in the font made
//! for it. printpdf's HTML engine shapes a run correctly only when its own font is named
//! (with a font stack, fallback glyphs lose Thai tone marks).

/// A writing system that needs its own font.
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
    /// The CSS class that selects the script's font.
    pub(crate) fn class(self) -> Option<&'static str> {
        match self {
            Script::Latin => None,
            Script::Thai => Some("th"),
            Script::Lao => Some("lo"),
            Script::Khmer => Some("km"),
            Script::Myanmar => Some("my"),
        }
    }

    /// The script a character belongs to; `None` for spaces, digits, punctuation and
    /// combining marks, which join the run around them.
    fn of(ch: char) -> Option<Script> {
        match ch as u32 {
            0x0E00..=0x0E7F => Some(Script::Thai),
            0x0E80..=0x0EFF => Some(Script::Lao),
            0x1780..=0x17FF | 0x19E0..=0x19FF => Some(Script::Khmer),
            0x1000..=0x109F | 0xA9E0..=0xA9FF | 0xAA60..=0xAA7F => Some(Script::Myanmar),
            0x0300..=0x036F | 0x2000..=0x206F => None,
            _ if ch.is_whitespace() || ch.is_ascii_punctuation() || ch.is_ascii_digit() => None,
            _ => Some(Script::Latin),
        }
    }
}

/// Splits `text` into maximal runs of one script; neutral characters join the run before
/// them (or the first run, at the start).
pub(crate) fn runs(text: &str) -> Vec<(Script, &str)> {
    let mut out: Vec<(Script, &str)> = Vec::new();
    let mut start = 0;
    let mut current: Option<Script> = None;
    for (i, ch) in text.char_indices() {
        let Some(s) = Script::of(ch) else { continue };
        match current {
            None => current = Some(s),
            Some(c) if c != s => {
                out.push((c, &text[start..i]));
                start = i;
                current = Some(s);
            }
            Some(_) => {}
        }
    }
    if start < text.len() {
        out.push((current.unwrap_or(Script::Latin), &text[start..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixed_text_splits_at_script_changes_and_keeps_spaces_in_runs() {
        let r = runs("Owner: ที่นี่ กี่ปี — ក្រសួង, Nguyễn");
        let scripts: Vec<Script> = r.iter().map(|(s, _)| *s).collect();
        assert_eq!(
            scripts,
            [Script::Latin, Script::Thai, Script::Khmer, Script::Latin]
        );
        assert_eq!(r[1].1, "ที่นี่ กี่ปี — ");
        assert_eq!(
            r.iter().map(|(_, t)| *t).collect::<String>(),
            "Owner: ที่นี่ กี่ปี — ក្រសួង, Nguyễn"
        );
    }

    #[test]
    fn empty_and_neutral_text_give_one_latin_run_or_none() {
        assert!(runs("").is_empty());
        assert_eq!(runs(" 12 "), vec![(Script::Latin, " 12 ")]);
    }
}
