//! The report's "Support wanted" list: the practical actions for which the State would welcome
//! support, by kind — the rows of [`crate::scoring::analysis::support_wanted`] in printable form.

use crate::checklist::Checklist;
use crate::i18n::Tr;
use crate::scoring::analysis::support_wanted;
use crate::session::{Answer, Session};
use crate::t;

use super::model::Table;

/// One row per kind and item: kind, "id text", note. Kinds in their fixed order, items in
/// checklist order; an item asking for several kinds appears under each.
pub(crate) fn support_table(tr: &Tr, checklist: &Checklist, session: &Session) -> Table {
    let rows = support_wanted(checklist, session)
        .into_iter()
        .flat_map(|wanted| {
            wanted.items.into_iter().filter_map(move |(id, note)| {
                let (_, item) = checklist.item(&id)?;
                Some(vec![
                    wanted.kind.label_in(tr),
                    format!("{id} {}", item.text),
                    note.unwrap_or_default(),
                ])
            })
        })
        .collect();
    Table {
        header: vec![
            t!(tr, "report-support-kind"),
            t!(tr, "report-support-action"),
            t!(tr, "report-support-note"),
        ],
        rows,
    }
}

/// "Training, Funding — a two-day course" for an item's entry; `None` without support.
pub(crate) fn support_line(tr: &Tr, answer: &Answer) -> Option<String> {
    let support = answer.support.as_ref().filter(|s| !s.kinds.is_empty())?;
    let kinds: Vec<String> = support.kinds.iter().map(|k| k.label_in(tr)).collect();
    let kinds = kinds.join(", ");
    Some(
        match support
            .note
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            Some(note) => format!("{kinds} — {note}"),
            None => kinds,
        },
    )
}
