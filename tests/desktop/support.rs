//! Support wanted (issue 10): ticked in an item's details with a short note, listed by kind
//! on the dashboard, undone in one step.

use egui_kittest::kittest::Queryable as _;
use normcheck::session::SupportKind;

use crate::helpers::*;

/// Brings a widget below the fold into view and clicks it.
fn scroll_click(h: &mut egui_kittest::Harness<'_, normcheck::ui::AppState>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    click(h, label);
}

#[test]
fn support_is_ticked_in_the_details_noted_and_listed_on_the_dashboard() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "th.json", thai_meta(), Vec::new());
    let mut h = app(dir.path());
    open(&mut h, &path);
    click(&mut h, "a.1: Details…");
    assert!(
        h.query_by_label("a.1: What would help").is_none(),
        "no note before a kind is chosen"
    );
    scroll_click(&mut h, "a.1: Support wanted: Training");
    scroll_click(&mut h, "a.1: Support wanted: Funding");
    h.get_by_label("a.1: What would help").scroll_to_me();
    h.run();
    type_into(&mut h, "a.1: What would help", "CERT course");
    let support = session(&h)
        .answer("a.1")
        .and_then(|a| a.support.clone())
        .unwrap();
    assert_eq!(
        support.kinds.into_iter().collect::<Vec<_>>(),
        [SupportKind::Training, SupportKind::Funding]
    );
    assert_eq!(support.note.as_deref(), Some("CERT course"));

    click(&mut h, "Dashboard");
    h.get_by_label("Support wanted: 1 item");
    h.get_by_label("Training — 1 item");
    h.get_by_label("Funding — 1 item");
    h.get_by_label("Open a.1 (Funding)");
    assert!(!texts_containing(&h, "CERT course").is_empty());

    // Ticking both kinds and typing the note is undone in one step.
    press_with(&mut h, egui::Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(
        session(&h).answer("a.1").and_then(|a| a.support.clone()),
        None
    );
    h.get_by_label("Support wanted: 0 items");
}
