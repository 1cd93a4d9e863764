//! A collapsible section whose header wraps (egui's collapsing header never does), so a long
//! title never runs past the window's edge.

use egui::RichText;
use egui::collapsing_header::{CollapsingState, paint_default_icon};

/// Shows `title` as a clickable header with an open/closed triangle and, when open, `body`
/// indented below it. Screen readers hear the title and whether it is expanded.
pub fn section(
    ui: &mut egui::Ui,
    id_salt: impl egui::AsIdSalt,
    title: &str,
    default_open: bool,
    body: impl FnOnce(&mut egui::Ui),
) {
    let id = ui.make_persistent_id(id_salt);
    let mut state = CollapsingState::load_with_default_open(ui.ctx(), id, default_open);
    let open = state.is_open();
    let (icon, header) = ui
        .horizontal(|ui| {
            let size = egui::Vec2::splat(ui.spacing().icon_width);
            let (icon, _) = ui.allocate_exact_size(size, egui::Sense::hover());
            // Laid out here, so that titles in Thai, Khmer, Lao or Myanmar break between words.
            let width = (ui.available_width() - 2.0 * ui.spacing().button_padding.x).max(40.0);
            let text = super::wrapped_text::wrapped(ui, RichText::new(title).strong(), width);
            let header = ui.add(egui::Button::new(text).frame(false));
            (icon, header)
        })
        .inner;
    let openness = state.openness(ui.ctx());
    paint_default_icon(ui, openness, &header.clone().with_new_rect(icon));
    ui.ctx().accesskit_node_builder(header.id, |node| {
        node.set_label(title.to_owned());
        node.set_expanded(open);
    });
    if header.clicked() {
        state.toggle(ui);
    }
    state.show_body_indented(&header, ui, body);
}
