//! The Details screen: edits apply as typed, survive switching screens, undo, and times read
//! as local dates (defects 1 and 6 of issue 13).

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use normcheck::session::Meta;
use time::macros::datetime;

use crate::helpers::*;

#[test]
fn details_apply_as_typed_and_are_still_there_after_switching_screens() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "th.json", thai_meta(), Vec::new());
    let mut h = app(dir.path());
    open(&mut h, &path);
    click(&mut h, "Details");
    assert!(
        h.query_by_label("Save details").is_none(),
        "no separate button that reads like saving the file"
    );
    type_into(&mut h, "Reporting period:", "2026");
    assert_eq!(
        session(&h).meta.reporting_period.as_deref(),
        Some("2026"),
        "applied as typed"
    );
    assert!(dirty(&h), "the window shows unsaved changes");
    click(&mut h, "Walk-through");
    click(&mut h, "Details");
    assert_eq!(
        h.get_by_label("Reporting period:").value().as_deref(),
        Some("2026")
    );
    assert_eq!(session(&h).meta.member_state.as_deref(), Some("Thailand"));
}

#[test]
fn undoing_a_details_edit_puts_the_old_text_back_in_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    click(&mut h, "Details");
    type_into(&mut h, "Organisation:", "NCSA");
    type_into(&mut h, "Reporting period:", "2026");
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(session(&h).meta.reporting_period, None);
    assert_eq!(session(&h).meta.organisation.as_deref(), Some("NCSA"));
    assert_eq!(
        h.get_by_label("Reporting period:").value().as_deref(),
        Some("")
    );
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.get_by_label("Organisation:").value().as_deref(), Some(""));
}

#[test]
fn details_show_when_the_assessment_was_made_as_a_readable_date() {
    let dir = tempfile::tempdir().unwrap();
    let meta = Meta {
        created: Some(datetime!(2026-11-20 09:15:42 UTC)),
        ..thai_meta()
    };
    let path = session_file(dir.path(), "th.json", meta, Vec::new());
    let mut h = app(dir.path());
    open(&mut h, &path);
    click(&mut h, "Details");
    let created = texts_containing(&h, "Created ");
    let [created] = created.as_slice() else {
        panic!("one creation line: {created:?}");
    };
    assert!(created.contains("November 2026"), "{created}");
    assert!(
        !created.contains(":42") && !created.contains("+00") && !created.contains(".0"),
        "no seconds, offsets or fractions: {created}"
    );
}
