//! The walk-through: norms (or focus areas) on the side, the selected group's items as cards.

use egui::RichText;

use crate::checklist::{Checklist, Item, Norm};
use crate::session::{Edit, Session};
use crate::ui::action::Action;
use crate::ui::document::OpenDocument;
use crate::ui::focus::ShowFocused as _;
use crate::ui::screens::{group_header, groups};
use crate::ui::shortcuts::{self, Command};
use crate::ui::theme;
use crate::ui::widgets::item_card::{CardView, Drafts, item_card};
use crate::ui_t;

/// Which items to show.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Filters {
    /// Only items with neither a level nor N/A.
    pub unanswered: bool,
    /// Only flagged items.
    pub flagged: bool,
    /// Only N/A items without a justification.
    pub missing_justification: bool,
}

/// View state of the walk-through (not part of the assessment).
#[derive(Default)]
pub struct AssessView {
    /// List focus areas on the side instead of norms.
    pub group_by_area: bool,
    /// Selected norm id.
    pub norm: String,
    /// Selected focus-area id.
    pub area: String,
    /// Active filters.
    pub filters: Filters,
    /// The item the keyboard acts on.
    pub current: Option<String>,
    /// The item whose details are open.
    pub expanded: Option<String>,
    /// Scroll the current item into view on the next frame.
    pub scroll_to_current: bool,
    /// Half-typed field values.
    pub drafts: Drafts,
    /// After an answer by keyboard, select the next unanswered item (a preference).
    pub advance: bool,
    /// A dialog covers the screen: keys are not for the walk-through.
    pub keys_blocked: bool,
}

impl AssessView {
    /// Opens the first norm with an unanswered item (the first norm when all are answered)
    /// and the first focus area; the norm's first unanswered item is selected when drawn.
    pub fn select_first(&mut self, checklist: &Checklist, session: &Session) {
        let unanswered = checklist
            .items()
            .find(|(_, item)| !is_answered(session, item))
            .map(|(norm, _)| norm);
        self.norm = unanswered
            .or(checklist.norms.first())
            .map(|n| n.id.clone())
            .unwrap_or_default();
        self.area = checklist
            .focus_areas
            .first()
            .map(|a| a.id.clone())
            .unwrap_or_default();
    }

    /// Shows an item: selects its norm, clears filters, opens its details and scrolls to it.
    pub fn jump_to(&mut self, checklist: &Checklist, item: &str) {
        if let Some((norm, _)) = checklist.item(item) {
            self.group_by_area = false;
            self.norm = norm.id.clone();
            self.filters = Filters::default();
            self.current = Some(item.to_owned());
            self.expanded = Some(item.to_owned());
            self.scroll_to_current = true;
        }
    }
}

/// Draws the walk-through.
pub fn ui(ui: &mut egui::Ui, doc: &OpenDocument, view: &mut AssessView, actions: &mut Vec<Action>) {
    let narrow = ui.available_width() < theme::NARROW_WIDTH;
    if narrow {
        egui::Panel::top("group-picker").show(ui, |ui| groups::picker(ui, doc, view));
    } else {
        groups::side_panel(ui, doc, view);
    }
    let mut items = visible_items(doc, view);
    if keyboard(ui, doc, view, &items, actions) {
        items = visible_items(doc, view);
    }
    ensure_current(doc, view, &items);
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("items")
            .auto_shrink([false, false])
            .show_focused(ui, |ui| {
                theme::limit_width(ui, theme::CONTENT_MAX_WIDTH);
                group_header::group_header(ui, doc, view);
                filters_row(ui, view);
                ui.add_space(theme::CARD_GAP);
                if items.is_empty() {
                    ui.label(RichText::new(ui_t!("walk-no-items")).weak());
                }
                for (norm, item) in &items {
                    let card = CardView {
                        item,
                        answer: doc.session.answer(&item.id),
                        scale: &doc.shown.scale,
                        current: view.current.as_deref() == Some(item.id.as_str()),
                        expanded: view.expanded.as_deref() == Some(item.id.as_str()),
                        context: view.group_by_area.then(|| format!("({})", norm.id)),
                    };
                    let r = item_card(ui, &card, &mut view.drafts, actions);
                    if r.toggle_details {
                        view.expanded = if card.expanded {
                            None
                        } else {
                            Some(item.id.clone())
                        };
                    }
                    if r.touched {
                        view.current = Some(item.id.clone());
                    }
                    if card.current
                        && view.scroll_to_current
                        && let Some(rect) = r.rect
                    {
                        // Only as far as needed: a norm just opened keeps its heading in view.
                        ui.scroll_to_rect(rect, None);
                        view.scroll_to_current = false;
                    }
                    ui.add_space(theme::CARD_GAP);
                }
                prev_next(ui, doc, view);
            });
    });
}

fn filters_row(ui: &mut egui::Ui, view: &mut AssessView) {
    ui.horizontal_wrapped(|ui| {
        ui.label(ui_t!("walk-show-only"));
        ui.checkbox(
            &mut view.filters.unanswered,
            ui_t!("walk-filter-unanswered"),
        );
        ui.checkbox(&mut view.filters.flagged, ui_t!("walk-filter-flagged"));
        ui.checkbox(
            &mut view.filters.missing_justification,
            ui_t!("walk-filter-na"),
        );
    });
    let keys = if view.advance {
        ui_t!("walk-keys-advance")
    } else {
        ui_t!("walk-keys")
    };
    ui.label(RichText::new(keys).small().weak());
}

fn prev_next(ui: &mut egui::Ui, doc: &OpenDocument, view: &mut AssessView) {
    if view.group_by_area {
        return;
    }
    let norms = &doc.shown.norms;
    let index = norms.iter().position(|n| n.id == view.norm).unwrap_or(0);
    ui.horizontal(|ui| {
        if index > 0 && ui.button(ui_t!("walk-previous-norm")).clicked() {
            select_norm(view, &norms[index - 1]);
            ui.ctx().request_repaint();
        }
        if index + 1 < norms.len() && ui.button(ui_t!("walk-next-norm")).clicked() {
            select_norm(view, &norms[index + 1]);
            ui.ctx().request_repaint();
        }
    });
}

/// Opens a norm; its first unanswered item is selected when it is drawn.
fn select_norm(view: &mut AssessView, norm: &Norm) {
    view.norm = norm.id.clone();
    view.current = None;
    view.scroll_to_current = true;
}

fn is_answered(session: &Session, item: &Item) -> bool {
    session.answer(&item.id).is_some_and(|a| a.is_answered())
}

/// Keeps a shown item selected, so the first key press acts: when the selected item is not
/// among those shown (a norm just opened, a file opened or recovered, a filter changed), the
/// first unanswered one is selected, or the first one when all are answered.
fn ensure_current(doc: &OpenDocument, view: &mut AssessView, items: &[(&Norm, &Item)]) {
    let shown = |id: &str| items.iter().any(|(_, i)| i.id == id);
    if view.current.as_deref().is_some_and(shown) {
        return;
    }
    let first = items
        .iter()
        .find(|(_, item)| !is_answered(&doc.session, item))
        .or(items.first());
    view.current = first.map(|(_, item)| item.id.clone());
    view.scroll_to_current = view.current.is_some();
}

/// The next unanswered item after position `from`, wrapping round; `None` when every other
/// shown item is answered.
fn next_unanswered(doc: &OpenDocument, items: &[(&Norm, &Item)], from: usize) -> Option<String> {
    let (before, after) = items.split_at(from.min(items.len()));
    after
        .iter()
        .skip(1)
        .chain(before)
        .find(|(_, item)| !is_answered(&doc.session, item))
        .map(|(_, item)| item.id.clone())
}

/// The items of the selected norm or area that pass the filters.
pub fn visible_items<'a>(doc: &'a OpenDocument, view: &AssessView) -> Vec<(&'a Norm, &'a Item)> {
    let f = view.filters;
    doc.shown
        .items()
        .filter(|(norm, item)| {
            if view.group_by_area {
                item.focus_areas.contains(&view.area)
            } else {
                norm.id == view.norm
            }
        })
        .filter(|(_, item)| {
            let a = doc.session.answer(&item.id);
            (!f.unanswered || !a.is_some_and(|a| a.is_answered()))
                && (!f.flagged || a.is_some_and(|a| a.flagged))
                && (!f.missing_justification || a.is_some_and(|a| a.lacks_justification()))
        })
        .collect()
}

/// Level keys, N/A, item and norm navigation — only while no text field has the keyboard
/// and no dialog is open. Returns whether another norm was opened.
fn keyboard(
    ui: &egui::Ui,
    doc: &OpenDocument,
    view: &mut AssessView,
    items: &[(&Norm, &Item)],
    actions: &mut Vec<Action>,
) -> bool {
    let ctx = ui.ctx();
    if view.keys_blocked || ctx.egui_wants_keyboard_input() || items.is_empty() {
        return false;
    }
    let pressed = |c: Command| shortcuts::pressed(ctx, c).is_some();
    let position = view
        .current
        .as_ref()
        .and_then(|c| items.iter().position(|(_, i)| &i.id == c));
    if move_between_items(view, items, position, &pressed) {
        return false;
    }
    if !view.group_by_area && (pressed(Command::NextNorm) || pressed(Command::PreviousNorm)) {
        let norms = &doc.shown.norms;
        let index = norms.iter().position(|n| n.id == view.norm).unwrap_or(0);
        let next = if pressed(Command::NextNorm) {
            (index + 1).min(norms.len() - 1)
        } else {
            index.saturating_sub(1)
        };
        select_norm(view, &norms[next]);
        return true;
    }
    if let Some(p) = position {
        answer_keys(ctx, doc, view, items, p, actions);
    }
    false
}

/// ↑/↓ or J/K: the previous or next item. Returns whether the selection moved.
fn move_between_items(
    view: &mut AssessView,
    items: &[(&Norm, &Item)],
    position: Option<usize>,
    pressed: &impl Fn(Command) -> bool,
) -> bool {
    let moved = if pressed(Command::NextItem) {
        position.map_or(0, |p| (p + 1).min(items.len() - 1))
    } else if pressed(Command::PreviousItem) {
        position.map_or(0, |p| p.saturating_sub(1))
    } else {
        return false;
    };
    view.current = Some(items[moved].1.id.clone());
    view.scroll_to_current = true;
    true
}

/// The digit keys of the scale's levels, N for not applicable, Enter for the details — on the
/// selected item (at `position`).
fn answer_keys(
    ctx: &egui::Context,
    doc: &OpenDocument,
    view: &mut AssessView,
    items: &[(&Norm, &Item)],
    position: usize,
    actions: &mut Vec<Action>,
) {
    let pressed = |c: Command| shortcuts::pressed(ctx, c).is_some();
    let item = &items[position].1.id;
    let digit = shortcuts::pressed(ctx, Command::Level);
    if let Some(value) = digit
        && doc.shown.scale.level(value as i64).is_some()
    {
        actions.push(Action::Edit(Edit::SetLevel {
            item: item.clone(),
            level: Some(value as i64),
        }));
        if view.advance
            && let Some(next) = next_unanswered(doc, items, position)
        {
            view.current = Some(next);
            view.scroll_to_current = true;
        }
        return;
    }
    if pressed(Command::NotApplicable) && doc.shown.scale.not_applicable {
        let na = doc.session.answer(item).is_some_and(|a| a.not_applicable);
        actions.push(Action::Edit(Edit::SetNotApplicable {
            item: item.clone(),
            value: !na,
        }));
    }
    if pressed(Command::Details) {
        view.expanded = if view.expanded.as_deref() == Some(item) {
            None
        } else {
            Some(item.clone())
        };
    }
}
