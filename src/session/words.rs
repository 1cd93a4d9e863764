//! The words for a session's fixed values in the reader's language: priorities and kinds of
//! support. Files keep the language-neutral ids and English labels of [`Priority::label`] and
//! [`SupportKind::label`].

use crate::i18n::Tr;
use crate::t;

use super::{Priority, SupportKind};

impl Priority {
    /// The priority's name in `tr`'s language.
    pub fn label_in(self, tr: &Tr) -> String {
        match self {
            Priority::High => t!(tr, "priority-high"),
            Priority::Medium => t!(tr, "priority-medium"),
            Priority::Low => t!(tr, "priority-low"),
        }
    }
}

impl SupportKind {
    /// The kind's name in `tr`'s language.
    pub fn label_in(self, tr: &Tr) -> String {
        match self {
            SupportKind::Training => t!(tr, "support-training"),
            SupportKind::LegalDrafting => t!(tr, "support-legal-drafting"),
            SupportKind::TechnicalAssistance => t!(tr, "support-technical-assistance"),
            SupportKind::Equipment => t!(tr, "support-equipment"),
            SupportKind::Funding => t!(tr, "support-funding"),
            SupportKind::ExchangeOfPractice => t!(tr, "support-exchange-of-practice"),
            SupportKind::Other => t!(tr, "support-other"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_words_are_the_labels_files_carry() {
        let tr = Tr::english();
        for p in Priority::ALL {
            assert_eq!(p.label_in(&tr), p.label());
        }
        for k in SupportKind::ALL {
            assert_eq!(k.label_in(&tr), k.label());
        }
    }
}
