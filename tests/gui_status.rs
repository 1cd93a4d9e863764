//! The status bar shows what the desktop shell tells the user, such as a software renderer.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use normcheck::ui::{AppConfig, AppState, RecoveryStore, install_fonts};

#[test]
fn a_notice_from_the_desktop_shell_shows_in_the_status_bar() {
    let dir = tempfile::tempdir().unwrap();
    let config = AppConfig {
        native_dialogs: false,
        recovery: RecoveryStore::at(Some(dir.path().to_path_buf())),
        background_work: false,
    };
    let mut state = AppState::new(config, Vec::new());
    let notice = "No graphics card in use: the window is drawn by the processor (WARP via Direct3D 12); it works but may be slower.";
    state.set_status(notice);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, state: &mut AppState| state.ui(ui), state);
    harness.run();
    harness.get_by_label(notice);
    assert_eq!(harness.state().status(), notice);
}
