//! The typed-path prompt suggests the session's folder and a file name made from the
//! assessment's title (the GUI part of defect 4 of issue 13).

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use normcheck::report::Paper;
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

fn prompt_text(h: &egui_kittest::Harness<'_, normcheck::ui::AppState>) -> String {
    h.get_by_label("File path:").value().unwrap_or_default()
}

#[test]
fn save_as_suggests_the_session_folder_and_a_name_from_the_title() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "my.json", malaysia(), Vec::new());
    let mut h = app(dir.path());
    open(&mut h, &path);
    save_as(&mut h);
    let suggested = dir.path().join("Malaysia-UN-cyber-norms-2026.json");
    assert_eq!(prompt_text(&h), suggested.display().to_string());
    // The name (not the folder or the extension) is selected: typing replaces just it.
    h.get_by_label("File path:").type_text("copy for review");
    h.run();
    let copy = dir.path().join("copy for review.json");
    assert_eq!(prompt_text(&h), copy.display().to_string());
    press(&mut h, Key::Enter);
    assert!(copy.exists(), "saved where the prompt said");
}

#[test]
fn export_suggests_a_report_name_beside_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "my.json", malaysia(), Vec::new());
    let mut h = app(dir.path());
    open(&mut h, &path);
    h.state_mut().push(Action::ExportPdf(Paper::A4));
    h.run();
    let suggested = dir.path().join("Malaysia-UN-cyber-norms-2026-report.pdf");
    assert_eq!(prompt_text(&h), suggested.display().to_string());
}

#[test]
fn without_a_title_the_member_state_names_the_suggested_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "th.json", thai_meta(), Vec::new());
    let mut h = app(dir.path());
    open(&mut h, &path);
    save_as(&mut h);
    assert_eq!(
        prompt_text(&h),
        dir.path().join("Thailand.json").display().to_string()
    );
}

#[test]
fn open_suggests_the_folder_of_the_open_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "my.json", malaysia(), Vec::new());
    let mut h = app(dir.path());
    open(&mut h, &path);
    press_with(&mut h, Modifiers::COMMAND, Key::O);
    let folder = format!("{}{}", dir.path().display(), std::path::MAIN_SEPARATOR);
    assert_eq!(prompt_text(&h), folder);
    h.get_by_label("File path:").type_text("my.json");
    h.run();
    click(&mut h, "Use this file");
    assert!(h.state().document().is_some());
}
