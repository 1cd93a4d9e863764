//! The ring around the control with keyboard focus.

use egui::{Context, Stroke, StrokeKind};

use crate::ui::theme;

/// Thickness of the focus ring, in points (WCAG 2.2's focus appearance asks for 2 pixels).
const RING_WIDTH: f32 = 2.0;
/// Space between a control's edge and its ring, so the ring never covers the control.
const RING_GAP: f32 = 1.0;

/// Draws the ring around the focused control, on the control's own layer (so a dialog or menu
/// above it covers it) and clipped to where the control can be seen.
pub(super) fn paint(ctx: &Context, response: &egui::Response) {
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
