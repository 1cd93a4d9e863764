//! Modal questions: unsaved changes (Save / Discard / Cancel), replacing a read-only file, and
//! error messages.

use egui::{Modal, RichText};

use crate::ui::app::{AppState, Guarded};
use crate::ui::theme;

/// Asks what to do with unsaved changes before an action that would drop them.
pub fn guard_prompt(ctx: &egui::Context, app: &mut AppState) {
    let Some(action) = &app.guard else { return };
    let verb = match action {
        Guarded::New => "starting a new assessment",
        Guarded::Replace { .. } => "opening another assessment",
        Guarded::Close => "closing",
        Guarded::Quit => "quitting",
    };
    let name = app
        .doc
        .as_ref()
        .map(|d| d.display_name())
        .unwrap_or_default();
    let mut choice = None;
    let response = Modal::new(egui::Id::unique("unsaved-prompt")).show(ctx, |ui| {
        theme::limit_width(ui, 440.0);
        ui.heading("Unsaved changes");
        ui.label(format!(
            "“{name}” has changes that are not saved. Save them before {verb}?"
        ));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button("Save").clicked() {
                choice = Some(0);
            }
            if ui.button("Discard changes").clicked() {
                choice = Some(1);
            }
            if ui.button("Cancel").clicked() {
                choice = Some(2);
            }
        });
    });
    if response.should_close() && choice.is_none() {
        choice = Some(2);
    }
    match choice {
        Some(0) => app.save_and_continue(ctx),
        Some(1) => app.discard_and_continue(ctx),
        Some(_) => {
            if let Some(action) = app.guard.take() {
                app.guard_cancelled(action);
            }
        }
        None => {}
    }
}

/// Asks before a save or export replaces a read-only file.
pub fn read_only_prompt(ctx: &egui::Context, app: &mut AppState) {
    let Some(question) = &app.read_only_question else {
        return;
    };
    let name = question.path.display().to_string();
    let mut choice = None;
    let response = Modal::new(egui::Id::unique("read-only-prompt")).show(ctx, |ui| {
        theme::limit_width(ui, 480.0);
        ui.heading("Replace a read-only file?");
        ui.label(format!(
            "{name} is marked read-only, perhaps so that it is not changed by mistake. \
             Replace it anyway?"
        ));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button("Replace it").clicked() {
                choice = Some(true);
            }
            if ui.button("Cancel").clicked() {
                choice = Some(false);
            }
        });
    });
    if response.should_close() && choice.is_none() {
        choice = Some(false);
    }
    if let Some(replace) = choice {
        app.read_only_answered(ctx, replace);
    }
}

/// Shows the current error until dismissed.
pub fn error_dialog(ctx: &egui::Context, app: &mut AppState) {
    let Some(error) = &app.error else { return };
    let mut close = false;
    let response = Modal::new(egui::Id::unique("error")).show(ctx, |ui| {
        theme::limit_width(ui, 560.0);
        ui.heading(RichText::new(&error.title).color(ui.visuals().error_fg_color));
        ui.label(&error.detail);
        ui.label(RichText::new("Your open work has not been changed.").weak());
        ui.add_space(8.0);
        if ui.button("OK").clicked() {
            close = true;
        }
    });
    if close || response.should_close() {
        app.error = None;
    }
}
