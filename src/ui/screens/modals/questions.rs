//! Questions and messages: unsaved changes (Save / Discard / Cancel), replacing a read-only
//! file, a checklist file that differs from the assessment's copy, errors, and work in
//! progress.

use egui::{Modal, RichText};

use super::answer;
use crate::ui::action::Answer;
use crate::ui::document::OpenDocument;
use crate::ui::focus;
use crate::ui::modal::{ErrorMessage, Guarded, Working};
use crate::ui::opening::ChecklistChoice;
use crate::ui::read_only::ReadOnlyQuestion;
use crate::ui::theme;
use crate::ui::widgets::{dialog_title, name_dialog};
use crate::ui::work::SHOW_WORKING_AFTER;
use crate::ui_t;

/// Asks what to do with unsaved changes before an action that would drop them.
pub(super) fn unsaved(
    ctx: &egui::Context,
    action: &Guarded,
    doc: Option<&OpenDocument>,
) -> Option<Answer> {
    let name = doc.map(OpenDocument::display_name).unwrap_or_default();
    let question = match action {
        Guarded::New => ui_t!("unsaved-before-new", name = name),
        Guarded::Replace { .. } => ui_t!("unsaved-before-open", name = name),
        Guarded::MoveToEdition { .. } => ui_t!("unsaved-before-move", name = name),
        Guarded::Close => ui_t!("unsaved-before-close", name = name),
        Guarded::Quit => ui_t!("unsaved-before-quit", name = name),
    };
    let mut chosen = None;
    let response = Modal::new(egui::Id::unique("unsaved-prompt")).show(ctx, |ui| {
        theme::limit_width(ui, 440.0);
        dialog_title(ui, ui_t!("unsaved-heading"));
        ui.label(question);
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button(ui_t!("menu-file-save")).clicked() {
                chosen = Some(Answer::SaveChanges);
            }
            if ui.button(ui_t!("unsaved-discard")).clicked() {
                chosen = Some(Answer::DiscardChanges);
            }
            if ui.button(ui_t!("form-cancel")).clicked() {
                chosen = Some(Answer::Dismiss);
            }
        });
    });
    answer(chosen, response.should_close())
}

/// Asks before a save or export replaces a read-only file.
pub(super) fn read_only(ctx: &egui::Context, question: &ReadOnlyQuestion) -> Option<Answer> {
    let name = question.path.display().to_string();
    let mut chosen = None;
    let response = Modal::new(egui::Id::unique("read-only-prompt")).show(ctx, |ui| {
        theme::limit_width(ui, 480.0);
        dialog_title(ui, ui_t!("read-only-heading"));
        ui.label(ui_t!("read-only-question", name = name));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button(ui_t!("read-only-replace")).clicked() {
                chosen = Some(Answer::ReplaceReadOnly);
            }
            let cancel = ui.button(ui_t!("form-cancel"));
            // Enter on opening must not replace a file its owner protected.
            focus::start_here(ui, &cancel);
            if cancel.clicked() {
                chosen = Some(Answer::Dismiss);
            }
        });
    });
    answer(chosen, response.should_close())
}

/// Shows an error until dismissed.
pub(super) fn error(ctx: &egui::Context, error: &ErrorMessage) -> Option<Answer> {
    let mut chosen = None;
    let response = Modal::new(egui::Id::unique("error")).show(ctx, |ui| {
        theme::limit_width(ui, 560.0);
        name_dialog(ui, error.title.clone());
        ui.heading(RichText::new(&error.title).color(ui.visuals().error_fg_color));
        ui.label(&error.detail);
        ui.label(RichText::new(ui_t!("error-work-unchanged")).weak());
        ui.add_space(8.0);
        if ui.button(ui_t!("error-ok")).clicked() {
            chosen = Some(Answer::Dismiss);
        }
    });
    answer(chosen, response.should_close())
}

/// The choice offered when a checklist file given for an assessment differs from the copy
/// saved in it: keep the saved copy (already in use) or use the file.
pub(super) fn checklist_choice(ctx: &egui::Context, choice: &ChecklistChoice) -> Option<Answer> {
    let file = choice.file.display().to_string();
    let mut chosen = None;
    let response = Modal::new(egui::Id::unique("checklist-choice")).show(ctx, |ui| {
        theme::limit_width(ui, 560.0);
        dialog_title(ui, ui_t!("copy-differs-heading"));
        ui.label(ui_t!("copy-differs", file = file));
        ui.label(ui_t!("copy-differs-use-file"));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button(ui_t!("copy-keep")).clicked() {
                chosen = Some(Answer::KeepSavedChecklist);
            }
            if ui.button(ui_t!("copy-use-file")).clicked() {
                chosen = Some(Answer::UseChecklistFile);
            }
        });
    });
    answer(chosen, response.should_close())
}

/// Work in progress: a spinner and what is being done, with "Stop waiting" where the work may
/// be abandoned. Short work shows nothing (the screen below still takes no input).
pub(super) fn working(ctx: &egui::Context, working: &Working) -> Option<Answer> {
    // Keep frames coming while waiting, so the result is collected as soon as it is there.
    ctx.request_repaint_after(std::time::Duration::from_millis(50));
    if working.started.elapsed() < SHOW_WORKING_AFTER {
        return None;
    }
    let mut chosen = None;
    Modal::new(egui::Id::unique("working")).show(ctx, |ui| {
        theme::limit_width(ui, 420.0);
        ui.horizontal(|ui| {
            ui.spinner();
            name_dialog(ui, working.what.clone());
            ui.label(RichText::new(&working.what).strong());
        });
        if working.cancellable {
            ui.add_space(8.0);
            if ui.button(ui_t!("working-stop")).clicked() {
                chosen = Some(Answer::StopWaiting);
            }
        } else {
            ui.label(RichText::new(ui_t!("working-wait")).weak());
        }
    });
    chosen
}
