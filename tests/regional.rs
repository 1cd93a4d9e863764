//! `normcheck aggregate`: the regional figures, checked by hand against five States'
//! assessments of the small test checklist (levels 0–2; bands Low < 40 ≤ Middle < 80 ≤ High).
//!
//! The five counted States and their scores (norm P weights 1, 3, 1; Q weights 2, 1; R one
//! item; focus area x = p.1, p.3, q.1 (weight 2); y = p.2 (weight 3), p.3, r.1):
//!
//! | State     | P   | Q     | R   | overall | x  | y  |
//! |-----------|-----|-------|-----|---------|----|----|
//! | Brunei    | 100 | 100   | 100 | 100     | 100| 100|
//! | Cambodia  | 30  | 50    | 0   | 26.67   | 25 | 30 |
//! | Indonesia | 50  | 66.67 | N/A | 58.33   | 75 | 50 |
//! | Lao PDR   | 40  | 0     | 50  | 30      | 50 | 30 |
//! | Malaysia  | 80  | N/A   | 100 | 90      | 50 | 90 |
//!
//! Malaysia also has an older file (everything 0) that must not count.

mod common;

use std::path::{Path, PathBuf};

use common::{arg, fixture, run_normcheck, text};
use serde_json::{Value, json};

/// Writes one State's session for the small checklist into `dir`.
fn write_session(
    dir: &Path,
    file: &str,
    state: Option<&str>,
    updated: &str,
    answers: Value,
) -> PathBuf {
    write_session_for(dir, file, state, updated, answers, ("test-small", "2"))
}

fn write_session_for(
    dir: &Path,
    file: &str,
    state: Option<&str>,
    updated: &str,
    answers: Value,
    (id, version): (&str, &str),
) -> PathBuf {
    let mut meta = json!({ "updated": updated, "classification": "TLP:GREEN" });
    if let Some(s) = state {
        meta["member_state"] = json!(s);
    }
    let session = json!({
        "format": "normcheck-session",
        "format_version": 4,
        "checklist": {"id": id, "version": version},
        "meta": meta,
        "answers": answers,
    });
    let path = dir.join(file);
    std::fs::write(&path, serde_json::to_vec_pretty(&session).unwrap()).unwrap();
    path
}

fn levels(p: [i64; 3], q: [Option<i64>; 2], r: Option<i64>) -> Value {
    let mut a = json!({
        "p.1": {"level": p[0]}, "p.2": {"level": p[1]}, "p.3": {"level": p[2]},
    });
    for (id, v) in [("q.1", q[0]), ("q.2", q[1]), ("r.1", r)] {
        a[id] = match v {
            Some(l) => json!({"level": l}),
            None => json!({"not_applicable": true, "justification": "n/a here"}),
        };
    }
    a
}

fn with_support(mut answers: Value, item: &str, kinds: &[&str]) -> Value {
    answers[item]["support"] = json!({"kinds": kinds});
    answers
}

/// The five States (and Malaysia's older file) of the module docs; returns every file.
fn five_states(dir: &Path) -> Vec<PathBuf> {
    let b = with_support(
        with_support(
            levels([0, 1, 0], [Some(1), Some(1)], Some(0)),
            "p.1",
            &["training", "funding"],
        ),
        "q.1",
        &["training"],
    );
    let c = with_support(
        levels([1, 1, 1], [Some(2), Some(0)], None),
        "p.2",
        &["training"],
    );
    let d = with_support(
        levels([2, 0, 2], [Some(0), Some(0)], Some(1)),
        "p.3",
        &["training", "legal_drafting"],
    );
    let e = with_support(
        levels([1, 2, 1], [None, None], Some(2)),
        "r.1",
        &["equipment"],
    );
    vec![
        write_session(
            dir,
            "bn.json",
            Some("Brunei Darussalam"),
            "2026-10-01T08:00:00Z",
            levels([2, 2, 2], [Some(2), Some(2)], Some(2)),
        ),
        write_session(dir, "kh.json", Some("Cambodia"), "2026-10-02T08:00:00Z", b),
        write_session(dir, "id.json", Some("Indonesia"), "2026-10-03T08:00:00Z", c),
        write_session(dir, "la.json", Some("Lao PDR"), "2026-10-04T08:00:00Z", d),
        write_session(
            dir,
            "my-new.json",
            Some("Malaysia"),
            "2026-10-05T08:00:00Z",
            e,
        ),
        write_session(
            dir,
            "my-old.json",
            Some("  malaysia "),
            "2026-09-01T08:00:00Z",
            levels([0, 0, 0], [Some(0), Some(0)], Some(0)),
        ),
    ]
}

fn aggregate(files: &[PathBuf], extra: &[&str]) -> std::process::Output {
    let checklist = fixture("small-checklist.json");
    let mut args = vec!["aggregate", "--checklist", arg(&checklist)];
    args.extend(extra);
    args.extend(files.iter().map(|f| arg(f)));
    run_normcheck(&args, &[])
}

fn aggregate_json(files: &[PathBuf], extra: &[&str]) -> Value {
    let out = aggregate(files, extra);
    assert!(out.status.success(), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn group<'a>(json: &'a Value, list: &str, id: &str) -> &'a Value {
    json[list]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["id"] == id)
        .unwrap()
}

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
fn only_the_newest_file_of_a_state_counts_and_the_older_is_listed_without_names() {
    let dir = tempfile::tempdir().unwrap();
    let files = five_states(dir.path());
    let out = aggregate(&files, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    // Had the old file (all 0) counted, P's lowest would be 0, not 30.
    assert_eq!(group(&json, "norms", "p")["min"], json!(30.0));
    let superseded = json["superseded"].as_array().unwrap();
    assert_eq!(superseded.len(), 1);
    let alias = superseded[0]["state"].as_str().unwrap();
    assert!(alias.starts_with("State "), "{alias}");
    let published = text(&out.stdout);
    for name in ["Malaysia", "my-old", "my-new", "Brunei", "Cambodia"] {
        assert!(!published.contains(name), "{name} appears in:\n{published}");
    }
    assert!(json.get("members").is_none());
    // Whoever runs it is told which file was left out.
    let said = text(&out.stderr);
    assert!(
        said.contains("my-old.json") && said.contains("superseded"),
        "{said}"
    );
}

#[test]
fn named_shows_the_states_and_their_files_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let json = aggregate_json(&five_states(dir.path()), &["--named"]);
    assert_eq!(
        json["members"],
        json!([
            "Brunei Darussalam",
            "Cambodia",
            "Indonesia",
            "Lao PDR",
            "Malaysia"
        ])
    );
    let s = &json["superseded"][0];
    assert_eq!(s["state"], "Malaysia");
    assert!(s["file"].as_str().unwrap().ends_with("my-old.json"));
    assert!(s["kept"].as_str().unwrap().ends_with("my-new.json"));
    // The figures are the same regional figures, with no per-State column.
    assert_eq!(group(&json, "norms", "p")["median"], json!(50.0));
    let published = json.to_string();
    assert_eq!(published.matches("Cambodia").count(), 1, "{published}");
}

#[test]
fn aliases_follow_neither_the_names_nor_the_order_of_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = five_states(dir.path());
    let first = aggregate_json(&files, &[]);
    // Same files in another order, under other names: same aliases, same figures.
    files.reverse();
    let renamed: Vec<PathBuf> = files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let to = dir.path().join(format!("{i}-renamed.json"));
            std::fs::copy(f, &to).unwrap();
            to
        })
        .collect();
    assert_eq!(first, aggregate_json(&renamed, &[]));
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

#[test]
fn a_file_without_a_member_state_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = five_states(dir.path());
    files.push(write_session(
        dir.path(),
        "nobody.json",
        None,
        "2026-10-06T08:00:00Z",
        json!({}),
    ));
    let out = aggregate(&files, &[]);
    assert!(!out.status.success());
    let said = text(&out.stderr);
    assert!(
        said.contains("nobody.json") && said.contains("names no Member State"),
        "{said}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn mixed_checklist_versions_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let builtin = ("normcheck-nic-reference", "1.0.0");
    let older = ("normcheck-nic-reference", "0.9.0");
    let files = [
        write_session_for(
            dir.path(),
            "a.json",
            Some("A"),
            "2026-10-01T08:00:00Z",
            json!({}),
            builtin,
        ),
        write_session_for(
            dir.path(),
            "b.json",
            Some("B"),
            "2026-10-01T08:00:00Z",
            json!({}),
            builtin,
        ),
        write_session_for(
            dir.path(),
            "c.json",
            Some("C"),
            "2026-10-01T08:00:00Z",
            json!({}),
            older,
        ),
    ];
    let args: Vec<&str> = std::iter::once("aggregate")
        .chain(files.iter().map(|f| arg(f)))
        .collect();
    let out = run_normcheck(&args, &[]);
    assert!(!out.status.success());
    let said = text(&out.stderr);
    assert!(
        said.contains("c.json") && said.contains("0.9.0") && said.contains("1.0.0"),
        "{said}"
    );
}

#[test]
fn markdown_says_fewer_than_k_states_where_figures_are_withheld() {
    let dir = tempfile::tempdir().unwrap();
    let files = five_states(dir.path());
    let out = aggregate(&files, &["--format", "md", "--min-states", "5"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let md = text(&out.stdout);
    assert!(md.contains("fewer than 5 States"), "{md}");
    assert!(md.contains("## Support wanted"), "{md}");
    assert!(!md.contains("Malaysia") && !md.contains("Cambodia"), "{md}");
}

#[test]
fn the_pdf_is_written_with_the_strictest_marking() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = five_states(dir.path());
    let mut red = levels([1, 1, 1], [Some(1), Some(1)], Some(1));
    red = with_support(red, "p.1", &["other"]);
    let path = write_session(
        dir.path(),
        "ph.json",
        Some("Philippines"),
        "2026-10-07T08:00:00Z",
        red,
    );
    let mut s: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    s["meta"]["classification"] = json!("TLP:AMBER");
    std::fs::write(&path, serde_json::to_vec(&s).unwrap()).unwrap();
    files.push(path);
    let pdf = dir.path().join("regional.pdf");
    let out = aggregate(&files, &["--format", "pdf", "-o", arg(&pdf)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let doc = lopdf::Document::load(&pdf).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let all = doc.extract_text(&pages).unwrap_or_default();
    assert!(all.contains("TLP:AMBER"), "{all}");
    assert!(!all.contains("Philippines"), "a State is named in the PDF");
}
