//! Everything reflows to the window's width: at every zoom from 50 % to 300 % of a 1280×800
//! window, and in a 1024×768 one, no widget reaches past the right edge (defect 2 of issue 13).
//! Zoom is simulated as egui does it: the same pixels, `zoom` times as many per point.

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use normcheck::session::{Edit, Meta};
use normcheck::ui::{Action, AppConfig, AppState, RecoveryStore, install_fonts};

use crate::helpers::*;

/// A message of the app in the language `code`.
fn word(code: &str, id: &str) -> String {
    normcheck::i18n::Catalog::with_pseudo()
        .tr(code)
        .unwrap()
        .dynamic(id)
}

/// The app in a window of `pixels`, zoomed to `zoom`, in the language `code`, with a
/// half-done assessment open.
fn zoomed(dir: &Path, pixels: (f32, f32), zoom: f32, code: &str) -> Harness<'static, AppState> {
    let meta = Meta {
        member_state: Some("Lao People's Democratic Republic".into()),
        organisation: Some("Lao Computer Emergency Response Team, Ministry of Technology and Communications".into()),
        title: Some("National implementation of the UN norms of responsible State behaviour in cyberspace 2026".into()),
        classification: Some("TLP:AMBER+STRICT".into()),
        ..Meta::default()
    };
    let mut edits = answers(&["a.1", "a.3", "b.1", "b.2"], 2);
    edits.push(Edit::SetNotApplicable {
        item: "a.2".into(),
        value: true,
    });
    edits.push(Edit::SetNote {
        item: "a.1".into(),
        text: "Ghi chú về tiến độ thực hiện: the working group reviewed the drafts and agreed next steps with every ministry concerned".into(),
    });
    let earlier = Meta {
        reporting_period: Some("2025".into()),
        ..meta.clone()
    };
    session_file(dir, "lao-2025.json", earlier, answers(&["a.1", "b.1"], 1));
    let path = session_file(dir, "lao-norms-assessment-2026.json", meta, edits);
    // Two agencies disagreeing, with long values, for the Team screen.
    let mut value: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    value["conflicts"] = serde_json::json!([{
        "item": "a.1",
        "field": "note",
        "base": null,
        "values": [
            {"from": "Ministry of Foreign Affairs and International Cooperation", "value": "The inter-agency committee met four times this year and agreed its terms of reference with every ministry concerned, including defence and the police."},
            {"from": "Lao Computer Emergency Response Team", "value": "Ghi chú: the committee exists on paper only; it has not met since the decree was adopted and has no secretariat of its own."}
        ]
    }]);
    std::fs::write(&path, serde_json::to_vec_pretty(&value).unwrap()).unwrap();
    let config = AppConfig {
        native_dialogs: false,
        recovery: RecoveryStore::at(Some(dir.to_path_buf())),
        background_work: false,
    };
    let mut state = AppState::new(config, Vec::new());
    state.preferences.language = Some(code.to_owned());
    // The shipped languages and the pseudo-language (English accented and 40 % longer).
    normcheck::ui::lang::use_catalog(normcheck::i18n::Catalog::with_pseudo());
    let mut h = Harness::builder()
        .with_size(egui::vec2(pixels.0 / zoom, pixels.1 / zoom))
        .with_pixels_per_point(zoom)
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, state: &mut AppState| state.ui(ui), state);
    h.run();
    h.state_mut().push(Action::OpenPath(path));
    h.run();
    h
}

/// Every widget that reaches past the left or right edge, described. The text inside a
/// one-line text field is left out: it scrolls within its field, which is what is checked.
fn past_the_edges(h: &Harness<'_, AppState>, width: f32) -> Vec<String> {
    let ppp = h.ctx.pixels_per_point();
    h.root()
        .children_recursive()
        .filter(|n| {
            n.parent()
                .is_none_or(|p| p.accesskit_node().role() != egui::accesskit::Role::TextInput)
        })
        .filter_map(|n| {
            let node = n.accesskit_node();
            let b = node.bounding_box()?;
            let (left, right) = (b.x0 as f32 / ppp, b.x1 as f32 / ppp);
            (left < -0.5 || right > width + 0.5).then(|| {
                let name = node.label().or_else(|| node.value()).unwrap_or_default();
                format!("{:?} {name:?} spans x {left:.0}–{right:.0}", node.role())
            })
        })
        .collect()
}

/// The menu bar's texts that are drawn over each other: a row that did not wrap in time writes
/// the tabs, the Member State and the marking across one another.
fn menu_bar_overlaps(h: &Harness<'_, AppState>, code: &str) -> Vec<String> {
    let tr = normcheck::i18n::Catalog::with_pseudo().tr(code).unwrap();
    let menu_bar = [
        word(code, "menu-file"),
        word(code, "menu-edit"),
        word(code, "menu-view"),
        word(code, "tab-walkthrough"),
        word(code, "tab-dashboard"),
        word(code, "tab-details"),
        normcheck::t!(tr, "tab-team-conflicts", count = 1),
        word(code, "tab-progress"),
        "Lao People's Democratic Republic".to_owned(),
        "TLP:AMBER+STRICT".to_owned(),
    ];
    let ppp = h.ctx.pixels_per_point();
    let shown: Vec<(String, egui::Rect)> = h
        .root()
        .children_recursive()
        .filter_map(|n| {
            let node = n.accesskit_node();
            let name = node.label().or_else(|| node.value())?;
            let b = node.bounding_box()?;
            menu_bar.contains(&name).then(|| {
                let rect = egui::Rect::from_min_max(
                    egui::pos2(b.x0 as f32 / ppp, b.y0 as f32 / ppp),
                    egui::pos2(b.x1 as f32 / ppp, b.y1 as f32 / ppp),
                );
                (name, rect)
            })
        })
        .collect();
    let mut found = Vec::new();
    for (i, (a, ra)) in shown.iter().enumerate() {
        for (b, rb) in &shown[i + 1..] {
            // A text and the frame around it report the same name.
            let both = ra.intersect(*rb);
            if a != b && both.width() > 1.0 && both.height() > 1.0 {
                found.push(format!(
                    "{a:?} and {b:?} are drawn over each other at {both:?}"
                ));
            }
        }
    }
    found
}

/// Checks the walk-through (by norm with details open, and by focus area) and the dashboard.
fn check_every_screen(pixels: (f32, f32), zoom: f32) {
    check_every_screen_in(pixels, zoom, "en");
}

/// [`check_every_screen`] in the language `code`.
fn check_every_screen_in(pixels: (f32, f32), zoom: f32, code: &str) {
    let dir = tempfile::tempdir().unwrap();
    let mut h = zoomed(dir.path(), pixels, zoom, code);
    assert!(
        h.query_by_label(&word(code, "menu-file")).is_some(),
        "the window is in {code}"
    );
    let width = pixels.0 / zoom;
    let mut problems = Vec::new();
    let mut look = |h: &Harness<'_, AppState>, screen: &str| {
        problems.extend(
            past_the_edges(h, width)
                .into_iter()
                .chain(menu_bar_overlaps(h, code))
                .map(|p| format!("{screen}: {p}")),
        );
    };
    look(&h, "walk-through");
    h.get_by_label(&format!("a.1: {}", word(code, "card-details")))
        .click();
    h.run();
    look(&h, "walk-through with details");
    h.state_mut().push(Action::JumpToItem("a.1".into()));
    h.run();
    h.get_by_label(&word(code, "group-by-area")).click();
    h.run();
    look(&h, "walk-through by focus area");
    h.state_mut()
        .push(Action::Show(normcheck::ui::Screen::Dashboard));
    h.run();
    look(&h, "dashboard");
    h.state_mut()
        .push(Action::Show(normcheck::ui::Screen::Details));
    h.run();
    look(&h, "details");
    h.state_mut()
        .push(Action::Show(normcheck::ui::Screen::Team));
    h.run();
    h.get_by_label_contains("has not met since the decree");
    look(&h, "team");
    h.state_mut().push(Action::CompareWithEarlier);
    h.run();
    let earlier = dir.path().join("lao-2025.json");
    choose(
        &mut h,
        &word(code, "dialog-file-path"),
        &earlier.display().to_string(),
    );
    look(&h, "progress");
    h.state_mut().push(Action::SaveAs);
    h.run();
    look(&h, "save prompt");
    h.get_by_label(&word(code, "form-cancel")).click();
    h.run();
    h.state_mut().push(Action::NewAssessment);
    h.run();
    look(&h, "new assessment form");
    h.state_mut().push(Action::LeaveForm);
    h.run();
    h.state_mut().push(Action::Close);
    h.run();
    look(&h, "start screen");
    assert!(
        problems.is_empty(),
        "{}×{} at {:.0} % in {code}: {} widgets cut at the edge:\n{}",
        pixels.0,
        pixels.1,
        zoom * 100.0,
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn nothing_is_cut_at_50_percent() {
    check_every_screen((1280.0, 800.0), 0.5);
}

#[test]
fn nothing_is_cut_at_100_percent() {
    check_every_screen((1280.0, 800.0), 1.0);
}

#[test]
fn nothing_is_cut_at_110_and_130_percent() {
    check_every_screen((1280.0, 800.0), 1.1);
    check_every_screen((1280.0, 800.0), 1.3);
}

#[test]
fn nothing_is_cut_at_200_percent() {
    check_every_screen((1280.0, 800.0), 2.0);
}

#[test]
fn nothing_is_cut_at_300_percent() {
    check_every_screen((1280.0, 800.0), 3.0);
}

#[test]
fn nothing_is_cut_in_a_1024_by_768_window() {
    check_every_screen((1024.0, 768.0), 1.0);
}

#[test]
fn nothing_is_cut_in_a_1024_by_768_window_at_200_and_300_percent() {
    check_every_screen((1024.0, 768.0), 2.0);
    check_every_screen((1024.0, 768.0), 3.0);
}

#[test]
fn the_main_screens_fit_in_every_language_at_1024_by_768() {
    for code in ["vi", "id", "th", "km"] {
        check_every_screen_in((1024.0, 768.0), 1.0, code);
    }
}

#[test]
fn the_main_screens_fit_in_the_longer_pseudo_language_at_1024_by_768_and_200_percent() {
    check_every_screen_in((1024.0, 768.0), 1.0, normcheck::i18n::pseudo::PSEUDO);
    check_every_screen_in((1024.0, 768.0), 2.0, normcheck::i18n::pseudo::PSEUDO);
}

#[test]
fn the_main_screens_fit_in_khmer_and_vietnamese_at_200_percent() {
    check_every_screen_in((1280.0, 800.0), 2.0, "km");
    check_every_screen_in((1280.0, 800.0), 2.0, "vi");
}
