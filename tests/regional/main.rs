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

#[path = "../common/mod.rs"]
mod common;
mod figures;
mod files;

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
