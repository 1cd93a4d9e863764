//! What the app says matches what happened (defect 5 of issue 13).

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use normcheck::session::Edit;
use normcheck::ui::Action;

use crate::helpers::*;

#[test]
fn the_side_panel_and_the_norm_header_round_completion_the_same_way() {
    let dir = tempfile::tempdir().unwrap();
    // 5 of norm (a)'s 8 items: 62.5 %.
    let path = session_file(
        dir.path(),
        "th.json",
        thai_meta(),
        answers(&["a.1", "a.2", "a.3", "a.4", "a.5"], 2),
    );
    let mut h = app(dir.path());
    open(&mut h, &path);
    h.get_by_label("63% done");
    let texts = texts_containing(&h, "% complete");
    assert!(
        texts
            .iter()
            .any(|l| l.starts_with("Score ") && l.ends_with("63% complete")),
        "the norm header: {texts:?}"
    );
}

/// first.json open with an unsaved answer, and second.json being opened: the unsaved-changes
/// question is on screen. Returns the app and first.json's path.
fn opening_with_unsaved_changes(
    dir: &std::path::Path,
) -> (
    egui_kittest::Harness<'static, normcheck::ui::AppState>,
    std::path::PathBuf,
) {
    let first = session_file(dir, "first.json", thai_meta(), Vec::new());
    let second = session_file(dir, "second.json", thai_meta(), Vec::new());
    let mut h = app(dir);
    open(&mut h, &first);
    click(&mut h, "a.1, 1 Planned");
    open(&mut h, &second);
    (h, first)
}

#[test]
fn cancelling_the_unsaved_changes_question_on_open_says_nothing_was_opened() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, first) = opening_with_unsaved_changes(dir.path());
    h.get_by_role_and_label(Role::Dialog, "Unsaved changes");
    click(&mut h, "Cancel");
    let doc = h.state().document().unwrap();
    assert_eq!(doc.path.as_deref(), Some(first.as_path()));
    assert!(
        texts_containing(&h, "Opened").is_empty(),
        "the status bar must not claim second.json was opened"
    );
    let status = texts_containing(&h, "Nothing was opened");
    assert_eq!(status.len(), 1, "{status:?}");
    assert!(status[0].contains("second.json"), "{status:?}");
}

#[test]
fn after_answering_the_question_the_status_bar_says_the_file_was_opened() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _) = opening_with_unsaved_changes(dir.path());
    click(&mut h, "Discard changes");
    let status = texts_containing(&h, "Opened");
    assert!(
        status.len() == 1 && status[0].contains("second.json"),
        "{status:?}"
    );
}

#[test]
fn a_click_on_a_dialog_button_does_not_select_the_card_below_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    h.state_mut().push(normcheck::ui::Action::Close);
    h.run();
    // The question sits in the middle of the window, over one of the later cards.
    let cancel = h.get_by_label("Cancel").rect();
    assert!(cancel.center().y > 350.0, "{cancel:?}");
    click(&mut h, "Cancel");
    // a.1 was selected when the norm opened; the click must not have moved the selection.
    press(&mut h, egui::Key::Num4);
    assert_eq!(level(&h, "a.1"), Some(4));
}

#[test]
fn keys_pressed_while_a_dialog_is_open_do_not_answer_items_below_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    h.state_mut().push(normcheck::ui::Action::Close);
    h.run();
    h.get_by_role_and_label(Role::Dialog, "Unsaved changes");
    press(&mut h, egui::Key::Num3);
    press(&mut h, egui::Key::N);
    assert_eq!(session(&h).answer("a.1"), None);
}

#[test]
fn an_exported_report_says_which_characters_no_bundled_font_has() {
    let dir = tempfile::tempdir().unwrap();
    let note = Edit::SetNote {
        item: "a.1".into(),
        text: "Agreed with the partner agency 中文 and signed".into(),
    };
    let path = session_file(dir.path(), "th.json", thai_meta(), vec![note]);
    let mut h = app(dir.path());
    // The app draws such characters as boxes (egui's default); the test harness would panic.
    h.ctx
        .set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
    open(&mut h, &path);
    h.state_mut()
        .push(Action::ExportPdf(normcheck::report::Paper::A4));
    h.run();
    let pdf = dir.path().join("report.pdf");
    save_report_to(&mut h, &pdf);
    let status = h.state().status().to_owned();
    assert!(
        status.contains("no bundled font has the characters U+4E2D, U+6587"),
        "{status}"
    );
}
