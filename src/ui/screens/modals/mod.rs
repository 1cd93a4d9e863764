//! The dialog covering the window, drawn from its data in the one `Modal` slot: each answers
//! with an [`Answer`] (closing it with Escape or outside it is [`Answer::Dismiss`]).

mod edition;
mod import;
mod passphrase;
mod questions;

use crate::ui::action::Answer;
use crate::ui::document::OpenDocument;
use crate::ui::modal::Modal;

/// Draws the open dialog, if any; returns the user's answer once given.
pub fn show(
    ctx: &egui::Context,
    modal: &mut Option<Modal>,
    doc: Option<&OpenDocument>,
) -> Option<Answer> {
    match modal.as_mut()? {
        Modal::Unsaved(action) => questions::unsaved(ctx, action, doc),
        Modal::ReadOnly(question) => questions::read_only(ctx, question),
        Modal::Error(error) => questions::error(ctx, error),
        Modal::ChecklistChoice(choice) => questions::checklist_choice(ctx, choice),
        Modal::Working(working) => questions::working(ctx, working),
        Modal::Passphrase(prompt) => passphrase::prompt(ctx, prompt),
        Modal::SaveOptions(options) => passphrase::save_options(ctx, options),
        Modal::Protection(dialog) => passphrase::protection(ctx, dialog),
        Modal::SheetImport(pending) => import::review(ctx, pending, doc),
        Modal::EditionChanges(view) => edition::changes(ctx, view),
    }
}

/// The answer of a dialog: the button pressed, else `Dismiss` when it was closed otherwise.
fn answer(chosen: Option<Answer>, closed: bool) -> Option<Answer> {
    chosen.or(closed.then_some(Answer::Dismiss))
}
