//! The headless commands, run through the built binary as a user would.

mod common;

use std::path::Path;
use std::process::Output;

use common::{arg, fixture, run_normcheck, text};

fn normcheck(args: &[&str]) -> Output {
    run_normcheck(args, &[])
}

#[test]
fn validate_accepts_the_shipped_checklists_and_a_good_session() {
    let builtin = Path::new(env!("CARGO_MANIFEST_DIR")).join("checklists/nic-reference.json");
    let out = normcheck(&["validate", arg(&builtin)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("valid checklist"));

    let checklist = fixture("small-checklist.json");
    let session = fixture("small-session.json");
    let out = normcheck(&["validate", "--checklist", arg(&checklist), arg(&session)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("5 of 6 items answered"));
    let warnings = text(&out.stderr);
    assert!(
        warnings.contains("zz.9") && warnings.contains("warning"),
        "{warnings}"
    );
}

#[test]
fn validate_lists_every_problem_and_exits_one() {
    let bad = fixture("checklist-invalid.json");
    let out = normcheck(&["validate", arg(&bad)]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.lines().count() >= 10, "{stderr}");
    assert!(stderr.lines().all(|l| l.starts_with(arg(&bad))), "{stderr}");
}

#[test]
fn damaged_files_fail_with_one_line_naming_the_file_and_are_not_touched() {
    for name in [
        "session-truncated.json",
        "session-too-new.json",
        "session-foreign.json",
        "session-not-json.docx",
        "session-wrong-type.json",
        "session-unknown-checklist.json",
    ] {
        let path = fixture(name);
        let before = std::fs::read(&path).unwrap();
        for cmd in [&["score", arg(&path)][..], &["validate", arg(&path)][..]] {
            let out = normcheck(cmd);
            let stderr = text(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{name} {cmd:?}: {stderr}");
            assert!(stderr.contains(arg(&path)), "{name}: {stderr}");
            assert!(!stderr.contains("panicked"), "{name}: {stderr}");
            assert!(out.stdout.is_empty(), "{name}: nothing on stdout");
        }
        assert_eq!(std::fs::read(&path).unwrap(), before, "{name} unchanged");
    }
}

#[test]
fn a_session_for_an_unknown_checklist_names_the_checklist_id() {
    let out = normcheck(&["score", arg(&fixture("session-unknown-checklist.json"))]);
    let stderr = text(&out.stderr);
    assert!(stderr.contains("some-other-checklist"), "{stderr}");
    assert!(stderr.contains("--checklist"), "{stderr}");
}

#[test]
fn score_json_follows_the_checklist_order_and_rules() {
    let out = normcheck(&[
        "score",
        arg(&fixture("small-session.json")),
        "--checklist",
        arg(&fixture("small-checklist.json")),
        "--json",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["overall"]["score"], 25.0);
    assert_eq!(json["overall"]["band"], "Low");
    let norms = json["norms"].as_array().unwrap();
    assert_eq!(norms[0]["id"], "p");
    assert_eq!(norms[0]["score"], 50.0);
    assert_eq!(norms[2]["score"], serde_json::Value::Null);
    let areas = json["focus_areas"].as_array().unwrap();
    assert_eq!(areas[1]["score"], 37.5);
    assert_eq!(areas[2]["id"], "unused");
    assert_eq!(areas[2]["completion"], serde_json::Value::Null);
}

#[test]
fn score_prints_a_readable_table() {
    let out = normcheck(&[
        "score",
        arg(&fixture("small-session.json")),
        "--checklist",
        arg(&fixture("small-checklist.json")),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    assert!(table.contains("Viet Nam"), "{table}");
    let norm_p = table.lines().find(|l| l.starts_with("(p) Norm P")).unwrap();
    assert!(norm_p.contains("50.0") && norm_p.contains("Middle") && norm_p.contains("67%"));
    assert!(table.contains("5 of 6 items answered"), "{table}");
}

#[test]
fn new_creates_an_empty_session_that_scores_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vn.json");
    let out = normcheck(&["new", "--member-state", "Viet Nam", "-o", arg(&path)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let session = normcheck::files::load_session(&path).unwrap();
    assert_eq!(session.meta.member_state.as_deref(), Some("Viet Nam"));
    assert_eq!(session.meta.classification.as_deref(), Some("TLP:AMBER"));
    assert_eq!(session.checklist.id, "normcheck-nic-reference");

    let out = normcheck(&["score", arg(&path), "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));

    let before = std::fs::read(&path).unwrap();
    let again = normcheck(&["new", "--member-state", "Thailand", "-o", arg(&path)]);
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again.stderr).contains("already exists"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn usage_errors_exit_two() {
    assert_eq!(normcheck(&["score"]).status.code(), Some(2));
    assert_eq!(normcheck(&["frobnicate", "x"]).status.code(), Some(2));
}

#[test]
fn a_missing_file_is_named_in_the_error() {
    let out = normcheck(&["score", "/nonexistent/s.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("/nonexistent/s.json"));
}

#[test]
fn the_apps_graphics_probe_is_a_hidden_command_that_answers_in_one_line() {
    // The window's start asks a child `normcheck probe-graphics dx12` whether Direct3D 12 can
    // make a device; an unknown interface is refused, not a crash, and users never see it.
    let out = common::run_normcheck(&["probe-graphics", "nonsense"], &[]);
    assert_eq!(out.status.code(), Some(1));
    let said = common::text(&out.stderr);
    assert!(said.contains("unknown graphics interface"), "{said}");
    let help = common::run_normcheck(&["--help"], &[]);
    assert!(!common::text(&help.stdout).contains("probe-graphics"));
}
