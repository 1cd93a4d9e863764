//! Sessions carry their checklist: made or opened with a checklist that is not built in, the
//! session keeps a copy, opens without the file, and a differing file does not silently win.

mod common;

use std::path::{Path, PathBuf};

use common::{arg, fixture, run_normcheck, text};
use normcheck::checklist::builtin;
use normcheck::files::{OpenError, OpenOptions, load_session, open_assessment, save_session};
use normcheck::session::{Meta, Session};

/// A copy of the small checklist in `dir`, with `change` applied to its JSON.
fn checklist_file(dir: &Path, name: &str, change: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("small-checklist.json")).unwrap()).unwrap();
    change(&mut json);
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_vec_pretty(&json).unwrap()).unwrap();
    path
}

/// `normcheck new` with the checklist file, which is then deleted.
fn session_made_with_a_checklist_file(dir: &Path) -> PathBuf {
    let checklist = checklist_file(dir, "national.json", |_| {});
    let session = dir.join("s.json");
    let out = run_normcheck(
        &[
            "new",
            "--member-state",
            "Lao PDR",
            "--checklist",
            arg(&checklist),
            "-o",
            arg(&session),
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    std::fs::remove_file(&checklist).unwrap();
    session
}

#[test]
fn a_session_made_with_a_checklist_file_opens_after_the_file_is_gone() {
    let dir = tempfile::tempdir().unwrap();
    let session = session_made_with_a_checklist_file(dir.path());
    let out = run_normcheck(&["score", arg(&session)], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Small test checklist"));
    let out = run_normcheck(&["validate", arg(&session)], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("0 of 6 items answered"));
}

#[test]
fn a_session_made_with_the_builtin_checklist_carries_no_copy() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("s.json");
    let out = run_normcheck(
        &[
            "new",
            "--member-state",
            "Brunei Darussalam",
            "-o",
            arg(&session),
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(load_session(&session).unwrap().checklist_copy.is_none());
}

#[test]
fn an_older_session_opened_with_its_checklist_file_keeps_a_copy_when_written_again() {
    let dir = tempfile::tempdir().unwrap();
    let checklist = fixture("small-checklist.json");
    let opened = open_assessment(
        &fixture("small-session.json"),
        OpenOptions {
            checklist: Some(&checklist),
            ..OpenOptions::default()
        },
    )
    .unwrap();
    assert!(opened.checklist_copied);
    let copy = opened.session.checklist_copy.as_deref().unwrap();
    assert_eq!(copy, &*opened.checklist);

    // A command that writes sessions out (here: split) writes the copy too.
    let base = dir.path().join("base.json");
    save_session(&base, &common::small_session()).unwrap();
    let split_dir = dir.path().join("parts");
    std::fs::create_dir(&split_dir).unwrap();
    let out = run_normcheck(
        &[
            "split",
            arg(&base),
            "--checklist",
            arg(&checklist),
            "-d",
            arg(&split_dir),
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let part = std::fs::read_dir(&split_dir)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    assert!(load_session(&part).unwrap().checklist_copy.is_some());
}

#[test]
fn a_differing_checklist_file_of_the_same_version_gives_way_to_the_saved_copy() {
    let dir = tempfile::tempdir().unwrap();
    let session = session_made_with_a_checklist_file(dir.path());
    let changed = checklist_file(dir.path(), "changed.json", |json| {
        json["norms"][0]["items"][0]["text"] = "Do the first thing, reworded".into();
    });
    let report = |extra: &[&str]| {
        let out_path = dir.path().join("r.md");
        let mut args = vec![
            "report",
            arg(&session),
            "--checklist",
            arg(&changed),
            "--format",
            "md",
            "--force",
            "-o",
            arg(&out_path),
        ];
        args.extend_from_slice(extra);
        let out = run_normcheck(&args, &[]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        (
            std::fs::read_to_string(&out_path).unwrap(),
            text(&out.stderr),
        )
    };

    let (md, stderr) = report(&[]);
    assert!(!md.contains("reworded"), "the saved copy is used");
    assert!(
        stderr.contains("differs from the copy") && stderr.contains("--use-checklist-file"),
        "{stderr}"
    );

    let (md, stderr) = report(&["--use-checklist-file"]);
    assert!(md.contains("reworded"), "the file wins when chosen");
    assert!(!stderr.contains("differs"), "{stderr}");
}

#[test]
fn a_checklist_file_of_another_version_is_used_as_given() {
    let dir = tempfile::tempdir().unwrap();
    let session = session_made_with_a_checklist_file(dir.path());
    let newer = checklist_file(dir.path(), "v3.json", |json| {
        json["version"] = "3".into();
        json["title"] = "Small test checklist, third edition".into();
    });
    let out = run_normcheck(&["score", arg(&session), "--checklist", arg(&newer)], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("third edition"));
}

#[test]
fn a_damaged_saved_copy_is_a_one_line_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let session = session_made_with_a_checklist_file(dir.path());
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&session).unwrap()).unwrap();
    json["checklist_copy"]["norms"][1]["items"][0]["weight"] = (-2).into();
    std::fs::write(&session, serde_json::to_vec(&json).unwrap()).unwrap();

    let out = run_normcheck(&["score", arg(&session)], &[]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains(arg(&session))
            && stderr.contains("copy of the checklist saved in the session is damaged"),
        "{stderr}"
    );
    let out = run_normcheck(&["validate", arg(&session)], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("checklist_copy.norms[1].items[0].weight"));
}

#[test]
fn a_session_without_a_copy_of_a_checklist_that_is_not_built_in_names_the_way_out() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    // A file from before sessions carried their checklist (format version 3).
    let mut legacy = common::small_session();
    legacy.checklist_copy = None;
    std::fs::write(&path, serde_json::to_vec(&legacy).unwrap()).unwrap();
    let Err(e) = open_assessment(&path, OpenOptions::default()) else {
        panic!("opened without its checklist");
    };
    assert!(matches!(e, OpenError::ChecklistNotBuiltIn { .. }), "{e}");
    use normcheck::format::remedy::{Remedied, Remedy};
    assert_eq!(e.remedy(), Some(Remedy::GiveChecklistFile), "{e}");
    let out = run_normcheck(&["score", arg(&path)], &[]);
    assert!(text(&out.stderr).contains("give its file with --checklist FILE"));
}

#[test]
fn opening_with_the_builtin_checklist_drops_nothing_and_copies_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    let checklist = builtin().unwrap();
    save_session(&path, &Session::new(&checklist, Meta::default())).unwrap();
    let opened = open_assessment(&path, OpenOptions::default()).unwrap();
    assert!(!opened.checklist_copied);
    assert!(opened.session.checklist_copy.is_none());
}

#[test]
fn the_desktop_command_line_takes_a_checklist_for_the_session_it_opens() {
    use clap::Parser as _;
    let cli = normcheck::cli::Cli::try_parse_from(["normcheck", "--checklist", "c.json", "s.json"])
        .unwrap();
    assert_eq!(cli.file.as_deref(), Some(Path::new("s.json")));
    assert_eq!(cli.checklist.as_deref(), Some(Path::new("c.json")));
    assert!(cli.command.is_none());
    // A checklist alone, with no session to open, is a usage error.
    assert!(normcheck::cli::Cli::try_parse_from(["normcheck", "--checklist", "c.json"]).is_err());
}
