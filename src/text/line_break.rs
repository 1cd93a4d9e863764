//! Line break opportunities (UAX #14, dictionary segmentation for the scripts written without
//! spaces) and grapheme clusters, from ICU4X with its compiled data; and greedy line filling
//! on top of them, for any way of measuring text.

use std::sync::LazyLock;

use icu_segmenter::options::LineBreakOptions;
use icu_segmenter::{GraphemeClusterSegmenter, LineSegmenter, LineSegmenterBorrowed};

/// The line segmenter, built once (its dictionaries are compiled in).
static LINES: LazyLock<LineSegmenterBorrowed<'static>> =
    LazyLock::new(|| LineSegmenter::new_dictionary(LineBreakOptions::default()));

/// Byte offsets inside `text` where a new line may start (never 0 or `text.len()`): after
/// spaces and hyphens, between words of Thai, Lao, Khmer and Myanmar, around CJK characters.
pub fn break_opportunities(text: &str) -> Vec<usize> {
    LINES
        .segment_str(text)
        .filter(|&i| i > 0 && i < text.len())
        .collect()
}

/// Byte offsets inside `text` where one user-perceived character (an extended grapheme
/// cluster: a letter with its marks, a Khmer or Thai syllable's parts) ends and the next
/// begins (never 0 or `text.len()`).
pub fn grapheme_boundaries(text: &str) -> Vec<usize> {
    GraphemeClusterSegmenter::new()
        .segment_str(text)
        .filter(|&i| i > 0 && i < text.len())
        .collect()
}

/// Fills lines of at most `width` greedily: breaks only at [`break_opportunities`], a word
/// wider than the line between grapheme clusters. `measure` gives the width of a stretch of
/// `text`; whitespace at the end of a line does not count. Returns the byte offsets where the
/// second and later lines start. `text` is one paragraph (no line breaks).
pub fn wrap_greedy(text: &str, width: f32, mut measure: impl FnMut(&str) -> f32) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut line_start = 0;
    let mut last_fit: Option<usize> = None;
    let mut ends: Vec<usize> = break_opportunities(text);
    ends.push(text.len());
    let mut k = 0;
    while k < ends.len() {
        let end = ends[k];
        if fits(text, line_start, end, width, &mut measure) {
            last_fit = Some(end);
            k += 1;
            continue;
        }
        match last_fit {
            // Break at the last opportunity that fit; try this one again on the new line.
            Some(fit) if fit > line_start => {
                starts.push(fit);
                line_start = fit;
                last_fit = None;
            }
            // Not even the first word fits: break it between grapheme clusters (a single
            // cluster wider than the line stays whole, overflowing).
            _ => {
                let cut = split_word(text, line_start, end, width, &mut measure);
                if cut < end {
                    starts.push(cut);
                    line_start = cut;
                    last_fit = None;
                } else {
                    last_fit = Some(end);
                    k += 1;
                }
            }
        }
    }
    starts
}

/// Whether `text[start..end]`, without its trailing whitespace, is at most `width` wide.
fn fits(
    text: &str,
    start: usize,
    end: usize,
    width: f32,
    measure: &mut impl FnMut(&str) -> f32,
) -> bool {
    let stretch = text[start..end].trim_end();
    stretch.is_empty() || measure(stretch) <= width
}

/// Where to cut a word `text[start..end]` wider than `width`: after as many whole grapheme
/// clusters as fit, at least one.
fn split_word(
    text: &str,
    start: usize,
    end: usize,
    width: f32,
    measure: &mut impl FnMut(&str) -> f32,
) -> usize {
    let word = &text[start..end];
    let mut cut = None;
    for b in grapheme_boundaries(word) {
        if measure(&word[..b]) > width {
            break;
        }
        cut = Some(b);
    }
    let first_cluster = grapheme_boundaries(word)
        .first()
        .copied()
        .unwrap_or(word.len());
    start + cut.unwrap_or(first_cluster)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character counts one unit (enough to check where lines break).
    fn chars(s: &str) -> f32 {
        s.chars().count() as f32
    }

    #[test]
    fn latin_breaks_after_spaces_and_hyphens() {
        let text = "a well-known rule";
        let at: Vec<&str> = break_opportunities(text)
            .into_iter()
            .map(|i| &text[i..])
            .collect();
        assert_eq!(at, ["well-known rule", "known rule", "rule"]);
    }

    #[test]
    fn thai_breaks_between_words_not_inside_them() {
        // "threat" (คุกคาม) must stay whole.
        let text = "เพื่อรับมือเหตุการณ์ภัยคุกคามทางไซเบอร์";
        let breaks = break_opportunities(text);
        assert!(!breaks.is_empty(), "Thai has opportunities between words");
        let threat = text.find("คุกคาม").unwrap();
        assert!(
            !breaks
                .iter()
                .any(|&b| b > threat && b < threat + "คุกคาม".len()),
            "{breaks:?}"
        );
    }

    #[test]
    fn grapheme_boundaries_keep_marks_with_their_letter() {
        let text = "ที่";
        assert!(grapheme_boundaries(text).is_empty(), "one cluster");
        assert_eq!(grapheme_boundaries("ab").len(), 1);
    }

    #[test]
    fn greedy_wrapping_fills_lines_and_breaks_long_words_between_clusters() {
        let text = "aaa bbb ccc";
        assert_eq!(wrap_greedy(text, 7.0, chars), [8]);
        let long = "abcdefghij";
        assert_eq!(wrap_greedy(long, 4.0, chars), [4, 8]);
        // A cluster wider than the line stays whole.
        assert_eq!(wrap_greedy("ที่ที่", 1.0, chars), ["ที่".len()]);
    }
}
