//! File → Export spreadsheet… writes the workbook; Import spreadsheet… lists the changes and
//! applies them as one undoable step.

use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use normcheck::checklist::builtin;
use normcheck::files::load_session;
use normcheck::session::{Edit, Session, timestamp_now};
use normcheck::sheets::{ExportInfo, export_assessment, read_assessment};
use normcheck::ui::{Action, AppState};

use super::helpers::{
    answers, app, click, dirty, level, open, press_with, session, session_file, texts_containing,
    thai_meta,
};

/// Types a full path into the typed-path prompt and confirms it.
fn choose_path(h: &mut egui_kittest::Harness<'_, AppState>, path: &Path) {
    press_with(h, Modifiers::COMMAND, Key::A);
    h.get_by_label("File path:")
        .type_text(path.to_str().unwrap());
    h.run();
    click(h, "Use this file");
}

#[test]
fn export_spreadsheet_writes_a_workbook_that_reads_back_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "th.json", thai_meta(), answers(&["a.1"], 3));
    let mut h = app(dir.path());
    open(&mut h, &path);
    h.state_mut().push(Action::ExportSheet);
    h.run();
    let xlsx = dir.path().join("th-sheet");
    choose_path(&mut h, &xlsx);
    let xlsx = xlsx.with_extension("xlsx");
    let bytes = std::fs::read(&xlsx).expect("written, with .xlsx added");
    let checklist = builtin().unwrap();
    let import = read_assessment(&bytes, &checklist, &session(&h)).unwrap();
    assert!(import.changes.is_empty() && import.problems.is_empty());
}

#[test]
fn import_spreadsheet_lists_the_changes_then_applies_them_as_one_undoable_step() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "th.json", thai_meta(), answers(&["a.1"], 3));
    // The same assessment as edited in a spreadsheet: two items changed.
    let checklist = builtin().unwrap();
    let mut edited: Session = load_session(&path).unwrap();
    let now = timestamp_now();
    for edit in [
        Edit::SetLevel {
            item: "a.1".into(),
            level: Some(1),
        },
        Edit::SetNote {
            item: "a.1".into(),
            text: "From the agency".into(),
        },
        Edit::SetLevel {
            item: "b.2".into(),
            level: Some(4),
        },
    ] {
        edited.apply(&checklist, edit, now).unwrap();
    }
    let info = ExportInfo {
        exported: now,
        tr: normcheck::i18n::Tr::english(),
    };
    let xlsx = dir.path().join("edited.xlsx");
    std::fs::write(
        &xlsx,
        export_assessment(&checklist, &edited, &info).unwrap(),
    )
    .unwrap();

    let mut h = app(dir.path());
    open(&mut h, &path);
    h.state_mut().push(Action::ImportSheet);
    h.run();
    choose_path(&mut h, &xlsx);
    assert!(!texts_containing(&h, "a.1: Level / Not applicable, Note").is_empty());
    assert!(!texts_containing(&h, "b.2: Level / Not applicable").is_empty());
    assert_eq!(
        level(&h, "a.1"),
        Some(3),
        "nothing applied before the user says so"
    );

    click(&mut h, "Apply the changes");
    assert_eq!(level(&h, "a.1"), Some(1));
    assert_eq!(level(&h, "b.2"), Some(4));
    assert!(dirty(&h));
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        level(&h, "a.1"),
        Some(3),
        "one undo takes the whole import back"
    );
    assert_eq!(level(&h, "b.2"), None);
}

#[test]
fn a_new_assessment_can_use_a_checklist_kept_as_a_spreadsheet() {
    let dir = tempfile::tempdir().unwrap();
    let mut checklist = (*builtin().unwrap()).clone();
    checklist.id = "lao-national-checklist".into();
    checklist.title = "Lao national checklist".into();
    let xlsx = dir.path().join("lao checklist.xlsx");
    std::fs::write(
        &xlsx,
        normcheck::sheets::checklist::export_checklist(&checklist, &normcheck::i18n::Tr::english())
            .unwrap(),
    )
    .unwrap();
    let mut h = app(dir.path());
    click(&mut h, "New assessment");
    super::helpers::type_into(&mut h, "Member State:", "Lao People's Democratic Republic");
    click(&mut h, "A checklist file…");
    choose_path(&mut h, &xlsx);
    assert_eq!(h.state().error_text(), None);
    h.get_by_label_contains("Lao national checklist");
    click(&mut h, "Create assessment");
    let doc = h.state().document().expect("created");
    assert_eq!(doc.checklist.id, "lao-national-checklist");
    assert_eq!(doc.checklist.items().count(), checklist.items().count());
}

#[test]
fn a_checklist_spreadsheet_with_problems_is_refused_naming_the_cells() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("empty.xlsx");
    std::fs::write(
        &xlsx,
        normcheck::sheets::checklist::checklist_template(&normcheck::i18n::Tr::english()).unwrap(),
    )
    .unwrap();
    let mut h = app(dir.path());
    click(&mut h, "New assessment");
    click(&mut h, "A checklist file…");
    choose_path(&mut h, &xlsx);
    let error = h.state().error_text().expect("refused");
    assert!(error.contains("empty.xlsx"), "{error}");
    assert!(error.contains("Checklist!B2"), "{error}");
}
