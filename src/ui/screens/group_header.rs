//! The heading of the walk-through's selected group: the norm with its source and kind, or the
//! focus area, what it asks and its score.

use egui::RichText;

use super::assess::AssessView;
use crate::checklist::NormKind;
use crate::scoring::whole_percent;
use crate::session::is_builtin;
use crate::ui::document::OpenDocument;
use crate::ui::widgets::wrapped_text::wrapped_label;

/// Draws the selected norm's or focus area's heading.
pub(super) fn group_header(ui: &mut egui::Ui, doc: &OpenDocument, view: &AssessView) {
    if view.group_by_area {
        if let Some(area) = doc.checklist.focus_area(&view.area) {
            wrapped_label(ui, RichText::new(&area.title).heading());
            if let Some(d) = &area.description {
                wrapped_label(ui, d);
            }
            let what = if is_builtin(&doc.checklist) {
                "ASEAN Regional Action Plan focus area (described in our own words)"
            } else {
                "ASEAN Regional Action Plan focus area"
            };
            wrapped_label(ui, RichText::new(what).weak());
        }
        return;
    }
    let Some(norm) = doc.checklist.norm(&view.norm) else {
        return;
    };
    wrapped_label(
        ui,
        RichText::new(format!("Norm ({}) — {}", norm.id, norm.title)).heading(),
    );
    let kind = match norm.kind {
        Some(NormKind::Positive) => "asks States to act",
        Some(NormKind::Restraint) => "asks States to refrain",
        Some(NormKind::Mixed) => "asks States to act and to refrain",
        None => "",
    };
    let source = match norm.source.as_deref() {
        Some(s) if is_builtin(&doc.checklist) => format!("Our summary of {s}"),
        Some(s) => format!("Source: {s}"),
        None => String::new(),
    };
    let line = [source.as_str(), kind]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("  ·  ");
    wrapped_label(ui, RichText::new(line).weak());
    if let Some(s) = &norm.summary {
        wrapped_label(ui, s);
    }
    if let Some(s) = doc.scores.norms.iter().find(|s| s.id == norm.id) {
        ui.label(format!(
            "Score {}{}  ·  {}% complete",
            s.score.map_or("–".to_owned(), |v| format!("{v:.1}")),
            s.band.as_ref().map_or(String::new(), |b| format!(" ({b})")),
            whole_percent(s.completion.unwrap_or(0.0)),
        ));
    }
}
