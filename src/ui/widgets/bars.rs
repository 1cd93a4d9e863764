//! Labelled horizontal score bars for the side panel and the dashboard.

use crate::ui::widgets::wrapped_text::wrapped_label;
use egui::{Align2, FontId, Sense, Stroke, StrokeKind, vec2};

use crate::ui::theme;

/// Draws a 0–100 bar of `width` with the value written beside it ("–" when there is none).
pub fn score_bar(ui: &mut egui::Ui, value: Option<f64>, width: f32) -> egui::Response {
    let height = theme::BAR_HEIGHT;
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let visuals = ui.visuals();
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, theme::bar_track(visuals));
    if let Some(v) = value {
        let fraction = (v / 100.0).clamp(0.0, 1.0) as f32;
        let mut filled = rect;
        filled.set_width(rect.width() * fraction);
        painter.rect_filled(filled, 2.0, theme::bar_fill(visuals));
    }
    painter.rect_stroke(
        rect,
        2.0,
        Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color),
        StrokeKind::Inside,
    );
    let text = value.map_or_else(|| "–".to_owned(), |v| format!("{v:.0}"));
    painter.text(
        rect.right_center() + vec2(6.0, 0.0),
        Align2::LEFT_CENTER,
        text,
        FontId::proportional(12.0),
        visuals.text_color(),
    );
    ui.add_space(28.0);
    let said = spoken(value);
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::Meter);
        node.set_label(said);
        node.set_min_numeric_value(0.0);
        node.set_max_numeric_value(100.0);
        if let Some(v) = value {
            node.set_numeric_value(v);
        }
    });
    response
}

/// The bar's value as a screen reader says it ("Score 50.0 out of 100").
fn spoken(value: Option<f64>) -> String {
    value.map_or_else(
        || crate::ui_t!("bars-no-score"),
        |v| {
            let score = crate::ui::lang::with(|tr| tr.number(v, 1));
            crate::ui_t!("bars-out-of-100", score = score)
        },
    )
}

/// A chart row: label on the left (wrapped within `label_width`), bar on the right with its
/// value after it.
pub fn chart_row(ui: &mut egui::Ui, label: &str, value: Option<f64>, label_width: f32) {
    ui.horizontal(|ui| {
        ui.allocate_ui_with_layout(
            egui::vec2(label_width, theme::BAR_HEIGHT + 4.0),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_width(label_width);
                wrapped_label(ui, label);
            },
        );
        let bar_width = (ui.available_width() - 40.0).max(40.0);
        let _ = score_bar(ui, value, bar_width).on_hover_text(spoken(value));
    });
}
