//! The action plan: every gap (an applicable item below the implemented level or unanswered),
//! most urgent first — the rows of [`crate::scoring::analysis::gaps`] in printable form.

use crate::checklist::Checklist;
use crate::i18n::Tr;
use crate::scoring::analysis::gaps;
use crate::session::Session;

use super::model::ActionRow;
use super::text;

/// Every gap, unanswered items included, sorted by priority (High, Medium, Low, none), then
/// target date (none last), then checklist order.
pub(crate) fn action_plan(tr: &Tr, checklist: &Checklist, session: &Session) -> Vec<ActionRow> {
    gaps(checklist, session, true)
        .into_iter()
        .filter_map(|gap| {
            let (_, item) = checklist.item(&gap.item)?;
            let answer = session.answer(&gap.item).cloned().unwrap_or_default();
            Some(ActionRow {
                item_id: gap.item,
                action: item.text.clone(),
                status: text::answer_label(tr, checklist, &answer),
                owner: text::owned(gap.owner.as_deref()),
                target_date: gap.target_date.map(|d| text::date(tr, d)),
                priority: gap.priority.map(|p| text::priority(tr, p)),
            })
        })
        .collect()
}
