//! Answers to the dialog covering the window: each takes the dialog's data out of the one
//! `Modal` slot and carries on with it.

use crate::files::{Protection, WriteOptions};
use crate::ui::action::Answer;
use crate::ui::app::AppState;
use crate::ui::modal::Modal;
use crate::ui::protection::ProtectionDialog;
use crate::ui_t;

impl AppState {
    pub(super) fn answered(&mut self, ctx: &egui::Context, answer: Answer) {
        let Some(modal) = self.modal.take() else {
            return;
        };
        match (answer, modal) {
            (Answer::SaveChanges, Modal::Unsaved(action)) => self.save(ctx, Some(action)),
            (Answer::DiscardChanges, Modal::Unsaved(action)) => {
                // The user chose to drop the changes: the assessment goes, with its copy.
                self.doc = None;
                self.recovery.store.clear();
                self.run_guarded(ctx, action);
            }
            (Answer::ReplaceReadOnly, Modal::ReadOnly(question)) => {
                let write = WriteOptions {
                    replace_read_only: true,
                };
                self.file_chosen(ctx, question.request, question.path, write);
            }
            (Answer::PassphraseEntered, Modal::Passphrase(prompt)) => {
                self.passphrase_entered(ctx, prompt);
            }
            (Answer::ChooseSaveFile, Modal::SaveOptions(options)) => {
                self.save_options_confirmed(options);
            }
            (Answer::ConfirmProtection, Modal::Protection(dialog)) => {
                self.protection_confirmed(ctx, dialog);
            }
            (Answer::UseChecklistFile, Modal::ChecklistChoice(choice)) => {
                let mut request = choice.request;
                request.checklist = Some(choice.file);
                request.use_checklist_file = true;
                self.try_open(ctx, request);
            }
            (Answer::ApplyImport, Modal::SheetImport(pending)) => self.apply_import(pending),
            (Answer::MoveAnswers, Modal::EditionChanges(_)) => self.move_to_newer_edition(ctx),
            (Answer::StopWaiting, modal @ Modal::Working(_)) => {
                self.modal = Some(modal);
                self.stop_waiting();
            }
            (_, Modal::Working(working)) => {
                // Work that must finish (a save) cannot be dismissed.
                self.modal = Some(Modal::Working(working));
            }
            (_, modal) => self.dismissed(modal),
        }
    }

    /// The dialog was closed without its main answer (Cancel, Escape, OK).
    fn dismissed(&mut self, modal: Modal) {
        match modal {
            Modal::Unsaved(action) => self.guard_cancelled(action),
            Modal::ReadOnly(question) => {
                let file = question.path.display().to_string();
                self.status = ui_t!("status-read-only-kept", file = file);
                self.request_lapsed(question.request);
            }
            Modal::Passphrase(_) => self.status = ui_t!("status-nothing-opened"),
            Modal::SaveOptions(options) => {
                if let Some(action) = options.then {
                    self.guard_cancelled(action);
                }
            }
            Modal::ChecklistChoice(_) => {
                self.status = ui_t!("status-kept-copy");
            }
            Modal::SheetImport(pending) => {
                self.status = ui_t!("status-nothing-imported", name = pending.name().to_string());
            }
            Modal::Protection(_)
            | Modal::Error(_)
            | Modal::Working(_)
            | Modal::EditionChanges(_) => {}
        }
    }

    /// Protect or change the passphrase with the one typed, or remove the protection.
    fn protection_confirmed(&mut self, ctx: &egui::Context, dialog: ProtectionDialog) {
        match dialog {
            ProtectionDialog::Change(form) => match form.result() {
                Ok(passphrase) => self.set_protection(
                    ctx,
                    Protection::with_passphrase(passphrase),
                    ui_t!("status-protected"),
                ),
                // Not ready (too short, the two differ): the dialog stays, saying why.
                Err(_) => self.modal = Some(Modal::Protection(ProtectionDialog::Change(form))),
            },
            ProtectionDialog::Remove => {
                self.set_protection(ctx, Protection::Plain, ui_t!("status-unprotected"))
            }
        }
    }

    /// Stores the document with `protection` from now on: saved again at once when it has a
    /// file, otherwise at the next save.
    fn set_protection(&mut self, ctx: &egui::Context, protection: Protection, done: String) {
        let Some(doc) = &mut self.doc else { return };
        match doc.path.clone() {
            Some(path) => {
                let write = WriteOptions::default();
                self.write_session(ctx, path, protection, write, None, Some(done));
            }
            None => {
                doc.protection = protection;
                doc.mark_unsaved();
                self.status = ui_t!("status-save-to-write", done = done);
            }
        }
    }
}
