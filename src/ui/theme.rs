//! Colours, sizes and spacing of the app, in one place.

use egui::{Color32, Visuals};

/// Width of the side panel listing the norms.
pub const SIDE_PANEL_WIDTH: f32 = 300.0;
/// Largest width of the item cards, for readable line lengths.
pub const CONTENT_MAX_WIDTH: f32 = 900.0;
/// Height of a score bar in lists and charts.
pub const BAR_HEIGHT: f32 = 14.0;
/// Space between cards.
pub const CARD_GAP: f32 = 8.0;
/// Size of the big overall score on the dashboard.
pub const HERO_TEXT_SIZE: f32 = 40.0;

/// The colour of filled bars: the theme's selection colour, strong enough on both themes.
pub fn bar_fill(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(90, 160, 230)
    } else {
        Color32::from_rgb(30, 100, 180)
    }
}

/// The track behind a bar.
pub fn bar_track(visuals: &Visuals) -> Color32 {
    visuals.extreme_bg_color
}

/// Text colour for things that need attention (missing justification, errors).
pub fn attention(visuals: &Visuals) -> Color32 {
    visuals.warn_fg_color
}

/// Frame stroke of the item the keyboard acts on.
pub fn current_item_stroke(visuals: &Visuals) -> Color32 {
    bar_fill(visuals)
}

/// Background and text colours of a Traffic Light Protocol marking (TLP 2.0 colours on black).
pub fn tlp_colors(marking: &str) -> (Color32, Color32) {
    let text = match marking.trim().to_ascii_uppercase().as_str() {
        "TLP:RED" => Color32::from_rgb(255, 43, 43),
        "TLP:AMBER" | "TLP:AMBER+STRICT" => Color32::from_rgb(255, 192, 0),
        "TLP:GREEN" => Color32::from_rgb(51, 255, 0),
        _ => Color32::WHITE,
    };
    (Color32::BLACK, text)
}
