//! Keyboard focus a user can see and follow: a clear ring around the focused control
//! (`ring`), the focused control scrolled into view (`scroll`), and focus moved into a dialog
//! (`dialogs`) or a window beside the work (`windows`) when it opens and given back to the
//! control it came from when it closes.

mod dialogs;
mod ring;
mod scroll;
mod windows;

use egui::{Context, Id, Response};

pub(crate) use dialogs::DialogFocus;
pub use dialogs::start_here;
pub use scroll::ShowFocused;
pub use windows::Shown;
pub(crate) use windows::WindowFocus;

/// At the end of a frame: remembers the focused control if it is on the page (not in a menu,
/// dialog or window), and draws the ring around it.
pub fn end_frame(ctx: &Context) {
    let Some(response) = focused(ctx) else {
        return;
    };
    if on_page(&response) {
        ctx.data_mut(|d| d.insert_temp(on_page_key(), response.id));
    }
    ring::paint(ctx, &response);
}

/// The control with keyboard focus, as laid out in this frame or the last.
fn focused(ctx: &Context) -> Option<Response> {
    ctx.memory(|m| m.focused())
        .and_then(|id| ctx.read_response(id))
}

/// Whether a control is on the page itself (its panels), not in a menu, dialog or window.
fn on_page(response: &Response) -> bool {
    response.layer_id.order == egui::Order::Background
}

fn on_page_key() -> Id {
    Id::unique("focus-last-on-page")
}

/// The control focus should return to when a dialog or window that opens now closes: the
/// focused one, or, when that is a menu entry (gone once the menu closes), the control on the
/// page the keyboard was on before (the menu's button). `None` when nothing has focus.
fn opener(ctx: &Context) -> Option<Id> {
    ctx.memory(|m| m.focused())?;
    match focused(ctx) {
        Some(response) if on_page(&response) => Some(response.id),
        _ => ctx.data(|d| d.get_temp::<Id>(on_page_key())),
    }
}

/// Gives focus back to `id` if that control is still there.
fn refocus(ctx: &Context, id: Id) {
    if ctx.read_response(id).is_some() {
        ctx.memory_mut(|m| m.request_focus(id));
    }
}
