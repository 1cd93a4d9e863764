//! `normcheck split`, `merge` and `compare` run as a coordinator would.

mod common;

use common::{arg, fixture, run_normcheck, text};
use normcheck::files::{load_session, save_session};
use normcheck::session::{Edit, timestamp_now};

fn checklist_arg() -> String {
    arg(&fixture("small-checklist.json")).to_owned()
}

#[test]
fn split_then_merge_with_a_conflict_exits_3_and_reports_it_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.json");
    let mut session = common::small_session();
    session.answers.get_mut("p.2").unwrap().owner = Some("National CERT".into());
    save_session(&base, &session).unwrap();
    let parts = dir.path().join("parts");
    std::fs::create_dir(&parts).unwrap();
    let c = checklist_arg();
    let out = run_normcheck(
        &[
            "split",
            arg(&base),
            "--by",
            "owner",
            "-d",
            arg(&parts),
            "--checklist",
            &c,
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let cert = parts.join("national-cert.json");
    let mps = parts.join("ministry-of-public-security.json");
    assert!(cert.exists() && mps.exists(), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("National CERT: 1 item →"));

    // Two agencies disagree on nothing, but CERT and a second copy of it do on p.2's level.
    let checklist = common::small_checklist();
    let mut cert_session = load_session(&cert).unwrap();
    let edit = Edit::SetLevel {
        item: "p.2".into(),
        level: Some(2),
    };
    cert_session
        .apply(&checklist, edit, timestamp_now())
        .unwrap();
    save_session(&cert, &cert_session).unwrap();
    let mut rival = cert_session.clone();
    rival.contribution.as_mut().unwrap().agency = "Ministry of Defence".into();
    let edit = Edit::SetLevel {
        item: "p.2".into(),
        level: Some(0),
    };
    rival.apply(&checklist, edit, timestamp_now()).unwrap();
    let rival_path = parts.join("rival.json");
    save_session(&rival_path, &rival).unwrap();

    let merged = dir.path().join("merged.json");
    let out = run_normcheck(
        &[
            "merge",
            arg(&base),
            arg(&cert),
            arg(&rival_path),
            "-o",
            arg(&merged),
            "--json",
            "--checklist",
            &c,
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["written"], arg(&merged));
    assert_eq!(report["conflicts"][0]["item"], "p.2");
    assert_eq!(report["conflicts"][0]["field"], "level");
    assert_eq!(
        report["conflicts"][0]["values"].as_array().unwrap().len(),
        2
    );
    let written = load_session(&merged).unwrap();
    assert_eq!(written.conflicts.len(), 1);
    assert_eq!(
        written.answer("p.2").unwrap().level,
        Some(1),
        "the base value is kept"
    );

    // The same contributions again into the merged session: refused, nothing written.
    let again = dir.path().join("again.json");
    let out = run_normcheck(
        &[
            "merge",
            arg(&merged),
            arg(&cert),
            "-o",
            arg(&again),
            "--checklist",
            &c,
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("already merged"),
        "{}",
        text(&out.stderr)
    );
    assert!(!again.exists());
}

#[test]
fn a_clean_merge_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.json");
    save_session(&base, &common::small_session()).unwrap();
    let c = checklist_arg();
    let out = run_normcheck(
        &[
            "split",
            arg(&base),
            "-d",
            arg(dir.path()),
            "--checklist",
            &c,
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mps = dir.path().join("ministry-of-public-security.json");
    let merged = dir.path().join("merged.json");
    let out = run_normcheck(
        &[
            "merge",
            arg(&base),
            arg(&mps),
            "-o",
            arg(&merged),
            "--checklist",
            &c,
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Merged 0 changes from 1 contribution into"));
}

#[test]
fn compare_prints_json_with_deltas_and_changed_items() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("2025.json");
    let new = dir.path().join("2026.json");
    let session = common::small_session();
    save_session(&old, &session).unwrap();
    let mut later = session.clone();
    later.answers.get_mut("p.2").unwrap().level = Some(2);
    save_session(&new, &later).unwrap();
    let c = checklist_arg();
    let out = run_normcheck(
        &[
            "compare",
            arg(&old),
            arg(&new),
            "--format",
            "json",
            "--checklist",
            &c,
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // Norm P: (1 + 3×0.5) / 5 = 50 → (1 + 3) / 5 = 80.
    assert_eq!(json["norms"][0]["id"], "p");
    assert_eq!(json["norms"][0]["old"], 50.0);
    assert_eq!(json["norms"][0]["new"], 80.0);
    assert_eq!(json["norms"][0]["delta"], 30.0);
    assert_eq!(json["items"][0]["id"], "p.2");
    assert_eq!(json["items"][0]["old"], 1);
    assert_eq!(json["items"][0]["new"], 2);
    assert_eq!(json["items"][0]["change"], "improved");
    assert_eq!(
        json["items"].as_array().unwrap().len(),
        1,
        "only items that differ"
    );
}
