//! Reusable pieces of the app's screens.

pub mod bars;
pub mod item_card;
mod item_fields;
pub mod level_button;
pub mod section;
pub mod support_field;
pub mod wrapped_text;

/// Gives a widget a unique accessible name (what screen readers read and tests find), keeping
/// its visible text. Use it where the same visible text repeats, e.g. "Implemented" per item.
pub fn accessible_name(ui: &egui::Ui, response: &egui::Response, name: impl Into<String>) {
    let name = name.into();
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(name));
}

/// Keeps a widget out of what screen readers read, where its content is already said by a
/// neighbour (e.g. a bar's caption that the row's button names).
pub fn hide_from_screen_readers(ui: &egui::Ui, response: &egui::Response) {
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_hidden());
}

/// Names the dialog (the modal) `ui` is in, as screen readers announce it when it opens:
/// egui gives a modal's dialog node no name of its own.
pub fn name_dialog(ui: &egui::Ui, name: impl Into<String>) {
    let name = name.into();
    ui.ctx()
        .accesskit_node_builder(ui.layer_id().id, |node| node.set_label(name));
}

/// A modal dialog's title: its heading, and the name screen readers announce for it.
pub fn dialog_title(ui: &mut egui::Ui, title: impl Into<String>) -> egui::Response {
    let title = title.into();
    name_dialog(ui, title.clone());
    ui.heading(title)
}

/// How wide `text` is on one line, in points.
pub fn text_width(ui: &egui::Ui, text: impl Into<egui::WidgetText>) -> f32 {
    text.into()
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
        .size()
        .x
}
