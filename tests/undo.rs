//! Undo and redo of changes to an assessment, through the model's `History` beside the single
//! mutation point: no window, no files.

mod common;

use common::{small_checklist, small_session};
use normcheck::session::{Edit, EditError, History, Session};
use time::OffsetDateTime;
use time::macros::datetime;

const NOW: OffsetDateTime = datetime!(2026-12-01 08:00 UTC);

fn level(item: &str, level: i64) -> Edit {
    Edit::SetLevel {
        item: item.into(),
        level: Some(level),
    }
}

fn note(item: &str, text: &str) -> Edit {
    Edit::SetNote {
        item: item.into(),
        text: text.into(),
    }
}

/// Applies edits one by one, as the app does.
fn apply(history: &mut History, session: &mut Session, edits: Vec<Edit>) {
    let checklist = small_checklist();
    for edit in edits {
        history.apply(session, &checklist, edit, NOW).unwrap();
    }
}

#[test]
fn undo_restores_the_answer_and_the_update_time_and_redo_makes_the_change_again() {
    let original = small_session();
    let mut session = original.clone();
    let mut history = History::new();
    apply(&mut history, &mut session, vec![level("p.3", 2)]);
    let changed = session.clone();
    assert_eq!(changed.meta.updated, Some(NOW));

    assert_eq!(history.undo(&mut session).as_deref(), Some("answer to p.3"));
    assert_eq!(session, original, "exactly as before, times included");
    assert_eq!(history.redo_label(), Some("answer to p.3"));
    assert_eq!(history.redo(&mut session).as_deref(), Some("answer to p.3"));
    assert_eq!(session, changed);
    assert!(history.redo(&mut session).is_none(), "nothing more to redo");
}

#[test]
fn an_answer_that_did_not_exist_is_removed_again_by_undo() {
    let mut fresh = small_session();
    fresh.answers.remove("r.1");
    let mut session = fresh.clone();
    let mut history = History::new();
    apply(&mut history, &mut session, vec![level("r.1", 1)]);
    history.undo(&mut session);
    assert!(
        session.answer("r.1").is_none(),
        "no empty answer left behind"
    );
    assert_eq!(session, fresh);
}

#[test]
fn typing_into_one_field_is_one_step_and_another_field_starts_a_new_one() {
    let original = small_session();
    let mut session = original.clone();
    let mut history = History::new();
    apply(
        &mut history,
        &mut session,
        vec![
            level("p.3", 1),
            note("p.3", "D"),
            note("p.3", "Dr"),
            note("p.3", "Draft"),
            note("q.2", "X"),
        ],
    );
    assert_eq!(history.undo(&mut session).as_deref(), Some("note on q.2"));
    assert_eq!(history.undo(&mut session).as_deref(), Some("note on p.3"));
    assert_eq!(
        session.answer("p.3").unwrap().note.as_deref(),
        Some("Only a note, not answered yet"),
        "the whole typed note goes in one undo"
    );
    assert_eq!(session.answer("p.3").unwrap().level, Some(1));
    assert_eq!(history.undo(&mut session).as_deref(), Some("answer to p.3"));
    assert_eq!(session, original);
    assert!(history.undo(&mut session).is_none(), "nothing more to undo");
}

#[test]
fn typing_in_two_detail_fields_gives_two_steps() {
    let original = small_session();
    let mut session = original.clone();
    let mut history = History::new();
    let mut meta = session.meta.clone();
    let mut edits = Vec::new();
    for text in ["2", "20", "202", "2027"] {
        meta.reporting_period = Some(text.into());
        edits.push(Edit::SetMeta(Box::new(meta.clone())));
    }
    meta.organisation = Some("NCSA".into());
    edits.push(Edit::SetMeta(Box::new(meta.clone())));
    apply(&mut history, &mut session, edits);
    assert_eq!(session.meta.reporting_period.as_deref(), Some("2027"));
    history.undo(&mut session);
    assert_eq!(
        session.meta.organisation, original.meta.organisation,
        "the organisation is undone first"
    );
    assert_eq!(session.meta.reporting_period.as_deref(), Some("2027"));
    history.undo(&mut session);
    assert_eq!(session, original);
}

#[test]
fn several_edits_applied_together_are_undone_together() {
    let original = small_session();
    let mut session = original.clone();
    let mut history = History::new();
    let owner = |item: &str| Edit::SetOwner {
        item: item.into(),
        text: "National CERT".into(),
    };
    let changed = history
        .apply_all(
            &mut session,
            &small_checklist(),
            "agency for norm (p)",
            vec![owner("p.1"), owner("p.2"), owner("p.3")],
            NOW,
        )
        .unwrap();
    assert!(changed);
    assert!(
        ["p.1", "p.2", "p.3"]
            .iter()
            .all(|i| session.answer(i).unwrap().owner.as_deref() == Some("National CERT"))
    );
    assert_eq!(history.undo_label(), Some("agency for norm (p)"));
    history.undo(&mut session);
    assert_eq!(session, original, "one undo takes back all three");
}

#[test]
fn a_refused_edit_in_a_batch_leaves_the_session_and_the_history_as_they_were() {
    let original = small_session();
    let mut session = original.clone();
    let mut history = History::new();
    let result = history.apply_all(
        &mut session,
        &small_checklist(),
        "import",
        vec![level("p.3", 2), level("no.such", 1)],
        NOW,
    );
    assert_eq!(result, Err(EditError::UnknownItem("no.such".into())));
    assert_eq!(session, original, "the first edit was rolled back");
    assert!(history.undo_label().is_none(), "nothing was recorded");
}

#[test]
fn undoing_back_to_the_saved_state_counts_as_saved() {
    let mut session = small_session();
    let mut history = History::new();
    assert!(history.is_saved(), "a file just opened is saved");
    apply(&mut history, &mut session, vec![level("p.3", 2)]);
    assert!(!history.is_saved());
    history.undo(&mut session);
    assert!(history.is_saved());
    history.redo(&mut session);
    assert!(!history.is_saved());
    history.mark_saved();
    history.undo(&mut session);
    assert!(
        !history.is_saved(),
        "the state before the save is not on disk"
    );
    history.redo(&mut session);
    assert!(history.is_saved());
}

#[test]
fn typing_after_a_save_is_a_new_step_so_undo_returns_to_the_saved_text() {
    let mut session = small_session();
    let mut history = History::new();
    apply(&mut history, &mut session, vec![note("p.3", "Draft")]);
    history.mark_saved();
    let saved = session.clone();
    apply(&mut history, &mut session, vec![note("p.3", "Draft 2")]);
    history.undo(&mut session);
    assert_eq!(session, saved);
    assert!(history.is_saved());
}

#[test]
fn new_or_recovered_work_is_never_saved_even_after_undoing_everything() {
    let mut session = small_session();
    let mut history = History::new();
    history.mark_unsaved();
    apply(&mut history, &mut session, vec![level("p.3", 2)]);
    history.undo(&mut session);
    assert!(!history.is_saved());
}

#[test]
fn a_change_after_an_undo_drops_what_could_be_redone() {
    let mut session = small_session();
    let mut history = History::new();
    apply(&mut history, &mut session, vec![level("p.3", 2)]);
    history.undo(&mut session);
    apply(&mut history, &mut session, vec![level("p.3", 0)]);
    assert!(history.redo_label().is_none());
    assert_eq!(session.answer("p.3").unwrap().level, Some(0));
}

#[test]
fn the_history_keeps_only_the_newest_steps() {
    let mut session = small_session();
    let mut history = History::new();
    let edits = (0..History::LIMIT + 10)
        .map(|n| level("p.3", (n % 3) as i64))
        .collect();
    apply(&mut history, &mut session, edits);
    let mut undone = 0;
    while history.undo(&mut session).is_some() {
        undone += 1;
    }
    assert_eq!(undone, History::LIMIT);
}
