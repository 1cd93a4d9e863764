//! The passphrase dialogs: asking for one to open a file, the Save As choices, setting a new
//! one, and confirming its removal. Passphrase fields are masked unless "Show" is ticked.

use crate::ui::shortcuts::{self, Command};
use egui::{Modal, RichText};

use super::answer;
use crate::ui::action::Answer;
use crate::ui::opening::{PassphraseFor, PassphrasePrompt};
use crate::ui::protection::{NewPassphrase, ProtectionDialog, SaveOptions};
use crate::ui::widgets::dialog_title;
use crate::ui_t;

/// Asks for the passphrase of a protected file or recovery copy.
pub(super) fn prompt(ctx: &egui::Context, prompt: &mut PassphrasePrompt) -> Option<Answer> {
    let what = match &prompt.purpose {
        PassphraseFor::Open(request) => request
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        PassphraseFor::Recover(_) => ui_t!("pass-the-autosaved-copy"),
    };
    let mut chosen = None;
    let response = Modal::new(egui::Id::unique("passphrase-prompt")).show(ctx, |ui| {
        crate::ui::theme::limit_width(ui, 460.0);
        dialog_title(ui, ui_t!("pass-protected-heading"));
        ui.label(ui_t!("pass-protected", what = what));
        if prompt.wrong {
            ui.label(RichText::new(ui_t!("pass-wrong")).color(ui.visuals().error_fg_color));
        }
        let label = ui.label(ui_t!("pass-label"));
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
        let enter = edit.lost_focus() && shortcuts::pressed(ui.ctx(), Command::Confirm).is_some();
        ui.checkbox(&mut prompt.show, ui_t!("pass-show"));
        ui.horizontal(|ui| {
            let ready = !prompt.text.is_empty();
            let open = ui
                .add_enabled(ready, egui::Button::new(ui_t!("pass-open")))
                .clicked();
            if open || (enter && ready) {
                chosen = Some(Answer::PassphraseEntered);
            }
            if ui.button(ui_t!("form-cancel")).clicked() {
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
        dialog_title(ui, ui_t!("save-heading"));
        if let Some(marking) = &options.suggested_by {
            let advice = ui_t!("save-marking-advice", marking = marking.clone());
            ui.label(RichText::new(advice).strong());
        }
        ui.checkbox(&mut options.protect, ui_t!("save-protect"));
        protection_note(ui, options);
        if let Some(problem) = &options.problem {
            ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(ui_t!("save-choose-file")).clicked() {
                chosen = Some(Answer::ChooseSaveFile);
            }
            if ui.button(ui_t!("form-cancel")).clicked() {
                chosen = Some(Answer::Dismiss);
            }
        });
    });
    answer(chosen, response.should_close())
}

/// What protecting (or not) means for the file about to be saved.
fn protection_note(ui: &mut egui::Ui, options: &mut SaveOptions) {
    if options.protect && options.already {
        ui.label(ui_t!("save-keeps-passphrase"));
    } else if options.protect {
        new_passphrase_fields(ui, &mut options.passphrase);
        ui.label(RichText::new(ui_t!("save-keep-it-safe")).weak());
    } else if options.already {
        ui.label(RichText::new(ui_t!("save-plain-warning")).color(ui.visuals().warn_fg_color));
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
        dialog_title(ui, ui_t!("pass-heading"));
        ui.label(ui_t!("pass-explained"));
        new_passphrase_fields(ui, form);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(ready, egui::Button::new(ui_t!("pass-use")))
                .clicked()
            {
                chosen = Some(Answer::ConfirmProtection);
            }
            if ui.button(ui_t!("form-cancel")).clicked() {
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
        dialog_title(ui, ui_t!("unprotect-heading"));
        ui.label(ui_t!("unprotect-warning"));
        ui.horizontal(|ui| {
            if ui.button(ui_t!("unprotect-confirm")).clicked() {
                chosen = Some(Answer::ConfirmProtection);
            }
            if ui.button(ui_t!("unprotect-keep")).clicked() {
                chosen = Some(Answer::Dismiss);
            }
        });
    });
    answer(chosen, response.should_close())
}

/// Two masked fields, a show toggle, and the strength hint.
fn new_passphrase_fields(ui: &mut egui::Ui, form: &mut NewPassphrase) {
    let label = ui.label(ui_t!("pass-new"));
    ui.add(
        egui::TextEdit::singleline(&mut form.first)
            .password(!form.show)
            .desired_width(ui.available_width().min(400.0)),
    )
    .labelled_by(label.id);
    let label = ui.label(ui_t!("pass-repeat"));
    ui.add(
        egui::TextEdit::singleline(&mut form.second)
            .password(!form.show)
            .desired_width(ui.available_width().min(400.0)),
    )
    .labelled_by(label.id);
    ui.checkbox(&mut form.show, ui_t!("pass-show"));
    if !form.first.is_empty() {
        let hint = match crate::files::protect::strength(&form.first) {
            crate::files::protect::Strength::TooShort => ui_t!("pass-strength-too-short"),
            crate::files::protect::Strength::Weak => ui_t!("pass-strength-weak"),
            crate::files::protect::Strength::Fair => ui_t!("pass-strength-fair"),
            crate::files::protect::Strength::Strong => ui_t!("pass-strength-strong"),
        };
        ui.label(ui_t!("pass-strength", hint = hint));
        if !form.second.is_empty() && form.first != form.second {
            ui.label(RichText::new(ui_t!("pass-differ")).color(ui.visuals().warn_fg_color));
        }
    }
}
