//! The coordinator's year in the app: assign agencies to a whole norm in one step, hand out
//! contributions, merge them back, settle a conflict side by side, and compare with last year.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use normcheck::checklist::builtin;
use normcheck::files::{load_session, save_session};
use normcheck::session::{Edit, Meta, timestamp_now};
use normcheck::ui::{Action, AppState, Screen};

use crate::helpers::*;

/// Confirms a typed-path prompt (the harness has no native dialogs) with `text`.
fn owners_of_norm_a(h: &Harness<'_, AppState>) -> Vec<Option<String>> {
    let checklist = builtin().unwrap();
    let session = session(h);
    let norm = checklist.norms.iter().find(|n| n.id == "a").unwrap();
    norm.items
        .iter()
        .map(|i| session.answer(&i.id).and_then(|a| a.owner.clone()))
        .collect()
}

#[test]
fn a_whole_norm_gets_an_agency_in_one_undoable_step_and_the_counts_follow() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "th.json", thai_meta(), answers(&["a.1"], 3));
    let mut h = app(dir.path());
    open(&mut h, &path);
    h.state_mut().push(Action::Show(Screen::Team));
    h.run();
    h.get_by_label_contains("No item has a responsible agency yet");
    h.get_by_label_contains("(a) ").click();
    h.run();
    click(&mut h, "The whole norm");
    type_into(&mut h, "Agency:", "National CERT");
    h.get_by_label_contains("Assign 8 ticked items").click();
    h.run();
    let owners = owners_of_norm_a(&h);
    assert!(
        owners.iter().all(|o| o.as_deref() == Some("National CERT")),
        "{owners:?}"
    );
    h.get_by_label("1 of 8");
    let other = session(&h).answer("b.1").and_then(|a| a.owner.clone());
    assert_eq!(other, None, "only the ticked norm");

    press_with(&mut h, egui::Modifiers::COMMAND, egui::Key::Z);
    assert!(
        owners_of_norm_a(&h).iter().all(Option::is_none),
        "one undo takes the whole assignment back"
    );
}

/// A coordinator's session with a.1 for the CERT and a.2 for defence.
fn coordinator_file(dir: &Path) -> PathBuf {
    let meta = Meta {
        title: Some("Thailand 2026".into()),
        ..thai_meta()
    };
    let edits = vec![
        Edit::SetOwner {
            item: "a.1".into(),
            text: "National CERT".into(),
        },
        Edit::SetOwner {
            item: "a.2".into(),
            text: "Ministry of Defence".into(),
        },
    ];
    session_file(dir, "coordinator.json", meta, edits)
}

#[test]
fn contributions_are_prepared_merged_and_a_conflict_settled_side_by_side() {
    let dir = tempfile::tempdir().unwrap();
    let base = coordinator_file(dir.path());
    let parts = dir.path().join("parts");
    std::fs::create_dir(&parts).unwrap();
    let mut h = app(dir.path());
    open(&mut h, &base);
    h.state_mut().push(Action::PrepareContributions);
    h.run();
    choose(&mut h, "Folder path:", &parts.display().to_string());
    let cert = parts.join("national-cert.json");
    let defence = parts.join("ministry-of-defence.json");
    assert!(cert.exists() && defence.exists(), "{}", h.state().status());

    // The CERT answers a.1 at 2; a second copy of its file, sent by mistake from another
    // desk, says 1: a conflict on a.1's level.
    let checklist = builtin().unwrap();
    let mut answered = load_session(&cert).unwrap();
    let edit = Edit::SetLevel {
        item: "a.1".into(),
        level: Some(2),
    };
    answered.apply(&checklist, edit, timestamp_now()).unwrap();
    save_session(&cert, &answered).unwrap();
    let mut rival = answered.clone();
    rival.contribution.as_mut().unwrap().agency = "CERT night shift".into();
    let edit = Edit::SetLevel {
        item: "a.1".into(),
        level: Some(1),
    };
    rival.apply(&checklist, edit, timestamp_now()).unwrap();
    let rival_path = parts.join("rival.json");
    save_session(&rival_path, &rival).unwrap();

    // The contribution opens with its banner.
    let mut agency_app = app(dir.path());
    open(&mut agency_app, &cert);
    agency_app.get_by_label("Contribution for National CERT to Thailand 2026");

    h.state_mut().push(Action::MergeContributions);
    h.run();
    let paths = format!("{}\n{}", cert.display(), rival_path.display());
    choose(&mut h, "File paths, one per line:", &paths);
    let doc = h.state().document().unwrap();
    assert_eq!(doc.session.conflicts.len(), 1, "{}", h.state().status());
    assert!(
        doc.window_title().contains("Draft — 1 conflict unresolved"),
        "{}",
        doc.window_title()
    );
    assert_eq!(level(&h, "a.1"), None, "the base value stays until settled");

    // Both sides are shown with who said what; the coordinator takes the CERT's value.
    h.get_by_label("CERT night shift");
    h.get_by_label("2 In progress");
    let use_buttons: Vec<_> = h.query_all_by_label("Use this").collect();
    assert_eq!(use_buttons.len(), 2);
    use_buttons[0].click();
    h.run();
    assert_eq!(level(&h, "a.1"), Some(2));
    assert!(session(&h).conflicts.is_empty());
    assert!(
        !h.state()
            .document()
            .unwrap()
            .window_title()
            .contains("Draft")
    );

    press_with(&mut h, egui::Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(
        session(&h).conflicts.len(),
        1,
        "undo brings the conflict back"
    );
    press_with(&mut h, egui::Modifiers::COMMAND, egui::Key::Z);
    assert!(
        session(&h).conflicts.is_empty() && level(&h, "a.1").is_none(),
        "a second undo takes the whole merge back"
    );
    assert!(session(&h).merged.is_empty());
}

/// The app with this year's assessment open, compared with last year's: a.1 went from
/// 1 (Planned) to 3 (Implemented).
fn comparing_two_years(dir: &Path) -> Harness<'static, AppState> {
    let last_year = Meta {
        reporting_period: Some("2025".into()),
        ..thai_meta()
    };
    let old = session_file(dir, "2025.json", last_year, answers(&["a.1"], 1));
    let this_year = Meta {
        reporting_period: Some("2026".into()),
        ..thai_meta()
    };
    let new = session_file(dir, "2026.json", this_year, answers(&["a.1"], 3));
    let mut h = app(dir);
    open(&mut h, &new);
    h.state_mut().push(Action::CompareWithEarlier);
    h.run();
    choose(&mut h, "File path:", &old.display().to_string());
    h
}

#[test]
fn progress_since_an_earlier_assessment_lists_changes_and_jumps_to_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = comparing_two_years(dir.path());
    h.get_by_label("Progress since 2025");
    h.get_by_label_contains("1 practical action improved, 0 regressed");
    h.get_by_label_contains("Improved from 1 Planned to 3 Implemented");
    click(&mut h, "a.1");
    h.get_by_label_contains("Designate a lead agency");
}

#[test]
fn a_report_exported_while_comparing_shows_the_progress() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = comparing_two_years(dir.path());
    h.state_mut()
        .push(Action::ExportPdf(normcheck::report::Paper::A4));
    h.run();
    h.get_by_label_contains("progress since 2025");
    let pdf = dir.path().join("progress.pdf");
    save_report_to(&mut h, &pdf);
    let doc = lopdf::Document::load(&pdf).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).unwrap_or_default();
    assert!(text.contains("Progress since 2025"), "{text}");
}
