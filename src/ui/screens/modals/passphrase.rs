//! The passphrase dialogs: asking for one to open a file, the Save As choices, setting a new
//! one, and confirming its removal. Passphrase fields are masked unless "Show" is ticked.

use egui::{Modal, RichText};

use super::answer;
use crate::ui::action::Answer;
use crate::ui::opening::{PassphraseFor, PassphrasePrompt};
use crate::ui::protection::{NewPassphrase, ProtectionDialog, SaveOptions};

/// Asks for the passphrase of a protected file or recovery copy.
pub(super) fn prompt(ctx: &egui::Context, prompt: &mut PassphrasePrompt) -> Option<Answer> {
    let what = match &prompt.purpose {
        PassphraseFor::Open(request) => request
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        PassphraseFor::Recover(_) => "the autosaved copy".to_owned(),
    };
    let mut chosen = None;
    let response = Modal::new(egui::Id::unique("passphrase-prompt")).show(ctx, |ui| {
        crate::ui::theme::limit_width(ui, 460.0);
        ui.heading("Protected assessment");
        ui.label(format!(
            "“{what}” is protected. Enter its passphrase to open it."
        ));
        if prompt.wrong {
            ui.label(
                RichText::new("That passphrase is wrong. Try again.")
                    .color(ui.visuals().error_fg_color),
            );
        }
        let label = ui.label("Passphrase:");
        let edit = ui
            .add(
                egui::TextEdit::singleline(&mut prompt.text)
                    .password(!prompt.show)
                    .desired_width(ui.available_width().min(400.0)),
            )
            .labelled_by(label.id);
        if prompt.text.is_empty() && !edit.has_focus() {
            edit.request_focus();
        }
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.checkbox(&mut prompt.show, "Show passphrase");
        ui.horizontal(|ui| {
            let ready = !prompt.text.is_empty();
            let open = ui.add_enabled(ready, egui::Button::new("Open")).clicked();
            if open || (enter && ready) {
                chosen = Some(Answer::PassphraseEntered);
            }
            if ui.button("Cancel").clicked() {
                chosen = Some(Answer::Dismiss);
            }
        });
    });
    answer(chosen, response.should_close())
}

/// The Save As choices: protect with a passphrase or not, then choose the file.
pub(super) fn save_options(ctx: &egui::Context, options: &mut SaveOptions) -> Option<Answer> {
    let mut chosen = None;
    let response = Modal::new(egui::Id::unique("save-options")).show(ctx, |ui| {
        crate::ui::theme::limit_width(ui, 480.0);
        ui.heading("Save assessment");
        if let Some(marking) = &options.suggested_by {
            ui.label(
                RichText::new(format!(
                    "This assessment is marked {marking}: protecting it with a passphrase is recommended."
                ))
                .strong(),
            );
        }
        ui.checkbox(&mut options.protect, "Protect with a passphrase");
        protection_note(ui, options);
        if let Some(problem) = &options.problem {
            ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Choose file…").clicked() {
                chosen = Some(Answer::ChooseSaveFile);
            }
            if ui.button("Cancel").clicked() {
                chosen = Some(Answer::Dismiss);
            }
        });
    });
    answer(chosen, response.should_close())
}

/// What protecting (or not) means for the file about to be saved.
fn protection_note(ui: &mut egui::Ui, options: &mut SaveOptions) {
    if options.protect && options.already {
        ui.label("The file keeps its current passphrase (use Change passphrase… in the File menu to change it).");
    } else if options.protect {
        new_passphrase_fields(ui, &mut options.passphrase);
        ui.label(
            RichText::new(
                "Without the passphrase nobody can open the file — not even you. Keep it safe.",
            )
            .weak(),
        );
    } else if options.already {
        ui.label(
            RichText::new(
                "The new file will be plain JSON: anyone who can read it can read the assessment.",
            )
            .color(ui.visuals().warn_fg_color),
        );
    }
}

/// Protect / change passphrase, and the removal confirmation.
pub(super) fn protection(ctx: &egui::Context, dialog: &mut ProtectionDialog) -> Option<Answer> {
    match dialog {
        ProtectionDialog::Change(form) => change_passphrase(ctx, form),
        ProtectionDialog::Remove => remove_protection(ctx),
    }
}

fn change_passphrase(ctx: &egui::Context, form: &mut NewPassphrase) -> Option<Answer> {
    let mut chosen = None;
    let ready = form.result().is_ok();
    let response = Modal::new(egui::Id::unique("change-passphrase")).show(ctx, |ui| {
        crate::ui::theme::limit_width(ui, 480.0);
        ui.heading("Passphrase");
        ui.label(
            "The assessment file and its autosaved copies are encrypted with this \
             passphrase. If the file was saved before, it is saved again now.",
        );
        new_passphrase_fields(ui, form);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(ready, egui::Button::new("Use this passphrase"))
                .clicked()
            {
                chosen = Some(Answer::ConfirmProtection);
            }
            if ui.button("Cancel").clicked() {
                chosen = Some(Answer::Dismiss);
            }
        });
    });
    answer(chosen, response.should_close())
}

fn remove_protection(ctx: &egui::Context) -> Option<Answer> {
    let mut chosen = None;
    let response = Modal::new(egui::Id::unique("remove-protection")).show(ctx, |ui| {
        crate::ui::theme::limit_width(ui, 480.0);
        ui.heading("Remove protection?");
        ui.label(
            "The file will be saved as plain JSON: anyone who can read the file — on \
             this laptop, a shared drive or a cloud folder — can read the assessment.",
        );
        ui.horizontal(|ui| {
            if ui.button("Remove protection").clicked() {
                chosen = Some(Answer::ConfirmProtection);
            }
            if ui.button("Keep it protected").clicked() {
                chosen = Some(Answer::Dismiss);
            }
        });
    });
    answer(chosen, response.should_close())
}

/// Two masked fields, a show toggle, and the strength hint.
fn new_passphrase_fields(ui: &mut egui::Ui, form: &mut NewPassphrase) {
    let label = ui.label("New passphrase:");
    ui.add(
        egui::TextEdit::singleline(&mut form.first)
            .password(!form.show)
            .desired_width(ui.available_width().min(400.0)),
    )
    .labelled_by(label.id);
    let label = ui.label("Repeat the passphrase:");
    ui.add(
        egui::TextEdit::singleline(&mut form.second)
            .password(!form.show)
            .desired_width(ui.available_width().min(400.0)),
    )
    .labelled_by(label.id);
    ui.checkbox(&mut form.show, "Show passphrase");
    if !form.first.is_empty() {
        ui.label(format!("Strength: {}", form.hint()));
        if !form.second.is_empty() && form.first != form.second {
            ui.label(RichText::new("The two entries differ.").color(ui.visuals().warn_fg_color));
        }
    }
}
