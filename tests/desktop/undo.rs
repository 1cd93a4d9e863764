//! Undo and redo in the app: shortcuts, the Edit menu, the unsaved-changes state, and files
//! left alone.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use normcheck::ui::Action;

use crate::helpers::*;

#[test]
fn ctrl_z_takes_back_an_answer_and_ctrl_y_makes_it_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "th.json", thai_meta(), Vec::new());
    let on_disk = std::fs::read(&path).unwrap();
    let mut h = app(dir.path());
    open(&mut h, &path);
    click(&mut h, "a.1, 2 In progress");
    assert_eq!(level(&h, "a.1"), Some(2));
    assert!(dirty(&h));

    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(level(&h, "a.1"), None);
    assert!(!dirty(&h), "back at the saved state: nothing unsaved");
    h.get_by_label_contains("Undone: answer to a.1");

    press_with(&mut h, Modifiers::COMMAND, Key::Y);
    assert_eq!(level(&h, "a.1"), Some(2));
    assert!(dirty(&h));
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    press_with(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(level(&h, "a.1"), Some(2), "Ctrl+Shift+Z redoes too");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        on_disk,
        "undo never writes the file"
    );
}

#[test]
fn the_edit_menu_names_what_undo_and_redo_would_change() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    click(&mut h, "a.2, 1 Planned");
    click(&mut h, "Edit");
    click(&mut h, "Undo answer to a.2  (Ctrl+Z)");
    assert_eq!(level(&h, "a.2"), None);
    assert!(
        dirty(&h),
        "a new assessment stays unsaved after undoing everything"
    );
    click(&mut h, "Edit");
    click(&mut h, "Redo answer to a.2  (Ctrl+Y)");
    assert_eq!(level(&h, "a.2"), Some(1));
}

#[test]
fn several_edits_sent_together_are_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    let edits = answers(&["b.1", "b.2", "b.3"], 3);
    h.state_mut().push(Action::EditAll {
        label: "import of answers.xlsx".into(),
        edits,
    });
    h.run();
    assert_eq!(level(&h, "b.3"), Some(3));
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(["b.1", "b.2", "b.3"].iter().all(|i| level(&h, i).is_none()));
    h.get_by_label_contains("Undone: import of answers.xlsx");
}

#[test]
fn ctrl_z_in_an_open_dialog_leaves_the_assessment_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    click(&mut h, "a.1, 1 Planned");
    save_as(&mut h);
    h.get_by_label("File path:");
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(level(&h, "a.1"), Some(1));
}
