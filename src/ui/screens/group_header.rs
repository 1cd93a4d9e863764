//! The heading of the walk-through's selected group: the norm with its source and kind, or the
//! focus area, what it asks and its score.

use egui::RichText;

use super::assess::AssessView;
use crate::checklist::NormKind;
use crate::scoring::whole_percent;
use crate::session::is_builtin;
use crate::ui::document::OpenDocument;
use crate::ui::widgets::wrapped_text::wrapped_label;
use crate::ui_t;

/// Draws the selected norm's or focus area's heading.
pub(super) fn group_header(ui: &mut egui::Ui, doc: &OpenDocument, view: &AssessView) {
    if view.group_by_area {
        if let Some(area) = doc.shown.focus_area(&view.area) {
            wrapped_label(ui, RichText::new(&area.title).heading());
            if let Some(d) = &area.description {
                wrapped_label(ui, d);
            }
            let what = if is_builtin(&doc.checklist) {
                ui_t!("group-area-ours")
            } else {
                ui_t!("group-area")
            };
            wrapped_label(ui, RichText::new(what).weak());
        }
        return;
    }
    if let Some(norm) = doc.shown.norm(&view.norm) {
        norm_header(ui, doc, norm);
    }
}

/// The norm's title, source and kind, what it asks, and its score.
fn norm_header(ui: &mut egui::Ui, doc: &OpenDocument, norm: &crate::checklist::Norm) {
    wrapped_label(
        ui,
        RichText::new(ui_t!(
            "group-norm",
            id = norm.id.clone(),
            title = norm.title.clone()
        ))
        .heading(),
    );
    let kind = match norm.kind {
        Some(NormKind::Positive) => ui_t!("group-kind-positive"),
        Some(NormKind::Restraint) => ui_t!("group-kind-restraint"),
        Some(NormKind::Mixed) => ui_t!("group-kind-mixed"),
        None => String::new(),
    };
    let source = match norm.source.as_deref() {
        Some(s) if is_builtin(&doc.checklist) => {
            ui_t!("report-norm-summary-ours", source = s.to_owned())
        }
        Some(s) => ui_t!("report-norm-source", source = s.to_owned()),
        None => String::new(),
    };
    let line = [source.as_str(), kind.as_str()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("  ·  ");
    wrapped_label(ui, RichText::new(line).weak());
    if let Some(s) = &norm.summary {
        wrapped_label(ui, s);
    }
    if let Some(s) = doc.scores.norms.iter().find(|s| s.id == norm.id) {
        let score =
            crate::ui::lang::with(|tr| s.score.map_or("–".to_owned(), |v| tr.number(v, 1)));
        let score = match &s.band {
            Some(b) => format!("{score} ({b})"),
            None => score,
        };
        ui.label(ui_t!(
            "group-score",
            score = score,
            percent = whole_percent(s.completion.unwrap_or(0.0))
        ));
    }
}
