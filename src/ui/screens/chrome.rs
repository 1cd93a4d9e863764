//! The menu bar and the status bar around every screen.

use egui::RichText;

use crate::report::Paper;
use crate::scoring::whole_percent;
use crate::ui::Preferences;
use crate::ui::action::Action;
use crate::ui::app::{AppState, Mode, Screen};
use crate::ui::theme::{self, ThemeChoice};

/// File, Edit and View menus, screen switch, and the sensitivity marking of the open assessment.
pub fn top_bar(ui: &mut egui::Ui, app: &mut AppState) {
    egui::Panel::top("menu").show(ui, |ui| {
        let mut switch_to = None;
        egui::MenuBar::new().ui(ui, |ui| {
            let has_doc = app.doc.is_some();
            ui.menu_button("File", |ui| file_menu(ui, app, has_doc));
            ui.menu_button("Edit", |ui| edit_menu(ui, app));
            ui.menu_button("View", |ui| view_menu(ui, &mut app.preferences));
            if let (Some(doc), Mode::Assess(screen)) = (&app.doc, &app.mode) {
                ui.separator();
                let mut chosen = *screen;
                ui.selectable_value(&mut chosen, Screen::Walkthrough, "Walk-through");
                ui.selectable_value(&mut chosen, Screen::Dashboard, "Dashboard");
                ui.selectable_value(&mut chosen, Screen::Details, "Details");
                if chosen != *screen {
                    switch_to = Some(chosen);
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if let Some(marking) = &doc.session.meta.classification {
                        let (bg, fg) = theme::tlp_colors(marking);
                        egui::Frame::new()
                            .fill(bg)
                            .inner_margin(egui::Margin::symmetric(6, 2))
                            .corner_radius(3.0)
                            .show(ui, |ui| {
                                ui.label(RichText::new(marking).color(fg).strong().monospace());
                            })
                            .response
                            .on_hover_text("Sensitivity marking of this assessment");
                    }
                    let state = doc.session.meta.member_state.as_deref().unwrap_or("");
                    ui.label(RichText::new(state).strong());
                });
            }
        });
        if let Some(screen) = switch_to {
            app.push(Action::Show(screen));
        }
    });
}

/// New, open, save, export and close.
fn file_menu(ui: &mut egui::Ui, app: &mut AppState, has_doc: bool) {
    if ui.button("New assessment…  (Ctrl+N)").clicked() {
        app.push(Action::NewAssessment);
    }
    if ui.button("Open…  (Ctrl+O)").clicked() {
        app.push(Action::Open);
    }
    if ui
        .add_enabled(has_doc, egui::Button::new("Save  (Ctrl+S)"))
        .clicked()
    {
        app.push(Action::Save);
    }
    if ui
        .add_enabled(has_doc, egui::Button::new("Save as…  (Ctrl+Shift+S)"))
        .clicked()
    {
        app.push(Action::SaveAs);
    }
    ui.separator();
    let idle = !app.export.running();
    for (label, paper) in [
        ("Export PDF report (A4)…", Paper::A4),
        ("Export PDF report (US Letter)…", Paper::Letter),
    ] {
        if ui
            .add_enabled(has_doc && idle, egui::Button::new(label))
            .clicked()
        {
            app.push(Action::ExportPdf(paper));
        }
    }
    ui.separator();
    if ui
        .add_enabled(has_doc, egui::Button::new("Close assessment"))
        .clicked()
    {
        app.push(Action::Close);
    }
}

/// Undo and redo, naming what they would change.
fn edit_menu(ui: &mut egui::Ui, app: &mut AppState) {
    let doc = app.doc.as_ref();
    let undo = doc.and_then(|d| d.undo_label()).map(str::to_owned);
    let redo = doc.and_then(|d| d.redo_label()).map(str::to_owned);
    let text = |verb: &str, what: &Option<String>, keys: &str| match what {
        Some(w) => format!("{verb} {w}  ({keys})"),
        None => format!("{verb}  ({keys})"),
    };
    if ui
        .add_enabled(
            undo.is_some(),
            egui::Button::new(text("Undo", &undo, "Ctrl+Z")),
        )
        .clicked()
    {
        app.push(Action::Undo);
    }
    if ui
        .add_enabled(
            redo.is_some(),
            egui::Button::new(text("Redo", &redo, "Ctrl+Y")),
        )
        .clicked()
    {
        app.push(Action::Redo);
    }
}

/// Theme, zoom and keyboard behaviour (remembered between runs).
fn view_menu(ui: &mut egui::Ui, preferences: &mut Preferences) {
    for choice in ThemeChoice::ALL {
        ui.radio_value(&mut preferences.theme, choice, choice.label());
    }
    ui.separator();
    egui::gui_zoom::zoom_menu_buttons(ui);
    ui.separator();
    ui.checkbox(
        &mut preferences.advance_after_answer,
        "After answering by keyboard, go to the next unanswered item",
    );
}

/// Save state and the last message.
pub fn status_bar(ui: &mut egui::Ui, app: &AppState) {
    egui::Panel::bottom("status").show(ui, |ui| {
        ui.horizontal(|ui| {
            if let Some(doc) = &app.doc {
                let saved = if doc.dirty {
                    RichText::new("Changes not saved").color(theme::attention(ui.visuals()))
                } else {
                    RichText::new("All changes saved")
                };
                ui.label(saved);
                ui.separator();
                if let Some(c) = doc.scores.overall.completion {
                    ui.label(format!("{}% complete", whole_percent(c)));
                    ui.separator();
                }
            }
            if app.export.running() {
                ui.spinner();
            }
            ui.label(&app.status);
        });
    });
}
