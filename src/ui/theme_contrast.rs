//! WCAG 2.x contrast of the theme's colours: 4.5:1 for text, 3:1 for control boundaries and
//! bars, in the light and the dark theme.

use egui::{Color32, Theme, Visuals};

use super::{
    bar_fill, bar_track, card_fill, current_item_stroke, focus_ring, level_colors, tlp_colors,
    visuals,
};

/// Relative luminance of an opaque sRGB colour (WCAG 2.x definition).
fn luminance(c: Color32) -> f64 {
    assert_eq!(
        c.a(),
        255,
        "contrast is only defined for opaque colours: {c:?}"
    );
    let channel = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// The contrast ratio of two colours, from 1 to 21.
fn contrast(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn themes() -> [(Theme, Visuals); 2] {
    [
        (Theme::Light, visuals(Theme::Light)),
        (Theme::Dark, visuals(Theme::Dark)),
    ]
}

fn check(theme: Theme, what: &str, fg: Color32, bg: Color32, minimum: f64) {
    let ratio = contrast(fg, bg);
    assert!(
        ratio >= minimum,
        "{theme:?} theme: {what} has contrast {ratio:.2}:1, needs {minimum}:1 ({fg:?} on {bg:?})"
    );
}

#[test]
fn the_contrast_formula_matches_known_values() {
    assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
    assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
    // #767676 on white is the classic lightest grey that passes AA: 4.54:1.
    let grey = Color32::from_gray(0x76);
    assert!((contrast(grey, Color32::WHITE) - 4.54).abs() < 0.01);
}

#[test]
fn text_reads_at_4_5_to_1_on_every_background_in_both_themes() {
    for (theme, v) in themes() {
        let backgrounds = [
            ("panel", v.panel_fill),
            ("window", v.window_fill),
            ("card", card_fill(&v)),
            ("text field", v.extreme_bg_color),
        ];
        for (place, bg) in backgrounds {
            check(theme, &format!("text on {place}"), v.text_color(), bg, 4.5);
            check(
                theme,
                &format!("weak text on {place}"),
                v.weak_text_color(),
                bg,
                4.5,
            );
            check(
                theme,
                &format!("warning on {place}"),
                v.warn_fg_color,
                bg,
                4.5,
            );
            check(
                theme,
                &format!("error on {place}"),
                v.error_fg_color,
                bg,
                4.5,
            );
            check(
                theme,
                &format!("link on {place}"),
                v.hyperlink_color,
                bg,
                4.5,
            );
        }
    }
}

#[test]
fn buttons_and_selected_items_keep_their_text_readable_in_both_themes() {
    for (theme, v) in themes() {
        let w = &v.widgets;
        for (state, visuals) in [
            ("resting", &w.inactive),
            ("hovered", &w.hovered),
            ("pressed", &w.active),
            ("open", &w.open),
        ] {
            check(
                theme,
                &format!("{state} button text"),
                visuals.fg_stroke.color,
                visuals.weak_bg_fill,
                4.5,
            );
        }
        check(
            theme,
            "selected tab or row text",
            v.selection.stroke.color,
            v.selection.bg_fill,
            4.5,
        );
        check(
            theme,
            "text under a text selection",
            v.text_color(),
            v.selection.bg_fill,
            4.5,
        );
    }
}

#[test]
fn level_buttons_stand_out_from_the_card_at_3_to_1_in_both_themes() {
    for (theme, v) in themes() {
        let card = card_fill(&v);
        let level = level_colors(&v);
        check(theme, "level button outline", level.border, card, 3.0);
        check(theme, "chosen level fill", level.selected_fill, card, 3.0);
        check(
            theme,
            "chosen level text",
            level.selected_text,
            level.selected_fill,
            4.5,
        );
        check(theme, "level button text", v.text_color(), card, 4.5);
        check(
            theme,
            "current item frame",
            current_item_stroke(&v),
            card,
            3.0,
        );
        check(theme, "score bar", bar_fill(&v), bar_track(&v), 3.0);
    }
}

#[test]
fn the_focus_ring_stands_out_from_every_background_in_both_themes() {
    for (theme, v) in themes() {
        let ring = focus_ring(&v);
        let backgrounds = [
            ("panel", v.panel_fill),
            ("dialog", v.window_fill),
            ("card", card_fill(&v)),
            ("text field", v.extreme_bg_color),
            ("button", v.widgets.inactive.bg_fill),
            ("selected row", v.selection.bg_fill),
        ];
        for (what, background) in backgrounds {
            check(
                theme,
                &format!("focus ring on {what}"),
                ring,
                background,
                3.0,
            );
        }
        // Not to be mistaken for the frame of the item the keys act on.
        assert_ne!(ring, current_item_stroke(&v), "{theme:?}");
    }
}

#[test]
fn tlp_markings_use_the_first_tlp_2_colours_on_black_and_read_well() {
    let expected = [
        ("TLP:RED", Color32::from_rgb(0xFF, 0x2B, 0x2B)),
        ("TLP:AMBER", Color32::from_rgb(0xFF, 0xC0, 0x00)),
        ("TLP:AMBER+STRICT", Color32::from_rgb(0xFF, 0xC0, 0x00)),
        ("TLP:GREEN", Color32::from_rgb(0x33, 0xFF, 0x00)),
        ("TLP:CLEAR", Color32::WHITE),
        ("tlp:green", Color32::from_rgb(0x33, 0xFF, 0x00)),
    ];
    for (marking, colour) in expected {
        let (bg, fg) = tlp_colors(marking);
        assert_eq!((bg, fg), (Color32::BLACK, colour), "{marking}");
        check(Theme::Light, marking, fg, bg, 4.5);
    }
}
