//! The desktop app driven headless through its accessibility tree, as a user (or a screen
//! reader) would: no GPU, no window.

mod common;

use std::path::Path;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use normcheck::checklist::builtin;
use normcheck::files::{load_session, save_session};
use normcheck::session::{Meta, Session};
use normcheck::ui::{Action, AppConfig, AppState, RecoveryStore, install_fonts};

fn app(recovery_dir: &Path) -> Harness<'static, AppState> {
    let config = AppConfig {
        native_dialogs: false,
        recovery: RecoveryStore::at(Some(recovery_dir.to_path_buf())),
        background_work: false,
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_context_setup(install_fonts)
        .build_ui_state(
            |ui, state: &mut AppState| state.ui(ui),
            AppState::new(config, Vec::new()),
        );
    harness.run();
    harness
}

fn click(h: &mut Harness<'_, AppState>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn type_into(h: &mut Harness<'_, AppState>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Presses Ctrl+S.
fn ctrl_s(h: &mut Harness<'_, AppState>) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
}

/// Replaces the suggestion in the open typed-path prompt (which has the keyboard) with `path`.
fn type_path(h: &mut Harness<'_, AppState>, path: &Path) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label("File path:")
        .type_text(path.to_str().unwrap());
    h.run();
}

/// Answers the open typed-path prompt with `path` (after the Save As choices, when shown).
fn choose_path(h: &mut Harness<'_, AppState>, path: &Path) {
    if h.query_by_label("Choose file…").is_some() {
        click(h, "Choose file…");
    }
    type_path(h, path);
    click(h, "Use this file");
}

/// Opens a session file as `normcheck FILE` or the recent list would.
fn open(h: &mut Harness<'_, AppState>, path: &Path) {
    h.state_mut().push(Action::OpenPath(path.to_path_buf()));
    h.run();
}

/// Starts a new assessment for Viet Nam through the form.
fn new_assessment(h: &mut Harness<'_, AppState>) {
    click(h, "New assessment");
    type_into(h, "Member State:", "Viet Nam");
    click(h, "Create assessment");
}

fn demo_file(dir: &Path) -> std::path::PathBuf {
    let checklist = builtin().unwrap();
    let mut session = Session::new(&checklist, Meta::default());
    session.meta.member_state = Some("Thailand".into());
    let path = dir.join("demo.json");
    let edit = normcheck::session::Edit::SetLevel {
        item: "b.2".into(),
        level: Some(3),
    };
    session
        .apply(&checklist, edit, normcheck::session::timestamp_now())
        .unwrap();
    save_session(&path, &session).unwrap();
    path
}

#[test]
fn a_new_assessment_is_created_from_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    let doc = h.state().document().expect("an assessment is open");
    assert_eq!(doc.session.meta.member_state.as_deref(), Some("Viet Nam"));
    assert_eq!(
        doc.session.meta.classification.as_deref(),
        Some("TLP:AMBER")
    );
    assert_eq!(doc.checklist.norms.len(), 11);
    assert!(doc.dirty, "a new assessment is unsaved");
    h.get_by_label_contains("Norm (a)");
}

#[test]
fn answering_an_item_updates_completion_and_scores_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    assert!(
        h.query_by_label_contains("(a) Cooperate for stability and security, 0% complete")
            .is_some()
    );
    click(&mut h, "a.1, 4 Institutionalised");
    let doc = h.state().document().unwrap();
    assert_eq!(doc.session.answer("a.1").and_then(|a| a.level), Some(4));
    let norm_a = doc.scores.norms[0].score.unwrap();
    assert!(norm_a > 0.0);
    // The side panel now reports the new completion and score.
    let completion =
        normcheck::scoring::whole_percent(100.0 / doc.checklist.norms[0].items.len() as f64);
    let row = format!(
        "(a) Cooperate for stability and security, {completion}% complete, score {norm_a:.0}"
    );
    h.get_by_label(&row);
    // The dashboard shows the same overall score.
    click(&mut h, "Dashboard");
    let overall = h.state().document().unwrap().scores.overall.score.unwrap();
    h.get_by_label(&format!("{overall:.1}"));
}

#[test]
fn not_applicable_asks_for_a_justification() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    click(&mut h, "a.2, Not applicable");
    let answer = h
        .state()
        .document()
        .unwrap()
        .session
        .answer("a.2")
        .cloned()
        .unwrap();
    assert!(answer.not_applicable && answer.lacks_justification());
    h.get_by_label("Justification (required for N/A):");
    type_into(&mut h, "a.2: Justification", "No armed forces");
    let answer = h
        .state()
        .document()
        .unwrap()
        .session
        .answer("a.2")
        .cloned()
        .unwrap();
    assert_eq!(answer.justification.as_deref(), Some("No armed forces"));
}

#[test]
fn filters_hide_items_that_do_not_match() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    click(&mut h, "a.1, 1 Planned");
    click(&mut h, "Unanswered");
    assert!(
        h.query_by_label("a.1, 1 Planned").is_none(),
        "answered item hidden"
    );
    assert!(
        h.query_by_label("a.2, 1 Planned").is_some(),
        "unanswered item shown"
    );
    click(&mut h, "Unanswered");
    click(&mut h, "Flagged");
    assert!(
        h.query_by_label("a.2, 1 Planned").is_none(),
        "nothing is flagged yet"
    );
}

#[test]
fn saving_and_reopening_gives_the_same_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    click(&mut h, "a.1, 2 In progress");
    click(&mut h, "a.1: Details…");
    type_into(&mut h, "a.1: Note", "Dự thảo đang được xem xét");
    type_into(
        &mut h,
        "a.1: Responsible agency",
        "Ministry of Public Security",
    );
    ctrl_s(&mut h);
    let path = dir.path().join("vn.json");
    choose_path(&mut h, &path);
    let doc = h.state().document().unwrap();
    assert!(!doc.dirty, "saved");
    assert!(!doc.window_title().contains('●'));
    let saved = doc.session.clone();

    let mut again = app(dir.path());
    open(&mut again, &path);
    let reopened = again.state().document().expect("opened");
    assert_eq!(reopened.session, saved);
    let a1 = reopened.session.answer("a.1").unwrap();
    assert_eq!(a1.level, Some(2));
    assert_eq!(a1.note.as_deref(), Some("Dự thảo đang được xem xét"));
    assert_eq!(load_session(&path).unwrap(), saved);
}

#[test]
fn unsaved_changes_are_marked_and_closing_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let mut h = app(dir.path());
    open(&mut h, &path);
    assert_eq!(
        h.state().document().unwrap().window_title(),
        "Thailand — demo.json — normcheck"
    );
    click(&mut h, "a.1, 1 Planned");
    assert!(
        h.state()
            .document()
            .unwrap()
            .window_title()
            .starts_with('●')
    );

    h.state_mut().push(Action::Close);
    h.run();
    h.get_by_role_and_label(Role::Dialog, "Unsaved changes");
    click(&mut h, "Cancel");
    assert!(h.state().document().is_some(), "Cancel keeps the work open");

    h.state_mut().push(Action::Close);
    h.run();
    click(&mut h, "Discard changes");
    assert!(h.state().document().is_none(), "Discard closes it");
    let on_disk = load_session(&path).unwrap();
    assert!(on_disk.answer("a.1").is_none(), "the file was not changed");
}

#[test]
fn a_damaged_file_shows_an_error_and_keeps_the_open_work() {
    let dir = tempfile::tempdir().unwrap();
    let good = demo_file(dir.path());
    let mut h = app(dir.path());
    open(&mut h, &good);
    click(&mut h, "a.1, 1 Planned");
    let before = h.state().document().unwrap().session.clone();

    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, b"{\"format\": \"normcheck-session\", \"format_vers").unwrap();
    open(&mut h, &bad);
    h.get_by_role_and_label(Role::Dialog, "The assessment could not be opened");
    let message = h.state().error_text().unwrap();
    assert!(message.contains("bad.json"), "{message}");
    assert!(message.contains("ends too early"), "{message}");
    assert_eq!(h.state().document().unwrap().session, before);
    assert!(
        h.state().document().unwrap().dirty,
        "still unsaved, still open"
    );
    click(&mut h, "OK");
    assert!(h.state().error_text().is_none());
}

#[test]
fn a_leftover_recovery_file_is_offered_and_restores_the_work() {
    let dir = tempfile::tempdir().unwrap();
    let checklist = builtin().unwrap();
    let mut session = Session::new(&checklist, Meta::default());
    session.meta.member_state = Some("Cambodia".into());
    let edit = normcheck::session::Edit::SetNote {
        item: "k.1".into(),
        text: "ក្រសួងការពារជាតិ".into(),
    };
    session
        .apply(&checklist, edit, normcheck::session::timestamp_now())
        .unwrap();
    RecoveryStore::at(Some(dir.path().to_path_buf()))
        .write(&session, None, None)
        .unwrap();

    // Another window working meanwhile keeps its own copy and does not overwrite this one.
    let mut other = app(dir.path());
    new_assessment(&mut other);
    click(&mut other, "a.1, 1 Planned");

    let mut h = app(dir.path());
    let offers = h
        .query_all_by_label_contains("Recover unsaved work from")
        .count();
    assert_eq!(offers, 2, "both copies are offered");
    // Newest first: the other window's copy; the Cambodian one was written earlier.
    h.get_all_by_label_contains("Recover unsaved work from")
        .last()
        .unwrap()
        .click();
    h.run();
    let doc = h.state().document().expect("recovered");
    assert_eq!(doc.session.answers, session.answers);
    assert!(doc.dirty, "recovered work still needs saving");
}

/// A recovery copy is checked like an opened file: answers off the scale refuse it (and it is
/// kept on disk for the user to delete), an answer for an unknown item is kept with a note.
#[test]
fn a_recovery_copy_that_does_not_fit_its_checklist_is_refused_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let checklist = builtin().unwrap();
    let mut session = Session::new(&checklist, Meta::default());
    let answer = |level: i64| normcheck::session::Answer {
        level: Some(level),
        ..Default::default()
    };
    session.answers.insert("a.1".into(), answer(99));
    session.answers.insert("a.2".into(), answer(-3));
    session.answers.insert("zz.9".into(), answer(1));
    let store = RecoveryStore::at(Some(dir.path().to_path_buf()));
    store.write(&session, None, None).unwrap();
    let copies = || std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(copies(), 1);

    let h = app(dir.path());
    let node = h.get_by_label_contains("An autosaved copy could not be read");
    let shown = node
        .accesskit_node()
        .label()
        .or_else(|| node.accesskit_node().value())
        .unwrap_or_default();
    assert!(shown.contains("99 is not a level"), "{shown}");
    assert_eq!(
        h.query_all_by_label_contains("Recover unsaved work from")
            .count(),
        0,
        "nothing to recover from a copy that does not fit its checklist"
    );
    assert_eq!(copies(), 1, "the copy is kept until the user deletes it");

    // Only an unknown item: recovered, the answer kept, and the status says so.
    session.answers.insert("a.1".into(), answer(2));
    session.answers.insert("a.2".into(), answer(1));
    std::fs::remove_file(
        std::fs::read_dir(dir.path())
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path(),
    )
    .unwrap();
    store.write(&session, None, None).unwrap();
    let mut h = app(dir.path());
    h.get_by_label_contains("Recover unsaved work from").click();
    h.run();
    let doc = h.state().document().expect("recovered");
    assert_eq!(doc.session.answers, session.answers);
    assert!(
        h.state().status().contains("1 note"),
        "{}",
        h.state().status()
    );
}

#[test]
fn the_keyboard_chooses_levels_and_moves_between_items() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    // a.1 is selected when the norm opens; answering it moves on to a.2.
    h.key_press(egui::Key::Num3);
    h.run();
    h.key_press(egui::Key::N);
    h.run();
    // Down twice, up once: a.3.
    for key in [egui::Key::ArrowDown, egui::Key::J, egui::Key::K] {
        h.key_press(key);
        h.run();
    }
    h.key_press(egui::Key::Num1);
    h.run();
    let doc = h.state().document().unwrap();
    assert_eq!(doc.session.answer("a.1").and_then(|a| a.level), Some(3));
    assert!(doc.session.answer("a.2").is_some_and(|a| a.not_applicable));
    assert_eq!(doc.session.answer("a.3").and_then(|a| a.level), Some(1));
}

#[test]
fn the_details_screen_edits_the_assessment_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    click(&mut h, "Details");
    type_into(&mut h, "Organisation:", "Cục An toàn thông tin");
    let meta = &h.state().document().unwrap().session.meta;
    assert_eq!(meta.organisation.as_deref(), Some("Cục An toàn thông tin"));
    assert_eq!(
        meta.member_state.as_deref(),
        Some("Viet Nam"),
        "other fields kept"
    );
}

#[test]
fn a_recent_file_that_has_gone_missing_is_shown_as_missing() {
    let dir = tempfile::tempdir().unwrap();
    let present = demo_file(dir.path());
    let gone = dir.path().join("moved-away.json");
    let config = AppConfig {
        native_dialogs: false,
        recovery: RecoveryStore::at(Some(dir.path().to_path_buf())),
        background_work: false,
    };
    let state = AppState::new(config, vec![gone.clone().into(), present.clone().into()]);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, state: &mut AppState| state.ui(ui), state);
    h.run();
    h.get_by_label("moved-away.json (missing)");
    click(&mut h, "demo.json");
    assert!(h.state().document().is_some(), "the present one opens");
}

#[test]
fn unsaved_work_is_autosaved_for_recovery_and_a_clean_save_removes_the_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let recovery_files = || {
        std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().starts_with("recovery-"))
            .count()
    };
    let mut h = app(dir.path());
    open(&mut h, &path);
    assert_eq!(
        recovery_files(),
        0,
        "nothing to recover while nothing changed"
    );
    click(&mut h, "a.1, 3 Implemented");
    assert_eq!(recovery_files(), 1, "the change was copied for recovery");
    let user_file_before = std::fs::read(&path).unwrap();
    assert!(
        load_session(&path).unwrap().answer("a.1").is_none(),
        "autosave never writes over the user's own file"
    );
    ctrl_s(&mut h);
    assert_eq!(recovery_files(), 0, "a clean save removes the copy");
    assert_ne!(std::fs::read(&path).unwrap(), user_file_before);
    assert_eq!(
        load_session(&path)
            .unwrap()
            .answer("a.1")
            .and_then(|a| a.level),
        Some(3)
    );
}

#[test]
fn the_report_is_exported_from_the_file_menu_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    click(&mut h, "a.1, 3 Implemented");
    h.state_mut()
        .push(Action::ExportPdf(normcheck::report::Paper::A4));
    h.run();
    let out = dir.path().join("report");
    type_path(&mut h, &out);
    h.get_by_label("Use this file").click();
    let pdf = dir.path().join("report.pdf");
    // The export runs on a worker thread; frames keep coming (with a spinner) while it works.
    for _ in 0..600 {
        h.step();
        if h.query_by_label_contains("Report saved to").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    h.get_by_label_contains("Report saved to");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "a PDF was written");
    assert!(
        h.state().document().unwrap().dirty,
        "exporting is not saving"
    );
}

#[test]
fn cancelling_the_save_dialog_from_the_prompt_forgets_the_pending_close() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    h.state_mut().push(Action::Close);
    h.run();
    click(&mut h, "Save");
    click(&mut h, "Choose file…");
    h.get_by_label("File path:");
    click(&mut h, "Cancel");
    assert!(
        h.state().document().is_some(),
        "still open after cancelling"
    );
    // A later, ordinary save must not carry out the forgotten close.
    ctrl_s(&mut h);
    let path = dir.path().join("later.json");
    choose_path(&mut h, &path);
    assert!(path.exists());
    assert!(
        h.state().document().is_some(),
        "saving did not close the assessment"
    );
}
