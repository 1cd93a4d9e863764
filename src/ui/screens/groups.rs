//! The norms (or focus areas) to walk through, with completion and score: a side panel on
//! wide windows, a drop-down above the items on narrow or zoomed-in ones.

use egui::RichText;

use crate::scoring::{GroupScore, whole_percent};
use crate::ui::document::OpenDocument;
use crate::ui::focus::ShowFocused as _;
use crate::ui::screens::assess::AssessView;
use crate::ui::theme;
use crate::ui::widgets::bars::score_bar;
use crate::ui::widgets::wrapped_text::wrapped;
use crate::ui::widgets::{accessible_name, hide_from_screen_readers};
use crate::ui_t;

/// One norm or focus area as listed: id, name, and its scores.
struct Group<'a> {
    id: &'a str,
    label: String,
    score: &'a GroupScore,
}

fn groups<'a>(doc: &'a OpenDocument, by_area: bool) -> Vec<Group<'a>> {
    if by_area {
        let areas = doc.shown.focus_areas.iter();
        areas
            .zip(&doc.scores.focus_areas)
            .map(|(a, score)| Group {
                id: &a.id,
                label: a.title.clone(),
                score,
            })
            .collect()
    } else {
        let norms = doc.shown.norms.iter();
        norms
            .zip(&doc.scores.norms)
            .map(|(n, score)| Group {
                id: &n.id,
                label: format!("({}) {}", n.id, n.title),
                score,
            })
            .collect()
    }
}

fn selected(view: &mut AssessView) -> &mut String {
    if view.group_by_area {
        &mut view.area
    } else {
        &mut view.norm
    }
}

/// The side panel: group-by switch, every group with completion and score bar, the overall
/// line. Long names wrap; the panel never takes more than 40 % of the window.
pub fn side_panel(ui: &mut egui::Ui, doc: &OpenDocument, view: &mut AssessView) {
    let widest = (ui.available_width() * 0.4).max(200.0);
    egui::Panel::left("groups")
        .resizable(true)
        .default_size(theme::SIDE_PANEL_WIDTH.min(widest))
        .size_range(200.0..=widest)
        .show(ui, |ui| {
            group_by(ui, view);
            ui.separator();
            egui::ScrollArea::vertical()
                .id_salt("group-list")
                .show_focused(ui, |ui| {
                    for g in groups(doc, view.group_by_area) {
                        let chosen = selected(view);
                        if group_row(ui, &g, *chosen == g.id) {
                            *chosen = g.id.to_owned();
                        }
                    }
                    ui.separator();
                    ui.label(RichText::new(ui_t!("group-overall")).strong());
                    ui.label(overall(doc));
                });
        });
}

/// The narrow-window form of the side panel: group-by switch and a drop-down of the groups.
pub fn picker(ui: &mut egui::Ui, doc: &OpenDocument, view: &mut AssessView) {
    group_by(ui, view);
    let list = groups(doc, view.group_by_area);
    let choose = if view.group_by_area {
        ui_t!("group-choose-area")
    } else {
        ui_t!("group-choose-norm")
    };
    let chosen = selected(view);
    let text = |g: &Group<'_>| {
        let done = whole_percent(g.score.completion.unwrap_or(0.0));
        ui_t!(
            "group-picker-entry",
            group = g.label.clone(),
            percent = done
        )
    };
    let current = list
        .iter()
        .find(|g| g.id == chosen.as_str())
        .map(text)
        .unwrap_or_default();
    let combo = egui::ComboBox::from_id_salt("group-picker")
        .width(ui.available_width() - 8.0)
        .wrap_mode(egui::TextWrapMode::Truncate)
        .selected_text(current)
        .show_ui(ui, |ui| {
            for g in &list {
                ui.selectable_value(chosen, g.id.to_owned(), text(g));
            }
        });
    accessible_name(ui, &combo.response, choose);
    ui.label(RichText::new(ui_t!("group-overall-line", scores = overall(doc))).weak());
}

fn group_by(ui: &mut egui::Ui, view: &mut AssessView) {
    ui.horizontal_wrapped(|ui| {
        ui.label(ui_t!("group-by"));
        ui.selectable_value(&mut view.group_by_area, false, ui_t!("group-by-norm"));
        ui.selectable_value(&mut view.group_by_area, true, ui_t!("group-by-area"));
    });
}

fn overall(doc: &OpenDocument) -> String {
    let o = &doc.scores.overall;
    let score = crate::ui::lang::with(|tr| o.score.map_or("–".to_owned(), |s| tr.number(s, 1)));
    ui_t!(
        "group-score",
        score = score,
        percent = whole_percent(o.completion.unwrap_or(0.0))
    )
}

/// One row of the side list (name wrapped, then completion and score bar); returns whether
/// it was clicked.
fn group_row(ui: &mut egui::Ui, group: &Group<'_>, selected: bool) -> bool {
    let completion = whole_percent(group.score.completion.unwrap_or(0.0));
    // Laid out here, so that Thai, Khmer, Lao and Myanmar names break between words.
    let padding = 2.0 * ui.spacing().button_padding.x;
    let width = (ui.available_width() - padding).max(40.0);
    let label = wrapped(ui, RichText::new(&group.label).strong(), width);
    let r = ui.add(egui::Button::selectable(selected, label));
    accessible_name(
        ui,
        &r,
        ui_t!(
            "group-row-said",
            group = group.label.clone(),
            percent = completion,
            score = group
                .score
                .score
                .map_or_else(|| ui_t!("group-no-score"), |s| format!("{s:.0}"))
        ),
    );
    ui.horizontal(|ui| {
        let size = egui::vec2(76.0, theme::BAR_HEIGHT + 4.0);
        ui.allocate_ui_with_layout(
            size,
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                ui.set_min_size(size);
                let caption =
                    ui.label(RichText::new(ui_t!("group-done", percent = completion)).weak());
                // The row's button already says both.
                hide_from_screen_readers(ui, &caption);
            },
        );
        let width = (ui.available_width() - 40.0).max(40.0);
        let bar = score_bar(ui, group.score.score, width);
        hide_from_screen_readers(ui, &bar);
    });
    ui.add_space(4.0);
    r.clicked()
}
