//! What a newer edition of the checklist changes, item by item, before the user moves the
//! answers to it.

use egui::{Modal, RichText, ScrollArea};

use super::answer;
use crate::checklist::Checklist;
use crate::ui::action::Answer;
use crate::ui::modal::EditionView;
use crate::ui::theme;
use crate::ui::widgets::wrapped_text::wrapped_label;

/// Shows the changes; the answer moves the answers or closes the dialog.
pub(super) fn changes(ctx: &egui::Context, view: &EditionView) -> Option<Answer> {
    let mut chosen = None;
    let response = Modal::new(egui::Id::unique("edition-changes")).show(ctx, |ui| {
        theme::limit_width(ui, 680.0);
        let c = &view.changes;
        ui.heading(format!("Checklist version {} to {}", c.from, c.to));
        wrapped_label(
            ui,
            "Moving your answers makes a new assessment: answers are carried by item; where two \
             items were merged into one, the lower level is kept with both notes; new items start \
             unanswered. The file you opened is not changed.",
        );
        ScrollArea::vertical()
            .max_height(360.0)
            .auto_shrink([false, true])
            .show(ui, |ui| list(ui, view));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(format!("Move my answers to version {}", c.to))
                .clicked()
            {
                chosen = Some(Answer::MoveAnswers);
            }
            if ui.button("Close").clicked() {
                chosen = Some(Answer::Dismiss);
            }
        });
    });
    answer(chosen, response.should_close())
}

fn list(ui: &mut egui::Ui, view: &EditionView) {
    let c = &view.changes;
    let norms: Vec<String> = c.norms_reworded.iter().map(|n| format!("({n})")).collect();
    section(ui, "Norm summaries reworded", &[norms.join(", ")]);
    let merged: Vec<String> = c
        .merged
        .iter()
        .map(|(old, into)| format!("{old} into {into}: {}", text(&view.to, into)))
        .collect();
    section(ui, "Merged into another item", &merged);
    let removed: Vec<String> = c
        .removed
        .iter()
        .map(|(id, why)| format!("{id}: {} — {why}", text(&view.from, id)))
        .collect();
    section(ui, "Removed", &removed);
    let added: Vec<String> = c
        .added
        .iter()
        .map(|id| format!("{id}: {}", text(&view.to, id)))
        .collect();
    section(ui, "New practical actions", &added);
    section(ui, "Reworded", &[c.reworded.join(", ")]);
    section(ui, "Focus areas changed", &[c.retagged.join(", ")]);
    section(ui, "Source or weight changed", &[c.relabelled.join(", ")]);
}

fn section(ui: &mut egui::Ui, title: &str, lines: &[String]) {
    let lines: Vec<&String> = lines.iter().filter(|l| !l.is_empty()).collect();
    if lines.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(RichText::new(title).strong());
    for line in lines {
        wrapped_label(ui, line.as_str());
    }
}

fn text(checklist: &Checklist, id: &str) -> String {
    checklist
        .item(id)
        .map(|(_, item)| item.text.clone())
        .unwrap_or_default()
}
