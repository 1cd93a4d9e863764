//! The dashboard's "Support wanted" list: the practical actions for which the State would
//! welcome support, one collapsible section per kind.

use crate::ui::widgets::wrapped_text::wrapped_label;
use egui::RichText;

use crate::scoring::analysis::support_wanted;
use crate::ui::action::Action;
use crate::ui::document::OpenDocument;
use crate::ui::widgets::section::section;
use crate::ui_t;

/// Draws the list; "Open" jumps to the item.
pub fn support_list(ui: &mut egui::Ui, doc: &OpenDocument, actions: &mut Vec<Action>) {
    let wanted = support_wanted(&doc.shown, &doc.session);
    let items: std::collections::BTreeSet<&str> = wanted
        .iter()
        .flat_map(|w| w.items.iter().map(|(id, _)| id.as_str()))
        .collect();
    ui.label(RichText::new(ui_t!("support-heading", count = items.len())).strong());
    if wanted.is_empty() {
        ui.label(RichText::new(ui_t!("support-none")).weak());
        return;
    }
    for w in &wanted {
        let kind = crate::ui::lang::with(|tr| w.kind.label_in(tr));
        let title = ui_t!(
            "support-kind-heading",
            kind = kind.clone(),
            count = w.items.len()
        );
        section(ui, ("support", w.kind.id()), &title, true, |ui| {
            for (id, note) in &w.items {
                let text = doc.shown.item(id).map_or("", |(_, i)| i.text.as_str());
                ui.horizontal(|ui| {
                    let r = ui.small_button(ui_t!("dash-open", item = id.clone()));
                    super::super::widgets::accessible_name(
                        ui,
                        &r,
                        format!("{} ({kind})", ui_t!("dash-open", item = id.clone())),
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
