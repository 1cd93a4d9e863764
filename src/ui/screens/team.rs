//! The coordinator's screen: responsible agencies and how far each has answered, assigning an
//! agency to a whole norm or to ticked items (one undo step), handing out and merging
//! contributions, and settling merge conflicts side by side.

use crate::ui::focus::ShowFocused as _;
use crate::ui::widgets::wrapped_text::wrapped_label;
use egui::RichText;
use serde_json::Value;

use crate::checklist::Norm;
use crate::session::{Conflict, Edit};
use crate::team::agency_counts;
use crate::ui::action::Action;
use crate::ui::document::OpenDocument;
use crate::ui::team::TeamView;
use crate::ui::theme;
use crate::ui::widgets::section::section;
use crate::ui_t;

/// Draws the Team screen.
pub fn ui(ui: &mut egui::Ui, doc: &OpenDocument, view: &mut TeamView, actions: &mut Vec<Action>) {
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("team")
            .auto_shrink([false, false])
            .show_focused(ui, |ui| {
                theme::limit_width(ui, 1100.0);
                ui.heading(ui_t!("team-heading"));
                if let Some(c) = &doc.session.contribution {
                    ui.label(ui_t!(
                        "team-contribution",
                        agency = c.agency.clone(),
                        count = c.items.len()
                    ));
                }
                ui.add_space(8.0);
                conflicts(ui, doc, view, actions);
                agencies(ui, doc);
                ui.add_space(12.0);
                hand_out(ui, doc, actions);
                ui.add_space(12.0);
                assign(ui, doc, view, actions);
            });
    });
}

/// Per agency: items assigned and answered.
fn agencies(ui: &mut egui::Ui, doc: &OpenDocument) {
    ui.label(RichText::new(ui_t!("team-agencies")).strong());
    let counts = agency_counts(&doc.shown, &doc.session);
    if counts.is_empty() {
        ui.label(RichText::new(ui_t!("team-no-agencies")).weak());
        return;
    }
    egui::Grid::new("agency-counts")
        .striped(true)
        .num_columns(3)
        .show(ui, |ui| {
            ui.label(RichText::new(ui_t!("team-col-agency")).strong());
            ui.label(RichText::new(ui_t!("team-col-items")).strong());
            ui.label(RichText::new(ui_t!("team-col-answered")).strong());
            ui.end_row();
            for (agency, (items, answered)) in &counts {
                ui.label(agency);
                ui.label(items.to_string());
                ui.label(ui_t!(
                    "team-answered-of",
                    answered = answered.to_string(),
                    items = items.to_string()
                ));
                ui.end_row();
            }
        });
    let assigned: usize = counts.values().map(|(items, _)| items).sum();
    let total = doc.shown.items().count();
    if assigned < total {
        ui.label(
            RichText::new(ui_t!(
                "team-unassigned",
                count = total.saturating_sub(assigned)
            ))
            .weak(),
        );
    }
}

/// Prepare and merge contributions.
fn hand_out(ui: &mut egui::Ui, doc: &OpenDocument, actions: &mut Vec<Action>) {
    ui.label(RichText::new(ui_t!("team-hand-out")).strong());
    ui.label(RichText::new(ui_t!("team-hand-out-explained")).weak());
    ui.horizontal_wrapped(|ui| {
        if ui.button(ui_t!("menu-file-prepare")).clicked() {
            actions.push(Action::PrepareContributions);
        }
        let can_merge = doc.session.contribution.is_none();
        if ui
            .add_enabled(can_merge, egui::Button::new(ui_t!("menu-file-merge")))
            .on_disabled_hover_text(ui_t!("team-merge-where"))
            .clicked()
        {
            actions.push(Action::MergeContributions);
        }
    });
}

/// Tick items (or whole norms) and give them a responsible agency in one step.
fn assign(ui: &mut egui::Ui, doc: &OpenDocument, view: &mut TeamView, actions: &mut Vec<Action>) {
    ui.label(RichText::new(ui_t!("team-assign")).strong());
    agency_field(ui, doc, view);
    let agency = view.agency.trim().to_owned();
    let n = view.selected.len();
    ui.horizontal_wrapped(|ui| {
        let text = ui_t!("team-assign-ticked", count = n);
        if ui
            .add_enabled(n > 0 && !agency.is_empty(), egui::Button::new(text))
            .clicked()
        {
            let edits = view
                .selected
                .iter()
                .map(|item| Edit::SetOwner {
                    item: item.clone(),
                    text: agency.clone(),
                })
                .collect();
            actions.push(Action::EditAll {
                label: ui_t!("team-assign-undo", count = n, agency = agency.clone()),
                edits,
            });
            view.selected.clear();
        }
        if ui
            .add_enabled(n > 0, egui::Button::new(ui_t!("team-untick")))
            .clicked()
        {
            view.selected.clear();
        }
    });
    for norm in &doc.shown.norms {
        norm_ticks(ui, doc, norm, view);
    }
}

/// The agency to assign: typed, or chosen among those the assessment already names.
fn agency_field(ui: &mut egui::Ui, doc: &OpenDocument, view: &mut TeamView) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(ui_t!("team-agency-label"));
        ui.add(
            egui::TextEdit::singleline(&mut view.agency)
                .hint_text(ui_t!("team-agency-hint"))
                .desired_width(260.0),
        )
        .labelled_by(label.id);
        let known = agency_counts(&doc.shown, &doc.session);
        if !known.is_empty() {
            egui::ComboBox::from_label(ui_t!("team-known-choose"))
                .selected_text(ui_t!("team-known"))
                .show_ui(ui, |ui| {
                    for agency in known.keys() {
                        if ui
                            .selectable_label(view.agency == *agency, agency)
                            .clicked()
                        {
                            view.agency = agency.clone();
                        }
                    }
                });
        }
    });
}

/// One norm's items to tick, with a box for the whole norm, in a collapsible section.
fn norm_ticks(ui: &mut egui::Ui, doc: &OpenDocument, norm: &Norm, view: &mut TeamView) {
    let ids: Vec<&String> = norm.items.iter().map(|i| &i.id).collect();
    let ticked = ids.iter().filter(|id| view.selected.contains(**id)).count();
    let title = ui_t!(
        "team-norm-ticked",
        norm = format!("({}) {}", norm.id, norm.title),
        ticked = ticked,
        count = ids.len()
    );
    section(ui, ("assign", &norm.id), &title, false, |ui| {
        let mut whole = ticked == ids.len();
        if ui.checkbox(&mut whole, ui_t!("team-whole-norm")).changed() {
            for id in &ids {
                if whole {
                    view.selected.insert((*id).clone());
                } else {
                    view.selected.remove(*id);
                }
            }
        }
        for item in &norm.items {
            let owner = doc
                .session
                .answer(&item.id)
                .and_then(|a| a.owner.clone())
                .unwrap_or_else(|| ui_t!("team-no-agency"));
            let mut on = view.selected.contains(&item.id);
            let text = format!("{} {} — {owner}", item.id, item.text);
            let spacing = ui.spacing();
            let width = ui.available_width() - spacing.icon_width - spacing.icon_spacing;
            let text = crate::ui::widgets::wrapped_text::wrapped(ui, text, width);
            if ui.add(egui::Checkbox::new(&mut on, text)).changed() {
                if on {
                    view.selected.insert(item.id.clone());
                } else {
                    view.selected.remove(&item.id);
                }
            }
        }
    });
}

/// The merge conflicts, each with every side's value and a way to choose or write one.
fn conflicts(
    ui: &mut egui::Ui,
    doc: &OpenDocument,
    view: &mut TeamView,
    actions: &mut Vec<Action>,
) {
    let list = &doc.session.conflicts;
    if list.is_empty() {
        return;
    }
    ui.label(RichText::new(ui_t!("team-conflicts", count = list.len())).strong());
    ui.label(RichText::new(ui_t!("team-conflicts-explained")).weak());
    for conflict in list {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            conflict_card(ui, doc, conflict, view, actions);
        });
    }
    ui.add_space(12.0);
}

fn conflict_card(
    ui: &mut egui::Ui,
    doc: &OpenDocument,
    conflict: &Conflict,
    view: &mut TeamView,
    actions: &mut Vec<Action>,
) {
    let text = doc
        .shown
        .item(&conflict.item)
        .map_or("", |(_, i)| i.text.as_str());
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{} · {}", conflict.item, conflict.field)).strong());
        ui.label(text);
        if ui.small_button(ui_t!("team-go-to-item")).clicked() {
            actions.push(Action::JumpToItem(conflict.item.clone()));
        }
    });
    let choose = |value: &Value| {
        Action::Edit(Edit::ResolveConflict {
            item: conflict.item.clone(),
            field: conflict.field.clone(),
            value: value.clone(),
        })
    };
    // One side per block, its value wrapped below its name: a long note never runs off screen.
    let mut side = |ui: &mut egui::Ui, who: RichText, value: &Value, button: &str| {
        ui.horizontal_wrapped(|ui| {
            ui.label(who);
            if ui.button(button).clicked() {
                actions.push(choose(value));
            }
        });
        ui.indent("value", |ui| {
            wrapped_label(ui, shown(doc, &conflict.field, value));
        });
    };
    let (before, keep, use_this) = (
        ui_t!("team-before"),
        ui_t!("team-keep"),
        ui_t!("team-use-this"),
    );
    side(ui, RichText::new(before).weak(), &conflict.base, &keep);
    for (i, proposal) in conflict.values.iter().enumerate() {
        ui.push_id(i, |ui| {
            side(
                ui,
                RichText::new(&proposal.from).strong(),
                &proposal.value,
                &use_this,
            );
        });
    }
    write_own_value(ui, conflict, view, actions);
}

/// "Or write:" a value of the coordinator's own for the conflicting field.
fn write_own_value(
    ui: &mut egui::Ui,
    conflict: &Conflict,
    view: &mut TeamView,
    actions: &mut Vec<Action>,
) {
    let key = format!("{}/{}", conflict.item, conflict.field);
    ui.horizontal_wrapped(|ui| {
        let written = view.written.entry(key.clone()).or_default();
        let label = ui.label(ui_t!("team-or-write"));
        ui.add(egui::TextEdit::singleline(written).desired_width(320.0))
            .labelled_by(label.id);
        let value = written_value(&conflict.field, written);
        if ui
            .add_enabled(
                !written.trim().is_empty(),
                egui::Button::new(ui_t!("team-use-mine")),
            )
            .clicked()
        {
            actions.push(Action::Edit(Edit::ResolveConflict {
                item: conflict.item.clone(),
                field: conflict.field.clone(),
                value,
            }));
            view.written.remove(&key);
        }
    });
}

/// An answer field's value (see [`crate::session::fields`]) as the user reads it: the level's
/// number and label, "Not applicable", the text.
pub fn shown(doc: &OpenDocument, field: &str, value: &Value) -> String {
    match value {
        Value::Null => ui_t!("team-empty"),
        Value::String(s) if field == "level" && s == "na" => ui_t!("answer-not-applicable"),
        Value::Bool(true) => ui_t!("team-yes"),
        Value::Bool(false) => ui_t!("team-no"),
        Value::Number(n) if field == "level" => {
            match n.as_i64().and_then(|l| doc.shown.scale.level(l)) {
                Some(l) => format!("{} {}", l.value, l.label),
                None => n.to_string(),
            }
        }
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    }
}

/// What the coordinator typed, as the field's value: a number (or "n/a") for a level, yes/no
/// for the flag, a list for evidence (one entry per `;`), text otherwise. A value that does not
/// fit the field is refused by the edit itself, with a message.
fn written_value(field: &str, text: &str) -> Value {
    let text = text.trim();
    match field {
        "level"
            if matches!(
                text.to_lowercase().as_str(),
                "na" | "n/a" | "not applicable"
            ) =>
        {
            Value::String("na".to_owned())
        }
        "level" => text
            .split_whitespace()
            .next()
            .and_then(|n| n.parse::<u64>().ok())
            .map_or_else(|| Value::String(text.to_owned()), Value::from),
        "flagged" => Value::Bool(matches!(text.to_lowercase().as_str(), "yes" | "true" | "1")),
        "evidence" => Value::Array(
            text.split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| Value::String(s.to_owned()))
                .collect(),
        ),
        _ => Value::String(text.to_owned()),
    }
}
