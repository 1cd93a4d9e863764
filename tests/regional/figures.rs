//! The figures and what is withheld: hand-checked over the five States of the crate docs.

use serde_json::{Value, json};

use super::*;

#[test]
fn five_states_give_the_hand_checked_figures() {
    let dir = tempfile::tempdir().unwrap();
    let json = aggregate_json(&five_states(dir.path()), &[]);
    assert_eq!(json["states"], 5);
    assert_eq!(json["min_states"], 3);
    // Norm P: 30 40 50 80 100.
    let p = group(&json, "norms", "p");
    assert_eq!(
        (&p["n"], &p["min"], &p["median"], &p["max"], &p["mean"]),
        (
            &json!(5),
            &json!(30.0),
            &json!(50.0),
            &json!(100.0),
            &json!(60.0)
        )
    );
    // Bands 1 / 2 / 2: each count is below K = 3, so each is withheld; no State is without
    // a score, and that 0 is published (it is what makes n = 5 known).
    assert_eq!(
        p["bands"],
        json!({"Low": null, "Middle": null, "High": null})
    );
    // The overall score: 26.67 30 58.33 90 100 → bands 2 / 1 / 2.
    let o = &json["overall"];
    assert_eq!(
        (&o["n"], &o["min"], &o["median"], &o["max"], &o["mean"]),
        (
            &json!(5),
            &json!(26.7),
            &json!(58.3),
            &json!(100.0),
            &json!(61.0)
        )
    );
    assert_eq!(
        o["bands"],
        json!({"Low": null, "Middle": null, "High": null})
    );
    // Focus areas: x 25 50 50 75 100, y 30 30 50 90 100; nobody has a score in "unused".
    let x = group(&json, "focus_areas", "x");
    assert_eq!(
        (&x["median"], &x["mean"], &x["min"]),
        (&json!(50.0), &json!(60.0), &json!(25.0))
    );
    let y = group(&json, "focus_areas", "y");
    assert_eq!(
        (&y["median"], &y["mean"], &y["max"]),
        (&json!(50.0), &json!(60.0), &json!(100.0))
    );
    assert_eq!(
        y["bands"],
        json!({"Low": null, "Middle": null, "High": null})
    );
    let unused = group(&json, "focus_areas", "unused");
    assert_eq!((&unused["n"], &unused["median"]), (&json!(0), &Value::Null));
    // Item p.1: levels 0 / 1 / 2 answered by 1 / 2 / 2 States, none N/A or unanswered.
    let p1 = group(&json, "items", "p.1");
    assert_eq!(p1["levels"], json!({"0": null, "1": null, "2": null}));
    assert_eq!(
        (&p1["not_applicable"], &p1["not_answered"]),
        (&json!(0), &json!(0))
    );
    // Hardest: q.2 (mean 0.375), then p.1, p.2, p.3 (0.6 each, checklist order), q.1, r.1.
    assert_eq!(
        json["hardest"],
        json!(["q.2", "p.1", "p.2", "p.3", "q.1", "r.1"])
    );
    // Support: training under P by Cambodia, Indonesia and Lao PDR; the rest are 1 State each.
    let support = json["support"].as_array().unwrap();
    let p_support = &support.iter().find(|s| s["norm"] == "p").unwrap()["kinds"];
    assert_eq!(p_support["training"], 3);
    assert_eq!(p_support["funding"], Value::Null);
    assert_eq!(p_support["legal_drafting"], Value::Null);
    assert_eq!(p_support["other"], 0);
    let r_support = &support.iter().find(|s| s["norm"] == "r").unwrap()["kinds"];
    assert_eq!(r_support["equipment"], Value::Null);
    // The strictest marking among the inputs.
    assert_eq!(json["marking"], "TLP:GREEN");
}

#[test]
fn an_even_count_has_the_mean_of_the_two_middle_scores_as_median() {
    let dir = tempfile::tempdir().unwrap();
    let json = aggregate_json(&five_states(dir.path()), &[]);
    // Norm Q: Malaysia has no score; 0 50 66.67 100 → median (50 + 66.67) / 2 = 58.3.
    let q = group(&json, "norms", "q");
    assert_eq!(
        (&q["min"], &q["median"], &q["max"], &q["mean"]),
        (&json!(0.0), &json!(58.3), &json!(100.0), &json!(54.2))
    );
    // Norm R: 0 50 100 100 → median 75.
    assert_eq!(group(&json, "norms", "r")["median"], json!(75.0));
}

#[test]
fn a_count_recoverable_by_subtraction_is_withheld_with_the_small_ones() {
    let dir = tempfile::tempdir().unwrap();
    // K = 2: only counts of 1 are small.
    let json = aggregate_json(&five_states(dir.path()), &["--min-states", "2"]);
    // Norm P: bands 1 / 2 / 2, none without a score, 5 States in all. Publishing Middle = 2
    // would give Low away (5 − 2 − 2 − 0 = 1), so the smallest other count (the first of the
    // two 2s) is withheld with it: a reader learns only that 3 States are Low or Middle.
    let p = group(&json, "norms", "p");
    assert_eq!(p["bands"], json!({"Low": null, "Middle": null, "High": 2}));
    assert_eq!(p["n"], 5);
    // The overall score: bands 2 / 1 / 2; the lone Middle takes the Low with it.
    assert_eq!(
        json["overall"]["bands"],
        json!({"Low": null, "Middle": null, "High": 2})
    );
    // Norm Q: bands 1 / 2 / 1 and one State without a score. The three 1s hold three States
    // over three counts (each would be known to be 1), so the 2 goes too; and the number of
    // States with a score (5 − 1) is withheld with the count without one.
    let q = group(&json, "norms", "q");
    assert_eq!(
        q["bands"],
        json!({"Low": null, "Middle": null, "High": null})
    );
    assert_eq!(q["n"], Value::Null);
    // Its statistics come from 4 States and stay published.
    assert_eq!(q["median"], json!(58.3));
    // Item p.1: 1 / 2 / 2 States at levels 0 / 1 / 2.
    let p1 = group(&json, "items", "p.1");
    assert_eq!(p1["levels"], json!({"0": null, "1": null, "2": 2}));
}

#[test]
fn fewer_states_than_the_threshold_show_only_their_number() {
    let dir = tempfile::tempdir().unwrap();
    let files = five_states(dir.path());
    let json = aggregate_json(&files[..2], &[]);
    assert_eq!(json["states"], 2);
    assert_eq!(json["overall"], Value::Null);
    for list in [
        "norms",
        "focus_areas",
        "items",
        "hardest",
        "support",
        "superseded",
    ] {
        assert_eq!(json[list], json!([]), "{list}");
    }
    // With K = 2 the same two States are enough.
    let json = aggregate_json(&files[..2], &["--min-states", "2"]);
    assert!(group(&json, "norms", "p")["median"].is_number());
}

#[test]
fn a_state_below_the_threshold_in_a_norm_has_its_figures_withheld() {
    let dir = tempfile::tempdir().unwrap();
    let files = five_states(dir.path());
    // With K = 5, Q and R (4 States with a score) show no statistics; P (5 States) does.
    let json = aggregate_json(&files, &["--min-states", "5"]);
    let q = group(&json, "norms", "q");
    assert_eq!(
        (&q["min"], &q["median"], &q["max"], &q["mean"]),
        (&Value::Null, &Value::Null, &Value::Null, &Value::Null)
    );
    assert_eq!(group(&json, "norms", "p")["median"], json!(50.0));
    // Training under P (3 States) is now fewer than 5.
    let support = json["support"].as_array().unwrap();
    assert_eq!(support[0]["kinds"]["training"], Value::Null);
}
