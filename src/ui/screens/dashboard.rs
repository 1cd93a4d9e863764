//! Where the assessment stands: overall score, charts, counts, gaps and what needs attention.

use crate::ui::focus::ShowFocused as _;
use crate::ui::widgets::wrapped_text::wrapped_label;
use egui::RichText;

use crate::scoring::analysis::{Concern, Gap, completeness, gaps};
use crate::scoring::whole_percent;
use crate::ui::action::Action;
use crate::ui::document::OpenDocument;
use crate::ui::theme;
use crate::ui::widgets::bars::chart_row;
use crate::ui::widgets::section::section;
use crate::ui_t;

/// Draws the dashboard.
pub fn ui(ui: &mut egui::Ui, doc: &OpenDocument, actions: &mut Vec<Action>) {
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("dashboard")
            .auto_shrink([false, false])
            .show_focused(ui, |ui| {
                theme::limit_width(ui, 1100.0);
                headline(ui, doc);
                ui.add_space(12.0);
                if ui.available_width() < theme::NARROW_WIDTH {
                    norm_chart(ui, doc);
                    ui.add_space(12.0);
                    area_chart(ui, doc);
                } else {
                    ui.columns(2, |cols| {
                        norm_chart(&mut cols[0], doc);
                        area_chart(&mut cols[1], doc);
                    });
                }
                ui.add_space(12.0);
                level_counts(ui, doc);
                ui.add_space(12.0);
                gap_list(ui, doc, actions);
                ui.add_space(12.0);
                attention_list(ui, doc, actions);
                ui.add_space(12.0);
                super::support_list::support_list(ui, doc, actions);
            });
    });
}

fn headline(ui: &mut egui::Ui, doc: &OpenDocument) {
    let o = &doc.scores.overall;
    let meta = &doc.session.meta;
    let state = meta
        .member_state
        .clone()
        .unwrap_or_else(|| ui_t!("dash-assessment"));
    ui.heading(ui_t!("dash-heading", state = state));
    ui.horizontal_wrapped(|ui| {
        let score =
            crate::ui::lang::with(|tr| o.score.map_or("–".to_owned(), |s| tr.number(s, 1)));
        ui.label(RichText::new(score).size(theme::HERO_TEXT_SIZE).strong());
        ui.vertical(|ui| {
            ui.label(ui_t!("dash-overall"));
            if let Some(band) = &o.band {
                ui.label(RichText::new(band).strong());
            }
        });
    });
    if !doc.session.conflicts.is_empty() {
        let n = doc.session.conflicts.len();
        ui.label(
            RichText::new(ui_t!("dash-conflicts", count = n))
                .strong()
                .color(ui.visuals().warn_fg_color),
        );
    }
    let c = o.completion.unwrap_or(0.0);
    ui.label(ui_t!(
        "dash-completion",
        percent = whole_percent(c),
        answered = o.counts.answered,
        items = o.counts.items,
        na = o.counts.not_applicable
    ));
    let width = ui.available_width().min(420.0);
    let fill = theme::bar_fill(ui.visuals());
    ui.add(
        egui::ProgressBar::new((c / 100.0) as f32)
            .desired_width(width)
            .fill(fill),
    );
}

fn norm_chart(ui: &mut egui::Ui, doc: &OpenDocument) {
    ui.label(RichText::new(ui_t!("dash-norm-chart")).strong());
    for (norm, s) in doc.shown.norms.iter().zip(&doc.scores.norms) {
        let width = ui.available_width() * 0.5;
        chart_row(ui, &format!("({}) {}", norm.id, norm.title), s.score, width);
    }
}

fn area_chart(ui: &mut egui::Ui, doc: &OpenDocument) {
    ui.label(RichText::new(ui_t!("dash-area-chart")).strong());
    for (area, s) in doc.shown.focus_areas.iter().zip(&doc.scores.focus_areas) {
        let width = ui.available_width() * 0.5;
        chart_row(ui, &area.title, s.score, width);
    }
}

fn level_counts(ui: &mut egui::Ui, doc: &OpenDocument) {
    let counts = &doc.scores.overall.counts;
    ui.label(RichText::new(ui_t!("dash-levels")).strong());
    egui::Grid::new("level-counts")
        .striped(true)
        .show(ui, |ui| {
            for level in &doc.shown.scale.levels {
                ui.label(format!("{} {}", level.value, level.label));
                ui.label(
                    counts
                        .levels
                        .get(&level.value)
                        .copied()
                        .unwrap_or(0)
                        .to_string(),
                );
                ui.end_row();
            }
            ui.label(ui_t!("answer-not-applicable"));
            ui.label(counts.not_applicable.to_string());
            ui.end_row();
            ui.label(ui_t!("answer-not-answered"));
            ui.label((counts.items - counts.answered).to_string());
            ui.end_row();
        });
}

fn gap_list(ui: &mut egui::Ui, doc: &OpenDocument, actions: &mut Vec<Action>) {
    let gaps = gaps(&doc.shown, &doc.session, false);
    let threshold = doc
        .shown
        .implemented_threshold()
        .and_then(|t| doc.shown.scale.level(t))
        .map_or_else(|| ui_t!("dash-top-level"), |l| format!("“{}”", l.label));
    let heading = ui_t!("dash-gaps", count = gaps.len(), level = threshold);
    ui.label(RichText::new(heading).strong());
    if gaps.is_empty() {
        ui.label(RichText::new(ui_t!("dash-no-gaps")).weak());
        return;
    }
    ui.label(RichText::new(ui_t!("dash-gaps-order")).weak());
    let show_all_id = ui.make_persistent_id("show-all-gaps");
    let show_all = ui.data(|d| d.get_temp::<bool>(show_all_id).unwrap_or(false));
    let shown = if show_all {
        gaps.len()
    } else {
        gaps.len().min(GAPS_SHOWN)
    };
    for g in &gaps[..shown] {
        gap_row(ui, doc, g, actions);
    }
    if gaps.len() > GAPS_SHOWN {
        let label = if show_all {
            ui_t!("dash-gaps-fewer", count = GAPS_SHOWN)
        } else {
            ui_t!("dash-gaps-all", count = gaps.len())
        };
        if ui.button(label).clicked() {
            ui.data_mut(|d| d.insert_temp(show_all_id, !show_all));
        }
    }
}

/// One gap: its item's text, its level, priority, agency and date, and a button to go there.
fn gap_row(ui: &mut egui::Ui, doc: &OpenDocument, g: &Gap, actions: &mut Vec<Action>) {
    let text = doc.shown.item(&g.item).map_or("", |(_, i)| i.text.as_str());
    let level = g
        .level
        .and_then(|l| doc.shown.scale.level(l))
        .map_or("–".to_owned(), |l| l.label.clone());
    let details = [
        level,
        ui_t!(
            "card-summary-priority",
            priority = g.priority.map_or_else(
                || ui_t!("dash-none"),
                |p| crate::ui::lang::with(|tr| p.label_in(tr))
            )
        ),
        ui_t!(
            "card-summary-agency",
            agency = g
                .owner
                .clone()
                .unwrap_or_else(|| ui_t!("dash-not-assigned"))
        ),
        ui_t!(
            "card-summary-target",
            date = g.target_date.map_or_else(
                || ui_t!("dash-none"),
                |d| crate::ui::lang::with(|tr| tr.short_date(d))
            )
        ),
    ];
    ui.horizontal(|ui| {
        if ui
            .small_button(ui_t!("dash-go-to", item = g.item.clone()))
            .clicked()
        {
            actions.push(Action::JumpToItem(g.item.clone()));
        }
        ui.vertical(|ui| {
            wrapped_label(ui, text);
            ui.label(RichText::new(details.join("  ·  ")).weak().small());
        });
    });
    ui.add_space(4.0);
}

/// How many gaps are listed before "Show all".
const GAPS_SHOWN: usize = 8;

/// Concerns per norm in one collapsible section each, with the item's text; sections with
/// more than [`OPEN_UP_TO`] entries start collapsed.
fn attention_list(ui: &mut egui::Ui, doc: &OpenDocument, actions: &mut Vec<Action>) {
    let found = completeness(&doc.shown, &doc.session);
    ui.label(RichText::new(ui_t!("dash-attention", count = found.len())).strong());
    if found.is_empty() {
        ui.label(ui_t!("dash-attention-none"));
        return;
    }
    for norm in &doc.shown.norms {
        let entries: Vec<_> = found
            .iter()
            .filter(|(item, _)| norm.items.iter().any(|i| &i.id == item))
            .collect();
        if entries.is_empty() {
            continue;
        }
        let title = format!(
            "({}) {} — {}",
            norm.id,
            norm.title,
            concern_counts(entries.iter().map(|(_, c)| *c))
        );
        let open = entries.len() <= OPEN_UP_TO;
        section(ui, ("attention", &norm.id), &title, open, |ui| {
            for (item, concern) in entries {
                let text = doc.shown.item(item).map_or("", |(_, i)| i.text.as_str());
                ui.horizontal(|ui| {
                    if ui
                        .small_button(ui_t!("dash-open", item = item.clone()))
                        .clicked()
                    {
                        actions.push(Action::JumpToItem(item.clone()));
                    }
                    ui.vertical(|ui| {
                        wrapped_label(ui, text);
                        ui.label(RichText::new(concern_label(*concern)).weak().small());
                    });
                });
                ui.add_space(4.0);
            }
        });
    }
}

/// Sections of the attention list longer than this start collapsed.
const OPEN_UP_TO: usize = 3;

/// "5 not answered, 1 without justification".
fn concern_counts(concerns: impl Iterator<Item = Concern>) -> String {
    let (mut unanswered, mut unjustified, mut unowned) = (0, 0, 0);
    for c in concerns {
        match c {
            Concern::Unanswered => unanswered += 1,
            Concern::MissingJustification => unjustified += 1,
            Concern::GapWithoutOwner => unowned += 1,
        }
    }
    [
        ui_t!("dash-count-unanswered", count = unanswered),
        ui_t!("dash-count-unjustified", count = unjustified),
        ui_t!("dash-count-unowned", count = unowned),
    ]
    .into_iter()
    .zip([unanswered, unjustified, unowned])
    .filter(|(_, n)| *n > 0)
    .map(|(what, _)| what)
    .collect::<Vec<_>>()
    .join(", ")
}

/// Why an item needs attention, in the window's language.
fn concern_label(concern: Concern) -> String {
    match concern {
        Concern::Unanswered => ui_t!("dash-concern-unanswered"),
        Concern::MissingJustification => ui_t!("dash-concern-unjustified"),
        Concern::GapWithoutOwner => ui_t!("dash-concern-unowned"),
    }
}
