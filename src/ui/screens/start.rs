//! The welcome screen: new, open, recent sessions, and recovery of unsaved work.

use crate::ui::focus::ShowFocused as _;
use crate::ui::words::Worded;
use egui::RichText;

use crate::ui::Recent;
use crate::ui::action::Action;
use crate::ui::local_time::local_time;
use crate::ui::recovery::{Found, Leftover};
use crate::ui::theme;
use crate::ui_t;

/// Draws the start screen.
pub fn ui(ui: &mut egui::Ui, recent: &[Recent], found: &[Found], actions: &mut Vec<Action>) {
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show_focused(ui, |ui| {
            ui.vertical_centered(|ui| {
                theme::limit_width(ui, 640.0);
                ui.add_space(24.0);
                ui.heading(RichText::new("normcheck").size(30.0));
                ui.label(ui_t!("start-intro"));
                ui.add_space(16.0);
                recovery_offer(ui, found, actions);
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .button(RichText::new(ui_t!("start-new")).size(16.0))
                        .clicked()
                    {
                        actions.push(Action::NewAssessment);
                    }
                    if ui
                        .button(RichText::new(ui_t!("start-open")).size(16.0))
                        .clicked()
                    {
                        actions.push(Action::Open);
                    }
                    if ui
                        .button(RichText::new(ui_t!("start-example")).size(16.0))
                        .on_hover_text(ui_t!("start-example-hover"))
                        .clicked()
                    {
                        actions.push(Action::OpenExample);
                    }
                });
                ui.add_space(16.0);
                recent_list(ui, recent, actions);
                ui.add_space(16.0);
                ui.label(RichText::new(ui_t!("start-offline")).weak());
            });
        });
    });
}

fn recovery_offer(ui: &mut egui::Ui, found: &[Found], actions: &mut Vec<Action>) {
    for (path, found) in found {
        egui::Frame::group(ui.style()).show(ui, |ui| match found {
            Ok(Leftover::Readable(found)) => {
                let when = local_time(found.saved_at);
                let what = found
                    .original_path
                    .as_ref()
                    .and_then(|p| p.file_name())
                    .map_or_else(
                        || ui_t!("start-never-saved"),
                        |n| n.to_string_lossy().into_owned(),
                    );
                let state = found
                    .opened
                    .session
                    .meta
                    .member_state
                    .as_deref()
                    .unwrap_or("");
                ui.label(RichText::new(ui_t!("start-closed-unsaved")).strong());
                let copy = if state.trim().is_empty() {
                    ui_t!("start-autosaved", what = what)
                } else {
                    ui_t!(
                        "start-autosaved-state",
                        what = what,
                        state = state.to_owned()
                    )
                };
                ui.label(copy);
                recovery_buttons(ui, path, &when, actions);
            }
            Ok(Leftover::Protected { modified }) => {
                let when = modified.map(local_time).unwrap_or_default();
                ui.label(RichText::new(ui_t!("start-closed-unsaved")).strong());
                ui.label(ui_t!("start-autosaved-protected"));
                recovery_buttons(ui, path, &when, actions);
            }
            Err(problem) => {
                ui.label(
                    RichText::new(ui_t!("start-unreadable", problem = problem.worded()))
                        .color(ui.visuals().warn_fg_color),
                );
                let file = path.display().to_string();
                if ui.button(ui_t!("start-delete", file = file)).clicked() {
                    actions.push(Action::DiscardRecovery(path.clone()));
                }
            }
        });
        ui.add_space(12.0);
    }
}

fn recovery_buttons(
    ui: &mut egui::Ui,
    path: &std::path::Path,
    when: &str,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        if ui
            .button(ui_t!("start-recover", when = when.to_owned()))
            .clicked()
        {
            actions.push(Action::Recover(path.to_path_buf()));
        }
        if ui
            .button(ui_t!("start-discard", when = when.to_owned()))
            .clicked()
        {
            actions.push(Action::DiscardRecovery(path.to_path_buf()));
        }
    });
}

fn recent_list(ui: &mut egui::Ui, recent: &[Recent], actions: &mut Vec<Action>) {
    if recent.is_empty() {
        return;
    }
    ui.label(RichText::new(ui_t!("start-recent")).strong());
    for entry in recent {
        let path = &entry.path;
        ui.horizontal_wrapped(|ui| {
            if path.exists() {
                if ui
                    .link(entry.label())
                    .on_hover_text(path.display().to_string())
                    .clicked()
                {
                    actions.push(Action::OpenPath(path.clone()));
                }
                ui.label(RichText::new(path.display().to_string()).weak().small());
            } else {
                ui.label(RichText::new(ui_t!("start-missing", name = entry.label())).weak());
                let file = path.display().to_string();
                ui.label(
                    RichText::new(ui_t!("start-moved", file = file))
                        .weak()
                        .small(),
                );
                if ui
                    .small_button(ui_t!("start-forget", name = entry.file_name()))
                    .clicked()
                {
                    actions.push(Action::ForgetRecent(path.clone()));
                }
            }
        });
    }
}
