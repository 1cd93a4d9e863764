//! Colours, sizes and spacing of the app, in one place: a light and a dark theme that both
//! keep WCAG AA contrast (checked by the tests below), and the theme choice.

use egui::{Color32, Stroke, Theme, ThemePreference, Visuals};
use serde::{Deserialize, Serialize};

/// Width of the side panel listing the norms.
pub const SIDE_PANEL_WIDTH: f32 = 300.0;
/// Below this width (in points) the walk-through shows the norms in a drop-down instead of a
/// side panel, and two-column parts of the dashboard stack.
pub const NARROW_WIDTH: f32 = 760.0;
/// Largest width of the item cards, for readable line lengths.
pub const CONTENT_MAX_WIDTH: f32 = 900.0;
/// Height of a score bar in lists and charts.
pub const BAR_HEIGHT: f32 = 14.0;
/// Space between cards.
pub const CARD_GAP: f32 = 8.0;
/// Size of the big overall score on the dashboard.
pub const HERO_TEXT_SIZE: f32 = 40.0;

/// Limits what follows to `max` points wide, for readable lines, without ever widening it
/// past the space there is (`Ui::set_max_width` alone widens a narrower ui, which cut content
/// off at the window's edge when zoomed in).
pub fn limit_width(ui: &mut egui::Ui, max: f32) {
    let width = ui.available_width().min(max);
    ui.set_max_width(width);
}

/// Which theme the user chose in the View menu.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system's light or dark setting (light when it cannot be told).
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// Every choice, in menu order.
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    fn preference(self) -> ThemePreference {
        match self {
            ThemeChoice::System => ThemePreference::System,
            ThemeChoice::Light => ThemePreference::Light,
            ThemeChoice::Dark => ThemePreference::Dark,
        }
    }
}

/// Installs both themes' colours; where the system's theme cannot be told, light is used.
pub fn install(ctx: &egui::Context) {
    ctx.set_visuals_of(Theme::Light, visuals(Theme::Light));
    ctx.set_visuals_of(Theme::Dark, visuals(Theme::Dark));
    ctx.options_mut(|o| {
        o.fallback_theme = Theme::Light;
        // Zoom keys are ours (the one list of shortcuts), so Help can list them.
        o.zoom_with_keyboard = false;
    });
}

/// Makes the context follow `choice` (cheap when nothing changed).
pub fn follow(ctx: &egui::Context, choice: ThemeChoice) {
    let preference = choice.preference();
    if ctx.options(|o| o.theme_preference) != preference {
        ctx.set_theme(preference);
    }
}

/// The app's colours for a theme: egui's, adjusted so every text and control boundary has
/// WCAG AA contrast against what it is drawn on.
pub fn visuals(theme: Theme) -> Visuals {
    match theme {
        Theme::Light => {
            let mut v = Visuals::light();
            v.panel_fill = Color32::from_gray(246);
            v.window_fill = Color32::from_gray(250);
            v.faint_bg_color = Color32::WHITE;
            v.extreme_bg_color = Color32::WHITE;
            v.widgets.noninteractive.fg_stroke.color = Color32::from_gray(35);
            v.widgets.noninteractive.bg_fill = v.panel_fill;
            v.widgets.noninteractive.weak_bg_fill = v.panel_fill;
            v.widgets.noninteractive.bg_stroke.color = Color32::from_gray(175);
            v.widgets.inactive.weak_bg_fill = Color32::from_gray(226);
            v.widgets.inactive.bg_fill = Color32::from_gray(226);
            v.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(118));
            v.widgets.inactive.fg_stroke.color = Color32::from_gray(30);
            v.weak_text_color = Some(Color32::from_gray(92));
            v.warn_fg_color = Color32::from_rgb(160, 72, 0);
            v.error_fg_color = Color32::from_rgb(190, 0, 0);
            v.hyperlink_color = Color32::from_rgb(0, 90, 170);
            v.selection.bg_fill = Color32::from_rgb(190, 218, 250);
            v.selection.stroke.color = Color32::from_rgb(0, 55, 115);
            v
        }
        Theme::Dark => {
            let mut v = Visuals::dark();
            v.panel_fill = Color32::from_gray(27);
            v.window_fill = Color32::from_gray(30);
            v.faint_bg_color = Color32::from_gray(36);
            v.extreme_bg_color = Color32::from_gray(12);
            v.widgets.noninteractive.fg_stroke.color = Color32::from_gray(215);
            v.widgets.noninteractive.bg_fill = v.panel_fill;
            v.widgets.noninteractive.weak_bg_fill = v.panel_fill;
            v.widgets.noninteractive.bg_stroke.color = Color32::from_gray(85);
            v.widgets.inactive.weak_bg_fill = Color32::from_gray(58);
            v.widgets.inactive.bg_fill = Color32::from_gray(58);
            v.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(150));
            v.widgets.inactive.fg_stroke.color = Color32::from_gray(225);
            v.weak_text_color = Some(Color32::from_gray(160));
            v.warn_fg_color = Color32::from_rgb(255, 150, 40);
            v.error_fg_color = Color32::from_rgb(255, 110, 110);
            v.hyperlink_color = Color32::from_rgb(110, 180, 255);
            v.selection.bg_fill = Color32::from_rgb(0, 80, 130);
            v.selection.stroke.color = Color32::from_rgb(220, 235, 255);
            v
        }
    }
}

/// The colour of filled bars, strong enough against the bar's track on both themes.
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

/// The ring around the control with keyboard focus: a colour used for nothing else, at 3:1 or
/// more against every background a control sits on.
pub fn focus_ring(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(255, 140, 220)
    } else {
        Color32::from_rgb(160, 0, 120)
    }
}

/// Background of an item card.
pub fn card_fill(visuals: &Visuals) -> Color32 {
    visuals.faint_bg_color
}

/// How a level button (and N/A, Details…) looks on a card.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LevelColors {
    /// Outline of an unselected button.
    pub border: Color32,
    /// Fill (and outline) of the chosen level.
    pub selected_fill: Color32,
    /// Text of the chosen level.
    pub selected_text: Color32,
}

/// Level-button colours: every button's boundary and the chosen one's fill stand out from the
/// card at 3:1 or more; the chosen one's text reads at 4.5:1 or more.
pub fn level_colors(visuals: &Visuals) -> LevelColors {
    LevelColors {
        border: visuals.widgets.inactive.bg_stroke.color,
        selected_fill: bar_fill(visuals),
        selected_text: if visuals.dark_mode {
            Color32::from_gray(10)
        } else {
            Color32::WHITE
        },
    }
}

/// Background and text colours of a Traffic Light Protocol marking: FIRST TLP 2.0 colours
/// (RED #FF2B2B, AMBER #FFC000, GREEN #33FF00, CLEAR white) on black, in both themes.
pub fn tlp_colors(marking: &str) -> (Color32, Color32) {
    let text = match marking.trim().to_ascii_uppercase().as_str() {
        "TLP:RED" => Color32::from_rgb(0xFF, 0x2B, 0x2B),
        "TLP:AMBER" | "TLP:AMBER+STRICT" => Color32::from_rgb(0xFF, 0xC0, 0x00),
        "TLP:GREEN" => Color32::from_rgb(0x33, 0xFF, 0x00),
        _ => Color32::WHITE,
    };
    (Color32::BLACK, text)
}

#[cfg(test)]
#[path = "theme_contrast.rs"]
mod contrast;
