//! The dashboard's "Support wanted" list: the practical actions for which the State would
//! welcome support, one collapsible section per kind.

use crate::ui::widgets::wrapped_text::wrapped_label;
use egui::RichText;

use crate::scoring::analysis::support_wanted;
use crate::ui::action::Action;
use crate::ui::document::OpenDocument;
use crate::ui::widgets::section::section;

/// Draws the list; "Open" jumps to the item.
pub fn support_list(ui: &mut egui::Ui, doc: &OpenDocument, actions: &mut Vec<Action>) {
    let wanted = support_wanted(&doc.checklist, &doc.session);
    let items: std::collections::BTreeSet<&str> = wanted
        .iter()
        .flat_map(|w| w.items.iter().map(|(id, _)| id.as_str()))
        .collect();
    ui.label(RichText::new(format!("Support wanted: {}", count(items.len()))).strong());
    if wanted.is_empty() {
        ui.label(
            RichText::new("No item asks for support yet (an item's details: Support wanted).")
                .weak(),
        );
        return;
    }
    for w in &wanted {
        let title = format!("{} — {}", w.kind.label(), count(w.items.len()));
        section(ui, ("support", w.kind.id()), &title, true, |ui| {
            for (id, note) in &w.items {
                let text = doc.checklist.item(id).map_or("", |(_, i)| i.text.as_str());
                ui.horizontal(|ui| {
                    let r = ui.small_button(format!("Open {id}"));
                    super::super::widgets::accessible_name(
                        ui,
                        &r,
                        format!("Open {id} ({})", w.kind.label()),
                    );
                    if r.clicked() {
                        actions.push(Action::JumpToItem(id.clone()));
                    }
                    ui.vertical(|ui| {
                        wrapped_label(ui, text);
                        if let Some(n) = note {
                            ui.label(RichText::new(n).weak().small());
                        }
                    });
                });
                ui.add_space(4.0);
            }
        });
    }
}

/// "1 item", "3 items".
fn count(n: usize) -> String {
    if n == 1 {
        "1 item".to_owned()
    } else {
        format!("{n} items")
    }
}
