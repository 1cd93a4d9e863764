//! The action plan: every gap (an applicable item below the implemented level or unanswered),
//! most urgent first — the rows of [`crate::scoring::analysis::gaps`] in printable form.

use crate::checklist::Checklist;
use crate::scoring::analysis::gaps;
use crate::session::{Session, format_date};

use super::model::ActionRow;
use super::text;

/// Every gap, unanswered items included, sorted by priority (High, Medium, Low, none), then
/// target date (none last), then checklist order.
pub(crate) fn action_plan(checklist: &Checklist, session: &Session) -> Vec<ActionRow> {
    gaps(checklist, session, true)
        .into_iter()
        .filter_map(|gap| {
            let (_, item) = checklist.item(&gap.item)?;
            let answer = session.answer(&gap.item).cloned().unwrap_or_default();
            Some(ActionRow {
                item_id: gap.item,
                action: item.text.clone(),
                status: text::answer_label(checklist, &answer),
                owner: text::owned(gap.owner.as_deref()),
                target_date: gap.target_date.map(format_date),
                priority: gap.priority.map(|p| p.label().to_owned()),
            })
        })
        .collect()
}
