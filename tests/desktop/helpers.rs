//! Building the app in a headless harness and acting on it as a user would.
// Not every test module uses every helper.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use normcheck::checklist::builtin;
use normcheck::files::save_session;
use normcheck::session::{Edit, Meta, Session, timestamp_now};
use normcheck::ui::{Action, AppConfig, AppState, RecoveryStore, install_fonts};

/// The app in a window of `size` points at 100 % zoom, with typed-path prompts instead of
/// native dialogs and recovery copies in `dir`, in English whatever the system's language.
pub fn app_sized(dir: &Path, size: egui::Vec2) -> Harness<'static, AppState> {
    app_in(dir, size, "en")
}

/// [`app_sized`] in the language `code`.
pub fn app_in(dir: &Path, size: egui::Vec2, code: &str) -> Harness<'static, AppState> {
    let config = AppConfig {
        native_dialogs: false,
        recovery: RecoveryStore::at(Some(dir.to_path_buf())),
        background_work: false,
    };
    let mut state = AppState::new(config, Vec::new());
    state.preferences.language = Some(code.to_owned());
    let mut harness = Harness::builder()
        .with_size(size)
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, state: &mut AppState| state.ui(ui), state);
    harness.run();
    harness
}

/// The app in a 1280×800 window.
pub fn app(dir: &Path) -> Harness<'static, AppState> {
    app_sized(dir, egui::vec2(1280.0, 800.0))
}

/// Clicks the widget with this accessible name.
pub fn click(h: &mut Harness<'_, AppState>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Focuses a text field and types into it.
pub fn type_into(h: &mut Harness<'_, AppState>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Presses a key with no modifiers.
pub fn press(h: &mut Harness<'_, AppState>, key: egui::Key) {
    h.key_press(key);
    h.run();
}

/// Presses a key with modifiers, e.g. Ctrl+Z.
pub fn press_with(h: &mut Harness<'_, AppState>, modifiers: egui::Modifiers, key: egui::Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

/// Opens a session file as `normcheck FILE` or the recent list would.
pub fn open(h: &mut Harness<'_, AppState>, path: &Path) {
    h.state_mut().push(Action::OpenPath(path.to_path_buf()));
    h.run();
}

/// Starts a new assessment for Viet Nam through the form.
pub fn new_assessment(h: &mut Harness<'_, AppState>) {
    click(h, "New assessment");
    type_into(h, "Member State:", "Viet Nam");
    click(h, "Create assessment");
}

/// The open assessment's session.
pub fn session(h: &Harness<'_, AppState>) -> Session {
    h.state()
        .document()
        .expect("an assessment is open")
        .session
        .clone()
}

/// Whether the open assessment has unsaved changes.
pub fn dirty(h: &Harness<'_, AppState>) -> bool {
    h.state().document().expect("an assessment is open").dirty
}

/// The level of an item's answer.
pub fn level(h: &Harness<'_, AppState>, item: &str) -> Option<i64> {
    session(h).answer(item).and_then(|a| a.level)
}

/// Writes a session for Thailand made with the built-in checklist, with `edits` applied.
pub fn session_file(dir: &Path, name: &str, meta: Meta, edits: Vec<Edit>) -> PathBuf {
    let checklist = builtin().unwrap();
    let mut session = Session::new(&checklist, meta);
    for edit in edits {
        session.apply(&checklist, edit, timestamp_now()).unwrap();
    }
    let path = dir.join(name);
    save_session(&path, &session).unwrap();
    path
}

/// Metadata for a Thai assessment.
pub fn thai_meta() -> Meta {
    Meta {
        member_state: Some("Thailand".into()),
        ..Meta::default()
    }
}

/// `SetLevel` edits answering these items at `level`.
pub fn answers(items: &[&str], level: i64) -> Vec<Edit> {
    items
        .iter()
        .map(|item| Edit::SetLevel {
            item: (*item).to_owned(),
            level: Some(level),
        })
        .collect()
}

/// The texts (accessible names, or the text of labels) on screen that contain `part`.
pub fn texts_containing(h: &Harness<'_, AppState>, part: &str) -> Vec<String> {
    h.query_all_by_label_contains(part)
        .filter_map(|n| {
            let node = n.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .collect()
}

/// Ctrl+Shift+S, then "Choose file…" in the Save As choices (plain file): the typed-path
/// prompt is open afterwards.
pub fn save_as(h: &mut Harness<'_, AppState>) {
    press_with(
        h,
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    click(h, "Choose file…");
}

/// Types `text` into the path prompt's `field` (replacing the suggestion) and uses it; no
/// error may follow.
pub fn choose(h: &mut Harness<'_, AppState>, field: &str, text: &str) {
    h.get_by_label(field).click();
    h.run();
    press_with(h, egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label(field).type_text(text);
    h.run();
    let code = h
        .state()
        .preferences
        .language
        .clone()
        .unwrap_or("en".into());
    let catalog = normcheck::i18n::Catalog::with_pseudo();
    let use_file = catalog.tr(&code).unwrap().dynamic("dialog-use-file");
    click(h, &use_file);
    assert_eq!(h.state().error_text(), None);
}

/// Runs frames until a label containing `text` shows (for work on a worker thread: exports,
/// the regional figures).
pub fn wait_for(h: &mut Harness<'_, AppState>, text: &str) {
    for _ in 0..600 {
        h.step();
        if h.query_by_label_contains(text).is_some() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!(
        "{text:?} never showed; on screen: {:?}",
        texts_containing(h, "")
    );
}

/// With the report's path prompt open: types `pdf` over the suggestion, uses it, and waits
/// until the report is written (on its worker thread).
pub fn save_report_to(h: &mut Harness<'_, AppState>, pdf: &Path) {
    h.get_by_label("File path:").click();
    h.run();
    press_with(h, egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("File path:")
        .type_text(&pdf.display().to_string());
    h.run();
    h.get_by_label("Use this file").click();
    wait_for(h, "Report saved to");
}
