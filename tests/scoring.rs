//! Scores follow the documented rules, checked against hand-computed values.

mod common;

use common::{small_checklist, small_session};
use normcheck::checklist::builtin;
use normcheck::scoring::score;
use normcheck::session::{Edit, Meta, Session, timestamp_now};

fn close(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a score was expected");
    assert!(
        (actual - expected).abs() < 1e-9,
        "expected {expected}, got {actual}"
    );
}

#[test]
fn norm_scores_weigh_levels_count_unanswered_as_zero_and_skip_not_applicable() {
    let scores = score(&small_checklist(), &small_session());
    // P: p.1 weight 1 at 2/2, p.2 weight 3 at 1/2, p.3 weight 1 unanswered → 2.5 / 5.
    close(scores.norms[0].score, 50.0);
    close(scores.norms[0].completion, 200.0 / 3.0);
    assert_eq!(scores.norms[0].band.as_deref(), Some("Middle"));
    // Q: q.1 is N/A and left out; q.2 at level 0.
    close(scores.norms[1].score, 0.0);
    close(scores.norms[1].completion, 100.0);
    assert_eq!(scores.norms[1].band.as_deref(), Some("Low"));
}

#[test]
fn a_norm_whose_items_are_all_not_applicable_has_no_score_but_is_complete() {
    let scores = score(&small_checklist(), &small_session());
    assert_eq!(scores.norms[2].id, "r");
    assert_eq!(scores.norms[2].score, None);
    assert_eq!(scores.norms[2].band, None);
    close(scores.norms[2].completion, 100.0);
}

#[test]
fn the_overall_score_is_the_plain_mean_of_existing_norm_scores() {
    let scores = score(&small_checklist(), &small_session());
    close(scores.overall.score, 25.0); // (50 + 0) / 2; R has no score
    assert_eq!(scores.overall.band.as_deref(), Some("Low"));
    close(scores.overall.completion, 500.0 / 6.0);
    assert_eq!(scores.overall.counts.items, 6);
    assert_eq!(scores.overall.counts.not_applicable, 2);
    assert_eq!(
        scores.overall.counts.levels.iter().collect::<Vec<_>>(),
        vec![(&0, &1), (&1, &1), (&2, &1)]
    );
}

#[test]
fn focus_area_scores_use_every_tagged_item_and_unused_areas_have_none() {
    let scores = score(&small_checklist(), &small_session());
    let ids: Vec<&str> = scores.focus_areas.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["x", "y", "unused"]);
    // X: p.1 (1 × 1) + p.3 (1 × 0), q.1 N/A → 1 / 2.
    close(scores.focus_areas[0].score, 50.0);
    close(scores.focus_areas[0].completion, 200.0 / 3.0);
    // Y: p.2 (3 × 0.5) + p.3 (1 × 0), r.1 N/A → 1.5 / 4.
    close(scores.focus_areas[1].score, 37.5);
    assert_eq!(scores.focus_areas[2].score, None);
    assert_eq!(scores.focus_areas[2].completion, None);
}

#[test]
fn answers_for_items_the_checklist_lacks_do_not_change_scores() {
    let checklist = small_checklist();
    let mut session = small_session();
    let with_orphan = score(&checklist, &session);
    session.answers.remove("zz.9");
    assert_eq!(score(&checklist, &session), with_orphan);
}

#[test]
fn an_empty_session_scores_zero_with_zero_completion() {
    let checklist = builtin().unwrap();
    let session = Session::new(&checklist, Meta::default());
    let scores = score(&checklist, &session);
    close(scores.overall.score, 0.0);
    close(scores.overall.completion, 0.0);
    assert_eq!(scores.norms.len(), 11);
    assert!(scores.focus_areas.iter().all(|a| a.score == Some(0.0)));
}

#[test]
fn answering_an_item_rescores_its_norm_and_areas() {
    let checklist = small_checklist();
    let mut session = small_session();
    let edit = Edit::SetLevel {
        item: "p.3".into(),
        level: Some(2),
    };
    assert!(session.apply(&checklist, edit, timestamp_now()).unwrap());
    let scores = score(&checklist, &session);
    close(scores.norms[0].score, 70.0); // (1 + 1.5 + 1) / 5
    close(scores.norms[0].completion, 100.0);
    close(scores.focus_areas[0].score, 100.0); // p.1 and p.3 both at 2/2
}

#[test]
fn a_fully_implemented_builtin_assessment_scores_one_hundred() {
    let checklist = builtin().unwrap();
    let mut session = Session::new(&checklist, Meta::default());
    let top = checklist.scale.max_value().unwrap();
    let ids: Vec<String> = checklist.items().map(|(_, i)| i.id.clone()).collect();
    for id in ids {
        let edit = Edit::SetLevel {
            item: id,
            level: Some(top),
        };
        session.apply(&checklist, edit, timestamp_now()).unwrap();
    }
    let scores = score(&checklist, &session);
    close(scores.overall.score, 100.0);
    close(scores.overall.completion, 100.0);
    assert!(scores.norms.iter().all(|n| n.score == Some(100.0)));
    assert_eq!(
        scores.overall.band.as_deref(),
        checklist.bands.last().map(|b| b.label.as_str())
    );
}
