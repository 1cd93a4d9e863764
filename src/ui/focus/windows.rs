//! Focus and the windows beside the work (Help, the regional view): a window takes the focus
//! when it opens and gives it back to the control it came from when it closes.

use egui::{Context, Id, LayerId};

use super::{focused, opener, refocus};

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
pub(crate) struct WindowFocus {
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
        self.inside && ctx.input(|i| i.key_pressed(crate::ui::shortcuts::LEAVE.logical_key))
    }

    /// Call after drawing the window, with what was shown (`None` once it is closed).
    pub fn after(&mut self, ctx: &Context, shown: Option<Shown>) {
        match shown {
            Some(shown) => {
                if !self.open {
                    self.opener = opener(ctx);
                    if let Some(first) = shown.first {
                        ctx.memory_mut(|m| m.request_focus(first));
                    }
                }
                self.inside = focused(ctx).is_some_and(|r| r.layer_id == shown.layer);
                self.open = true;
            }
            None if self.open => {
                self.open = false;
                self.inside = false;
                if let Some(id) = self.opener.take() {
                    refocus(ctx, id);
                }
            }
            None => {}
        }
    }
}
