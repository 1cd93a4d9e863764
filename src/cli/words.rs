//! The command line's words for what a user can do about an error: flags and commands.

use crate::format::remedy::{Remedied, Remedy};

/// How to do `remedy` on the command line.
pub(crate) fn hint(remedy: Remedy) -> &'static str {
    match remedy {
        Remedy::GiveChecklistFile => "give its file with --checklist FILE",
        Remedy::GivePassphrase => "give --passphrase-file or run in a terminal",
        Remedy::UseChecklistFile => "add --use-checklist-file to read the session with the file",
        Remedy::SeeEveryProblem => "run normcheck validate to see every problem",
        Remedy::ImportSpreadsheet => {
            "an assessment's spreadsheet is brought into its session with `normcheck sheet import`; a checklist's is given as the checklist (--checklist FILE.xlsx)"
        }
        Remedy::PrepareContributions => "make them with normcheck split",
        Remedy::NameMemberState => {
            "name it with `normcheck new --member-state`, or in the app under Details"
        }
        Remedy::OneChecklistForAll => {
            "or give --checklist FILE to read every file with one checklist"
        }
    }
}

/// An error in the command line's words: its message, then what to do about it.
pub(crate) trait Worded {
    /// The message for the terminal.
    fn worded(&self) -> String;
}

impl<E: std::fmt::Display + Remedied> Worded for E {
    fn worded(&self) -> String {
        match self.remedy() {
            Some(remedy) => format!("{self}; {}", hint(remedy)),
            None => self.to_string(),
        }
    }
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
