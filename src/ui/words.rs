//! The app's words for errors and for what a user can do about them: menus, buttons and
//! fields, in the window's language.

use crate::format::remedy::{Remedied, Remedy};
use crate::i18n::{Said, Tr};
use crate::t;

/// How to do `remedy` in the app, in `tr`'s language.
pub(crate) fn hint(tr: &Tr, remedy: Remedy) -> String {
    match remedy {
        Remedy::GiveChecklistFile => t!(tr, "ui-hint-give-checklist"),
        Remedy::GivePassphrase => t!(tr, "ui-hint-give-passphrase"),
        Remedy::UseChecklistFile => t!(tr, "ui-hint-use-checklist-file"),
        Remedy::SeeEveryProblem => t!(tr, "ui-hint-see-every-problem"),
        Remedy::ImportSpreadsheet => t!(tr, "ui-hint-import-spreadsheet"),
        Remedy::PrepareContributions => t!(tr, "ui-hint-prepare-contributions"),
        Remedy::NameMemberState => t!(tr, "ui-hint-name-member-state"),
        Remedy::OneChecklistForAll => t!(tr, "ui-hint-one-checklist"),
    }
}

/// An error in the app's words: its message, then what to do about it.
pub(crate) trait Worded {
    /// The message for the screen, in the window's language.
    fn worded(&self) -> String;
}

impl<E: Said + Remedied> Worded for E {
    fn worded(&self) -> String {
        super::lang::with(|tr| match self.remedy() {
            Some(remedy) => format!("{}; {}", self.said(tr), hint(tr, remedy)),
            None => self.said(tr),
        })
    }
}

/// An error in the window's language.
pub(crate) fn said(error: &impl Said) -> String {
    super::lang::with(|tr| error.said(tr))
}
