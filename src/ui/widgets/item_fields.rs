//! The fields of an item's details: texts, evidence, target date and priority, each labelled
//! above its field and named for screen readers by item.

use egui::RichText;

use super::accessible_name;
use super::item_card::Drafts;
use crate::session::{Answer, Edit, Priority, format_date, parse_date};
use crate::ui::action::Action;
use crate::ui::theme;
use crate::ui_t;

pub(super) fn text_field(
    ui: &mut egui::Ui,
    name: &str,
    id: &str,
    value: Option<&str>,
    multiline: bool,
    edit: impl FnOnce(String) -> Edit,
    actions: &mut Vec<Action>,
) {
    let label = ui.label(format!("{name}:"));
    let mut text = value.unwrap_or_default().to_owned();
    let mut layouter = super::wrapped_text::field_layouter;
    let widget = if multiline {
        egui::TextEdit::multiline(&mut text)
            .desired_rows(3)
            .layouter(&mut layouter)
    } else {
        egui::TextEdit::singleline(&mut text)
    };
    let r = ui
        .add(widget.desired_width(f32::INFINITY))
        .labelled_by(label.id);
    accessible_name(ui, &r, format!("{id}: {name}"));
    if r.changed() {
        actions.push(Action::Edit(edit(text)));
    }
    ui.add_space(4.0);
}

pub(super) fn evidence_field(
    ui: &mut egui::Ui,
    id: &str,
    answer: &Answer,
    drafts: &mut Drafts,
    actions: &mut Vec<Action>,
) {
    let label = ui.label(ui_t!("field-evidence-label"));
    let text = drafts
        .evidence
        .entry(id.to_owned())
        .or_insert_with(|| answer.evidence.join("\n"));
    let r = ui
        .add(
            egui::TextEdit::multiline(text)
                .layouter(&mut super::wrapped_text::field_layouter)
                .desired_rows(2)
                .desired_width(f32::INFINITY)
                .hint_text(ui_t!("field-evidence-hint")),
        )
        .labelled_by(label.id);
    accessible_name(ui, &r, format!("{id}: {}", ui_t!("field-evidence")));
    if r.changed() {
        actions.push(Action::Edit(Edit::SetEvidence {
            item: id.to_owned(),
            evidence: text.lines().map(|l| l.trim().to_owned()).collect(),
        }));
    }
    ui.add_space(4.0);
}

pub(super) fn date_field(
    ui: &mut egui::Ui,
    id: &str,
    answer: &Answer,
    drafts: &mut Drafts,
    actions: &mut Vec<Action>,
) {
    let label = ui.label(ui_t!("field-target-label"));
    let text = drafts
        .dates
        .entry(id.to_owned())
        .or_insert_with(|| answer.target_date.map(format_date).unwrap_or_default());
    ui.horizontal_wrapped(|ui| {
        let r = ui
            .add(
                egui::TextEdit::singleline(text)
                    .desired_width(120.0)
                    .hint_text("YYYY-MM-DD"),
            )
            .labelled_by(label.id);
        accessible_name(ui, &r, format!("{id}: {}", ui_t!("field-target")));
        let parsed = parse_date(text);
        if r.changed() && (parsed.is_some() || text.trim().is_empty()) {
            actions.push(Action::Edit(Edit::SetTargetDate {
                item: id.to_owned(),
                date: parsed,
            }));
        }
        if parsed.is_none() && !text.trim().is_empty() {
            ui.label(
                RichText::new(ui_t!("field-target-invalid")).color(theme::attention(ui.visuals())),
            );
        }
    });
    ui.add_space(4.0);
}

pub(super) fn priority_field(
    ui: &mut egui::Ui,
    id: &str,
    current: Option<Priority>,
    actions: &mut Vec<Action>,
) {
    let label = ui.label(ui_t!("field-priority-label"));
    ui.horizontal_wrapped(|ui| {
        let mut choice = current;
        let none = ui.selectable_value(&mut choice, None, ui_t!("field-priority-none"));
        accessible_name(
            ui,
            &none,
            format!("{id}: {}", ui_t!("field-priority-is-none")),
        );
        for p in Priority::ALL {
            let name = crate::ui::lang::with(|tr| p.label_in(tr));
            let r = ui.selectable_value(&mut choice, Some(p), &name);
            let said = ui_t!("field-priority-is", priority = name.to_lowercase());
            accessible_name(ui, &r, format!("{id}: {said}"));
        }
        if choice != current {
            actions.push(Action::Edit(Edit::SetPriority {
                item: id.to_owned(),
                priority: choice,
            }));
        }
        let _ = label;
    });
    ui.add_space(4.0);
}
