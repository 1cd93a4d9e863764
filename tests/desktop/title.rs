//! The window title and the recent list name the assessment, not only its file.

use egui_kittest::kittest::Queryable as _;
use normcheck::session::Meta;
use normcheck::ui::Action;

use crate::helpers::*;

fn malaysia() -> Meta {
    Meta {
        member_state: Some("Malaysia".into()),
        title: Some("Malaysia UN cyber norms 2026".into()),
        ..Meta::default()
    }
}

fn window_title(h: &egui_kittest::Harness<'_, normcheck::ui::AppState>) -> String {
    h.state()
        .document()
        .expect("an assessment is open")
        .window_title()
}

#[test]
fn the_window_title_names_the_assessment_and_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "my.json", malaysia(), Vec::new());
    let mut h = app(dir.path());
    open(&mut h, &path);
    assert_eq!(
        window_title(&h),
        "Malaysia UN cyber norms 2026 — my.json — normcheck"
    );
    click(&mut h, "a.1, 1 Planned");
    assert_eq!(
        window_title(&h),
        "● Malaysia UN cyber norms 2026 — my.json — normcheck"
    );
}

#[test]
fn without_a_title_the_member_state_names_the_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "th.json", thai_meta(), Vec::new());
    let mut h = app(dir.path());
    open(&mut h, &path);
    assert_eq!(window_title(&h), "Thailand — th.json — normcheck");
}

#[test]
fn the_recent_list_shows_the_title_with_the_file_name_and_follows_a_new_title() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "my.json", malaysia(), Vec::new());
    let mut h = app(dir.path());
    open(&mut h, &path);
    click(&mut h, "Details");
    h.get_by_label("Title:").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label("Title:").type_text("Malaysia norms review");
    h.run();
    assert_eq!(
        window_title(&h),
        "● Malaysia norms review — my.json — normcheck"
    );
    press_with(&mut h, egui::Modifiers::COMMAND, egui::Key::S);
    h.state_mut().push(Action::Close);
    h.run();
    click(&mut h, "Malaysia norms review — my.json");
    assert!(h.state().document().is_some(), "the entry opens the file");
}

#[test]
fn a_recent_list_from_an_older_version_still_opens_its_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "my.json", malaysia(), Vec::new());
    let config = normcheck::ui::AppConfig {
        native_dialogs: false,
        recovery: normcheck::ui::RecoveryStore::at(Some(dir.path().to_path_buf())),
        background_work: false,
    };
    let state = normcheck::ui::AppState::new(config, vec![path.clone().into()]);
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_context_setup(normcheck::ui::install_fonts)
        .build_ui_state(|ui, s: &mut normcheck::ui::AppState| s.ui(ui), state);
    h.run();
    click(&mut h, "my.json");
    h.state_mut().push(Action::Close);
    h.run();
    h.get_by_label("Malaysia UN cyber norms 2026 — my.json");
}
