//! Session files: round trips, every kind of damaged file refused with its path, nothing lost.

mod common;

use common::{fixture, fixture_bytes, small_checklist, small_session};
use normcheck::files::{
    OpenError, OpenOptions, Opened, load_session, open_assessment, save_session,
};
use normcheck::format::document::DocumentError;
use normcheck::session::{Edit, check_session, timestamp_now};

/// A fixture session opened through the door with the small checklist's file.
fn open_fixture(name: &str) -> Result<Opened, OpenError> {
    let checklist = fixture("small-checklist.json");
    let options = OpenOptions {
        checklist: Some(&checklist),
        ..OpenOptions::default()
    };
    open_assessment(&fixture(name), options)
}

fn load_error(name: &str) -> String {
    let err = load_session(&fixture(name)).expect_err("the file must be refused");
    let message = err.to_string();
    assert!(
        message.starts_with(&fixture(name).display().to_string()),
        "the message names the file: {message}"
    );
    message
}

#[test]
fn save_load_save_is_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.json");
    let second = dir.path().join("second.json");
    save_session(&first, &small_session()).unwrap();
    let reloaded = load_session(&first).unwrap();
    assert_eq!(reloaded, small_session());
    save_session(&second, &reloaded).unwrap();
    assert_eq!(
        std::fs::read(&first).unwrap(),
        std::fs::read(&second).unwrap()
    );
}

#[test]
fn answers_for_unknown_items_survive_load_and_save_and_are_reported_as_warnings() {
    let session = small_session();
    let orphan = session.answers.get("zz.9").cloned().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    save_session(&path, &session).unwrap();
    let reparsed = load_session(&path).unwrap();
    assert_eq!(reparsed.answers.get("zz.9"), Some(&orphan));
    let problems = check_session(&reparsed, &small_checklist());
    let orphan_warning = problems
        .iter()
        .find(|p| p.path.contains("zz.9"))
        .expect("a warning for the orphan answer");
    assert!(!orphan_warning.is_error());
    assert!(!problems.iter().any(|p| p.is_error()), "{problems:?}");
}

#[test]
fn edits_survive_a_save_and_reload() {
    let checklist = small_checklist();
    let mut session = small_session();
    let edits = [
        Edit::SetNote {
            item: "p.3".into(),
            text: "ยังไม่ได้เริ่ม — ghi chú tiếng Việt".into(),
        },
        Edit::SetLevel {
            item: "p.3".into(),
            level: Some(1),
        },
    ];
    for edit in edits {
        session.apply(&checklist, edit, timestamp_now()).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    save_session(&path, &session).unwrap();
    assert_eq!(load_session(&path).unwrap(), session);
}

#[test]
fn a_truncated_file_is_refused_as_incomplete() {
    let message = load_error("session-truncated.json");
    assert!(message.contains("ends too early"), "{message}");
}

#[test]
fn a_file_from_a_newer_normcheck_is_refused_with_advice_to_update() {
    let message = load_error("session-too-new.json");
    assert!(message.contains("newer version of normcheck"), "{message}");
    assert!(message.contains('7'), "{message}");
}

#[test]
fn a_foreign_json_file_is_refused_as_not_a_session() {
    let message = load_error("session-foreign.json");
    assert!(message.contains("not a normcheck session"), "{message}");
}

#[test]
fn a_checklist_opened_as_a_session_says_what_it_is() {
    let message = load_error("small-checklist.json");
    assert!(
        message.contains("it is a normcheck checklist file"),
        "{message}"
    );
}

#[test]
fn a_binary_file_is_refused_as_not_json() {
    let message = load_error("session-not-json.docx");
    assert!(message.contains("not valid JSON"), "{message}");
}

#[test]
fn wrong_types_unknown_fields_and_bad_dates_name_their_json_path() {
    for (name, path, what) in [
        ("session-wrong-type.json", "answers.p.1.flagged", "boolean"),
        ("session-unknown-field.json", "answers.p.2", "colour"),
        (
            "session-bad-date.json",
            "answers.p.2.target_date",
            "YYYY-MM-DD",
        ),
    ] {
        let message = load_error(name);
        assert!(message.contains(path), "{name}: {message}");
        assert!(message.contains(what), "{name}: {message}");
    }
}

#[test]
fn not_applicable_together_with_a_level_is_refused() {
    let message = load_error("session-na-with-level.json");
    assert!(message.contains("q.1"), "{message}");
    assert!(message.contains("not applicable"), "{message}");
}

#[test]
fn a_level_that_is_not_on_the_scale_is_an_error_against_the_checklist() {
    let Err(OpenError::Mismatch { problems, .. }) = open_fixture("session-level-off-scale.json")
    else {
        panic!("a level off the scale refuses the file");
    };
    let errors: Vec<_> = problems.iter().filter(|p| p.is_error()).collect();
    assert_eq!(errors.len(), 1, "{problems:?}");
    assert!(errors[0].path.contains("p.1"));
    assert!(errors[0].message.to_string().contains("not a level"));
}

#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(normcheck::files::MAX_FILE_BYTES + 1).unwrap();
    let message = load_session(&path).unwrap_err().to_string();
    assert!(message.contains("larger than"), "{message}");
}

#[test]
fn a_failed_save_leaves_the_previous_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    save_session(&path, &small_session()).unwrap();
    let before = std::fs::read(&path).unwrap();
    // Make the folder read-only so the temporary file cannot be created (root ignores this,
    // so also check the rename path with a target that is a folder).
    let blocked = dir.path().join("folder.json");
    std::fs::create_dir(&blocked).unwrap();
    std::fs::write(blocked.join("x"), b"x").unwrap();
    let err = save_session(&blocked, &small_session()).unwrap_err();
    assert!(err.to_string().contains("folder.json"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 2, "no temporary file left behind");
}

#[test]
fn errors_are_of_the_expected_kind() {
    let Err(OpenError::Session(too_new)) = open_fixture("session-too-new.json") else {
        panic!("a file from a newer normcheck is refused");
    };
    assert!(matches!(
        too_new.source,
        DocumentError::TooNew {
            found: 7,
            supported: normcheck::session::SESSION_FORMAT_VERSION,
            ..
        }
    ));
}

/// Every older format version still opens: a frozen file per version, read with today's code.
#[test]
fn a_frozen_version_1_file_opens_with_its_answers_and_a_stable_id() {
    let v1 = fixture_bytes("session-v1.json");
    let raw: serde_json::Value = serde_json::from_slice(&v1).unwrap();
    assert_eq!(
        raw["format_version"], 1,
        "the fixture stays frozen at version 1"
    );
    let session = open_fixture("session-v1.json").unwrap().session;
    assert_eq!(
        session.format_version,
        normcheck::session::SESSION_FORMAT_VERSION
    );
    assert_eq!(
        session.answers.len(),
        raw["answers"].as_object().unwrap().len()
    );
    assert_eq!(
        session.answer("p.1").and_then(|a| a.level),
        raw["answers"]["p.1"]["level"].as_i64()
    );
    let id = session.id.clone().unwrap();
    assert!(id.starts_with("v1-"), "{id}");
    assert_eq!(
        open_fixture("session-v1.json").unwrap().session.id,
        Some(id),
        "the same id every time"
    );
}

#[test]
fn a_frozen_version_2_file_keeps_its_provenance_merges_and_conflicts() {
    let session = open_fixture("session-v2.json").unwrap().session;
    assert_eq!(
        session.id.as_deref(),
        Some("5f0c1a2b3c4d5e6f708192a3b4c5d6e7")
    );
    let p1 = session.answer("p.1").unwrap();
    assert_eq!(
        p1.changed_by.as_deref(),
        Some("Ministry of Public Security")
    );
    assert_eq!(session.merged.len(), 1);
    assert_eq!(session.conflicts.len(), 1);
    assert_eq!(
        session.conflicts[0].values[1].value,
        serde_json::json!("na")
    );
    let problems = check_session(&session, &small_checklist());
    assert!(!problems.iter().any(|p| p.is_error()), "{problems:?}");
}

#[test]
fn a_frozen_version_3_file_keeps_the_support_wanted() {
    use normcheck::session::SupportKind;
    let raw: serde_json::Value = serde_json::from_slice(&fixture_bytes("session-v3.json")).unwrap();
    assert!(
        raw.get("checklist_copy").is_none(),
        "the fixture stays frozen at version 3, before sessions carried their checklist"
    );
    let opened = open_fixture("session-v3.json").unwrap();
    assert!(
        opened.checklist_copied,
        "opening gives it a copy of its checklist"
    );
    let session = opened.session;
    let support = session.answer("p.1").unwrap().support.clone().unwrap();
    assert!(support.kinds.contains(&SupportKind::Training));
    assert!(support.kinds.contains(&SupportKind::LegalDrafting));
    assert_eq!(support.note.as_deref(), Some("Drafting a cybercrime law"));
}

#[test]
fn saving_writes_the_current_format_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    save_session(&path, &open_fixture("session-v1.json").unwrap().session).unwrap();
    let raw: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(
        raw["format_version"],
        normcheck::session::SESSION_FORMAT_VERSION
    );
    assert!(raw["id"].as_str().is_some());
}

#[test]
fn a_session_that_opening_would_refuse_is_never_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    let mut session = small_session();
    session.answers.get_mut("p.1").unwrap().level = Some(99);
    let err = save_session(&path, &session).unwrap_err();
    assert!(
        matches!(err, normcheck::files::SaveError::Unfit { .. }),
        "{err}"
    );
    assert!(err.to_string().contains("99 is not a level"), "{err}");
    assert!(!path.exists(), "nothing was written");
}
