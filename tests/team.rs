//! The national team's year with hand-checked results: splitting by agency, merging
//! contributions (clean, the same change twice, a conflict, unrelated items, refusals), and
//! comparing assessments across checklist versions.

mod common;

use common::{small_checklist, small_session};
use normcheck::checklist::Checklist;
use normcheck::scoring::compare::{Change, compare, trend};
use normcheck::session::{Edit, Session};
use normcheck::team::{MergeError, merge, split_by_owner};
use serde_json::json;
use time::macros::datetime;

const MPS: &str = "Ministry of Public Security";
const MOD: &str = "ក្រសួងការពារជាតិ";

/// The small session with p.2 assigned to the CERT and a fixed id.
fn base() -> Session {
    let mut s = small_session();
    s.id = Some("base-1".into());
    s.answers.get_mut("p.2").unwrap().owner = Some("National CERT".into());
    s
}

fn edit(checklist: &Checklist, session: &mut Session, edit: Edit) {
    session
        .apply(checklist, edit, datetime!(2026-12-01 09:00 UTC))
        .unwrap();
}

fn contributions(
    checklist: &Checklist,
    base: &Session,
) -> std::collections::BTreeMap<String, Session> {
    split_by_owner(checklist, base, datetime!(2026-11-30 08:00 UTC)).contributions
}

#[test]
fn splitting_gives_each_agency_only_its_items() {
    let checklist = small_checklist();
    let split = split_by_owner(&checklist, &base(), datetime!(2026-11-30 08:00 UTC));
    let agencies: Vec<&String> = split.contributions.keys().collect();
    assert_eq!(agencies, [MPS, "National CERT", MOD]);
    let mps = &split.contributions[MPS];
    assert_eq!(mps.answers.keys().collect::<Vec<_>>(), ["p.1"]);
    let info = mps.contribution.as_ref().unwrap();
    assert_eq!(info.origin, "base-1");
    assert_eq!(info.items, ["p.1"]);
    assert_eq!(
        mps.meta.member_state.as_deref(),
        Some("Viet Nam"),
        "the details travel"
    );
    // p.3, q.1, r.1 have no agency.
    assert_eq!(split.unassigned, ["p.3", "q.1", "r.1"]);
}

#[test]
fn a_clean_merge_takes_each_change_and_records_who_made_it() {
    let checklist = small_checklist();
    let base = base();
    let mut parts = contributions(&checklist, &base);
    let mut mps = parts.remove(MPS).unwrap();
    let mut cert = parts.remove("National CERT").unwrap();
    edit(
        &checklist,
        &mut mps,
        Edit::SetNote {
            item: "p.1".into(),
            text: "Decree signed".into(),
        },
    );
    edit(
        &checklist,
        &mut cert,
        Edit::SetLevel {
            item: "p.2".into(),
            level: Some(2),
        },
    );
    edit(
        &checklist,
        &mut cert,
        Edit::SetFlagged {
            item: "p.2".into(),
            value: false,
        },
    );
    let outcome = merge(
        &checklist,
        &base,
        &[("mps.json".into(), mps), ("cert.json".into(), cert)],
        datetime!(2026-12-02 09:00 UTC),
    )
    .unwrap();
    assert_eq!(outcome.taken, 3, "note of p.1, level and flag of p.2");
    assert!(outcome.conflicts.is_empty());
    let merged = &outcome.session;
    assert_eq!(
        merged.answer("p.1").unwrap().note.as_deref(),
        Some("Decree signed")
    );
    assert_eq!(
        merged.answer("p.1").unwrap().changed_by.as_deref(),
        Some(MPS)
    );
    assert_eq!(merged.answer("p.2").unwrap().level, Some(2));
    assert!(!merged.answer("p.2").unwrap().flagged);
    // Unrelated items stay as they were.
    assert_eq!(merged.answer("q.2"), base.answer("q.2"));
    assert_eq!(merged.answer("p.3"), base.answer("p.3"));
    assert_eq!(merged.merged.len(), 2);
}

#[test]
fn the_same_change_from_two_contributions_is_taken_once_and_different_ones_conflict() {
    let checklist = small_checklist();
    let mut base = base();
    // Both agencies own p.1 in two rounds of the same split: simulate with two copies.
    let parts = contributions(&checklist, &base);
    let mut first = parts[MPS].clone();
    let mut second = parts[MPS].clone();
    second.contribution.as_mut().unwrap().agency = "Police".into();
    edit(
        &checklist,
        &mut first,
        Edit::SetOwner {
            item: "p.1".into(),
            text: "Police".into(),
        },
    );
    edit(
        &checklist,
        &mut second,
        Edit::SetOwner {
            item: "p.1".into(),
            text: "Police".into(),
        },
    );
    edit(
        &checklist,
        &mut first,
        Edit::SetLevel {
            item: "p.1".into(),
            level: Some(1),
        },
    );
    edit(
        &checklist,
        &mut second,
        Edit::SetNotApplicable {
            item: "p.1".into(),
            value: true,
        },
    );
    let outcome = merge(
        &checklist,
        &base,
        &[("a.json".into(), first), ("b.json".into(), second)],
        datetime!(2026-12-02 09:00 UTC),
    )
    .unwrap();
    assert_eq!(outcome.taken, 1, "the owner change, taken once");
    assert_eq!(outcome.conflicts.len(), 1);
    let conflict = &outcome.conflicts[0];
    assert_eq!(
        (conflict.item.as_str(), conflict.field.as_str()),
        ("p.1", "level")
    );
    assert_eq!(conflict.base, json!(2));
    assert_eq!(conflict.values[0].from, MPS);
    assert_eq!(conflict.values[0].value, json!(1));
    assert_eq!(conflict.values[1].from, "Police");
    assert_eq!(conflict.values[1].value, json!("na"));
    let merged = &outcome.session;
    assert_eq!(
        merged.answer("p.1").unwrap().level,
        Some(2),
        "the base value stays"
    );
    assert_eq!(
        merged.answer("p.1").unwrap().owner.as_deref(),
        Some("Police")
    );
    assert_eq!(merged.conflicts.len(), 1, "recorded in the session");

    // The coordinator settles it through the one mutation point.
    base = outcome.session;
    edit(
        &checklist,
        &mut base,
        Edit::ResolveConflict {
            item: "p.1".into(),
            field: "level".into(),
            value: json!("na"),
        },
    );
    assert!(base.conflicts.is_empty());
    assert!(base.answer("p.1").unwrap().not_applicable);
}

#[test]
fn a_change_the_coordinator_made_after_handing_out_is_not_overwritten_silently() {
    let checklist = small_checklist();
    let mut base = base();
    let parts = contributions(&checklist, &base);
    let mut cert = parts["National CERT"].clone();
    edit(
        &checklist,
        &mut base,
        Edit::SetNote {
            item: "p.2".into(),
            text: "Coordinator's note".into(),
        },
    );
    edit(
        &checklist,
        &mut cert,
        Edit::SetNote {
            item: "p.2".into(),
            text: "CERT's note".into(),
        },
    );
    edit(
        &checklist,
        &mut cert,
        Edit::SetLevel {
            item: "p.2".into(),
            level: Some(2),
        },
    );
    let outcome = merge(
        &checklist,
        &base,
        &[("cert.json".into(), cert)],
        datetime!(2026-12-02 09:00 UTC),
    )
    .unwrap();
    assert_eq!(outcome.taken, 1, "the level");
    assert_eq!(
        outcome.conflicts.len(),
        1,
        "the note: CERT against the coordinator"
    );
    assert_eq!(outcome.conflicts[0].values.len(), 2);
    assert_eq!(
        outcome.session.answer("p.2").unwrap().note.as_deref(),
        Some("Coordinator's note")
    );
}

#[test]
fn a_contribution_merged_twice_from_another_session_or_checklist_is_refused() {
    let checklist = small_checklist();
    let base = base();
    let parts = contributions(&checklist, &base);
    let mps = parts[MPS].clone();
    let at = datetime!(2026-12-02 09:00 UTC);
    let once = merge(&checklist, &base, &[("mps.json".into(), mps.clone())], at).unwrap();
    let again = merge(
        &checklist,
        &once.session,
        &[("mps.json".into(), mps.clone())],
        at,
    );
    assert!(
        matches!(again, Err(MergeError::AlreadyMerged { .. })),
        "{again:?}"
    );
    let twice = merge(
        &checklist,
        &base,
        &[("a".into(), mps.clone()), ("b".into(), mps.clone())],
        at,
    );
    assert!(matches!(twice, Err(MergeError::GivenTwice { .. })));

    let mut other_base = base.clone();
    other_base.id = Some("another".into());
    let other = merge(
        &checklist,
        &other_base,
        &[("mps.json".into(), mps.clone())],
        at,
    );
    assert!(matches!(other, Err(MergeError::OtherSession { .. })));

    let mut old_version = mps.clone();
    old_version.checklist.version = "1".into();
    let version = merge(&checklist, &base, &[("old.json".into(), old_version)], at);
    let err = version.unwrap_err();
    assert!(err.to_string().contains("old.json"), "{err}");
    assert!(matches!(err, MergeError::OtherChecklist { .. }));

    let plain = merge(
        &checklist,
        &base,
        &[("plain.json".into(), base.clone())],
        at,
    );
    assert!(matches!(plain, Err(MergeError::NotAContribution { .. })));
}

/// A later checklist version: p.3 removed, s.1 added (in norm r).
fn next_version() -> Checklist {
    let mut value: serde_json::Value =
        serde_json::from_slice(&common::fixture_bytes("small-checklist.json")).unwrap();
    value["version"] = json!("3");
    value["norms"][0]["items"].as_array_mut().unwrap().remove(2);
    value["norms"][2]["items"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "s.1", "text": "A new action"}));
    normcheck::checklist::parse_checklist(&serde_json::to_vec(&value).unwrap()).unwrap()
}

#[test]
fn comparing_lists_every_kind_of_change_with_hand_checked_scores() {
    let old_checklist = small_checklist();
    let new_checklist = next_version();
    let old = small_session();
    let mut new = small_session();
    new.checklist.version = "3".into();
    new.answers.remove("p.3");
    new.answers.get_mut("p.2").unwrap().level = Some(2); // improved 1 → 2
    new.answers.get_mut("p.1").unwrap().level = Some(0); // regressed 2 → 0
    let q1 = new.answers.get_mut("q.1").unwrap(); // changed na → 1
    q1.not_applicable = false;
    q1.level = Some(1);
    new.answers.insert(
        "s.1".into(),
        serde_json::from_value(json!({"level": 2})).unwrap(),
    );

    let c = compare(&old_checklist, &old, &new_checklist, &new);
    let kinds: Vec<(&str, Change)> = c.items.iter().map(|i| (i.id.as_str(), i.change)).collect();
    assert_eq!(
        kinds,
        [
            ("p.1", Change::Regressed),
            ("p.2", Change::Improved),
            ("q.1", Change::Changed),
            ("s.1", Change::Added),
            ("p.3", Change::Removed),
        ]
    );
    let q1 = &c.items[2];
    assert_eq!((q1.old.clone(), q1.new.clone()), (json!("na"), json!(1)));

    // Norm P, old: (1×1 + 3×0.5 + 1×0) / 5 = 50.  New (p.3 gone): (1×0 + 3×1) / 4 = 75.
    let p = &c.norms[0];
    assert_eq!(p.id, "p");
    assert_eq!(
        (p.delta.old, p.delta.new, p.delta.delta),
        (Some(50.0), Some(75.0), Some(25.0))
    );
    // Norm Q, old: q.1 N/A, q.2 at 0 → 0.  New: (2×0.5 + 1×0) / 3 = 33.3…
    let q = &c.norms[1];
    assert_eq!(q.delta.old, Some(0.0));
    assert!((q.delta.new.unwrap() - 100.0 / 3.0).abs() < 1e-9);
    // Norm R, old: r.1 N/A only → no score.  New: s.1 at 2 → 100; no delta without an old score.
    let r = &c.norms[2];
    assert_eq!(
        (r.delta.old, r.delta.new, r.delta.delta),
        (None, Some(100.0), None)
    );
    // Overall = mean of the norm scores: old (50 + 0) / 2 = 25; new (75 + 33.3 + 100) / 3.
    assert_eq!(c.overall.old, Some(25.0));
    assert!((c.overall.new.unwrap() - (75.0 + 100.0 / 3.0 + 100.0) / 3.0).abs() < 1e-9);
}

#[test]
fn a_trend_is_ordered_by_reporting_period_whatever_the_argument_order() {
    let checklist = small_checklist();
    let mut y2024 = small_session();
    y2024.meta.reporting_period = Some("2024".into());
    y2024.answers.get_mut("p.2").unwrap().level = Some(0);
    let mut y2026 = small_session();
    y2026.meta.reporting_period = Some("2026".into());
    let mut y2025 = small_session();
    y2025.meta.reporting_period = Some("2025".into());
    y2025.meta.updated = Some(datetime!(2020-01-01 00:00 UTC)); // an old stamp does not reorder
    let points = trend(&[
        (&checklist, &y2026),
        (&checklist, &y2024),
        (&checklist, &y2025),
    ]);
    let labels: Vec<&str> = points.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["2024", "2025", "2026"]);
    // Norm P in 2024: (1×1 + 0 + 0) / 5 = 20; in 2026: 50.
    assert_eq!(points[0].norms[0], ("p".to_owned(), Some(20.0)));
    assert_eq!(points[2].norms[0], ("p".to_owned(), Some(50.0)));

    // Without periods on every one, the update date orders them.
    y2024.meta.reporting_period = None;
    y2024.meta.updated = Some(datetime!(2027-01-01 00:00 UTC));
    let points = trend(&[(&checklist, &y2024), (&checklist, &y2025)]);
    assert_eq!(points[0].label, "2020-01-01");
    assert_eq!(points[1].label, "2027-01-01");
}
