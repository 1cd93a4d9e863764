//! Scroll areas that keep the focused control in view: egui does not scroll to a control
//! reached by Tab, so Tab could otherwise walk off the bottom of the window.

use egui::Id;

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

/// Call at the end of a scroll area's contents: when focus has moved onto a control in them
/// (by Tab, arrows or a dialog closing), scrolls just far enough to show it.
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
