//! The review of an imported spreadsheet: which items and fields it changes and which cells
//! cannot be used, before the changes are applied as one undoable step.

use egui::{Modal, RichText, ScrollArea};

use crate::ui::action::Action;
use crate::ui::app::AppState;
use crate::ui::theme;

/// A field's name as the spreadsheet's column headers say it.
fn field_label(field: &str) -> &str {
    match field {
        "level" => "Level / Not applicable",
        "justification" => "Justification",
        "note" => "Note",
        "evidence" => "Evidence",
        "owner" => "Responsible agency",
        "target_date" => "Target date",
        "priority" => "Priority",
        "flagged" => "Flagged",
        "support" => "Support needed",
        other => other,
    }
}

/// The practical action an item id stands for (shown when pointing at a change).
fn item_text(app: &AppState, item: &str) -> String {
    app.doc
        .as_ref()
        .and_then(|d| d.checklist.item(item).map(|(_, i)| i.text.clone()))
        .unwrap_or_default()
}

/// Shows the pending import's changes and problems; applies or drops them.
pub fn sheet_import(ctx: &egui::Context, app: &mut AppState) {
    let Some(pending) = &app.sheet_import else {
        return;
    };
    let name = pending
        .file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let import = &pending.import;
    let (mut apply, mut cancel) = (false, false);
    let response = Modal::new(egui::Id::unique("sheet-import")).show(ctx, |ui| {
        theme::limit_width(ui, 640.0);
        ui.heading(format!("Import “{name}”"));
        if import.changes.is_empty() {
            ui.label("No answer would change.");
        } else {
            ui.label(format!(
                "{} item(s) would change. Empty cells clear their field.",
                import.changes.len()
            ));
        }
        ScrollArea::vertical()
            .max_height(320.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for change in &import.changes {
                    let fields: Vec<&str> = change.fields.iter().map(|f| field_label(f)).collect();
                    ui.label(format!("{}: {}", change.item, fields.join(", ")))
                        .on_hover_text(item_text(app, &change.item));
                }
                if !import.problems.is_empty() {
                    ui.add_space(8.0);
                    ui.label(
                        RichText::new(format!(
                            "{} cell(s) cannot be used and are left out:",
                            import.problems.len()
                        ))
                        .color(ui.visuals().error_fg_color),
                    );
                    for problem in &import.problems {
                        ui.label(problem.to_string());
                    }
                }
            });
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            let label = if import.problems.is_empty() {
                "Apply the changes"
            } else {
                "Apply the other changes"
            };
            if ui
                .add_enabled(!import.edits.is_empty(), egui::Button::new(label))
                .clicked()
            {
                apply = true;
            }
            if ui.button("Cancel").clicked() {
                cancel = true;
            }
        });
    });
    if response.should_close() {
        cancel = true;
    }
    if apply {
        if let Some(pending) = app.sheet_import.take() {
            let count = pending.import.changes.len();
            app.push(Action::EditAll {
                label: format!("import of {name}"),
                edits: pending.import.edits,
            });
            app.status = format!("Imported {name}: {count} item(s) changed (Undo takes it back).");
        }
    } else if cancel {
        app.sheet_import = None;
        app.status = format!("Nothing imported from {name}.");
    }
}
