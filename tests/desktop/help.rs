//! Help as a new user meets it: the Help menu's entries, F1 at the part of the guide about the
//! screen shown, every keyboard shortcut listed, and the example to practise on, which never
//! touches a real file.

use egui_kittest::kittest::Queryable as _;
use normcheck::example::STATE;
use normcheck::i18n::Tr;
use normcheck::ui::shortcuts::SHORTCUTS;

use crate::helpers::*;

/// Clicks `label` and lets the Help window settle (it sizes itself over a few frames).
fn tap(h: &mut egui_kittest::Harness<'_, normcheck::ui::AppState>, label: &str) {
    h.get_by_label(label).click();
    h.run_steps(8);
}

/// Presses `key` and lets the Help window settle.
fn key(h: &mut egui_kittest::Harness<'_, normcheck::ui::AppState>, key: egui::Key) {
    h.key_press(key);
    h.run_steps(8);
}

/// Whether a label containing `text` is on screen.
fn shows(h: &egui_kittest::Harness<'_, normcheck::ui::AppState>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

#[test]
fn each_help_entry_opens_its_topic() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    click(&mut h, "Help");
    tap(&mut h, "User guide  (F1)");
    assert!(shows(&h, "Getting started"), "the guide opens");
    assert!(shows(&h, "To practise without touching a real assessment"));
    tap(&mut h, "Keyboard shortcuts");
    assert!(
        shows(&h, "Save under another name"),
        "the shortcuts are listed"
    );
    tap(&mut h, "About normcheck");
    assert!(
        shows(&h, "never uses the network"),
        "About says it is offline"
    );
    assert!(
        shows(&h, env!("CARGO_PKG_VERSION")),
        "About gives the version"
    );
}

#[test]
fn f1_opens_the_guide_at_the_screen_shown() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    key(&mut h, egui::Key::F1);
    assert!(shows(&h, "On the start screen"), "start: getting started");
    tap(&mut h, "Close window");
    new_assessment(&mut h);
    key(&mut h, egui::Key::F1);
    assert!(
        shows(&h, "The walk-through shows the norms"),
        "walk-through"
    );
    tap(&mut h, "Close window");
    tap(&mut h, "Dashboard");
    key(&mut h, egui::Key::F1);
    assert!(
        shows(&h, "The dashboard shows the overall score"),
        "dashboard"
    );
    tap(&mut h, "Close window");
    tap(&mut h, "Team");
    key(&mut h, egui::Key::F1);
    assert!(shows(&h, "On the Team screen"), "team");
}

#[test]
fn every_shortcut_the_keys_answer_to_is_in_help_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    click(&mut h, "Help");
    tap(&mut h, "Keyboard shortcuts");
    let english = Tr::english();
    for shortcut in SHORTCUTS {
        let says = english.dynamic(shortcut.says);
        assert_ne!(says, shortcut.says, "{} has words", shortcut.says);
        assert!(shows(&h, &says), "{says:?} is listed");
    }
}

#[test]
fn the_example_opens_without_a_file_and_saving_asks_for_a_new_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    click(&mut h, "Open the example (Exampleland)");
    let doc = h.state().document().expect("the example is open");
    assert_eq!(doc.session.meta.member_state.as_deref(), Some(STATE));
    assert_eq!(doc.path, None, "the example has no file");
    assert!(
        shows(&h, "Not saved to a file"),
        "the status bar does not claim it is saved"
    );
    assert!(
        doc.session
            .meta
            .title
            .as_deref()
            .unwrap_or("")
            .contains("EXAMPLE")
    );
    press_with(&mut h, egui::Modifiers::COMMAND, egui::Key::S);
    assert!(
        shows(&h, "File path:") || shows(&h, "Choose file…"),
        "Save asks where"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

#[test]
fn the_listed_zoom_keys_zoom() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    let before = h.ctx.zoom_factor();
    press_with(&mut h, egui::Modifiers::COMMAND, egui::Key::Plus);
    assert!(h.ctx.zoom_factor() > before, "Ctrl+Plus zooms in");
    press_with(&mut h, egui::Modifiers::COMMAND, egui::Key::Num0);
    assert_eq!(h.ctx.zoom_factor(), 1.0, "Ctrl+0 goes back to 100 %");
}
