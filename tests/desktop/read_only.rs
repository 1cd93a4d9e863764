//! A save or export onto a read-only file asks first (issue 14, item 4): "Replace it" writes,
//! "Cancel" leaves the file as it was and the work open.

#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use normcheck::ui::{Action, AppState};

use crate::helpers::*;

fn make_read_only(path: &Path) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o444)).unwrap();
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// A read-only session opened, answered (unsaved) and saved with Ctrl+S: the app asks. Returns
/// the app, the file and its bytes before.
fn asked_about_read_only(
    dir: &Path,
) -> (egui_kittest::Harness<'static, AppState>, PathBuf, Vec<u8>) {
    let path = session_file(dir, "final.json", thai_meta(), Vec::new());
    let before = std::fs::read(&path).unwrap();
    make_read_only(&path);
    let mut h = app(dir);
    open(&mut h, &path);
    press(&mut h, Key::Num3);
    assert!(dirty(&h));
    press_with(&mut h, Modifiers::COMMAND, Key::S);
    h.get_by_label_contains("is marked read-only");
    (h, path, before)
}

#[test]
fn saving_over_a_read_only_session_asks_and_cancel_keeps_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, path, before) = asked_about_read_only(dir.path());
    click(&mut h, "Cancel");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is untouched"
    );
    assert_eq!(mode(&path), 0o444);
    assert!(dirty(&h), "the work is still open and unsaved");
    assert!(
        h.state().status().contains("read-only"),
        "{}",
        h.state().status()
    );
}

#[test]
fn enter_in_the_question_cancels_rather_than_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, path, before) = asked_about_read_only(dir.path());
    // Focus starts on Cancel: a keyboard user's Enter keeps the protected file.
    press(&mut h, Key::Enter);
    assert!(h.query_by_label_contains("is marked read-only").is_none());
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(dirty(&h));
}

#[test]
fn replace_it_saves_and_gives_write_access_to_the_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "final.json", thai_meta(), Vec::new());
    make_read_only(&path);
    let mut h = app(dir.path());
    open(&mut h, &path);
    press(&mut h, Key::Num3);

    press_with(&mut h, Modifiers::COMMAND, Key::S);
    click(&mut h, "Replace it");
    assert!(!dirty(&h), "{:?}", h.state().error_text());
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("\"level\": 3"), "{saved}");
    assert_eq!(mode(&path), 0o644);

    // The agreement was for that one save: the next one onto a read-only file asks again.
    make_read_only(&path);
    press(&mut h, Key::Num2);
    press_with(&mut h, Modifiers::COMMAND, Key::S);
    h.get_by_label_contains("is marked read-only");
}

#[test]
fn exporting_a_report_over_a_read_only_file_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "th.json", thai_meta(), answers(&["a.1"], 2));
    let pdf = dir.path().join("signed-off.pdf");
    std::fs::write(&pdf, b"the report the minister signed").unwrap();
    make_read_only(&pdf);
    let mut h = app(dir.path());
    open(&mut h, &path);
    h.state_mut()
        .push(Action::ExportPdf(normcheck::report::Paper::A4));
    h.run();
    choose(&mut h, "File path:", &pdf.display().to_string());
    h.get_by_label_contains("is marked read-only");
    h.get_by_label("Replace it").click();
    wait_for(&mut h, "Report saved to");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}

#[test]
fn save_before_closing_asks_about_a_read_only_file_then_closes() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "final.json", thai_meta(), Vec::new());
    make_read_only(&path);
    let mut h = app(dir.path());
    open(&mut h, &path);
    press(&mut h, Key::Num4);
    h.state_mut().push(Action::Close);
    h.run();
    click(&mut h, "Save");
    h.get_by_label_contains("is marked read-only");
    assert!(h.state().document().is_some(), "still open while asking");
    click(&mut h, "Replace it");
    assert!(h.state().document().is_none(), "closed once saved");
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("\"level\": 4"), "{saved}");
}
