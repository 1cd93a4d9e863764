//! File → "Regional view…" (issue 10): several States' files typed in, the figures shown
//! without naming any State, and the regional PDF exported — all without a native dialog.

use egui_kittest::kittest::Queryable as _;
use normcheck::checklist::builtin;
use normcheck::session::Meta;

use normcheck::ui::AppState;

use crate::helpers::*;

fn meta(state: &str) -> Meta {
    Meta {
        member_state: Some(state.into()),
        ..Meta::default()
    }
}

/// The regional view's figures of four States whose norm (a) answers are all 4, 2, 1 and 3.
fn four_states_combined(dir: &std::path::Path) -> egui_kittest::Harness<'static, AppState> {
    let checklist = builtin().unwrap();
    let a: Vec<&str> = checklist.norms[0]
        .items
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    let files: Vec<_> = [
        ("th.json", "Thailand", 4),
        ("vn.json", "Viet Nam", 2),
        ("my.json", "Malaysia", 1),
        ("sg.json", "Singapore", 3),
    ]
    .iter()
    .map(|(file, state, level)| session_file(dir, file, meta(state), answers(&a, *level)))
    .collect();
    let mut h = app(dir);
    click(&mut h, "File");
    click(&mut h, "Regional view…");
    let list: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    type_into(&mut h, "Session files, one per line:", &list.join("\n"));
    h.get_by_label("Show figures").click();
    wait_for(&mut h, "4 States' assessments combined");
    h
}

/// Types the PDF file and presses "Export PDF".
fn export_to(h: &mut egui_kittest::Harness<'static, AppState>, pdf: &std::path::Path) {
    h.get_by_label("PDF file:").scroll_to_me();
    h.run();
    type_into(h, "PDF file:", pdf.to_str().unwrap());
    h.get_by_label("Export PDF").scroll_to_me();
    h.run();
    h.get_by_label("Export PDF").click();
}

#[test]
fn the_regional_view_shows_the_figures_without_names_and_exports_the_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = four_states_combined(dir.path());
    h.get_by_label("States per band");
    h.get_by_label("The ten hardest practical actions");
    h.get_by_label_contains("Member States asking for each kind of support");
    // Norm (a): 4 States answered every item at 4, 2, 1 and 3 → 100, 50, 25, 75: median 62.5.
    assert!(!texts_containing(&h, "62.5").is_empty());
    for name in ["Thailand", "Viet Nam", "Malaysia", "Singapore"] {
        assert!(
            texts_containing(&h, name).is_empty(),
            "{name} is shown without --named"
        );
    }

    let pdf = dir.path().join("regional.pdf");
    export_to(&mut h, &pdf);
    wait_for(&mut h, "Regional report saved to");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}

#[cfg(unix)]
#[test]
fn exporting_over_a_read_only_regional_pdf_asks_first() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("regional-2025.pdf");
    std::fs::write(&pdf, b"last year's signed-off report").unwrap();
    std::fs::set_permissions(&pdf, std::fs::Permissions::from_mode(0o444)).unwrap();
    let mut h = four_states_combined(dir.path());
    export_to(&mut h, &pdf);
    h.run();
    h.get_by_label_contains("is marked read-only");
    click(&mut h, "Cancel");
    h.get_by_label("Nothing was written.");
    assert_eq!(
        std::fs::read(&pdf).unwrap(),
        b"last year's signed-off report"
    );

    h.get_by_label("Export PDF").click();
    h.run();
    h.get_by_label("Replace it").click();
    wait_for(&mut h, "Regional report saved to");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}

#[test]
fn a_file_without_a_member_state_is_named_in_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let good = session_file(dir.path(), "th.json", meta("Thailand"), Vec::new());
    let bad = session_file(dir.path(), "anon.json", Meta::default(), Vec::new());
    let mut h = app(dir.path());
    click(&mut h, "File");
    click(&mut h, "Regional view…");
    let list = format!("{}\n{}", good.display(), bad.display());
    type_into(&mut h, "Session files, one per line:", &list);
    h.get_by_label("Show figures").click();
    wait_for(&mut h, "names no Member State");
    assert!(!texts_containing(&h, "anon.json").is_empty());
}

#[test]
fn names_show_only_when_naming_is_ticked() {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<_> = ["Thailand", "Viet Nam", "Malaysia"]
        .iter()
        .enumerate()
        .map(|(i, s)| session_file(dir.path(), &format!("{i}.json"), meta(s), Vec::new()))
        .collect();
    let mut h = app(dir.path());
    click(&mut h, "File");
    click(&mut h, "Regional view…");
    let list: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    type_into(&mut h, "Session files, one per line:", &list.join("\n"));
    h.get_by_label("Show figures").click();
    wait_for(&mut h, "3 States' assessments combined");
    assert!(texts_containing(&h, "Viet Nam").is_empty());
    click(&mut h, "Name the States (only when every State agreed)");
    h.get_by_label("Show figures").click();
    wait_for(&mut h, "Malaysia, Thailand, Viet Nam");
}

#[test]
fn sessions_of_a_checklist_that_is_not_built_in_are_read_with_the_file_given() {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<String> = ["A", "B", "C"]
        .iter()
        .map(|state| {
            let session = serde_json::json!({
                "format": "normcheck-session",
                "format_version": 4,
                "checklist": {"id": "test-small", "version": "2"},
                "meta": {"member_state": state},
                "answers": {"p.1": {"level": 2}, "p.2": {"level": 2}, "p.3": {"level": 2}},
            });
            let path = dir.path().join(format!("{state}.json"));
            std::fs::write(&path, session.to_string()).unwrap();
            path.display().to_string()
        })
        .collect();
    let checklist = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/small-checklist.json");
    let mut h = app(dir.path());
    click(&mut h, "File");
    click(&mut h, "Regional view…");
    type_into(&mut h, "Session files, one per line:", &files.join("\n"));
    h.get_by_label("Show figures").click();
    wait_for(&mut h, "give its file under “Checklist file”");
    type_into(
        &mut h,
        "Checklist file (if not built in):",
        checklist.to_str().unwrap(),
    );
    h.get_by_label("Show figures").click();
    wait_for(&mut h, "3 States' assessments combined");
    // Norm P: every State at the top level.
    assert!(!texts_containing(&h, "(p) Norm P").is_empty());
    assert!(!texts_containing(&h, "100.0").is_empty());
}

#[test]
fn keys_typed_while_the_regional_view_is_open_do_not_answer_the_item_below() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "th.json", meta("Thailand"), Vec::new());
    let mut h = app(dir.path());
    open(&mut h, &path);
    click(&mut h, "File");
    click(&mut h, "Regional view…");
    press(&mut h, egui::Key::Num3);
    assert_eq!(
        level(&h, "a.1"),
        None,
        "the walk-through took a key meant elsewhere"
    );
}
