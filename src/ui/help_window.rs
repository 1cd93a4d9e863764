//! Help → User guide, Keyboard shortcuts and About normcheck, in a window of their own beside
//! the work (which stays as it was): contents on the left, the chosen topic on the right.

use egui::RichText;

use crate::help::Section;
use crate::ui::action::Action;
use crate::ui::focus::{ShowFocused as _, Shown};
use crate::ui::shortcuts::{self, Command, SHORTCUTS, Scope, keys_text};
use crate::ui::widgets::wrapped_text::wrapped_label;
use crate::ui_t;

/// What the Help window shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// A section of the user guide.
    Guide(Section),
    /// Every keyboard shortcut.
    Shortcuts,
    /// Version, licences, offline, data folder, how to report a problem.
    About,
}

/// The Help menu: the user guide (F1 opens it at the current screen), the shortcuts, About,
/// the example and the printable guide.
pub fn menu(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let f1 = shortcuts::menu_text(Command::Help);
    let entries = [
        (
            format!("{}  ({f1})", ui_t!("menu-help-guide")),
            Action::HelpForScreen,
        ),
        (ui_t!("menu-help-keys"), Action::Help(Topic::Shortcuts)),
        (ui_t!("menu-help-about"), Action::Help(Topic::About)),
        (ui_t!("menu-help-example"), Action::OpenExample),
        (ui_t!("menu-help-save-guide"), Action::SaveGuide),
    ];
    for (label, action) in entries {
        if ui.button(label).clicked() {
            actions.push(action);
            ui.close();
        }
    }
}

/// Shows the Help window while `slot` holds a topic; closing it empties `slot`. Returns what
/// was shown, for the keyboard focus.
pub fn window(
    ctx: &egui::Context,
    slot: &mut Option<Topic>,
    actions: &mut Vec<Action>,
) -> Option<Shown> {
    let topic = slot.as_mut()?;
    let mut open = true;
    let mut first = None;
    let screen = ctx.content_rect();
    let shown = egui::Window::new(ui_t!("help-title"))
        .open(&mut open)
        .default_size([
            (screen.width() - 120.0).clamp(320.0, 900.0),
            (screen.height() - 160.0).max(300.0),
        ])
        .default_pos(screen.min + egui::vec2(60.0, 80.0))
        .collapsible(false)
        .show(ctx, |ui| {
            egui::Panel::left("help-contents")
                .resizable(false)
                .default_size(220.0)
                .show(ui, |ui| first = Some(contents(ui, topic, actions)));
            egui::ScrollArea::vertical()
                .id_salt("help-text")
                .auto_shrink([false, false])
                .show_focused(ui, |ui| {
                    // A margin between the contents and the text.
                    egui::Frame::NONE
                        .inner_margin(egui::Margin::symmetric(10, 0))
                        .show(ui, |ui| match *topic {
                            Topic::Guide(section) => guide(ui, section),
                            Topic::Shortcuts => shortcuts(ui),
                            Topic::About => about(ui),
                        });
                });
        });
    if !open {
        *slot = None;
    }
    let layer = shown?.response.layer_id;
    Some(Shown { layer, first })
}

/// The sections of the guide, then the shortcuts, About, the example and the printable guide;
/// returns the chosen topic's entry (where focus starts).
fn contents(ui: &mut egui::Ui, topic: &mut Topic, actions: &mut Vec<Action>) -> egui::Id {
    ui.label(RichText::new(ui_t!("help-contents")).strong());
    let mut chosen = None;
    let mut entry = |ui: &mut egui::Ui, topic: &mut Topic, value: Topic, text: String| {
        let was = *topic == value;
        let response = ui.selectable_value(topic, value, text);
        if was {
            chosen = Some(response.id);
        }
    };
    crate::ui::lang::with(|tr| {
        for section in Section::ALL {
            entry(ui, topic, Topic::Guide(section), section.title(tr));
        }
    });
    ui.separator();
    entry(ui, topic, Topic::Shortcuts, ui_t!("menu-help-keys"));
    entry(ui, topic, Topic::About, ui_t!("menu-help-about"));
    ui.separator();
    if ui.button(ui_t!("menu-help-example")).clicked() {
        actions.push(Action::OpenExample);
    }
    let save_guide = ui.button(ui_t!("menu-help-save-guide"));
    if save_guide.clicked() {
        actions.push(Action::SaveGuide);
    }
    chosen.unwrap_or(save_guide.id)
}

fn guide(ui: &mut egui::Ui, section: Section) {
    crate::ui::lang::with(|tr| {
        ui.heading(section.title(tr));
        for paragraph in section.paragraphs(tr) {
            ui.add_space(4.0);
            wrapped_label(ui, paragraph);
        }
    });
}

/// Every shortcut, from the one list the key handling uses.
fn shortcuts(ui: &mut egui::Ui) {
    ui.heading(ui_t!("keys-heading"));
    wrapped_label(ui, RichText::new(ui_t!("keys-intro")).weak());
    for scope in [Scope::Window, Scope::Walkthrough, Scope::Field] {
        ui.add_space(8.0);
        let heading = match scope {
            Scope::Window => ui_t!("keys-scope-window"),
            Scope::Walkthrough => ui_t!("keys-scope-walkthrough"),
            Scope::Field => ui_t!("keys-scope-field"),
        };
        ui.label(RichText::new(heading).strong());
        egui::Grid::new(("help-keys", scope as u8))
            .striped(true)
            .num_columns(2)
            .show(ui, |ui| {
                for s in SHORTCUTS.iter().filter(|s| s.scope == scope) {
                    ui.label(RichText::new(keys_text(ui.ctx(), s)).monospace());
                    crate::ui::lang::with(|tr| wrapped_label(ui, tr.dynamic(s.says)));
                    ui.end_row();
                }
            });
    }
    focus_keys(ui);
}

/// The keys egui gives every control: Tab, Space/Enter, Esc.
fn focus_keys(ui: &mut egui::Ui) {
    let rows: Vec<(String, String)> = shortcuts::FOCUS_KEYS
        .iter()
        .map(|(keys, says)| {
            let names: Vec<String> = keys.iter().map(|k| ui.ctx().format_shortcut(k)).collect();
            let says = crate::ui::lang::with(|tr| tr.dynamic(says));
            (names.join(" / "), says)
        })
        .collect();
    ui.add_space(8.0);
    ui.label(RichText::new(ui_t!("keys-scope-focus")).strong());
    egui::Grid::new("help-keys-focus")
        .striped(true)
        .num_columns(2)
        .show(ui, |ui| {
            for (keys, says) in rows {
                ui.label(RichText::new(keys).monospace());
                wrapped_label(ui, says);
                ui.end_row();
            }
        });
}

/// Version, purpose, offline, where the data is, licences, how to report a problem.
fn about(ui: &mut egui::Ui) {
    ui.heading(ui_t!("about-heading"));
    ui.label(RichText::new(ui_t!("about-version", version = env!("CARGO_PKG_VERSION"))).strong());
    let folder = crate::user_data::data_dir().map(|d| d.display().to_string());
    let data = match folder {
        Some(folder) => ui_t!("about-data", folder = folder),
        None => ui_t!("about-no-data"),
    };
    for text in [
        ui_t!("about-purpose"),
        ui_t!("about-offline"),
        data,
        ui_t!("about-licences"),
        ui_t!("about-problems"),
    ] {
        ui.add_space(6.0);
        wrapped_label(ui, text);
    }
}
