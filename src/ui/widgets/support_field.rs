//! "Support wanted" in an item's details: the kinds of support the State would welcome, as
//! checkboxes, and a short note once a kind is ticked.

use std::collections::BTreeSet;

use super::accessible_name;
use crate::session::{Answer, Edit, Support, SupportKind};
use crate::ui::action::Action;
use crate::ui_t;

/// Draws the kinds and the note of `answer`'s support for item `id`, queuing an edit when
/// either changes. Unticking every kind removes the support (and its note).
pub fn support_field(ui: &mut egui::Ui, id: &str, answer: &Answer, actions: &mut Vec<Action>) {
    let current = answer.support.clone().unwrap_or_default();
    ui.label(ui_t!("field-support-label"));
    let mut kinds: BTreeSet<SupportKind> = current.kinds.clone();
    ui.horizontal_wrapped(|ui| {
        for kind in SupportKind::ALL {
            let mut on = kinds.contains(&kind);
            let name = crate::ui::lang::with(|tr| kind.label_in(tr));
            let r = ui.checkbox(&mut on, &name);
            let said = ui_t!("field-support-kind", kind = name);
            accessible_name(ui, &r, format!("{id}: {said}"));
            if r.changed() {
                if on {
                    kinds.insert(kind);
                } else {
                    kinds.remove(&kind);
                }
            }
        }
    });
    let mut note = current.note.clone().unwrap_or_default();
    if !kinds.is_empty() {
        let note_label = ui.label(ui_t!("field-support-note-label"));
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut note)
                    .hint_text(ui_t!("field-support-note-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(note_label.id);
        accessible_name(ui, &r, format!("{id}: {}", ui_t!("field-support-note")));
    }
    let note = Some(note).filter(|n| !n.trim().is_empty());
    if kinds != current.kinds || (!kinds.is_empty() && note != current.note) {
        let support = (!kinds.is_empty()).then_some(Support { kinds, note });
        actions.push(Action::Edit(Edit::SetSupport {
            item: id.to_owned(),
            support,
        }));
    }
    ui.add_space(4.0);
}

/// "Support wanted: Training, Funding" for a collapsed card; `None` without support.
pub fn support_summary(answer: &Answer) -> Option<String> {
    let s = answer.support.as_ref().filter(|s| !s.kinds.is_empty())?;
    let kinds: Vec<String> =
        crate::ui::lang::with(|tr| s.kinds.iter().map(|k| k.label_in(tr)).collect());
    Some(ui_t!("field-support-kind", kind = kinds.join(", ")))
}
