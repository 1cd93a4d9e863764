//! The welcome screen: new, open, recent sessions, and recovery of unsaved work.

use egui::RichText;

use crate::ui::action::Action;
use crate::ui::app::AppState;

/// Draws the start screen.
pub fn ui(ui: &mut egui::Ui, app: &mut AppState) {
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.set_max_width(640.0);
                ui.add_space(24.0);
                ui.heading(RichText::new("normcheck").size(30.0));
                ui.label(
                    "Assess how far your State has implemented the 11 UN norms of responsible \
                     State behaviour in cyberspace and the ASEAN Regional Action Plan.",
                );
                ui.add_space(16.0);
                recovery_offer(ui, app);
                ui.horizontal(|ui| {
                    if ui
                        .button(RichText::new("New assessment").size(16.0))
                        .clicked()
                    {
                        app.push(Action::NewAssessment);
                    }
                    if ui.button(RichText::new("Open…").size(16.0)).clicked() {
                        app.push(Action::Open);
                    }
                });
                ui.add_space(16.0);
                recent_list(ui, app);
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

fn recovery_offer(ui: &mut egui::Ui, app: &mut AppState) {
    match &app.recovered {
        Some(Ok(found)) => {
            let when = found
                .saved_at
                .format(time::macros::format_description!(
                    "[year]-[month]-[day] [hour]:[minute] UTC"
                ))
                .unwrap_or_default();
            let what = found
                .original_path
                .as_ref()
                .and_then(|p| p.file_name())
                .map_or_else(
                    || "an unsaved assessment".to_owned(),
                    |n| n.to_string_lossy().into_owned(),
                );
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(
                    RichText::new("normcheck was closed without saving your last changes.")
                        .strong(),
                );
                ui.label(format!("Autosaved copy of {what}."));
                ui.horizontal(|ui| {
                    if ui
                        .button(format!("Recover unsaved work from {when}"))
                        .clicked()
                    {
                        app.push(Action::Recover);
                    }
                    if ui.button("Discard it").clicked() {
                        app.push(Action::DiscardRecovery);
                    }
                });
            });
            ui.add_space(12.0);
        }
        Some(Err(problem)) => {
            ui.label(
                RichText::new(format!("An autosaved copy could not be read: {problem}"))
                    .color(ui.visuals().warn_fg_color),
            );
            if ui.button("Discard it").clicked() {
                app.push(Action::DiscardRecovery);
            }
        }
        None => {}
    }
}

fn recent_list(ui: &mut egui::Ui, app: &mut AppState) {
    if app.recent.is_empty() {
        return;
    }
    ui.label(RichText::new("Recent assessments").strong());
    let mut actions = Vec::new();
    for path in &app.recent {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        ui.horizontal(|ui| {
            if path.exists() {
                if ui
                    .link(&name)
                    .on_hover_text(path.display().to_string())
                    .clicked()
                {
                    actions.push(Action::OpenPath(path.clone()));
                }
                ui.label(RichText::new(path.display().to_string()).weak().small());
            } else {
                ui.label(RichText::new(format!("{name} (missing)")).weak());
                ui.label(
                    RichText::new(format!("{} was moved or deleted", path.display()))
                        .weak()
                        .small(),
                );
                if ui.small_button(format!("Forget {name}")).clicked() {
                    actions.push(Action::ForgetRecent(path.clone()));
                }
            }
        });
    }
    for a in actions {
        app.push(a);
    }
}
