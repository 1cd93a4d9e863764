//! The dashboard reads as a to-do list: what needs attention grouped per norm with the items'
//! text, long groups collapsed, and names never cut short (defect 6 of issue 13).

use egui_kittest::kittest::{NodeT as _, Queryable as _};
use normcheck::checklist::builtin;

use crate::helpers::*;

#[test]
fn needs_attention_is_grouped_per_norm_with_the_item_text_and_long_groups_collapsed() {
    let dir = tempfile::tempdir().unwrap();
    let checklist = builtin().unwrap();
    // Norm (b): all but its last two items answered at the top level.
    let b: Vec<&str> = checklist.norms[1]
        .items
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    let (done, open_items) = b.split_at(b.len() - 2);
    let path = session_file(dir.path(), "th.json", thai_meta(), answers(done, 4));
    let mut h = app(dir.path());
    open(&mut h, &path);
    click(&mut h, "Dashboard");

    let headers = texts_containing(&h, " not answered");
    assert!(
        headers.contains(&"(a) Cooperate for stability and security — 8 not answered".to_owned()),
        "{headers:?}"
    );
    assert!(
        headers.contains(&"(b) Consider all relevant information — 2 not answered".to_owned()),
        "{headers:?}"
    );
    // (a) has 8 entries: collapsed. (b) has 2: open, each with its text.
    assert!(
        h.query_by_label("Open a.1").is_none(),
        "long groups start collapsed"
    );
    for id in open_items {
        h.get_by_label(&format!("Open {id}"));
        let (_, item) = checklist.item(id).unwrap();
        h.get_by_label(&item.text);
    }
    // Opening a collapsed group shows its items.
    let toggle = h.get_by_label("(a) Cooperate for stability and security — 8 not answered");
    assert_eq!(toggle.accesskit_node().data().is_expanded(), Some(false));
    toggle.scroll_to_me();
    h.run();
    let toggle = h.get_by_label("(a) Cooperate for stability and security — 8 not answered");
    toggle.click();
    h.run();
    h.get_by_label("Open a.1").scroll_to_me();
    h.run();
    click(&mut h, "Open a.1");
    assert!(
        texts_containing(&h, "Norm (a)")
            .iter()
            .any(|t| t.starts_with("Norm (a)")),
        "the item opens in the walk-through"
    );
}

#[test]
fn focus_area_names_are_shown_whole_on_the_dashboard_and_in_the_side_panel() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "th.json", thai_meta(), Vec::new());
    for size in [egui::vec2(1280.0, 800.0), egui::vec2(1024.0, 768.0)] {
        let mut h = app_sized(dir.path(), size);
        open(&mut h, &path);
        click(&mut h, "Focus area");
        click(&mut h, "Dashboard");
        let cut: Vec<String> = h
            .root()
            .children_recursive()
            .filter_map(|n| n.accesskit_node().value())
            .filter(|t| t.ends_with('…'))
            .collect();
        assert!(cut.is_empty(), "{size:?}: cut short: {cut:?}");
        h.get_by_label("Cybercrime and incident-response cooperation");
    }
}

#[test]
fn a_long_gap_list_shows_the_most_urgent_first_and_the_rest_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let checklist = builtin().unwrap();
    let ten: Vec<&str> = checklist
        .items()
        .take(10)
        .map(|(_, i)| i.id.as_str())
        .collect();
    let path = session_file(dir.path(), "th.json", thai_meta(), answers(&ten, 1));
    let mut h = app(dir.path());
    open(&mut h, &path);
    click(&mut h, "Dashboard");
    assert_eq!(h.query_all_by_label_contains("Go to ").count(), 8);
    h.get_by_label("Show all 10 gaps").scroll_to_me();
    h.run();
    click(&mut h, "Show all 10 gaps");
    assert_eq!(h.query_all_by_label_contains("Go to ").count(), 10);
}
