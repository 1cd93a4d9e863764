//! What a newer edition of the checklist changes, item by item, before the user moves the
//! answers to it.

use egui::{Modal, RichText, ScrollArea};

use super::answer;
use crate::checklist::Checklist;
use crate::ui::action::Answer;
use crate::ui::focus::ShowFocused as _;
use crate::ui::modal::EditionView;
use crate::ui::theme;
use crate::ui::widgets::dialog_title;
use crate::ui::widgets::wrapped_text::wrapped_label;
use crate::ui_t;

/// Shows the changes; the answer moves the answers or closes the dialog.
pub(super) fn changes(ctx: &egui::Context, view: &EditionView) -> Option<Answer> {
    let mut chosen = None;
    let response = Modal::new(egui::Id::unique("edition-changes")).show(ctx, |ui| {
        theme::limit_width(ui, 680.0);
        let c = &view.changes;
        dialog_title(
            ui,
            ui_t!("edition-heading", from = c.from.clone(), to = c.to.clone()),
        );
        wrapped_label(ui, ui_t!("edition-explained"));
        ScrollArea::vertical()
            .max_height(360.0)
            .auto_shrink([false, true])
            .show_focused(ui, |ui| list(ui, view));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(ui_t!("edition-move", to = c.to.clone()))
                .clicked()
            {
                chosen = Some(Answer::MoveAnswers);
            }
            if ui.button(ui_t!("edition-close")).clicked() {
                chosen = Some(Answer::Dismiss);
            }
        });
    });
    answer(chosen, response.should_close())
}

fn list(ui: &mut egui::Ui, view: &EditionView) {
    let c = &view.changes;
    let norms: Vec<String> = c.norms_reworded.iter().map(|n| format!("({n})")).collect();
    section(ui, &ui_t!("edition-norms-reworded"), &[norms.join(", ")]);
    let merged: Vec<String> = c
        .merged
        .iter()
        .map(|(old, into)| {
            let merged = ui_t!(
                "edition-merged-into",
                old = old.clone(),
                into = into.clone()
            );
            format!("{merged}: {}", text(&view.to, into))
        })
        .collect();
    section(ui, &ui_t!("edition-merged"), &merged);
    let removed: Vec<String> = c
        .removed
        .iter()
        .map(|(id, why)| format!("{id}: {} — {why}", text(&view.from, id)))
        .collect();
    section(ui, &ui_t!("edition-removed"), &removed);
    let added: Vec<String> = c
        .added
        .iter()
        .map(|id| format!("{id}: {}", text(&view.to, id)))
        .collect();
    section(ui, &ui_t!("edition-added"), &added);
    section(ui, &ui_t!("edition-reworded"), &[c.reworded.join(", ")]);
    section(ui, &ui_t!("edition-retagged"), &[c.retagged.join(", ")]);
    section(ui, &ui_t!("edition-relabelled"), &[c.relabelled.join(", ")]);
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
