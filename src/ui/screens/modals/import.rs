//! The review of an imported spreadsheet: which items and fields it changes and which cells
//! cannot be used, before the changes are applied as one undoable step.

use egui::{Modal, RichText, ScrollArea};

use super::answer;
use crate::sheets::SheetImport;
use crate::ui::action::Answer;
use crate::ui::document::OpenDocument;
use crate::ui::focus::ShowFocused as _;
use crate::ui::sheets::PendingImport;
use crate::ui::theme;
use crate::ui::widgets::dialog_title;
use crate::ui_t;

/// A field's name as the spreadsheet's column headers say it.
fn field_label(field: &str) -> String {
    match field {
        "level" => ui_t!("import-field-level"),
        "justification" => ui_t!("sheet-col-justification"),
        "note" => ui_t!("sheet-col-note"),
        "evidence" => ui_t!("sheet-col-evidence"),
        "owner" => ui_t!("sheet-col-owner"),
        "target_date" => ui_t!("sheet-col-target"),
        "priority" => ui_t!("sheet-col-priority"),
        "flagged" => ui_t!("sheet-col-flagged"),
        "support" => ui_t!("sheet-col-support"),
        other => other.to_owned(),
    }
}

/// The practical action an item id stands for (shown when pointing at a change).
fn item_text(doc: Option<&OpenDocument>, item: &str) -> String {
    doc.and_then(|d| d.checklist.item(item).map(|(_, i)| i.text.clone()))
        .unwrap_or_default()
}

/// Shows the pending import's changes and problems; the answer applies or drops them.
pub(super) fn review(
    ctx: &egui::Context,
    pending: &PendingImport,
    doc: Option<&OpenDocument>,
) -> Option<Answer> {
    let name = pending.name();
    let import = &pending.import;
    let mut chosen = None;
    let response = Modal::new(egui::Id::unique("sheet-import")).show(ctx, |ui| {
        theme::limit_width(ui, 640.0);
        dialog_title(ui, ui_t!("import-heading", name = name.to_string()));
        if import.changes.is_empty() {
            ui.label(ui_t!("import-no-change"));
        } else {
            ui.label(ui_t!("import-changes", count = import.changes.len()));
        }
        ScrollArea::vertical()
            .max_height(320.0)
            .auto_shrink([false, true])
            .show_focused(ui, |ui| changes_and_problems(ui, import, doc));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            let label = if import.problems.is_empty() {
                ui_t!("import-apply")
            } else {
                ui_t!("import-apply-others")
            };
            if ui
                .add_enabled(!import.edits.is_empty(), egui::Button::new(label))
                .clicked()
            {
                chosen = Some(Answer::ApplyImport);
            }
            if ui.button(ui_t!("form-cancel")).clicked() {
                chosen = Some(Answer::Dismiss);
            }
        });
    });
    answer(chosen, response.should_close())
}

/// Each changed item with its fields, then the cells that cannot be used.
fn changes_and_problems(ui: &mut egui::Ui, import: &SheetImport, doc: Option<&OpenDocument>) {
    for change in &import.changes {
        let fields: Vec<String> = change.fields.iter().map(|f| field_label(f)).collect();
        ui.label(format!("{}: {}", change.item, fields.join(", ")))
            .on_hover_text(item_text(doc, &change.item));
    }
    if import.problems.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.label(
        RichText::new(ui_t!("import-problems", count = import.problems.len()))
            .color(ui.visuals().error_fg_color),
    );
    for problem in &import.problems {
        ui.label(crate::ui::words::said(problem));
    }
}
