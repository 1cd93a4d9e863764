//! The welcome screen: new, open, recent sessions, and recovery of unsaved work.

use crate::ui::words::Worded;
use egui::RichText;

use crate::ui::Recent;
use crate::ui::action::Action;
use crate::ui::local_time::local_time;
use crate::ui::recovery::{Found, Leftover};
use crate::ui::theme;

/// Draws the start screen.
pub fn ui(ui: &mut egui::Ui, recent: &[Recent], found: &[Found], actions: &mut Vec<Action>) {
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                theme::limit_width(ui, 640.0);
                ui.add_space(24.0);
                ui.heading(RichText::new("normcheck").size(30.0));
                ui.label(
                    "Assess how far your State has implemented the 11 UN norms of responsible \
                     State behaviour in cyberspace and the ASEAN Regional Action Plan.",
                );
                ui.add_space(16.0);
                recovery_offer(ui, found, actions);
                ui.horizontal(|ui| {
                    if ui
                        .button(RichText::new("New assessment").size(16.0))
                        .clicked()
                    {
                        actions.push(Action::NewAssessment);
                    }
                    if ui.button(RichText::new("Open…").size(16.0)).clicked() {
                        actions.push(Action::Open);
                    }
                });
                ui.add_space(16.0);
                recent_list(ui, recent, actions);
                ui.add_space(16.0);
                ui.label(
                    RichText::new(
                        "Everything stays on this computer: normcheck never uses the network.",
                    )
                    .weak(),
                );
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
                        || "an assessment that was never saved".to_owned(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                let state = found
                    .opened
                    .session
                    .meta
                    .member_state
                    .as_deref()
                    .unwrap_or("");
                ui.label(
                    RichText::new("normcheck was closed without saving these changes.").strong(),
                );
                ui.label(format!("Autosaved copy of {what} {state}"));
                recovery_buttons(ui, path, &when, actions);
            }
            Ok(Leftover::Protected { modified }) => {
                let when = modified.map(local_time).unwrap_or_default();
                ui.label(
                    RichText::new("normcheck was closed without saving these changes.").strong(),
                );
                ui.label("Autosaved copy of a protected assessment (its passphrase opens it)");
                recovery_buttons(ui, path, &when, actions);
            }
            Err(problem) => {
                ui.label(
                    RichText::new(format!(
                        "An autosaved copy could not be read: {}",
                        problem.worded()
                    ))
                    .color(ui.visuals().warn_fg_color),
                );
                if ui.button(format!("Delete {}", path.display())).clicked() {
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
            .button(format!("Recover unsaved work from {when}"))
            .clicked()
        {
            actions.push(Action::Recover(path.to_path_buf()));
        }
        if ui.button(format!("Discard the copy from {when}")).clicked() {
            actions.push(Action::DiscardRecovery(path.to_path_buf()));
        }
    });
}

fn recent_list(ui: &mut egui::Ui, recent: &[Recent], actions: &mut Vec<Action>) {
    if recent.is_empty() {
        return;
    }
    ui.label(RichText::new("Recent assessments").strong());
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
                ui.label(RichText::new(format!("{} (missing)", entry.label())).weak());
                ui.label(
                    RichText::new(format!("{} was moved or deleted", path.display()))
                        .weak()
                        .small(),
                );
                if ui
                    .small_button(format!("Forget {}", entry.file_name()))
                    .clicked()
                {
                    actions.push(Action::ForgetRecent(path.clone()));
                }
            }
        });
    }
}
