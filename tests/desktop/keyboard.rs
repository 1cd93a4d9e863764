//! Keyboard alone (issue 24, part 3): Tab reaches every control in the order they are read, the
//! focused one is scrolled into view and ringed, and a dialog takes focus and gives it back.

use egui::{Key, Modifiers, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT as _;
use normcheck::ui::AppState;

use crate::helpers::*;

/// A control as a screen reader reports it: name and place on screen.
#[derive(Debug, Clone, PartialEq)]
struct Control {
    name: String,
    bounds: Rect,
    in_dialog: bool,
    in_menu_bar: bool,
}

fn rect(b: egui::accesskit::Rect) -> Rect {
    Rect::from_min_max(
        egui::pos2(b.x0 as f32, b.y0 as f32),
        egui::pos2(b.x1 as f32, b.y1 as f32),
    )
}

/// Every enabled control that can take focus, in tree order, with where it is now.
fn controls(h: &Harness<'_, AppState>) -> Vec<Control> {
    let mut found = Vec::new();
    for node in h.root().children_recursive() {
        let n = node.accesskit_node();
        // Disabled controls are read but not reached by Tab, as in a browser.
        if !n.data().supports_action(egui::accesskit::Action::Focus) || n.is_disabled() {
            continue;
        }
        let (mut in_dialog, mut in_menu_bar) = (false, false);
        let mut parent = n.parent();
        while let Some(p) = parent {
            in_dialog |= p.role() == egui::accesskit::Role::Dialog;
            in_menu_bar |= p.role() == egui::accesskit::Role::Menu;
            parent = p.parent();
        }
        found.push(Control {
            name: n.label().unwrap_or_default(),
            bounds: n.bounding_box().map(rect).unwrap_or(Rect::NOTHING),
            in_dialog,
            in_menu_bar,
        });
    }
    found
}

/// The control with keyboard focus, if any.
fn focused(h: &Harness<'_, AppState>) -> Option<Control> {
    let node = h
        .root()
        .children_recursive()
        .find(|n| n.accesskit_node().is_focused())?;
    let name = node.accesskit_node().label().unwrap_or_default();
    controls(h).into_iter().find(|c| c.name == name)
}

/// Presses Tab until focus comes back round to where it started; the names reached, in order.
fn tab_round(h: &mut Harness<'_, AppState>) -> Vec<String> {
    let mut reached: Vec<String> = Vec::new();
    for _ in 0..400 {
        press(h, Key::Tab);
        let name = focused(h).expect("Tab always focuses a control").name;
        if reached.first() == Some(&name) {
            return reached;
        }
        reached.push(name);
    }
    panic!("Tab never came back round: {reached:?}");
}

/// Where the side panel ends (its width, `theme::SIDE_PANEL_WIDTH`).
const SIDE_PANEL: f32 = 300.0;

/// Tells whether a control lies in one part of the window.
type Region = dyn Fn(&Control) -> bool;

/// Whether `b` comes after `a` in reading order: a later line, or further right on the same.
fn reads_after(a: Rect, b: Rect) -> bool {
    let same_line = (a.center().y - b.center().y).abs() < a.height().min(b.height()) / 2.0;
    if same_line {
        b.left() > a.left()
    } else {
        b.top() > a.top()
    }
}

#[test]
fn tab_reaches_every_control_of_the_walk_through_once_in_reading_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    let reached = tab_round(&mut h);

    let all = controls(&h);
    let names: Vec<&String> = all.iter().map(|c| &c.name).collect();
    for name in &names {
        assert!(
            reached.contains(name),
            "Tab never reaches {name:?}; it reached {reached:?}"
        );
    }
    assert_eq!(reached.len(), names.len(), "each control once: {reached:?}");
    assert!(reached.iter().all(|n| !n.is_empty()), "{reached:?}");

    // Within the menu bar, the side panel and the items, Tab follows the reading order, and
    // the three come in that order. The places are those of the final layout (Tab scrolled the
    // items meanwhile, all of them alike).
    let control = |name: &String| all.iter().find(|c| &c.name == name).unwrap();
    let regions: [(&str, &Region); 3] = [
        ("menu bar", &|c| c.in_menu_bar),
        ("side panel", &|c| {
            !c.in_menu_bar && c.bounds.right() < SIDE_PANEL
        }),
        ("items", &|c| {
            !c.in_menu_bar && c.bounds.left() > SIDE_PANEL + 10.0
        }),
    ];
    let mut region_start = 0;
    for (region, inside) in regions {
        let order: Vec<&String> = reached.iter().filter(|n| inside(control(n))).collect();
        assert!(!order.is_empty(), "no control in the {region}");
        for pair in order.windows(2) {
            assert!(
                reads_after(control(pair[0]).bounds, control(pair[1]).bounds),
                "in the {region}, Tab goes from {:?} to {:?}, against the reading order",
                pair[0],
                pair[1]
            );
        }
        let first = reached.iter().position(|n| n == order[0]).unwrap();
        let last = reached
            .iter()
            .position(|n| Some(&n) == order.last())
            .unwrap();
        assert!(
            first >= region_start,
            "the {region} comes after the one before it"
        );
        region_start = last;
    }
}

#[test]
fn the_focused_control_is_scrolled_into_view_and_ringed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_sized(dir.path(), egui::vec2(1100.0, 600.0));
    new_assessment(&mut h);
    let window = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1100.0, 600.0));
    for _ in 0..60 {
        press(&mut h, Key::Tab);
        let control = focused(&h).expect("a control has focus");
        assert!(
            window.contains_rect(control.bounds),
            "{:?} has focus but is out of sight at {:?}",
            control.name,
            control.bounds
        );
        assert!(
            ring_around(&h, control.bounds),
            "no focus ring around {:?}",
            control.name
        );
    }
}

/// Whether a 2-point outline is drawn just outside `bounds` (the focus ring).
fn ring_around(h: &Harness<'_, AppState>, bounds: Rect) -> bool {
    h.output()
        .shapes
        .iter()
        .any(|clipped| match &clipped.shape {
            egui::Shape::Rect(r) => {
                r.stroke.width >= 2.0
                    && r.rect.contains_rect(bounds)
                    && bounds.expand(4.0).contains_rect(r.rect)
            }
            _ => false,
        })
}

#[test]
fn a_dialog_takes_focus_keeps_it_and_gives_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    // Walk to a level button of the first item, as a keyboard user would.
    let mut opener = None;
    for _ in 0..60 {
        press(&mut h, Key::Tab);
        let control = focused(&h).unwrap();
        if control.name == "a.2, 3 Implemented" {
            opener = Some(control);
            break;
        }
    }
    let opener = opener.expect("Tab reaches a.2's level 3");
    press(&mut h, Key::Space);
    assert_eq!(level(&h, "a.2"), Some(3), "Space chose the level");

    // Ctrl+N with unsaved changes asks first: focus moves into the question, on its first
    // button, and Tab stays inside it.
    press_with(&mut h, Modifiers::COMMAND, Key::N);
    h.run();
    let first = focused(&h).expect("the question has focus");
    assert!(first.in_dialog, "{first:?}");
    assert_eq!(first.name, "Save");
    for _ in 0..5 {
        press(&mut h, Key::Tab);
        let now = focused(&h).unwrap();
        assert!(
            now.in_dialog,
            "Tab left the open question for {:?}",
            now.name
        );
    }

    // Escape closes it, and focus is back where it was.
    press(&mut h, Key::Escape);
    h.run();
    assert!(
        controls(&h).iter().all(|c| !c.in_dialog),
        "the question closed"
    );
    assert_eq!(focused(&h).map(|c| c.name), Some(opener.name));
    assert_eq!(level(&h, "a.2"), Some(3), "nothing was discarded");
}

#[test]
fn tab_reaches_every_control_once_on_every_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    let start = tab_round(&mut h);
    assert_every_control_once(&h, "start", &start);
    new_assessment(&mut h);
    for screen in ["Dashboard", "Details", "Team", "Progress"] {
        click(&mut h, screen);
        press(&mut h, Key::Escape); // no control keeps focus from the click
        let reached = tab_round(&mut h);
        assert_every_control_once(&h, screen, &reached);
    }
}

fn assert_every_control_once(h: &Harness<'_, AppState>, screen: &str, reached: &[String]) {
    let names: Vec<String> = controls(h).into_iter().map(|c| c.name).collect();
    let missed: Vec<&String> = names.iter().filter(|n| !reached.contains(n)).collect();
    assert!(missed.is_empty(), "{screen}: Tab never reaches {missed:?}");
    assert_eq!(
        reached.len(),
        names.len(),
        "{screen}: each once: {reached:?}"
    );
}

#[test]
fn help_takes_focus_on_its_topic_and_escape_closes_it_and_gives_focus_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    press(&mut h, Key::Tab);
    let before = focused(&h).expect("Tab focused the first control").name;

    press(&mut h, Key::F1);
    let entry = focused(&h).expect("Help has the focus");
    assert_eq!(entry.name, "The walk-through", "F1 focuses the topic shown");
    press(&mut h, Key::Escape);
    h.run();
    assert!(h.state().document().is_some());
    assert!(
        !controls(&h).iter().any(|c| c.name == "Close window"),
        "Escape closed Help"
    );
    assert_eq!(focused(&h).map(|c| c.name), Some(before));
}

#[test]
fn the_regional_view_takes_focus_in_its_files_field_and_gives_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    // Open it from the File menu by keyboard alone: Tab to File, Space, Tab to the entry.
    press(&mut h, Key::Tab);
    assert_eq!(focused(&h).map(|c| c.name).as_deref(), Some("File"));
    press(&mut h, Key::Space);
    tab_to(&mut h, "Regional view…");
    press(&mut h, Key::Space);
    assert_eq!(
        focused(&h).map(|c| c.name).as_deref(),
        Some("Session files, one per line:"),
        "typing can start at once"
    );
    tab_to(&mut h, "Close window");
    press(&mut h, Key::Space);
    assert!(h.state().document().is_none());
    assert!(!controls(&h).iter().any(|c| c.name == "Close window"));
    // The menu entry is gone with its menu: focus is back on the menu's button.
    assert_eq!(focused(&h).map(|c| c.name).as_deref(), Some("File"));
}

/// Presses Tab until the control named `name` has focus.
fn tab_to(h: &mut Harness<'_, AppState>, name: &str) {
    for _ in 0..40 {
        press(h, Key::Tab);
        if focused(h).is_some_and(|c| c.name == name) {
            return;
        }
    }
    panic!("Tab never reaches {name:?}");
}
