//! "What has improved?": the open assessment beside an earlier one — scores per norm as paired
//! bars (the earlier one muted), the deltas, and every changed answer with a jump to it.

use crate::ui::focus::ShowFocused as _;
use crate::ui::widgets::wrapped_text::wrapped_label;
use egui::RichText;
use egui_plot::{Bar, BarChart, Legend, Plot};

use crate::report::signed;
use crate::scoring::compare::{Change, Comparison, GroupDelta, ItemChange};
use crate::ui::action::Action;
use crate::ui::document::OpenDocument;
use crate::ui::team::ComparisonView;
use crate::ui::theme;
use crate::ui_t;

/// Draws the comparison, or how to start one.
pub fn ui(
    ui: &mut egui::Ui,
    doc: &OpenDocument,
    earlier: Option<&ComparisonView>,
    actions: &mut Vec<Action>,
) {
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("progress")
            .auto_shrink([false, false])
            .show_focused(ui, |ui| {
                theme::limit_width(ui, 1100.0);
                let Some(earlier) = earlier else {
                    ui.heading(ui_t!("tab-progress"));
                    ui.label(ui_t!("progress-intro"));
                    if ui.button(ui_t!("menu-file-compare")).clicked() {
                        actions.push(Action::CompareWithEarlier);
                    }
                    return;
                };
                let (c, (old, new)) = earlier.compare(doc);
                ui.heading(ui_t!("report-progress-heading", since = old.clone()));
                ui.horizontal_wrapped(|ui| {
                    let comparing = ui_t!(
                        "progress-comparing",
                        file = earlier.path.display().to_string(),
                        old = old.clone(),
                        new = new.clone()
                    );
                    ui.label(RichText::new(comparing).weak());
                    if ui.small_button(ui_t!("progress-compare-another")).clicked() {
                        actions.push(Action::CompareWithEarlier);
                    }
                });
                ui.add_space(8.0);
                headline(ui, &c);
                ui.add_space(8.0);
                ui.label(RichText::new(ui_t!("progress-norm-chart")).strong());
                chart(ui, "progress-norms-chart", &c.norms, (&old, &new), |g| {
                    format!("({})", g.id)
                });
                delta_table(ui, &ui_t!("report-progress-norm"), &c.norms, true);
                ui.add_space(12.0);
                ui.label(RichText::new(ui_t!("progress-area-chart")).strong());
                chart(
                    ui,
                    "progress-areas-chart",
                    &c.focus_areas,
                    (&old, &new),
                    |g| g.title.chars().take(18).collect(),
                );
                delta_table(ui, &ui_t!("report-progress-area"), &c.focus_areas, false);
                ui.add_space(12.0);
                changed_items(ui, doc, &c.items, &old, actions);
            });
    });
}

fn headline(ui: &mut egui::Ui, c: &Comparison) {
    let tr = crate::ui::lang::current();
    let score = |v: Option<f64>| v.map_or("–".to_owned(), |v| tr.number(v, 1));
    ui.label(
        RichText::new(ui_t!(
            "progress-overall",
            before = score(c.overall.old),
            now = score(c.overall.new),
            change = signed(&tr, c.overall.delta)
        ))
        .size(theme::HERO_TEXT_SIZE * 0.6)
        .strong(),
    );
    let count = |kind: Change| c.items.iter().filter(|i| i.change == kind).count();
    let otherwise: usize = count(Change::Changed) + count(Change::Added) + count(Change::Removed);
    ui.label(ui_t!(
        "progress-moves",
        improved = count(Change::Improved),
        regressed = count(Change::Regressed),
        changed = otherwise
    ));
}

/// Paired horizontal bars per group: earlier (muted) and now (the accent colour); each group is
/// named on the axis by `short`.
fn chart(
    ui: &mut egui::Ui,
    id: &str,
    groups: &[GroupDelta],
    (old, new): (&str, &str),
    short: impl Fn(&GroupDelta) -> String,
) {
    let n = groups.len();
    let position = |i: usize| (n - i) as f64;
    let bars = |offset: f64, pick: fn(&GroupDelta) -> Option<f64>| -> Vec<Bar> {
        groups
            .iter()
            .enumerate()
            .map(|(i, g)| {
                Bar::new(position(i) + offset, pick(g).unwrap_or(0.0))
                    .width(0.36)
                    .name(&g.title)
            })
            .collect()
    };
    let muted = ui.visuals().weak_text_color();
    let accent = theme::bar_fill(ui.visuals());
    let (earlier, now) = (
        ui_t!("progress-earlier", period = old.to_owned()),
        ui_t!("progress-now", period = new.to_owned()),
    );
    let earlier = BarChart::new(earlier, bars(0.2, |g| g.delta.old))
        .horizontal()
        .color(muted);
    let now = BarChart::new(now, bars(-0.2, |g| g.delta.new))
        .horizontal()
        .color(accent);
    let ids: Vec<String> = groups.iter().map(short).collect();
    Plot::new(id)
        .legend(Legend::default())
        .height(28.0 * n as f32 + 60.0)
        .include_x(0.0)
        .include_x(100.0)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .show_x(false)
        .show_y(false)
        // Groups are categories: no horizontal grid (its every tenth line was drawn bold).
        .show_grid([true, false])
        .y_axis_formatter(move |mark, _| {
            let v = mark.value;
            if (v - v.round()).abs() > 1e-6 || v < 1.0 {
                return String::new();
            }
            let i = n.checked_sub(v.round() as usize);
            i.and_then(|i| ids.get(i)).cloned().unwrap_or_default()
        })
        .show(ui, |plot| {
            plot.bar_chart(earlier);
            plot.bar_chart(now);
        });
}

/// Before / now / change per group. The name column takes what the three number columns leave
/// and wraps, so the table fits any window width and zoom.
fn delta_table(ui: &mut egui::Ui, first: &str, groups: &[GroupDelta], norms: bool) {
    let tr = crate::ui::lang::current();
    let score = |v: Option<f64>| v.map_or("–".to_owned(), |v| tr.number(v, 1));
    let row = |ui: &mut egui::Ui, cells: [RichText; 4]| {
        let number = 56.0;
        let gap = ui.spacing().item_spacing.x;
        // The scroll bar floats over the right edge: keep the numbers clear of it.
        let scroll_bar = ui.spacing().scroll.bar_width;
        let room = ui.available_width() - 3.0 * (number + gap) - scroll_bar;
        // Wide windows keep the numbers near their names; narrow ones wrap the names.
        let name_width = room.clamp(80.0, 380.0);
        ui.horizontal_top(|ui| {
            let [name, rest @ ..] = cells;
            let size = egui::vec2(name_width, 0.0);
            ui.allocate_ui_with_layout(size, egui::Layout::top_down(egui::Align::Min), |ui| {
                ui.set_width(name_width);
                wrapped_label(ui, name);
            });
            for cell in rest {
                let size = egui::vec2(number, 0.0);
                ui.allocate_ui_with_layout(size, egui::Layout::top_down(egui::Align::Max), |ui| {
                    ui.set_width(number);
                    ui.label(cell);
                });
            }
        });
    };
    let header = [
        first.to_owned(),
        ui_t!("report-progress-before"),
        ui_t!("report-progress-now"),
        ui_t!("report-progress-change"),
    ]
    .map(|h| RichText::new(h).strong());
    row(ui, header);
    ui.separator();
    for g in groups {
        let name = if norms {
            format!("({}) {}", g.id, g.title)
        } else {
            g.title.clone()
        };
        row(
            ui,
            [
                RichText::new(name),
                RichText::new(score(g.delta.old)),
                RichText::new(score(g.delta.new)),
                RichText::new(signed(&tr, g.delta.delta)),
            ],
        );
    }
}

fn changed_items(
    ui: &mut egui::Ui,
    doc: &OpenDocument,
    items: &[ItemChange],
    old: &str,
    actions: &mut Vec<Action>,
) {
    let heading = ui_t!(
        "progress-changed",
        since = old.to_owned(),
        count = items.len()
    );
    ui.label(RichText::new(heading).strong());
    if items.is_empty() {
        ui.label(RichText::new(ui_t!("progress-no-change")).weak());
        return;
    }
    let level = |v: &serde_json::Value| match v {
        serde_json::Value::Null => ui_t!("progress-not-answered"),
        v => super::team::shown(doc, "level", v),
    };
    for i in items {
        let text = doc
            .shown
            .item(&i.id)
            .map_or("", |(_, item)| item.text.as_str());
        let (from, to) = (level(&i.old), level(&i.new));
        let moved = match i.change {
            Change::Improved => ui_t!("progress-improved", from = from, to = to),
            Change::Regressed => ui_t!("progress-regressed", from = from, to = to),
            Change::Changed => ui_t!("progress-changed-item", from = from, to = to),
            Change::Added => ui_t!("progress-added", from = from, to = to),
            Change::Removed => ui_t!("progress-removed", from = from, to = to),
        };
        ui.horizontal_wrapped(|ui| {
            let jump = ui.link(RichText::new(&i.id).strong());
            if jump.clicked() && i.change != Change::Removed {
                actions.push(Action::JumpToItem(i.id.clone()));
            }
            ui.label(moved);
        });
        ui.indent(("changed", &i.id), |ui| {
            wrapped_label(ui, RichText::new(text).weak());
        });
    }
}
