//! The command line's words for what a user can do about an error: flags and commands.

use crate::format::remedy::{Remedied, Remedy};
use crate::i18n::{Said, Tr};
use crate::t;

/// How to do `remedy` on the command line, in `tr`'s language.
pub(crate) fn hint(tr: &Tr, remedy: Remedy) -> String {
    match remedy {
        Remedy::GiveChecklistFile => t!(tr, "cli-hint-give-checklist"),
        Remedy::GivePassphrase => t!(tr, "cli-hint-give-passphrase"),
        Remedy::UseChecklistFile => t!(tr, "cli-hint-use-checklist-file"),
        Remedy::SeeEveryProblem => t!(tr, "cli-hint-see-every-problem"),
        Remedy::ImportSpreadsheet => t!(tr, "cli-hint-import-spreadsheet"),
        Remedy::PrepareContributions => t!(tr, "cli-hint-prepare-contributions"),
        Remedy::NameMemberState => t!(tr, "cli-hint-name-member-state"),
        Remedy::OneChecklistForAll => t!(tr, "cli-hint-one-checklist"),
    }
}

/// An error in the command line's words: its message, then what to do about it.
pub(crate) trait Worded {
    /// The message for the terminal.
    fn worded(&self) -> String;
}

impl<E: Said + Remedied> Worded for E {
    fn worded(&self) -> String {
        let tr = super::language::tr();
        match self.remedy() {
            Some(remedy) => format!("{}; {}", self.said(tr), hint(tr, remedy)),
            None => self.said(tr),
        }
    }
}

/// An error in the command's language.
pub(crate) fn said(error: &impl Said) -> String {
    error.said(super::language::tr())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remedy_is_added_to_the_message_in_the_command_lines_words() {
        let error = crate::files::OpenError::PassphraseNeeded {
            path: "vn.normcheck.age".into(),
        };
        assert_eq!(
            error.worded(),
            "vn.normcheck.age is protected; give --passphrase-file or run in a terminal"
        );
    }
}
