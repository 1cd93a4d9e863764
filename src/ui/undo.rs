//! Undo and redo in the app: the model's history does the work; this says what changed,
//! drops half-typed text and removes the recovery copy once back at the saved state.

use super::app::AppState;

impl AppState {
    /// Undoes (or redoes) the last change and says what it was. Half-typed text is dropped so
    /// fields show the restored values; back at the saved state, the recovery copy goes.
    pub(super) fn undo_or_redo(&mut self, undo: bool) {
        let Some(doc) = &mut self.doc else { return };
        let done = if undo { doc.undo() } else { doc.redo() };
        self.status = match (done, undo) {
            (Some(what), true) => crate::ui_t!("status-undone", what = what),
            (Some(what), false) => crate::ui_t!("status-redone", what = what),
            (None, true) => crate::ui_t!("status-nothing-to-undo"),
            (None, false) => crate::ui_t!("status-nothing-to-redo"),
        };
        self.views.assess.drafts = Default::default();
        if !doc.dirty {
            self.recovery.store.clear();
        }
    }
}
