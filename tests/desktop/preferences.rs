//! The View menu: theme (light by default where the system says nothing) and keyboard
//! behaviour, kept in the preferences the app remembers.

use egui::accesskit::Toggled;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use normcheck::ui::ThemeChoice;

use crate::helpers::*;

#[test]
fn the_app_is_light_when_the_system_theme_cannot_be_told() {
    let dir = tempfile::tempdir().unwrap();
    let h = app(dir.path());
    assert_eq!(h.state().preferences.theme, ThemeChoice::System);
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
}

#[test]
fn the_view_menu_switches_between_light_and_dark_and_remembers_the_choice() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    click(&mut h, "View");
    click(&mut h, "Dark theme");
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    assert_eq!(h.state().preferences.theme, ThemeChoice::Dark);
    click(&mut h, "View");
    click(&mut h, "Light theme");
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
    assert_eq!(h.state().preferences.theme, ThemeChoice::Light);
}

#[test]
fn the_chosen_level_is_marked_for_screen_readers_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    click(&mut h, "a.1, 3 Implemented");
    let chosen = h.get_by_label("a.1, 3 Implemented");
    assert_eq!(chosen.accesskit_node().toggled(), Some(Toggled::True));
    let other = h.get_by_label("a.1, 1 Planned");
    assert_eq!(other.accesskit_node().toggled(), Some(Toggled::False));
}
