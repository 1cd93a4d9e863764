//! What the app says matches what happened (defect 5 of issue 13).

use egui_kittest::kittest::Queryable as _;

use crate::helpers::*;

#[test]
fn the_side_panel_and_the_norm_header_round_completion_the_same_way() {
    let dir = tempfile::tempdir().unwrap();
    // 5 of norm (a)'s 8 items: 62.5 %.
    let path = session_file(
        dir.path(),
        "th.json",
        thai_meta(),
        answers(&["a.1", "a.2", "a.3", "a.4", "a.5"], 2),
    );
    let mut h = app(dir.path());
    open(&mut h, &path);
    h.get_by_label("63% done");
    let texts = texts_containing(&h, "% complete");
    assert!(
        texts
            .iter()
            .any(|l| l.starts_with("Score ") && l.ends_with("63% complete")),
        "the norm header: {texts:?}"
    );
}
