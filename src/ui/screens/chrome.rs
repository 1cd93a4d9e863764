//! The menu bar and the status bar around every screen.

use egui::RichText;

use crate::report::Paper;
use crate::scoring::whole_percent;
use crate::ui::Preferences;
use crate::ui::action::Action;
use crate::ui::app::{AppState, Mode, Screen};
use crate::ui::theme::{self, ThemeChoice};
use crate::ui::widgets::text_width;

/// File, Edit and View menus, screen switch, and who and how sensitive the open assessment
/// is — at the right when there is room, on a line of its own when there is not.
pub fn top_bar(ui: &mut egui::Ui, app: &mut AppState) {
    egui::Panel::top("menu").show(ui, |ui| {
        let mut switch_to = None;
        let mut marking_fits = true;
        egui::MenuBar::new().ui(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let has_doc = app.doc.is_some();
                ui.menu_button("File", |ui| file_menu(ui, app, has_doc));
                ui.menu_button("Edit", |ui| edit_menu(ui, app));
                ui.menu_button("View", |ui| view_menu(ui, &mut app.preferences));
                let (Some(doc), Mode::Assess(screen)) = (&app.doc, &app.mode) else {
                    return;
                };
                ui.separator();
                let mut chosen = *screen;
                ui.selectable_value(&mut chosen, Screen::Walkthrough, "Walk-through");
                ui.selectable_value(&mut chosen, Screen::Dashboard, "Dashboard");
                ui.selectable_value(&mut chosen, Screen::Details, "Details");
                ui.selectable_value(&mut chosen, Screen::Team, team_tab(doc));
                ui.selectable_value(&mut chosen, Screen::Progress, "Progress");
                if chosen != *screen {
                    switch_to = Some(chosen);
                }
                // What is left of this row: in a wrapping layout available_width() is a whole
                // new row's, which let the marking be drawn over the tabs when zoomed in.
                let needed = marking_width(ui, &doc.session.meta);
                marking_fits = ui.available_size_before_wrap().x >= needed;
                if marking_fits {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        marking(ui, &doc.session.meta, false);
                    });
                }
            });
        });
        if !marking_fits && let Some(doc) = &app.doc {
            ui.horizontal_wrapped(|ui| marking(ui, &doc.session.meta, true));
        }
        if let (Some(doc), Mode::Assess(_)) = (&app.doc, &app.mode) {
            team_banner(ui, doc);
        }
        if let Some(screen) = switch_to {
            app.push(Action::Show(screen));
        }
    });
}

/// Says when the open file is an agency's contribution, or a merge with conflicts to settle.
fn team_banner(ui: &mut egui::Ui, doc: &crate::ui::OpenDocument) {
    if let Some(c) = &doc.session.contribution {
        let title = c
            .title
            .as_deref()
            .or(doc.session.meta.title.as_deref())
            .unwrap_or("the national assessment");
        ui.label(
            RichText::new(format!("Contribution for {} to {title}", c.agency))
                .strong()
                .color(ui.visuals().hyperlink_color),
        );
    }
    match doc.open_conflicts() {
        0 => {}
        n => {
            ui.label(
                RichText::new(format!(
                    "Draft — {n} conflict{} unresolved (settle them on the Team screen)",
                    if n == 1 { "" } else { "s" }
                ))
                .strong()
                .color(ui.visuals().warn_fg_color),
            );
        }
    }
}

/// The Team tab's name, with the number of conflicts waiting when there are any.
fn team_tab(doc: &crate::ui::OpenDocument) -> String {
    match doc.open_conflicts() {
        0 => "Team".to_owned(),
        1 => "Team (1 conflict)".to_owned(),
        n => format!("Team ({n} conflicts)"),
    }
}

/// The sensitivity marking in its TLP colours, and the Member State (wrapped if `wrap`).
fn marking(ui: &mut egui::Ui, meta: &crate::session::Meta, wrap: bool) {
    if let Some(marking) = &meta.classification {
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
    let name = meta.member_state.as_deref().unwrap_or("");
    let state = egui::Label::new(RichText::new(name).strong());
    if wrap {
        // A name too long for the rest of the line gets its own: wrapping on from beside the
        // marking, it would reach under it.
        let width = text_width(ui, RichText::new(name).strong());
        if width + ui.spacing().item_spacing.x > ui.available_size_before_wrap().x {
            ui.end_row();
        }
        ui.add(state.wrap());
    } else {
        ui.add(state.extend());
    }
}

/// How wide [`marking`] is on one line.
fn marking_width(ui: &egui::Ui, meta: &crate::session::Meta) -> f32 {
    let width = |text: RichText| text_width(ui, text);
    let state = meta.member_state.as_deref().unwrap_or("");
    let tlp = meta
        .classification
        .as_deref()
        .map_or(0.0, |m| width(RichText::new(m).strong().monospace()) + 12.0);
    width(RichText::new(state).strong()) + tlp + 4.0 * ui.spacing().item_spacing.x + 8.0
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
    let protected = app
        .doc
        .as_ref()
        .is_some_and(|d| d.protection.is_protected());
    let protect_label = if protected {
        "Change passphrase…"
    } else {
        "Protect with a passphrase…"
    };
    if ui
        .add_enabled(has_doc, egui::Button::new(protect_label))
        .clicked()
    {
        app.push(Action::ChangePassphrase);
    }
    if ui
        .add_enabled(protected, egui::Button::new("Remove protection…"))
        .clicked()
    {
        app.push(Action::RemoveProtection);
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
    if ui.button("Regional view…").clicked() {
        let native = app.dialogs.native();
        app.regional
            .get_or_insert_with(|| crate::ui::regional::RegionalView::new(native));
    }
    ui.separator();
    for (label, action) in [
        ("Export spreadsheet…", Action::ExportSheet),
        ("Import spreadsheet…", Action::ImportSheet),
        ("Prepare contributions…", Action::PrepareContributions),
        ("Merge contributions…", Action::MergeContributions),
        (
            "Compare with an earlier assessment…",
            Action::CompareWithEarlier,
        ),
    ] {
        if ui.add_enabled(has_doc, egui::Button::new(label)).clicked() {
            app.push(action);
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

/// Save state, completion and the last message (on a line of its own when it is long).
pub fn status_bar(ui: &mut egui::Ui, app: &AppState) {
    egui::Panel::bottom("status").show(ui, |ui| {
        let mut message_fits = true;
        ui.horizontal_wrapped(|ui| {
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
            message_fits = ui.available_width() >= text_width(ui, app.status.as_str());
            if message_fits {
                ui.label(&app.status);
            }
        });
        if !message_fits {
            ui.add(egui::Label::new(&app.status).wrap());
        }
    });
}
