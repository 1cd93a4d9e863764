//! Zoom: the whole window larger, smaller or back to 100 %, from the View menu or the keys
//! in the one list of shortcuts (egui's own zoom keys are turned off so Help can list them).

use crate::ui::shortcuts::{self, Command};

/// Zooms the whole window in, out or back to 100 %.
pub(crate) fn zoom_by(ctx: &egui::Context, command: Command) {
    match command {
        Command::ZoomIn => egui::gui_zoom::zoom_in(ctx),
        Command::ZoomOut => egui::gui_zoom::zoom_out(ctx),
        _ => ctx.set_zoom_factor(1.0),
    }
}

/// The View menu's zoom entries, each with its keys.
pub(crate) fn menu(ui: &mut egui::Ui) {
    let zoom = ui.ctx().zoom_factor();
    for (command, id, enabled) in [
        (Command::ZoomIn, "menu-view-zoom-in", zoom < 5.0),
        (Command::ZoomOut, "menu-view-zoom-out", zoom > 0.2),
        (Command::ZoomReset, "menu-view-zoom-reset", zoom != 1.0),
    ] {
        let label = crate::ui::lang::with(|tr| tr.dynamic(id));
        let label = format!("{label}  ({})", shortcuts::menu_text(command));
        if ui.add_enabled(enabled, egui::Button::new(label)).clicked() {
            zoom_by(ui.ctx(), command);
        }
    }
}
