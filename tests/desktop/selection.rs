//! The first key press acts: an item is selected when a norm opens, after opening a file and
//! after recovery, and answering by keyboard moves on to the next unanswered item (defect 3 of
//! issue 13).

use egui::Key;
use egui_kittest::kittest::Queryable as _;
use normcheck::checklist::builtin;
use normcheck::session::Session;
use normcheck::ui::RecoveryStore;

use crate::helpers::*;

#[test]
fn after_opening_a_file_the_first_key_answers_the_first_unanswered_item() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(
        dir.path(),
        "th.json",
        thai_meta(),
        answers(&["a.1", "a.2"], 1),
    );
    let mut h = app(dir.path());
    open(&mut h, &path);
    press(&mut h, Key::Num3);
    assert_eq!(level(&h, "a.3"), Some(3));
    press(&mut h, Key::Num2);
    assert_eq!(
        level(&h, "a.4"),
        Some(2),
        "moved on to the next unanswered item"
    );
}

#[test]
fn a_file_whose_first_norms_are_done_opens_at_the_first_norm_with_work_left() {
    let dir = tempfile::tempdir().unwrap();
    let checklist = builtin().unwrap();
    let norm_a: Vec<&str> = checklist.norms[0]
        .items
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    let path = session_file(dir.path(), "th.json", thai_meta(), answers(&norm_a, 4));
    let mut h = app(dir.path());
    open(&mut h, &path);
    h.get_by_label_contains("Norm (b)");
    press(&mut h, Key::Num1);
    assert_eq!(level(&h, "b.1"), Some(1));
}

#[test]
fn opening_another_norm_selects_its_first_unanswered_item() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "th.json", thai_meta(), answers(&["c.1"], 2));
    let mut h = app(dir.path());
    open(&mut h, &path);
    h.get_by_label_contains("(c) No use of territory for wrongful acts, 13% complete")
        .click();
    h.run();
    press(&mut h, Key::Num4);
    assert_eq!(level(&h, "c.2"), Some(4));
    press(&mut h, Key::PageDown);
    press(&mut h, Key::Num0);
    assert_eq!(
        level(&h, "d.1"),
        Some(0),
        "Page Down opens (d) ready to answer"
    );
}

#[test]
fn after_recovering_unsaved_work_the_first_key_answers_an_item() {
    let dir = tempfile::tempdir().unwrap();
    let checklist = builtin().unwrap();
    let mut session = Session::new(&checklist, thai_meta());
    for edit in answers(&["a.1"], 2) {
        session
            .apply(&checklist, edit, normcheck::session::timestamp_now())
            .unwrap();
    }
    RecoveryStore::at(Some(dir.path().to_path_buf()))
        .write(&session, None, None)
        .unwrap();
    let mut h = app(dir.path());
    h.get_by_label_contains("Recover unsaved work from").click();
    h.run();
    press(&mut h, Key::Num4);
    assert_eq!(level(&h, "a.2"), Some(4));
}

#[test]
fn with_moving_on_turned_off_the_selection_stays_on_the_answered_item() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    click(&mut h, "View");
    click(
        &mut h,
        "After answering by keyboard, go to the next unanswered item",
    );
    assert!(!h.state().preferences.advance_after_answer);
    press(&mut h, Key::Escape);
    press(&mut h, Key::Num3);
    press(&mut h, Key::Num2);
    assert_eq!(level(&h, "a.1"), Some(2), "both keys answered a.1");
    assert_eq!(level(&h, "a.2"), None);
}

#[test]
fn answering_the_last_unanswered_item_of_a_norm_stays_there() {
    let dir = tempfile::tempdir().unwrap();
    let checklist = builtin().unwrap();
    let (last, rest) = checklist.norms[0].items.split_last().unwrap();
    let done: Vec<&str> = rest.iter().map(|i| i.id.as_str()).collect();
    let path = session_file(dir.path(), "th.json", thai_meta(), answers(&done, 1));
    let mut h = app(dir.path());
    open(&mut h, &path);
    press(&mut h, Key::Num3);
    press(&mut h, Key::Num4);
    assert_eq!(
        level(&h, &last.id),
        Some(4),
        "nothing else to move to: the last item again"
    );
    assert_eq!(level(&h, "a.1"), Some(1));
}

#[test]
fn a_click_on_a_card_selects_it_for_the_keys() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    let checklist = builtin().unwrap();
    let (_, a3) = checklist.item("a.3").unwrap();
    click(&mut h, &a3.text);
    press(&mut h, Key::Num2);
    assert_eq!(level(&h, "a.3"), Some(2));
    assert_eq!(level(&h, "a.1"), None);
}
