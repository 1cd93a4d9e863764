//! The assessment spreadsheet's words: written in the export's language (headers, Yes/No,
//! priorities, kinds of support), and on import every shipped language's words accepted,
//! English included — so a workbook exported in any language, or before there were
//! languages, imports the same.

use std::sync::OnceLock;

use super::columns::Column;
use crate::i18n::{Catalog, Tr};
use crate::session::{Priority, SupportKind};
use crate::t;

impl Column {
    /// The header in `tr`'s language.
    pub fn header_in(self, tr: &Tr) -> String {
        match self {
            Column::Norm => t!(tr, "sheet-col-norm"),
            Column::Item => t!(tr, "sheet-col-item"),
            Column::Action => t!(tr, "sheet-col-action"),
            Column::Level => t!(tr, "sheet-col-level"),
            Column::NotApplicable => t!(tr, "sheet-col-na"),
            Column::Justification => t!(tr, "sheet-col-justification"),
            Column::Note => t!(tr, "sheet-col-note"),
            Column::Evidence => t!(tr, "sheet-col-evidence"),
            Column::Owner => t!(tr, "sheet-col-owner"),
            Column::TargetDate => t!(tr, "sheet-col-target"),
            Column::Priority => t!(tr, "sheet-col-priority"),
            Column::Flagged => t!(tr, "sheet-col-flagged"),
            Column::Support => t!(tr, "sheet-col-support"),
        }
    }
}

/// "Yes" or "No" in `tr`'s language.
pub fn yes_no_in(tr: &Tr, value: bool) -> String {
    if value {
        t!(tr, "sheet-yes")
    } else {
        t!(tr, "sheet-no")
    }
}

/// What import accepts, in every shipped language (lower case).
pub(crate) struct Accepted {
    /// Each column's header.
    pub(crate) headers: Vec<(Column, String)>,
    /// Words for Yes.
    pub(crate) yes: Vec<String>,
    /// Words for No.
    pub(crate) no: Vec<String>,
    /// Each priority's name.
    pub(crate) priorities: Vec<(Priority, String)>,
    /// Each kind of support's name.
    pub(crate) kinds: Vec<(SupportKind, String)>,
}

/// The words of every shipped language, read once.
pub(crate) fn accepted() -> &'static Accepted {
    static ACCEPTED: OnceLock<Accepted> = OnceLock::new();
    ACCEPTED.get_or_init(|| {
        let catalog = Catalog::shipped();
        let languages: Vec<Tr> = catalog
            .languages()
            .iter()
            .filter_map(|l| catalog.tr(&l.code).ok())
            .collect();
        let lower = |s: String| s.trim().to_lowercase();
        let mut out = Accepted {
            headers: Vec::new(),
            yes: Vec::new(),
            no: Vec::new(),
            priorities: Vec::new(),
            kinds: Vec::new(),
        };
        for tr in &languages {
            for c in Column::ALL {
                out.headers.push((c, lower(c.header_in(tr))));
            }
            out.yes.push(lower(yes_no_in(tr, true)));
            out.no.push(lower(yes_no_in(tr, false)));
            for p in Priority::ALL {
                out.priorities.push((p, lower(p.label_in(tr))));
            }
            for k in SupportKind::ALL {
                out.kinds.push((k, lower(k.label_in(tr))));
            }
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_words_are_the_ones_older_exports_wrote() {
        let tr = Tr::english();
        for c in Column::ALL {
            assert_eq!(c.header_in(&tr), c.header());
        }
        assert_eq!(yes_no_in(&tr, true), "Yes");
        assert_eq!(yes_no_in(&tr, false), "No");
    }

    #[test]
    fn a_thai_header_and_a_thai_priority_are_recognised() {
        let th = Catalog::shipped()
            .tr("th")
            .unwrap_or_else(|e| panic!("{e}"));
        let header = Column::Priority.header_in(&th);
        assert_eq!(Column::from_header(&header), Some(Column::Priority));
        let high = Priority::High.label_in(&th).to_lowercase();
        assert!(accepted().priorities.contains(&(Priority::High, high)));
    }
}
