//! Focus and dialogs: a dialog takes the focus when it opens (its first control, or the one
//! marked with [`start_here`]), keeps Tab inside, and gives the focus back when it closes.

use egui::{Context, Id, LayerId};

use super::{focused, opener, refocus};

/// Marks the control a dialog's focus should start on, where that is not its first one (e.g.
/// Cancel before a risky Replace). Call each frame the dialog is drawn.
pub fn start_here(ui: &egui::Ui, response: &egui::Response) {
    ui.ctx()
        .data_mut(|d| d.insert_temp(start_key(), response.id));
}

fn start_key() -> Id {
    Id::unique("dialog-focus-start")
}

/// Focus across dialogs: where it was before one opened, and whether it has reached the dialog.
#[derive(Default)]
pub(crate) struct DialogFocus {
    /// A dialog covered the window in the previous frame.
    open: bool,
    /// The control that had focus when the dialog opened.
    opener: Option<Id>,
}

impl DialogFocus {
    /// Call at the start of a frame, before anything is drawn, with whether a dialog covers
    /// the window. While one does, focus is kept inside it (on its first control, or the one
    /// marked with [`start_here`]); once none does, focus goes back to where it was.
    pub fn update(&mut self, ctx: &Context, open: bool) {
        if open && !self.open {
            self.opener = opener(ctx);
        }
        self.open = open;
        if open {
            enter_dialog(ctx);
        } else if self.opener.is_some() {
            give_back(ctx, &mut self.opener);
        }
        ctx.data_mut(|d| d.remove::<Id>(start_key()));
    }
}

/// Whether a dialog was drawn in the previous frame, so that only its controls take focus.
fn dialog_layer_shown(ctx: &Context) -> bool {
    !ctx.memory(|m| m.is_above_modal_layer(LayerId::background()))
}

/// Gives focus back to the control that had it before the dialog, once the dialog's layer is
/// gone (until then egui refuses focus to controls under it).
fn give_back(ctx: &Context, opener: &mut Option<Id>) {
    if dialog_layer_shown(ctx) {
        ctx.request_repaint();
        return;
    }
    if let Some(id) = opener.take() {
        refocus(ctx, id);
    }
}

/// Moves focus into the dialog shown in the previous frame unless it is there already.
fn enter_dialog(ctx: &Context) {
    // The dialog was not drawn yet (or shows only after a moment): wait for it.
    if !dialog_layer_shown(ctx) {
        return;
    }
    let focused = focused(ctx);
    let inside = focused
        .as_ref()
        .is_some_and(|r| ctx.memory(|m| m.is_above_modal_layer(r.layer_id)));
    if inside {
        return;
    }
    let preferred = ctx
        .data(|d| d.get_temp::<Id>(start_key()))
        .filter(|id| ctx.read_response(*id).is_some());
    ctx.memory_mut(|m| {
        if let Some(response) = &focused {
            m.surrender_focus(response.id);
        }
        match preferred {
            Some(id) => m.request_focus(id),
            // With nothing focused, the first control that can take focus (only the dialog's
            // can while it is open) takes it.
            None => m.move_focus(egui::FocusDirection::Next),
        }
    });
}
