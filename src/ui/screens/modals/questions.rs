//! Questions and messages: unsaved changes (Save / Discard / Cancel), replacing a read-only
//! file, a checklist file that differs from the assessment's copy, errors, and work in
//! progress.

use egui::{Modal, RichText};

use super::answer;
use crate::ui::action::Answer;
use crate::ui::document::OpenDocument;
use crate::ui::modal::{ErrorMessage, Guarded, Working};
use crate::ui::opening::ChecklistChoice;
use crate::ui::read_only::ReadOnlyQuestion;
use crate::ui::theme;
use crate::ui::work::SHOW_WORKING_AFTER;

/// Asks what to do with unsaved changes before an action that would drop them.
pub(super) fn unsaved(
    ctx: &egui::Context,
    action: &Guarded,
    doc: Option<&OpenDocument>,
) -> Option<Answer> {
    let verb = match action {
        Guarded::New => "starting a new assessment",
        Guarded::Replace { .. } => "opening another assessment",
        Guarded::MoveToEdition { .. } => "moving the answers to the newer checklist version",
        Guarded::Close => "closing",
        Guarded::Quit => "quitting",
    };
    let name = doc.map(OpenDocument::display_name).unwrap_or_default();
    let mut chosen = None;
    let response = Modal::new(egui::Id::unique("unsaved-prompt")).show(ctx, |ui| {
        theme::limit_width(ui, 440.0);
        ui.heading("Unsaved changes");
        ui.label(format!(
            "“{name}” has changes that are not saved. Save them before {verb}?"
        ));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button("Save").clicked() {
                chosen = Some(Answer::SaveChanges);
            }
            if ui.button("Discard changes").clicked() {
                chosen = Some(Answer::DiscardChanges);
            }
            if ui.button("Cancel").clicked() {
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
        ui.heading("Replace a read-only file?");
        ui.label(format!(
            "{name} is marked read-only, perhaps so that it is not changed by mistake. \
             Replace it anyway?"
        ));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button("Replace it").clicked() {
                chosen = Some(Answer::ReplaceReadOnly);
            }
            if ui.button("Cancel").clicked() {
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
        ui.heading(RichText::new(&error.title).color(ui.visuals().error_fg_color));
        ui.label(&error.detail);
        ui.label(RichText::new("Your open work has not been changed.").weak());
        ui.add_space(8.0);
        if ui.button("OK").clicked() {
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
        ui.heading("The checklist file differs from the assessment's copy");
        ui.label(format!(
            "{file} has the same checklist id and version as the copy saved in this assessment, but different content. The assessment is open with its saved copy, so its scores and report stay as they were."
        ));
        ui.label(
            "Use the file instead if it is the corrected checklist: the assessment then keeps a copy of the file's checklist when you save it.",
        );
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button("Keep the saved copy").clicked() {
                chosen = Some(Answer::KeepSavedChecklist);
            }
            if ui.button("Use the checklist file").clicked() {
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
            ui.label(RichText::new(&working.what).strong());
        });
        if working.cancellable {
            ui.add_space(8.0);
            if ui.button("Stop waiting").clicked() {
                chosen = Some(Answer::StopWaiting);
            }
        } else {
            ui.label(RichText::new("This takes a moment; please wait.").weak());
        }
    });
    chosen
}
