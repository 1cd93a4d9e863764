//! Assessments made with the first edition of the built-in checklist: they open, score and
//! report as they always did, and `normcheck upgrade` moves them to the reviewed edition without
//! losing an answer or touching the original file.

mod common;

use std::path::{Path, PathBuf};

use common::{arg, fixture, run_normcheck, text};
use normcheck::checklist::builtin_version;
use normcheck::files::{OpenOptions, Opened, open_assessment, save_session};
use normcheck::session::{Answer, Meta, Session};

const ID: &str = "normcheck-nic-reference";

fn open(path: &Path) -> Opened {
    open_assessment(
        path,
        OpenOptions {
            checklist: None,
            passphrase: None,
            use_checklist_file: false,
        },
    )
    .unwrap()
}

fn answer(level: i64, note: &str) -> Answer {
    Answer {
        level: Some(level),
        note: (!note.is_empty()).then(|| note.to_owned()),
        ..Answer::default()
    }
}

/// A first-edition session answering a kept item, both sides of one merged pair, one side of
/// the other pair and the removed item.
fn first_edition_session(dir: &Path) -> PathBuf {
    let checklist = builtin_version(ID, "1.0.0").unwrap();
    let meta = Meta {
        member_state: Some("Cambodia".into()),
        ..Meta::default()
    };
    let mut session = Session::new(&checklist, meta);
    for (id, level, note) in [
        ("a.1", 3, "Committee meets quarterly"),
        ("c.5", 3, "Requests go through the foreign ministry"),
        ("h.7", 1, "No written procedure yet"),
        ("f.3", 2, "Draft guidelines"),
        ("a.8", 4, "Reviewed in 2025"),
    ] {
        session.answers.insert(id.into(), answer(level, note));
    }
    let path = dir.join("first edition.json");
    save_session(&path, &session).unwrap();
    path
}

fn upgrade(args: &[&str]) -> std::process::Output {
    let mut all = vec!["upgrade"];
    all.extend_from_slice(args);
    run_normcheck(&all, &[])
}

#[test]
fn a_session_made_with_the_first_edition_opens_and_scores_exactly_as_before() {
    let session = fixture("session-nic-1.0.0.json");
    let opened = open(&session);
    assert_eq!(opened.checklist.version, "1.0.0");
    assert_eq!(opened.checklist.items().count(), 82);
    assert!(opened.warnings.is_empty(), "{:?}", opened.warnings);
    let scores = run_normcheck(&["score", "--json", arg(&session)], &[]);
    assert!(scores.status.success(), "{}", text(&scores.stderr));
    let now: serde_json::Value = serde_json::from_slice(&scores.stdout).unwrap();
    let before: serde_json::Value =
        serde_json::from_slice(&common::fixture_bytes("session-nic-1.0.0.scores.json")).unwrap();
    assert_eq!(now, before, "scores of a 1.0.0 session changed");
}

#[test]
fn the_report_of_a_first_edition_session_names_that_edition() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.md");
    let session = fixture("session-nic-1.0.0.json");
    let result = run_normcheck(
        &["report", arg(&session), "-o", arg(&out), "--format", "md"],
        &[],
    );
    assert!(result.status.success(), "{}", text(&result.stderr));
    let report = std::fs::read_to_string(&out).unwrap();
    assert!(
        report.contains("1.0.0"),
        "the report names its checklist version"
    );
    assert!(!report.contains("2.0.0"));
    assert!(
        report.contains("Report vulnerabilities responsibly"),
        "1.0.0 wording"
    );
}

#[test]
fn upgrade_carries_answers_combines_merged_pairs_and_lists_what_was_removed() {
    let dir = tempfile::tempdir().unwrap();
    let input = first_edition_session(dir.path());
    let before = std::fs::read(&input).unwrap();
    let output = dir.path().join("moved.json");
    let result = upgrade(&[arg(&input), "-o", arg(&output)]);
    assert!(result.status.success(), "{}", text(&result.stderr));
    assert_eq!(
        std::fs::read(&input).unwrap(),
        before,
        "the input is never changed"
    );

    let moved = open(&output);
    assert_eq!(moved.checklist.version, "2.0.0");
    assert_eq!(moved.session.checklist.version, "2.0.0");
    let a = |id: &str| moved.session.answers.get(id).cloned();
    assert_eq!(a("a.1"), Some(answer(3, "Committee meets quarterly")));
    let c5 = a("c.5").unwrap();
    assert_eq!(
        c5.level,
        Some(1),
        "the lower level of a pair answered on both sides"
    );
    assert_eq!(
        c5.note.as_deref(),
        Some("c.5: Requests go through the foreign ministry\n\nh.7: No written procedure yet")
    );
    let f2 = a("f.2").unwrap();
    assert_eq!(
        (f2.level, f2.note.as_deref()),
        (Some(2), Some("f.3: Draft guidelines"))
    );
    for gone in ["h.7", "f.3", "a.8"] {
        assert_eq!(a(gone), None, "{gone} is not an item of 2.0.0");
    }
    for new in ["a.9", "c.8", "d.9", "d.10", "d.11"] {
        assert_eq!(a(new), None, "{new} starts unanswered");
    }
    let said = text(&result.stdout);
    assert!(
        said.contains("h.7 merged into c.5: both were answered"),
        "{said}"
    );
    assert!(said.contains("a.8 was removed"), "{said}");
    assert!(said.contains("a.9, c.8, d.9, d.10, d.11"), "{said}");
}

#[test]
fn the_report_of_a_moved_session_names_the_new_edition() {
    let dir = tempfile::tempdir().unwrap();
    let input = first_edition_session(dir.path());
    let output = dir.path().join("moved.json");
    assert!(upgrade(&[arg(&input), "-o", arg(&output)]).status.success());
    let report = dir.path().join("moved.md");
    let result = run_normcheck(
        &["report", arg(&output), "-o", arg(&report), "--format", "md"],
        &[],
    );
    assert!(result.status.success(), "{}", text(&result.stderr));
    let report = std::fs::read_to_string(&report).unwrap();
    assert!(report.contains("2.0.0"), "{report}");
}

#[test]
fn upgrade_refuses_its_own_input_an_existing_output_and_a_session_already_current() {
    let dir = tempfile::tempdir().unwrap();
    let input = first_edition_session(dir.path());
    let before = std::fs::read(&input).unwrap();
    let onto_itself = upgrade(&[arg(&input), "-o", arg(&input)]);
    assert_eq!(onto_itself.status.code(), Some(1));
    assert_eq!(std::fs::read(&input).unwrap(), before);

    let output = dir.path().join("moved.json");
    assert!(upgrade(&[arg(&input), "-o", arg(&output)]).status.success());
    let again = upgrade(&[arg(&input), "-o", arg(&output)]);
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again.stderr).contains("already exists"));

    let current = upgrade(&[arg(&output), "-o", arg(&dir.path().join("x.json"))]);
    assert_eq!(current.status.code(), Some(1));
    let message = text(&current.stderr);
    assert!(
        message.contains("moved.json") && message.contains("from version 2.0.0"),
        "{message}"
    );
    assert!(!dir.path().join("x.json").exists());

    let backwards = upgrade(&[
        arg(&input),
        "-o",
        arg(&dir.path().join("y.json")),
        "--to",
        "0.9",
    ]);
    assert_eq!(backwards.status.code(), Some(1));
}

#[test]
fn a_protected_session_stays_protected_with_the_same_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let input = first_edition_session(dir.path());
    let pass = dir.path().join("pass.txt");
    std::fs::write(&pass, "ບົດລາຍງານ 2026\n").unwrap();
    let protected = dir.path().join("first.normcheck.age");
    let with_pass = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend_from_slice(&["--passphrase-file", arg(&pass)]);
        run_normcheck(&all, &[])
    };
    assert!(
        with_pass(&["protect", arg(&input), "-o", arg(&protected)])
            .status
            .success()
    );
    let output = dir.path().join("moved.normcheck.age");
    let result = with_pass(&["upgrade", arg(&protected), "-o", arg(&output)]);
    assert!(result.status.success(), "{}", text(&result.stderr));
    assert!(
        std::fs::read(&output)
            .unwrap()
            .starts_with(b"age-encryption.org/v1")
    );
    let scores = with_pass(&["score", "--json", arg(&output)]);
    assert!(scores.status.success(), "{}", text(&scores.stderr));
    let no_pass = run_normcheck(&["score", arg(&output)], &[]);
    assert!(
        !no_pass.status.success(),
        "the moved copy needs the passphrase"
    );
}

#[test]
fn a_new_session_uses_the_reviewed_edition() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.json");
    let result = run_normcheck(
        &["new", "--member-state", "Thailand", "-o", arg(&path)],
        &[],
    );
    assert!(result.status.success(), "{}", text(&result.stderr));
    let opened = open(&path);
    assert_eq!(opened.session.checklist.version, "2.0.0");
    assert_eq!(opened.checklist.items().count(), 84);
}
