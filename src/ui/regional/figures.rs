//! The regional figures on screen: the summary, a box plot of the States' scores per norm
//! (lowest to highest with the median — no quartiles, which with few States would reveal
//! single States' scores — and the mean as an open square), and the report's tables.

use crate::ui::widgets::wrapped_text::wrapped_label;
use egui::RichText;
use egui_plot::{BoxElem, BoxPlot, BoxSpread, MarkerShape, Plot, PlotPoints, Points};

use super::worker::Computed;
use crate::regional::Group;
use crate::report::model::Table;
use crate::ui_t;

/// Draws everything the regional report shows.
pub(super) fn show(ui: &mut egui::Ui, c: &Computed) {
    let r = &c.report;
    cover(ui, c);
    if r.withheld_all {
        return;
    }
    heading(ui, &r.norm_ranges.title);
    box_plot(ui, "regional-norm-plot", &c.regional.norms, true);
    note(ui, &ui_t!("regional-view-box-how"));
    table(ui, "regional-norm-figures", &r.norm_figures);
    heading(ui, &r.area_ranges.title);
    box_plot(ui, "regional-area-plot", &c.regional.focus_areas, false);
    table(ui, "regional-area-figures", &r.area_figures);
    heading(ui, &ui_t!("regional-section-bands"));
    note(ui, &r.bands_legend);
    table(ui, "regional-bands", &r.bands);
    heading(ui, &ui_t!("regional-section-hardest"));
    note(ui, &r.hardest_legend);
    table(ui, "regional-hardest", &r.hardest);
    heading(ui, &ui_t!("regional-section-support"));
    note(ui, &ui_t!("regional-support-intro"));
    table(ui, "regional-support", &r.support);
    egui::CollapsingHeader::new(ui_t!("regional-section-method"))
        .id_salt("regional-method")
        .show(ui, |ui| {
            for m in &r.method {
                wrapped_label(ui, format!("• {m}"));
            }
        });
}

/// The cover's rows, the summary, and the notes for the person running it.
fn cover(ui: &mut egui::Ui, c: &Computed) {
    let r = &c.report;
    // Rows rather than a grid: a grid gives a wrapping value the width of its first frame,
    // which was one word.
    for (label, value) in &r.cover.rows {
        ui.horizontal_top(|ui| {
            let width = 160.0;
            ui.allocate_ui_with_layout(
                egui::vec2(width, 0.0),
                egui::Layout::top_down(egui::Align::Min),
                |ui| {
                    ui.set_width(width);
                    wrapped_label(ui, RichText::new(label).strong());
                },
            );
            wrapped_label(ui, value);
        });
    }
    ui.add_space(6.0);
    for p in &r.summary {
        wrapped_label(ui, p);
    }
    if !c.notes.is_empty() {
        egui::CollapsingHeader::new(ui_t!("regional-view-notes", count = c.notes.len()))
            .id_salt("regional-notes")
            .show(ui, |ui| {
                for n in &c.notes {
                    wrapped_label(ui, RichText::new(n).weak());
                }
            });
    }
}

fn heading(ui: &mut egui::Ui, text: &str) {
    ui.add_space(10.0);
    ui.label(RichText::new(text).strong().size(16.0));
}

fn note(ui: &mut egui::Ui, text: &str) {
    wrapped_label(ui, RichText::new(text).weak());
}

/// One horizontal box per group (norms, named "(a)" on the axis, or focus areas, named by the
/// start of their title), the first at the top; withheld groups have no box.
fn box_plot(ui: &mut egui::Ui, id: &str, groups: &[Group], norms: bool) {
    let (boxes, means) = boxes_and_means(ui, groups, norms);
    let ink = ui.visuals().strong_text_color();
    let count = groups.len();
    let labels: Vec<String> = groups
        .iter()
        .map(|g| {
            if norms {
                format!("({})", g.id)
            } else {
                g.title.chars().take(18).collect()
            }
        })
        .collect();
    Plot::new(id)
        .height(26.0 * count as f32 + 50.0)
        .include_x(0.0)
        .include_x(100.0)
        .include_y(0.3)
        .include_y(count as f64 + 0.7)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid([true, false])
        .x_axis_label(ui_t!("regional-view-score-axis"))
        .y_axis_formatter(move |mark, _| {
            let i = count as f64 - mark.value;
            if (i - i.round()).abs() < 1e-6 && i >= 0.0 {
                labels.get(i.round() as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .show(ui, |plot| {
            plot.box_plot(
                BoxPlot::new(ui_t!("regional-view-boxes"), boxes)
                    .horizontal()
                    .element_formatter(Box::new(|e: &BoxElem, _: &BoxPlot| {
                        let s = &e.spread;
                        format!(
                            "{}\nLowest {:.1} · median {:.1} · highest {:.1}",
                            e.name, s.lower_whisker, s.median, s.upper_whisker
                        )
                    })),
            );
            plot.points(
                Points::new(ui_t!("regional-view-mean"), PlotPoints::from(means))
                    .shape(MarkerShape::Square)
                    .filled(false)
                    .color(ink)
                    .radius(5.0),
            );
        });
}

/// One box (lowest, median, highest) and one mean per group that has figures.
fn boxes_and_means(ui: &egui::Ui, groups: &[Group], norms: bool) -> (Vec<BoxElem>, Vec<[f64; 2]>) {
    let fill = crate::ui::theme::bar_fill(ui.visuals());
    let ink = ui.visuals().strong_text_color();
    let count = groups.len();
    let y = |i: usize| (count - i) as f64;
    let mut boxes = Vec::new();
    let mut means = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        if let (Some(min), Some(median), Some(max), Some(mean)) = (g.min, g.median, g.max, g.mean) {
            boxes.push(
                BoxElem::new(y(i), BoxSpread::new(min, min, median, max, max))
                    .name(if norms {
                        format!("({}) {}", g.id, g.title)
                    } else {
                        g.title.clone()
                    })
                    .box_width(0.6)
                    .stroke(egui::Stroke::new(1.5, ink))
                    .fill(fill.gamma_multiply(0.35)),
            );
            means.push([mean, y(i)]);
        }
    }
    (boxes, means)
}

/// A report table as a striped grid; long first columns wrap.
fn table(ui: &mut egui::Ui, id: &str, t: &Table) {
    egui::Grid::new(id)
        .striped(true)
        .max_col_width(420.0)
        .show(ui, |ui| {
            for h in &t.header {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for row in &t.rows {
                for cell in row {
                    wrapped_label(ui, cell);
                }
                ui.end_row();
            }
        });
}
