//! The single mutation point: edits are validated, stamped, and refused without side effects.

mod common;

use common::{small_checklist, small_session};
use normcheck::session::{Edit, EditError, Priority};
use time::macros::datetime;

#[test]
fn choosing_a_level_clears_not_applicable_and_stamps_the_update_time() {
    let checklist = small_checklist();
    let mut session = small_session();
    let now = datetime!(2026-12-01 08:00 UTC);
    let edit = Edit::SetLevel {
        item: "q.1".into(),
        level: Some(1),
    };
    assert!(session.apply(&checklist, edit, now).unwrap());
    let answer = session.answer("q.1").unwrap();
    assert_eq!(answer.level, Some(1));
    assert!(!answer.not_applicable);
    assert_eq!(
        answer.justification.as_deref(),
        Some("No such capability"),
        "the justification text is kept"
    );
    assert_eq!(session.meta.updated, Some(now));
}

#[test]
fn marking_not_applicable_clears_the_level() {
    let checklist = small_checklist();
    let mut session = small_session();
    let edit = Edit::SetNotApplicable {
        item: "p.1".into(),
        value: true,
    };
    session
        .apply(&checklist, edit, datetime!(2026-12-01 08:00 UTC))
        .unwrap();
    let answer = session.answer("p.1").unwrap();
    assert!(answer.not_applicable && answer.level.is_none());
    assert!(answer.lacks_justification());
    assert_eq!(
        answer.note.as_deref(),
        Some("Đã hoàn thành"),
        "notes are kept"
    );
}

#[test]
fn invalid_edits_are_refused_and_change_nothing() {
    let checklist = small_checklist();
    let mut session = small_session();
    let before = session.clone();
    let now = datetime!(2026-12-01 08:00 UTC);
    let level = Edit::SetLevel {
        item: "p.1".into(),
        level: Some(9),
    };
    assert_eq!(
        session.apply(&checklist, level, now),
        Err(EditError::UnknownLevel { level: 9 })
    );
    let unknown = Edit::SetFlagged {
        item: "nope".into(),
        value: true,
    };
    assert!(matches!(
        session.apply(&checklist, unknown, now),
        Err(EditError::UnknownItem(_))
    ));
    assert_eq!(session, before);
}

#[test]
fn an_edit_that_changes_nothing_does_not_touch_the_update_time() {
    let checklist = small_checklist();
    let mut session = small_session();
    let before = session.meta.updated;
    let same = Edit::SetPriority {
        item: "p.2".into(),
        priority: Some(Priority::High),
    };
    assert!(
        !session
            .apply(&checklist, same, datetime!(2030-01-01 00:00 UTC))
            .unwrap()
    );
    assert_eq!(session.meta.updated, before);
}

#[test]
fn clearing_every_field_removes_the_answer_from_the_file() {
    let checklist = small_checklist();
    let mut session = small_session();
    let now = datetime!(2026-12-01 08:00 UTC);
    let clear = Edit::SetNote {
        item: "p.3".into(),
        text: "  ".into(),
    };
    session.apply(&checklist, clear, now).unwrap();
    assert!(session.answer("p.3").is_none());
}

#[test]
fn each_changed_answer_remembers_who_changed_it_and_when() {
    let checklist = small_checklist();
    let mut session = small_session();
    session.meta.assessors = vec!["Nguyễn Văn An".into()];
    let before_other = session.answer("p.2").cloned();
    let at = time::macros::datetime!(2026-11-29 10:00 UTC);
    let edit = Edit::SetNote {
        item: "p.1".into(),
        text: "Updated by the assessor".into(),
    };
    session.apply(&checklist, edit, at).unwrap();
    let changed = session.answer("p.1").unwrap();
    assert_eq!(changed.changed_by.as_deref(), Some("Nguyễn Văn An"));
    assert_eq!(changed.changed_at, Some(at));
    assert_eq!(
        session.answer("p.2").cloned(),
        before_other,
        "others untouched"
    );

    // In a contribution, the agency is the author.
    session.contribution = Some(normcheck::session::Contribution {
        agency: "National CERT".into(),
        origin: "abc".into(),
        prepared: at,
        title: None,
        items: vec!["p.1".into()],
        original: Default::default(),
    });
    let edit = Edit::SetLevel {
        item: "p.1".into(),
        level: Some(1),
    };
    session.apply(&checklist, edit, at).unwrap();
    assert_eq!(
        session.answer("p.1").unwrap().changed_by.as_deref(),
        Some("National CERT")
    );
}

#[test]
fn clearing_an_answer_removes_it_even_though_it_remembered_its_author() {
    let checklist = small_checklist();
    let mut session = small_session();
    let at = time::macros::datetime!(2026-11-29 10:00 UTC);
    let edit = Edit::SetNote {
        item: "p.3".into(),
        text: String::new(),
    };
    session.apply(&checklist, edit, at).unwrap();
    assert!(session.answer("p.3").is_none());
}
