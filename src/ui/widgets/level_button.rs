//! The level (and N/A) choice on an item card: outlined, filled when chosen.

use egui::{RichText, Stroke};

use crate::ui::theme;

/// A level (or N/A) choice: outlined so it reads as a button, filled when chosen, with both
/// states in contrast to the card (see `theme::level_colors`).
pub fn level_button(ui: &mut egui::Ui, selected: bool, text: String) -> egui::Response {
    let visuals = ui.visuals();
    let colors = theme::level_colors(visuals);
    let (fill, stroke, text_color) = if selected {
        (
            colors.selected_fill,
            colors.selected_fill,
            colors.selected_text,
        )
    } else {
        (
            theme::card_fill(visuals),
            colors.border,
            visuals.text_color(),
        )
    };
    ui.add(
        egui::Button::selectable(selected, RichText::new(text).color(text_color))
            .frame_when_inactive(true)
            .fill(fill)
            .stroke(Stroke::new(1.0, stroke)),
    )
}
