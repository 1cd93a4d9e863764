//! One practical action as a card: the level choices always, the working fields when expanded.

use crate::ui::widgets::wrapped_text::wrapped_label;
use std::collections::BTreeMap;

use egui::{Frame, RichText, Stroke};

use super::accessible_name;
use super::item_fields::{date_field, evidence_field, priority_field, text_field};
use super::level_button::level_button;
use crate::checklist::{Item, Scale};
use crate::session::{Answer, Edit};
use crate::ui::action::Action;
use crate::ui::theme;
use crate::ui_t;

/// Text being typed that is not yet a valid value (a half-typed date, evidence lines).
#[derive(Default)]
pub struct Drafts {
    /// Target-date text by item id.
    pub dates: BTreeMap<String, String>,
    /// Evidence text (one reference per line) by item id.
    pub evidence: BTreeMap<String, String>,
}

/// What a card shows.
pub struct CardView<'a> {
    /// The item.
    pub item: &'a Item,
    /// Its answer, if any.
    pub answer: Option<&'a Answer>,
    /// The checklist's scale.
    pub scale: &'a Scale,
    /// Whether the keyboard acts on this item.
    pub current: bool,
    /// Whether the working fields are shown.
    pub expanded: bool,
    /// Prefix shown before the text when items of several norms are listed.
    pub context: Option<String>,
}

/// What the user did to the card itself (besides edits).
#[derive(Default)]
pub struct CardResponse {
    /// The card was clicked or a field in it used: make it current.
    pub touched: bool,
    /// The details toggle was clicked.
    pub toggle_details: bool,
    /// The card's area, to scroll to.
    pub rect: Option<egui::Rect>,
}

/// Draws the card and queues edits.
pub fn item_card(
    ui: &mut egui::Ui,
    view: &CardView<'_>,
    drafts: &mut Drafts,
    actions: &mut Vec<Action>,
) -> CardResponse {
    let mut out = CardResponse::default();
    let visuals = ui.visuals().clone();
    let stroke = if view.current {
        Stroke::new(2.0, theme::current_item_stroke(&visuals))
    } else {
        visuals.widgets.noninteractive.bg_stroke
    };
    let frame = Frame::group(ui.style())
        .stroke(stroke)
        .inner_margin(egui::Margin::same(10))
        .fill(theme::card_fill(&visuals));
    let inner = frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        header(ui, view);
        let before = actions.len();
        level_row(ui, view, &mut out, actions);
        if view.answer.is_some_and(|a| a.not_applicable) {
            justification(ui, view, actions);
        }
        if view.expanded {
            details(ui, view, drafts, actions);
        } else {
            summary(ui, view);
        }
        out.touched |= actions.len() > before;
    });
    // A click anywhere on the card makes it current, without covering its buttons; a click
    // on a dialog, menu or pop-up above the card is not for the card.
    let rect = inner.response.rect;
    let press = ui.input(|i| {
        i.pointer
            .interact_pos()
            .filter(|p| i.pointer.primary_pressed() && rect.contains(*p))
    });
    out.touched |= press.is_some_and(|p| ui.ctx().layer_id_at(p) == Some(ui.layer_id()));
    out.rect = Some(rect);
    out
}

fn header(ui: &mut egui::Ui, view: &CardView<'_>) {
    ui.horizontal_wrapped(|ui| {
        let id = match &view.context {
            Some(c) => format!("{c} · {}", view.item.id),
            None => view.item.id.clone(),
        };
        ui.label(RichText::new(id).strong().monospace());
        if view.answer.is_some_and(|a| a.flagged) {
            let flagged = RichText::new(ui_t!("card-flagged"));
            ui.label(flagged.color(theme::attention(ui.visuals())));
        }
    });
    wrapped_label(ui, RichText::new(&view.item.text).size(15.0));
}

fn level_row(
    ui: &mut egui::Ui,
    view: &CardView<'_>,
    out: &mut CardResponse,
    actions: &mut Vec<Action>,
) {
    let id = &view.item.id;
    let level = view.answer.and_then(|a| a.level);
    let na = view.answer.is_some_and(|a| a.not_applicable);
    ui.horizontal_wrapped(|ui| {
        for l in &view.scale.levels {
            let selected = level == Some(l.value);
            let text = format!("{} {}", l.value, l.label);
            let mut r = level_button(ui, selected, text);
            if let Some(d) = &l.description {
                r = r.on_hover_text(d);
            }
            // Read as "a.3, 2 In progress" (selected or not is the button's state).
            accessible_name(ui, &r, format!("{id}, {} {}", l.value, l.label));
            if r.clicked() {
                let level = if selected { None } else { Some(l.value) };
                actions.push(Action::Edit(Edit::SetLevel {
                    item: id.clone(),
                    level,
                }));
            }
        }
        if view.scale.not_applicable {
            ui.separator();
            let r = level_button(ui, na, ui_t!("card-na")).on_hover_text(ui_t!("card-na-hover"));
            accessible_name(ui, &r, format!("{id}, {}", ui_t!("answer-not-applicable")));
            if r.clicked() {
                actions.push(Action::Edit(Edit::SetNotApplicable {
                    item: id.clone(),
                    value: !na,
                }));
            }
        }
        ui.separator();
        let label = if view.expanded {
            ui_t!("card-hide-details")
        } else {
            ui_t!("card-details")
        };
        let r = ui.button(&label);
        accessible_name(ui, &r, format!("{id}: {label}"));
        if r.clicked() {
            out.toggle_details = true;
            out.touched = true;
        }
    });
}

fn justification(ui: &mut egui::Ui, view: &CardView<'_>, actions: &mut Vec<Action>) {
    let id = &view.item.id;
    let answer = view.answer;
    let mut text = answer
        .and_then(|a| a.justification.clone())
        .unwrap_or_default();
    let missing = text.trim().is_empty();
    let label = if missing {
        RichText::new(ui_t!("card-justification-required")).color(theme::attention(ui.visuals()))
    } else {
        RichText::new(ui_t!("card-justification-label"))
    };
    let label = ui.label(label);
    let r = ui.add(
        egui::TextEdit::singleline(&mut text)
            .desired_width(f32::INFINITY)
            .hint_text(ui_t!("card-justification-hint")),
    );
    let r = r.labelled_by(label.id);
    accessible_name(ui, &r, format!("{id}: {}", ui_t!("card-justification")));
    if r.changed() {
        actions.push(Action::Edit(Edit::SetJustification {
            item: id.clone(),
            text,
        }));
    }
}

fn summary(ui: &mut egui::Ui, view: &CardView<'_>) {
    let Some(a) = view.answer else { return };
    let mut parts = Vec::new();
    if let Some(o) = &a.owner {
        parts.push(ui_t!("card-summary-agency", agency = o.clone()));
    }
    if let Some(d) = a.target_date {
        let date = crate::ui::lang::with(|tr| tr.short_date(d));
        parts.push(ui_t!("card-summary-target", date = date));
    }
    if let Some(p) = a.priority {
        let priority = crate::ui::lang::with(|tr| p.label_in(tr));
        parts.push(ui_t!("card-summary-priority", priority = priority));
    }
    if !a.evidence.is_empty() {
        parts.push(ui_t!("card-summary-evidence", count = a.evidence.len()));
    }
    parts.extend(super::support_field::support_summary(a));
    if let Some(n) = &a.note {
        let preview: String = n.chars().take(80).collect();
        let ellipsis = if n.chars().count() > 80 { "…" } else { "" };
        parts.push(ui_t!(
            "card-summary-note",
            note = format!("{preview}{ellipsis}")
        ));
    }
    if !parts.is_empty() {
        wrapped_label(ui, RichText::new(parts.join("  ·  ")).weak());
    }
}

/// The item's guidance, the evidence that shows it done, and what it is based on.
fn guidance(ui: &mut egui::Ui, item: &crate::checklist::Item) {
    let Some(g) = &item.guidance else { return };
    egui::CollapsingHeader::new(ui_t!("card-guidance"))
        .id_salt(("guidance", &item.id))
        .default_open(true)
        .show(ui, |ui| {
            wrapped_label(ui, g);
            if let Some(h) = &item.evidence_hint {
                wrapped_label(
                    ui,
                    RichText::new(ui_t!("card-evidence-hint", hint = h.clone())).italics(),
                );
            }
            if let Some(b) = &item.basis {
                wrapped_label(
                    ui,
                    RichText::new(ui_t!("card-basis", basis = b.clone())).weak(),
                );
            }
        });
}

fn details(ui: &mut egui::Ui, view: &CardView<'_>, drafts: &mut Drafts, actions: &mut Vec<Action>) {
    let item = view.item;
    let id = &item.id;
    let answer = view.answer.cloned().unwrap_or_default();
    guidance(ui, item);
    // Labels above their fields: the card reflows to any width or zoom.
    ui.add_space(4.0);
    text_field(
        ui,
        &ui_t!("card-note"),
        id,
        answer.note.as_deref(),
        true,
        |text| Edit::SetNote {
            item: id.clone(),
            text,
        },
        actions,
    );
    evidence_field(ui, id, &answer, drafts, actions);
    text_field(
        ui,
        &ui_t!("card-agency"),
        id,
        answer.owner.as_deref(),
        false,
        |text| Edit::SetOwner {
            item: id.clone(),
            text,
        },
        actions,
    );
    date_field(ui, id, &answer, drafts, actions);
    priority_field(ui, id, answer.priority, actions);
    super::support_field::support_field(ui, id, &answer, actions);
    let mut flagged = answer.flagged;
    let flag = ui_t!("card-flag");
    let r = ui.checkbox(&mut flagged, &flag);
    accessible_name(ui, &r, format!("{id}: {flag}"));
    if r.changed() {
        actions.push(Action::Edit(Edit::SetFlagged {
            item: id.clone(),
            value: flagged,
        }));
    }
}
