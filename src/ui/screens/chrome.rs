//! The menu bar and the status bar around every screen.

use egui::RichText;

use crate::report::Paper;
use crate::scoring::whole_percent;
use crate::ui::Preferences;
use crate::ui::action::Action;
use crate::ui::app::{Mode, Screen};
use crate::ui::document::OpenDocument;
use crate::ui::shortcuts::{self, Command};
use crate::ui::theme::{self, ThemeChoice};
use crate::ui::widgets::text_width;
use crate::ui_t;

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
                ui.menu_button(ui_t!("menu-file"), |ui| file_menu(ui, bars, actions));
                ui.menu_button(ui_t!("menu-edit"), |ui| edit_menu(ui, bars.doc, actions));
                ui.menu_button(ui_t!("menu-view"), |ui| view_menu(ui, preferences));
                ui.menu_button(ui_t!("menu-help"), |ui| {
                    crate::ui::help_window::menu(ui, actions);
                });
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
    ui.selectable_value(&mut chosen, Screen::Walkthrough, ui_t!("tab-walkthrough"));
    ui.selectable_value(&mut chosen, Screen::Dashboard, ui_t!("tab-dashboard"));
    ui.selectable_value(&mut chosen, Screen::Details, ui_t!("tab-details"));
    ui.selectable_value(&mut chosen, Screen::Team, team_tab(doc));
    ui.selectable_value(&mut chosen, Screen::Progress, ui_t!("tab-progress"));
    if chosen != screen {
        actions.push(Action::Show(chosen));
    }
}

/// Says when the open file is an agency's contribution, or a merge with conflicts to settle.
fn team_banner(ui: &mut egui::Ui, doc: &OpenDocument) {
    if let Some(c) = &doc.session.contribution {
        let title = c
            .title
            .clone()
            .or_else(|| doc.session.meta.title.clone())
            .unwrap_or_else(|| ui_t!("banner-the-national-assessment"));
        let agency = c.agency.clone();
        ui.label(
            RichText::new(ui_t!("banner-contribution", agency = agency, title = title))
                .strong()
                .color(ui.visuals().hyperlink_color),
        );
    }
    match doc.open_conflicts() {
        0 => {}
        n => {
            ui.label(
                RichText::new(ui_t!("banner-conflicts", count = n))
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
        ui.label(ui_t!("banner-newer-edition", version = version.clone()));
        if ui.link(ui_t!("banner-see-changes")).clicked() {
            actions.push(Action::ShowEditionChanges);
        }
        if ui.link(ui_t!("banner-move-answers")).clicked() {
            actions.push(Action::MoveToNewerEdition);
        }
    });
}

/// The Team tab's name, with the number of conflicts waiting when there are any.
fn team_tab(doc: &OpenDocument) -> String {
    match doc.open_conflicts() {
        0 => ui_t!("tab-team"),
        n => ui_t!("tab-team-conflicts", count = n),
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
            .on_hover_text(ui_t!("marking-hover"));
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
    for entry in file_menu_entries(bars) {
        match entry {
            Some((enabled, label, action)) => {
                let letter = matches!(action, Action::ExportPdf(Paper::Letter));
                if ui.add_enabled(enabled, egui::Button::new(label)).clicked() {
                    actions.push(action);
                }
                if letter {
                    export_in_menu(ui, enabled, actions);
                }
            }
            None => {
                ui.separator();
            }
        }
    }
}

/// "Export PDF report (A4) in…": the report in another language than the window's.
fn export_in_menu(ui: &mut egui::Ui, enabled: bool, actions: &mut Vec<Action>) {
    ui.add_enabled_ui(enabled, |ui| {
        ui.menu_button(ui_t!("menu-file-export-in"), |ui| {
            for language in crate::ui::lang::catalog().languages() {
                if ui.button(&language.name).clicked() {
                    actions.push(Action::ExportPdfIn(language.code.clone()));
                }
            }
        });
    });
}

/// The File menu's entries (enabled, label, action), `None` for a separator.
fn file_menu_entries(bars: &Bars<'_>) -> Vec<Option<(bool, String, Action)>> {
    // File commands wait while work runs (a second save must not start meanwhile).
    let ready = bars.doc.is_some() && !bars.working;
    let free = !bars.working;
    let protected = bars.doc.is_some_and(|d| d.protection.is_protected());
    let protect_label = match protected {
        true => ui_t!("menu-file-change-passphrase"),
        false => ui_t!("menu-file-protect"),
    };
    let export = ready && !bars.exporting;
    let mut entries = keyed_entries(free, ready);
    entries.extend([
        Some((ready, protect_label, Action::ChangePassphrase)),
        Some((
            protected && ready,
            ui_t!("menu-file-unprotect"),
            Action::RemoveProtection,
        )),
        None,
        Some((
            export,
            ui_t!("menu-file-export-a4"),
            Action::ExportPdf(Paper::A4),
        )),
        Some((
            export,
            ui_t!("menu-file-export-letter"),
            Action::ExportPdf(Paper::Letter),
        )),
        Some((true, ui_t!("menu-file-regional"), Action::ShowRegional)),
        None,
        Some((ready, ui_t!("menu-file-export-sheet"), Action::ExportSheet)),
        Some((ready, ui_t!("menu-file-import-sheet"), Action::ImportSheet)),
        Some((
            ready,
            ui_t!("menu-file-prepare"),
            Action::PrepareContributions,
        )),
        Some((ready, ui_t!("menu-file-merge"), Action::MergeContributions)),
        Some((
            ready,
            ui_t!("menu-file-compare"),
            Action::CompareWithEarlier,
        )),
        None,
        Some((ready, ui_t!("menu-file-close"), Action::Close)),
    ]);
    entries
}

/// New, Open, Save and Save as, each with its keys from the one list of shortcuts.
fn keyed_entries(free: bool, ready: bool) -> Vec<Option<(bool, String, Action)>> {
    let keys = |id: String, c: Command| format!("{id}  ({})", shortcuts::menu_text(c));
    vec![
        Some((
            free,
            keys(ui_t!("menu-file-new"), Command::New),
            Action::NewAssessment,
        )),
        Some((
            free,
            keys(ui_t!("menu-file-open"), Command::Open),
            Action::Open,
        )),
        Some((
            ready,
            keys(ui_t!("menu-file-save"), Command::Save),
            Action::Save,
        )),
        Some((
            ready,
            keys(ui_t!("menu-file-save-as"), Command::SaveAs),
            Action::SaveAs,
        )),
    ]
}

/// Undo and redo, naming what they would change.
fn edit_menu(ui: &mut egui::Ui, doc: Option<&OpenDocument>, actions: &mut Vec<Action>) {
    let undo = doc.and_then(|d| d.undo_label()).map(str::to_owned);
    let redo = doc.and_then(|d| d.redo_label()).map(str::to_owned);
    let text = |what: &Option<String>, redo: bool, keys: &str| {
        let label = match (what, redo) {
            (Some(w), false) => ui_t!("menu-edit-undo-what", what = w.clone()),
            (None, false) => ui_t!("menu-edit-undo"),
            (Some(w), true) => ui_t!("menu-edit-redo-what", what = w.clone()),
            (None, true) => ui_t!("menu-edit-redo"),
        };
        format!("{label}  ({keys})")
    };
    if ui
        .add_enabled(
            undo.is_some(),
            egui::Button::new(text(&undo, false, &shortcuts::menu_text(Command::Undo))),
        )
        .clicked()
    {
        actions.push(Action::Undo);
    }
    if ui
        .add_enabled(
            redo.is_some(),
            egui::Button::new(text(&redo, true, &shortcuts::menu_text(Command::Redo))),
        )
        .clicked()
    {
        actions.push(Action::Redo);
    }
}

/// Theme, zoom and keyboard behaviour (remembered between runs).
fn view_menu(ui: &mut egui::Ui, preferences: &mut Preferences) {
    ui.menu_button(crate::ui_t!("menu-view-language"), |ui| {
        language_menu(ui, preferences)
    });
    ui.separator();
    for choice in ThemeChoice::ALL {
        let label = match choice {
            ThemeChoice::System => ui_t!("menu-view-theme-system"),
            ThemeChoice::Light => ui_t!("menu-view-theme-light"),
            ThemeChoice::Dark => ui_t!("menu-view-theme-dark"),
        };
        ui.radio_value(&mut preferences.theme, choice, label);
    }
    ui.separator();
    crate::ui::zoom::menu(ui);
    ui.separator();
    ui.checkbox(
        &mut preferences.advance_after_answer,
        ui_t!("menu-view-advance"),
    );
}

/// The languages: the system's, then each language in its own name.
fn language_menu(ui: &mut egui::Ui, preferences: &mut Preferences) {
    let catalog = crate::ui::lang::catalog();
    let system = catalog.system_language();
    let system_name = catalog
        .languages()
        .iter()
        .find(|l| l.code == system)
        .map_or(system.clone(), |l| l.name.clone());
    let label = crate::ui_t!("menu-view-language-system", language = system_name);
    ui.radio_value(&mut preferences.language, None, label);
    ui.separator();
    for language in catalog.languages() {
        let chosen = Some(language.code.clone());
        ui.radio_value(&mut preferences.language, chosen, &language.name);
    }
}

/// Save state, completion and the last message (on a line of its own when it is long).
pub fn status_bar(ui: &mut egui::Ui, bars: &Bars<'_>) {
    egui::Panel::bottom("status").show(ui, |ui| {
        let mut message_fits = true;
        ui.horizontal_wrapped(|ui| {
            if let Some(doc) = bars.doc {
                let saved = if doc.dirty {
                    RichText::new(ui_t!("status-unsaved")).color(theme::attention(ui.visuals()))
                } else if doc.path.is_none() {
                    RichText::new(ui_t!("status-no-file"))
                } else {
                    RichText::new(ui_t!("status-saved"))
                };
                ui.label(saved);
                ui.separator();
                if let Some(c) = doc.scores.overall.completion {
                    ui.label(ui_t!("status-complete", percent = whole_percent(c)));
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
