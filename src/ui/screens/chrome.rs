//! The menu bar and the status bar around every screen.

use egui::RichText;

use crate::report::Paper;
use crate::scoring::whole_percent;
use crate::ui::Preferences;
use crate::ui::action::Action;
use crate::ui::app::{Mode, Screen};
use crate::ui::document::OpenDocument;
use crate::ui::theme::{self, ThemeChoice};
use crate::ui::widgets::text_width;

/// What the menu and status bars show.
pub struct Bars<'a> {
    /// The open assessment.
    pub doc: Option<&'a OpenDocument>,
    /// What the main area shows.
    pub mode: Mode,
    /// The last message.
    pub status: &'a str,
    /// A report is being exported.
    pub exporting: bool,
    /// Slow work is running (file commands wait).
    pub working: bool,
}

/// File, Edit and View menus, screen switch, and who and how sensitive the open assessment
/// is — at the right when there is room, on a line of its own when there is not.
pub fn top_bar(
    ui: &mut egui::Ui,
    bars: &Bars<'_>,
    preferences: &mut Preferences,
    actions: &mut Vec<Action>,
) {
    egui::Panel::top("menu").show(ui, |ui| {
        let mut marking_fits = true;
        egui::MenuBar::new().ui(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.menu_button("File", |ui| file_menu(ui, bars, actions));
                ui.menu_button("Edit", |ui| edit_menu(ui, bars.doc, actions));
                ui.menu_button("View", |ui| view_menu(ui, preferences));
                let (Some(doc), Mode::Assess(screen)) = (bars.doc, bars.mode) else {
                    return;
                };
                ui.separator();
                tabs(ui, doc, screen, actions);
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
        if !marking_fits && let Some(doc) = bars.doc {
            ui.horizontal_wrapped(|ui| marking(ui, &doc.session.meta, true));
        }
        if let (Some(doc), Mode::Assess(_)) = (bars.doc, bars.mode) {
            team_banner(ui, doc);
            edition_banner(ui, doc, actions);
        }
    });
}

/// The open assessment's screens as tabs.
fn tabs(ui: &mut egui::Ui, doc: &OpenDocument, screen: Screen, actions: &mut Vec<Action>) {
    let mut chosen = screen;
    ui.selectable_value(&mut chosen, Screen::Walkthrough, "Walk-through");
    ui.selectable_value(&mut chosen, Screen::Dashboard, "Dashboard");
    ui.selectable_value(&mut chosen, Screen::Details, "Details");
    ui.selectable_value(&mut chosen, Screen::Team, team_tab(doc));
    ui.selectable_value(&mut chosen, Screen::Progress, "Progress");
    if chosen != screen {
        actions.push(Action::Show(chosen));
    }
}

/// Says when the open file is an agency's contribution, or a merge with conflicts to settle.
fn team_banner(ui: &mut egui::Ui, doc: &OpenDocument) {
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

/// Offers to move the answers when a newer edition of the built-in checklist exists.
fn edition_banner(ui: &mut egui::Ui, doc: &OpenDocument, actions: &mut Vec<Action>) {
    let Some(version) = &doc.newer_edition else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "A newer version of this checklist is available ({version})."
        ));
        if ui.link("See the changes").clicked() {
            actions.push(Action::ShowEditionChanges);
        }
        if ui.link("Move my answers").clicked() {
            actions.push(Action::MoveToNewerEdition);
        }
    });
}

/// The Team tab's name, with the number of conflicts waiting when there are any.
fn team_tab(doc: &OpenDocument) -> String {
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
fn file_menu(ui: &mut egui::Ui, bars: &Bars<'_>, actions: &mut Vec<Action>) {
    let has_doc = bars.doc.is_some();
    // File commands wait while work runs (a second save must not start meanwhile).
    let ready = has_doc && !bars.working;
    let mut item = |ui: &mut egui::Ui, enabled: bool, label: &str, action: Action| {
        if ui.add_enabled(enabled, egui::Button::new(label)).clicked() {
            actions.push(action);
        }
    };
    item(
        ui,
        !bars.working,
        "New assessment…  (Ctrl+N)",
        Action::NewAssessment,
    );
    item(ui, !bars.working, "Open…  (Ctrl+O)", Action::Open);
    item(ui, ready, "Save  (Ctrl+S)", Action::Save);
    item(ui, ready, "Save as…  (Ctrl+Shift+S)", Action::SaveAs);
    let protected = bars.doc.is_some_and(|d| d.protection.is_protected());
    let protect_label = if protected {
        "Change passphrase…"
    } else {
        "Protect with a passphrase…"
    };
    item(ui, ready, protect_label, Action::ChangePassphrase);
    item(
        ui,
        protected && ready,
        "Remove protection…",
        Action::RemoveProtection,
    );
    ui.separator();
    for (label, paper) in [
        ("Export PDF report (A4)…", Paper::A4),
        ("Export PDF report (US Letter)…", Paper::Letter),
    ] {
        item(
            ui,
            ready && !bars.exporting,
            label,
            Action::ExportPdf(paper),
        );
    }
    item(ui, true, "Regional view…", Action::ShowRegional);
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
        item(ui, ready, label, action);
    }
    ui.separator();
    item(ui, ready, "Close assessment", Action::Close);
}

/// Undo and redo, naming what they would change.
fn edit_menu(ui: &mut egui::Ui, doc: Option<&OpenDocument>, actions: &mut Vec<Action>) {
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
        actions.push(Action::Undo);
    }
    if ui
        .add_enabled(
            redo.is_some(),
            egui::Button::new(text("Redo", &redo, "Ctrl+Y")),
        )
        .clicked()
    {
        actions.push(Action::Redo);
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
pub fn status_bar(ui: &mut egui::Ui, bars: &Bars<'_>) {
    egui::Panel::bottom("status").show(ui, |ui| {
        let mut message_fits = true;
        ui.horizontal_wrapped(|ui| {
            if let Some(doc) = bars.doc {
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
            if bars.exporting || bars.working {
                ui.spinner();
            }
            message_fits = ui.available_width() >= text_width(ui, bars.status);
            if message_fits {
                ui.label(bars.status);
            }
        });
        if !message_fits {
            ui.add(egui::Label::new(bars.status).wrap());
        }
    });
}
