//! Text that wraps between words in every script. egui breaks lines only at spaces, dashes and
//! CJK, so Thai, Khmer, Lao and Myanmar (no spaces between words) would wrap mid-word; here
//! lines are filled with the program's own rule ([`crate::text::wrap_greedy`]: Unicode line
//! breaking, grapheme clusters never split), measured with egui's fonts, and each line is laid
//! out by egui without wrapping. The galley keeps the text as written, so screen readers and
//! copying get it without the line breaks, and a text field's cursor maps one to one.

use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{Galley, Pos2, Rect, RichText, Ui};

/// A read-only label of `text`, wrapped to the width available between words of any script.
pub fn wrapped_label(ui: &mut Ui, text: impl Into<RichText>) -> egui::Response {
    let galley = wrapped(ui, text, ui.available_width());
    ui.add(egui::Label::new(galley))
}

/// `text` wrapped in `width` points between words of any script, for any widget that takes
/// text (a checkbox's label, say).
pub fn wrapped(ui: &Ui, text: impl Into<RichText>, width: f32) -> Arc<Galley> {
    let job = egui::WidgetText::from(text.into()).into_layout_job(
        ui.style(),
        egui::FontSelection::Default,
        egui::Align::Min,
    );
    wrapped_galley(ui, &job.text, &format_of(&job, ui), width)
}

/// The layouter of a multi-line text field: lines wrap between words of any script, never
/// inside a grapheme cluster (egui's own wrapping breaks after any glyph when a line has no
/// space, which can cut a Thai or Khmer syllable). Pass it to `TextEdit::layouter`.
pub fn field_layouter(ui: &Ui, text: &dyn egui::TextBuffer, width: f32) -> Arc<Galley> {
    let font_id = egui::TextStyle::Body.resolve(ui.style());
    let line_height =
        ui.fonts_mut(|f| f.row_height(&font_id)) + ui.spacing().extra_text_line_spacing;
    let format = TextFormat {
        font_id,
        color: ui
            .visuals()
            .override_text_color
            .unwrap_or_else(|| ui.visuals().text_color()),
        line_height: Some(line_height),
        ..Default::default()
    };
    wrapped_galley(ui, text.as_str(), &format, width)
}

/// The job's one format, with egui's placeholder colour resolved to the text colour.
fn format_of(job: &LayoutJob, ui: &Ui) -> TextFormat {
    let mut format = job
        .sections
        .first()
        .map(|s| s.format.clone())
        .unwrap_or_default();
    if format.color == egui::Color32::PLACEHOLDER {
        format.color = ui.visuals().text_color();
    }
    format
}

/// `text` laid out in lines of at most `width` points, breaking at the program's line break
/// opportunities; each `\n` starts a new line. Where the lines fall is kept from frame to
/// frame, so an unchanged text is not segmented and measured again; the lines themselves are
/// laid out by egui each frame (from its own cache), since its galleys point into a font atlas
/// that egui may rebuild.
pub fn wrapped_galley(ui: &Ui, text: &str, format: &TextFormat, width: f32) -> Arc<Galley> {
    let painter = ui.painter();
    let layout = |s: &str| {
        let mut job = LayoutJob::single_section(s.to_owned(), format.clone());
        // Spaces where a line breaks keep their width (the cursor can stand after them).
        job.keep_trailing_whitespace = true;
        painter.layout_job(job)
    };
    let lines = cached_line_ranges(ui, text, format, width, |s| layout(s).size().x);
    let mut rows = Vec::new();
    let mut y = 0.0;
    for line in lines.iter() {
        let galley = layout(&text[line.start..line.end]);
        let Some(row) = galley.rows.first() else {
            continue;
        };
        let mut row = row.clone();
        row.pos = Pos2::new(row.pos.x, y);
        row.ends_with_newline = line.newline_after;
        y += row.rect().height();
        rows.push(row);
    }
    assemble(
        layout(""),
        rows,
        LayoutJob::single_section(text.to_owned(), format.clone()),
    )
}

/// [`line_ranges`], remembered by what they depend on (text, format, width, zoom); those not
/// used for a few frames are forgotten.
fn cached_line_ranges(
    ui: &Ui,
    text: &str,
    format: &TextFormat,
    width: f32,
    measure: impl FnMut(&str) -> f32,
) -> Arc<[LineRange]> {
    let key = cache_key(ui, text, format, width);
    let frame = ui.ctx().cumulative_frame_nr();
    let remembered = ui.ctx().memory_mut(|m| {
        m.data
            .get_temp_mut_or_default::<LineCache>(egui::Id::NULL)
            .get(key, frame)
    });
    if let Some(lines) = remembered {
        return lines;
    }
    let lines: Arc<[LineRange]> = line_ranges(text, width, measure).into();
    ui.ctx().memory_mut(|m| {
        m.data
            .get_temp_mut_or_default::<LineCache>(egui::Id::NULL)
            .put(key, Arc::clone(&lines), frame);
    });
    lines
}

/// Where the lines of recently shown texts fall.
#[derive(Clone, Default)]
struct LineCache {
    lines: std::collections::HashMap<u64, (Arc<[LineRange]>, u64)>,
    swept: u64,
}

impl LineCache {
    /// Frames an unused entry is kept.
    const KEEP_FRAMES: u64 = 2;

    fn get(&mut self, key: u64, frame: u64) -> Option<Arc<[LineRange]>> {
        let (lines, used) = self.lines.get_mut(&key)?;
        *used = frame;
        Some(Arc::clone(lines))
    }

    fn put(&mut self, key: u64, lines: Arc<[LineRange]>, frame: u64) {
        if self.swept != frame {
            self.lines
                .retain(|_, (_, used)| *used + Self::KEEP_FRAMES >= frame);
            self.swept = frame;
        }
        self.lines.insert(key, (lines, frame));
    }
}

/// What the lines of a text depend on: the text, its format, the width, the zoom and the fonts.
fn cache_key(ui: &Ui, text: &str, format: &TextFormat, width: f32) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    format.hash(&mut hasher);
    width.to_bits().hash(&mut hasher);
    ui.ctx().pixels_per_point().to_bits().hash(&mut hasher);
    // Which fonts measured it (the app installs its fonts once, before the first frame).
    ui.fonts(|f| f.definitions().font_data.len())
        .hash(&mut hasher);
    hasher.finish()
}

/// One line of wrapped text: its byte range, and whether a `\n` follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct LineRange {
    start: usize,
    end: usize,
    newline_after: bool,
}

/// The lines of `text` at most `width` wide by `measure`: each paragraph filled greedily at
/// the program's line break opportunities ([`crate::text::wrap_greedy`]).
fn line_ranges(text: &str, width: f32, mut measure: impl FnMut(&str) -> f32) -> Vec<LineRange> {
    let mut out = Vec::new();
    let mut offset = 0;
    let paragraphs: Vec<&str> = text.split('\n').collect();
    for (p, paragraph) in paragraphs.iter().enumerate() {
        let mut bounds = vec![0];
        bounds.extend(crate::text::wrap_greedy(paragraph, width, &mut measure));
        bounds.push(paragraph.len());
        let count = bounds.len() - 1;
        for (l, w) in bounds.windows(2).enumerate() {
            out.push(LineRange {
                start: offset + w[0],
                end: offset + w[1],
                newline_after: l + 1 == count && p + 1 < paragraphs.len(),
            });
        }
        offset += paragraph.len() + 1;
    }
    out
}

/// A galley of `rows` (laid out one by one) for the whole `job`, built from `base` (any galley
/// of the same format): its text, size and mesh counts follow the rows.
fn assemble(
    mut base: Arc<Galley>,
    rows: Vec<egui::epaint::text::PlacedRow>,
    job: LayoutJob,
) -> Arc<Galley> {
    let galley = Arc::make_mut(&mut base);
    let width = rows.iter().map(|r| r.rect().right()).fold(0.0, f32::max);
    let height = rows.last().map_or(0.0, |r| r.rect().bottom());
    galley.rect = Rect::from_min_size(Pos2::ZERO, egui::vec2(width, height));
    galley.mesh_bounds = rows.iter().fold(Rect::NOTHING, |acc, r| {
        acc.union(r.visuals.mesh_bounds.translate(r.pos.to_vec2()))
    });
    galley.num_vertices = rows.iter().map(|r| r.visuals.mesh.vertices.len()).sum();
    galley.num_indices = rows.iter().map(|r| r.visuals.mesh.indices.len()).sum();
    galley.elided = false;
    galley.job = Arc::new(job);
    galley.rows = rows;
    base
}

#[cfg(test)]
mod tests {
    use super::*;

    const THAI: &str = "หน่วยงานได้จัดทำแผนรับมือเหตุการณ์ภัยคุกคามทางไซเบอร์ระดับชาติและประสานงานกับศูนย์ประสานการรักษาความมั่นคงปลอดภัย";
    const KHMER: &str =
        "ក្រសួងបានសហការជាមួយក្រុមឆ្លើយតបបន្ទាន់ផ្នែកកុំព្យូទ័រដើម្បីពង្រឹងកិច្ចការពារហេដ្ឋារចនាសម្ព័ន្ធសំខាន់ៗរបស់ប្រទេស";

    /// Runs `check` with a Ui of the app's fonts and style.
    fn with_ui(check: impl FnMut(&mut Ui)) {
        let ctx = egui::Context::default();
        crate::ui::install_fonts(&ctx);
        let mut check = check;
        // The first pass loads the fonts; the second lays out with them.
        for _ in 0..2 {
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| check(ui));
            output.textures_delta.clear();
        }
    }

    /// How wide `text` is in the app's body font.
    fn width_of(ui: &Ui, text: &str) -> f32 {
        let font = egui::TextStyle::Body.resolve(ui.style());
        ui.painter()
            .layout_no_wrap(text.to_owned(), font, egui::Color32::BLACK)
            .size()
            .x
    }

    #[test]
    fn a_narrow_card_breaks_thai_and_khmer_between_words_and_keeps_the_text_whole() {
        with_ui(|ui| {
            for text in [THAI, KHMER] {
                let lines = line_ranges(text, 160.0, |s| width_of(ui, s));
                assert!(lines.len() > 2, "{lines:?}");
                let opportunities = crate::text::break_opportunities(text);
                let mut at = 0;
                for line in &lines {
                    assert_eq!(
                        line.start, at,
                        "lines follow one another: nothing lost or added"
                    );
                    assert!(width_of(ui, text[line.start..line.end].trim_end()) <= 160.0);
                    at = line.end;
                }
                assert_eq!(at, text.len());
                for line in &lines[..lines.len() - 1] {
                    assert!(
                        opportunities.contains(&line.end),
                        "a line ends inside a word"
                    );
                }
                // The galley shows those lines, and reads as written (no inserted breaks).
                let galley = wrapped(ui, text, 160.0);
                assert_eq!(galley.rows.len(), lines.len());
                assert_eq!(galley.text(), text);
            }
        });
    }

    #[test]
    fn a_text_field_never_splits_a_grapheme_cluster_and_keeps_every_line_break() {
        with_ui(|ui| {
            // One long "word" of Thai syllables with tone marks, a line break, then Khmer.
            let text = format!("{}\n{}", "ที่นี่".repeat(30), KHMER);
            let lines = line_ranges(&text, 120.0, |s| width_of(ui, s));
            let graphemes = crate::text::grapheme_boundaries(&text);
            for line in &lines[..lines.len() - 1] {
                assert!(
                    line.newline_after || graphemes.contains(&line.end),
                    "a cluster is split at {}",
                    line.end
                );
            }
            assert_eq!(lines.iter().filter(|l| l.newline_after).count(), 1);
            let galley = field_layouter(ui, &text.as_str(), 120.0);
            assert_eq!(galley.text(), text);
            assert_eq!(galley.rows.len(), lines.len());
        });
    }

    #[test]
    fn remembered_lines_follow_the_width_the_text_and_the_zoom() {
        let ctx = egui::Context::default();
        crate::ui::install_fonts(&ctx);
        let mut rows = Vec::new();
        for pass in 0..4 {
            if pass == 3 {
                ctx.set_pixels_per_point(2.0);
            }
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
                rows.push((
                    wrapped(ui, THAI, 160.0).rows.len(),
                    wrapped(ui, THAI, 400.0).rows.len(),
                    wrapped(ui, KHMER, 160.0).rows.len(),
                    line_ranges(THAI, 160.0, |s| width_of(ui, s)).len(),
                ));
            });
            output.textures_delta.clear();
        }
        for (narrow, wide, khmer, fresh) in &rows[1..] {
            assert_eq!(
                *narrow, *fresh,
                "the remembered lines are the ones computed now"
            );
            assert!(wide < narrow, "a wider column needs fewer lines");
            assert_ne!(*khmer, 0);
        }
    }
}
