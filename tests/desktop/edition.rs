//! An assessment made with the first edition of the built-in checklist: the app offers the
//! newer edition, shows what changes, and moves the answers into a new unsaved assessment
//! while the file it came from stays as it was (issue 21).

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use normcheck::checklist::builtin_version;
use normcheck::files::save_session;
use normcheck::session::{Session, timestamp_now};

use crate::helpers::*;

const OFFER: &str = "A newer version of this checklist is available (2.0.0).";

fn first_edition_file(dir: &std::path::Path) -> std::path::PathBuf {
    let checklist = builtin_version("normcheck-nic-reference", "1.0.0").unwrap();
    let mut session = Session::new(&checklist, thai_meta());
    for edit in answers(&["a.1", "c.5"], 3)
        .into_iter()
        .chain(answers(&["h.7"], 1))
    {
        session.apply(&checklist, edit, timestamp_now()).unwrap();
    }
    let path = dir.join("first edition.json");
    save_session(&path, &session).unwrap();
    path
}

#[test]
fn a_first_edition_assessment_is_offered_the_newer_version_and_a_new_one_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = first_edition_file(dir.path());
    let mut h = app(dir.path());
    open(&mut h, &path);
    h.get_by_label(OFFER);
    assert_eq!(h.state().document().unwrap().checklist.version, "1.0.0");

    let mut fresh = app(dir.path());
    new_assessment(&mut fresh);
    assert_eq!(fresh.state().document().unwrap().checklist.version, "2.0.0");
    assert!(fresh.query_by_label(OFFER).is_none());
}

#[test]
fn the_changes_are_shown_before_the_answers_move_and_the_file_stays_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = first_edition_file(dir.path());
    let before = std::fs::read(&path).unwrap();
    let mut h = app(dir.path());
    open(&mut h, &path);
    click(&mut h, "See the changes");
    h.get_by_role_and_label(Role::Dialog, "Checklist version 1.0.0 to 2.0.0");
    h.get_by_label_contains("h.7 into c.5");
    h.get_by_label_contains("now a step of the method");
    h.get_by_label_contains("d.9: ");
    h.run(); // a new dialog is measured in its first frame and takes clicks from the next
    click(&mut h, "Move my answers to version 2.0.0");

    let doc = h.state().document().unwrap();
    assert_eq!(doc.checklist.version, "2.0.0");
    assert_eq!(doc.session.checklist.version, "2.0.0");
    assert_eq!(doc.path, None, "a new assessment, saved under a new name");
    assert!(doc.dirty);
    assert_eq!(level(&h, "a.1"), Some(3));
    assert_eq!(
        level(&h, "c.5"),
        Some(1),
        "the lower level of the merged pair"
    );
    assert_eq!(level(&h, "h.7"), None);
    assert!(
        h.state()
            .status()
            .contains("first edition.json is unchanged")
    );
    assert!(
        h.query_by_label(OFFER).is_none(),
        "nothing newer to offer now"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn unsaved_changes_are_asked_about_before_the_answers_move() {
    let dir = tempfile::tempdir().unwrap();
    let path = first_edition_file(dir.path());
    let mut h = app(dir.path());
    open(&mut h, &path);
    h.get_by_label_contains("(e) Respect human rights and privacy")
        .click();
    h.run();
    press(&mut h, egui::Key::Num2);
    assert!(dirty(&h));
    click(&mut h, "Move my answers");
    h.get_by_role_and_label(Role::Dialog, "Unsaved changes");
    h.get_by_label_contains("Save them before moving the answers to the newer checklist version?");
    click(&mut h, "Cancel");
    assert_eq!(h.state().document().unwrap().checklist.version, "1.0.0");
    assert_eq!(
        h.state().status(),
        "Nothing was moved: your work is unchanged."
    );
    click(&mut h, "Move my answers");
    click(&mut h, "Discard changes");
    assert_eq!(h.state().document().unwrap().checklist.version, "2.0.0");
    assert_eq!(
        level(&h, "e.1"),
        Some(2),
        "what was on screen is what moved"
    );
}
