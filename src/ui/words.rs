//! The app's words for what a user can do about an error: menus, buttons and fields.

use crate::format::remedy::{Remedied, Remedy};

/// How to do `remedy` in the app.
pub(crate) fn hint(remedy: Remedy) -> &'static str {
    match remedy {
        Remedy::GiveChecklistFile => "choose that checklist's file",
        Remedy::GivePassphrase => "type its passphrase",
        Remedy::UseChecklistFile => "choose “Use the checklist file” to read it with the file",
        Remedy::SeeEveryProblem => "run `normcheck validate` on the file for the full list",
        Remedy::ImportSpreadsheet => {
            "an assessment's spreadsheet is brought into its assessment with File > Import spreadsheet…; a checklist's is chosen as the checklist of a new assessment"
        }
        Remedy::PrepareContributions => "make them with Prepare contributions… on the Team screen",
        Remedy::NameMemberState => "set it under Details",
        Remedy::OneChecklistForAll => {
            "or choose one file under “Checklist file” to read every file with"
        }
    }
}

/// An error in the app's words: its message, then what to do about it.
pub(crate) trait Worded {
    /// The message for the screen.
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
