//! Keyboard focus a user can see and follow: a clear ring around the focused control, the
//! focused control scrolled into view, and focus moved into a dialog or a window beside the work
//! when it opens and given back to the control it came from when it closes.

use egui::{Context, Id, LayerId, Stroke, StrokeKind};

use super::theme;

/// Thickness of the focus ring, in points (WCAG 2.2's focus appearance asks for 2 pixels).
pub const RING_WIDTH: f32 = 2.0;
/// Space between a control's edge and its ring, so the ring never covers the control.
const RING_GAP: f32 = 1.0;

/// At the end of a frame: remembers the focused control if it is on the page (not in a menu,
/// dialog or window), and draws the ring around it.
pub fn end_frame(ctx: &Context) {
    let Some(id) = ctx.memory(|m| m.focused()) else {
        return;
    };
    let Some(response) = ctx.read_response(id) else {
        return;
    };
    if response.layer_id.order == egui::Order::Background {
        ctx.data_mut(|d| d.insert_temp(on_page_key(), id));
    }
    paint_ring(ctx, &response);
}

/// Draws the ring around the focused control, on the control's own layer (so a dialog or menu
/// above it covers it) and clipped to where the control can be seen.
fn paint_ring(ctx: &Context, response: &egui::Response) {
    if !response.interact_rect.is_positive() {
        return; // scrolled out of sight
    }
    let outset = RING_GAP + RING_WIDTH;
    let visuals = ctx.global_style().visuals.clone();
    let radius = visuals.widgets.active.corner_radius.average() + RING_GAP;
    let painter = ctx
        .layer_painter(response.layer_id)
        .with_clip_rect(response.interact_rect.expand(outset));
    painter.rect_stroke(
        response.rect.expand(RING_GAP),
        radius,
        Stroke::new(RING_WIDTH, theme::focus_ring(&visuals)),
        StrokeKind::Outside,
    );
}

/// Call at the end of a scroll area's contents: when focus has moved onto a control in them
/// (by Tab, arrows or a dialog closing), scrolls just far enough to show it. egui does not,
/// so Tab could otherwise walk off the bottom of the window.
fn keep_in_view(ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    let seen_id = ui.scope_id().with("focus-seen");
    let focused = ctx.memory(|m| m.focused());
    let seen = ctx.data(|d| d.get_temp::<Option<Id>>(seen_id)).flatten();
    if focused == seen {
        return;
    }
    ctx.data_mut(|d| d.insert_temp(seen_id, focused));
    let Some(response) = focused.and_then(|id| ctx.read_response(id)) else {
        return;
    };
    if in_contents(ui, &response) {
        // At once: an animation would keep repainting while the user tabs on.
        ui.scroll_to_rect_animation(response.rect, None, egui::style::ScrollAnimation::none());
    }
}

/// Whether a control was laid out in `ui`'s scrolled contents: on its layer, within its extent,
/// and clipped by its viewport (a button below a scroll area lies within the extent of contents
/// scrolled past it, but is not clipped by it).
fn in_contents(ui: &egui::Ui, response: &egui::Response) -> bool {
    let clipped = response.rect.intersect(ui.clip_rect());
    let near = |a: egui::Pos2, b: egui::Pos2| (a - b).length() < 0.5;
    response.layer_id == ui.layer_id()
        && ui.min_rect().contains(response.rect.center())
        && near(clipped.min, response.interact_rect.min)
        && near(clipped.max, response.interact_rect.max)
}

/// Marks the control a dialog's focus should start on, where that is not its first one (e.g.
/// Cancel before a risky Replace). Call each frame the dialog is drawn.
pub fn start_here(ui: &egui::Ui, response: &egui::Response) {
    ui.ctx()
        .data_mut(|d| d.insert_temp(start_key(), response.id));
}

fn start_key() -> Id {
    Id::unique("dialog-focus-start")
}

fn on_page_key() -> Id {
    Id::unique("focus-last-on-page")
}

/// The control focus should return to when a dialog or window that opens now closes: the
/// focused one, or, when that is a menu entry (gone once the menu closes), the control on the
/// page the keyboard was on before (the menu's button). `None` when nothing has focus.
fn opener(ctx: &Context) -> Option<Id> {
    let id = ctx.memory(|m| m.focused())?;
    let on_page = ctx
        .read_response(id)
        .is_some_and(|r| r.layer_id.order == egui::Order::Background);
    if on_page {
        Some(id)
    } else {
        ctx.data(|d| d.get_temp::<Id>(on_page_key()))
    }
}

/// Focus across dialogs: where it was before one opened, and whether it has reached the dialog.
#[derive(Default)]
pub(super) struct DialogFocus {
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
    if let Some(id) = opener.take()
        && ctx.read_response(id).is_some()
    {
        ctx.memory_mut(|m| m.request_focus(id));
    }
}

/// Moves focus into the dialog shown in the previous frame unless it is there already.
fn enter_dialog(ctx: &Context) {
    // The dialog was not drawn yet (or shows only after a moment): wait for it.
    if !dialog_layer_shown(ctx) {
        return;
    }
    let focused = ctx.memory(|m| m.focused());
    let inside = focused
        .and_then(|id| ctx.read_response(id))
        .is_some_and(|r| ctx.memory(|m| m.is_above_modal_layer(r.layer_id)));
    if inside {
        return;
    }
    let preferred = ctx
        .data(|d| d.get_temp::<Id>(start_key()))
        .filter(|id| ctx.read_response(*id).is_some());
    ctx.memory_mut(|m| {
        if let Some(id) = focused {
            m.surrender_focus(id);
        }
        match preferred {
            Some(id) => m.request_focus(id),
            // With nothing focused, the first control that can take focus (only the dialog's
            // can while it is open) takes it.
            None => m.move_focus(egui::FocusDirection::Next),
        }
    });
}

/// A scroll area that keeps the focused control in view (see [`keep_in_view`]).
pub trait ShowFocused {
    /// Like `ScrollArea::show`, scrolling to a control that has just gained focus.
    fn show_focused<R>(
        self,
        ui: &mut egui::Ui,
        add_contents: impl FnOnce(&mut egui::Ui) -> R,
    ) -> egui::scroll_area::ScrollAreaOutput<R>;
}

impl ShowFocused for egui::ScrollArea {
    fn show_focused<R>(
        self,
        ui: &mut egui::Ui,
        add_contents: impl FnOnce(&mut egui::Ui) -> R,
    ) -> egui::scroll_area::ScrollAreaOutput<R> {
        self.show(ui, |ui| {
            let inner = add_contents(ui);
            keep_in_view(ui);
            inner
        })
    }
}

/// A window beside the work (Help, the regional view) as drawn this frame: its layer, and the
/// control focus starts on when it opens.
pub struct Shown {
    /// The window's layer.
    pub layer: LayerId,
    /// The control that takes focus when the window opens.
    pub first: Option<Id>,
}

/// Focus for a window beside the work: it takes focus when it opens, and gives it back to the
/// control it came from when it closes.
#[derive(Default)]
pub(super) struct WindowFocus {
    /// The window was shown in the previous frame.
    open: bool,
    /// Focus was inside the window at the end of the previous frame.
    inside: bool,
    /// The control that had focus when the window opened.
    opener: Option<Id>,
}

impl WindowFocus {
    /// Whether Escape was pressed while focus was in the window (for windows it may close).
    pub fn escape_pressed(&self, ctx: &Context) -> bool {
        self.inside && ctx.input(|i| i.key_pressed(super::shortcuts::LEAVE.logical_key))
    }

    /// Call after drawing the window, with what was shown (`None` once it is closed).
    pub fn after(&mut self, ctx: &Context, shown: Option<Shown>) {
        let focused = ctx.memory(|m| m.focused());
        match shown {
            Some(shown) => {
                if !self.open {
                    self.opener = opener(ctx);
                    if let Some(first) = shown.first {
                        ctx.memory_mut(|m| m.request_focus(first));
                    }
                }
                self.inside = focused
                    .and_then(|id| ctx.read_response(id))
                    .is_some_and(|r| r.layer_id == shown.layer);
                self.open = true;
            }
            None if self.open => {
                self.open = false;
                self.inside = false;
                if let Some(id) = self.opener.take()
                    && ctx.read_response(id).is_some()
                {
                    ctx.memory_mut(|m| m.request_focus(id));
                }
            }
            None => {}
        }
    }
}
