//! Passphrase protection in the app: the choices offered when saving, changing or removing the
//! passphrase of the open assessment. The passphrase lives in the open document only while it
//! is open (wiped on close); the recent-files list never holds it.

use zeroize::Zeroize as _;

use super::app::AppState;
use super::dialogs::Purpose;
use crate::files::protect::{
    MIN_PASSPHRASE_CHARS, PROTECTED_EXTENSION, Passphrase, Protection, strength,
};

/// Markings at which the app suggests protecting the file.
const SUGGEST_FOR: [&str; 3] = ["TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"];

/// Whether a session with this marking should be protected.
pub fn protection_suggested(marking: Option<&str>) -> bool {
    marking.is_some_and(|m| SUGGEST_FOR.iter().any(|s| s.eq_ignore_ascii_case(m.trim())))
}

/// A new passphrase being typed twice.
#[derive(Default)]
pub(super) struct NewPassphrase {
    /// First entry.
    pub first: String,
    /// Second entry.
    pub second: String,
    /// Show the text as typed.
    pub show: bool,
}

impl Drop for NewPassphrase {
    fn drop(&mut self) {
        self.first.zeroize();
        self.second.zeroize();
    }
}

impl NewPassphrase {
    /// The passphrase, or why it can't be used yet.
    pub fn result(&self) -> Result<Passphrase, String> {
        if self.first.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(format!("Use at least {MIN_PASSPHRASE_CHARS} characters."));
        }
        if self.first != self.second {
            return Err("The two entries differ.".to_owned());
        }
        Ok(Passphrase::from(self.first.clone()))
    }

    /// The strength hint for what is typed.
    pub fn hint(&self) -> &'static str {
        strength(&self.first).hint()
    }
}

/// The Save As choices shown before the file is chosen.
pub(super) struct SaveOptions {
    /// Store the file encrypted.
    pub protect: bool,
    /// The document is already protected: keep its passphrase.
    pub already: bool,
    /// A new passphrase, when protecting a file that was not protected.
    pub passphrase: NewPassphrase,
    /// The marking, when it suggests protection.
    pub suggested_by: Option<String>,
    /// Why "Choose file…" did nothing.
    pub problem: Option<String>,
}

/// Which passphrase dialog is open.
pub(super) enum ProtectionDialog {
    /// Protect, or change the passphrase of, the open assessment.
    Change(NewPassphrase),
    /// Confirm removing the protection.
    Remove,
}

impl AppState {
    /// Shows the Save As choices (protection), then the file dialog.
    pub(super) fn ask_save_location(&mut self) {
        let Some(doc) = &self.doc else { return };
        let marking = doc.session.meta.classification.clone();
        let already = doc.protection.is_protected();
        self.save_options = Some(SaveOptions {
            protect: already,
            already,
            passphrase: NewPassphrase::default(),
            suggested_by: marking.filter(|m| protection_suggested(Some(m))),
            problem: None,
        });
    }

    /// "Choose file…" in the Save As choices.
    pub(super) fn save_options_confirmed(&mut self) {
        let Some(options) = &mut self.save_options else {
            return;
        };
        let protection = match (options.protect, options.already, &self.doc) {
            (false, _, _) => Protection::Plain,
            (true, true, Some(doc)) => doc.protection.clone(),
            (true, _, _) => match options.passphrase.result() {
                Ok(passphrase) => Protection::with_passphrase(passphrase),
                Err(problem) => {
                    options.problem = Some(problem);
                    return;
                }
            },
        };
        self.save_options = None;
        let Some(doc) = &self.doc else { return };
        let mut name = super::file_names::session_file_name(&doc.session.meta);
        if protection.is_protected() {
            name = name.replace(".json", &format!(".{PROTECTED_EXTENSION}"));
        }
        let folder = self.suggested_folder();
        self.save_protection = Some(protection);
        self.dialogs
            .request_in(Purpose::SaveSession, folder.as_deref(), &name);
    }

    /// A new passphrase was confirmed: the document is protected with it from now on, and
    /// saved again at once when it has a file.
    pub(super) fn change_passphrase_confirmed(&mut self) {
        let Some(ProtectionDialog::Change(form)) = &mut self.protection_dialog else {
            return;
        };
        let Ok(passphrase) = form.result() else {
            return;
        };
        self.protection_dialog = None;
        self.set_protection(
            Protection::with_passphrase(passphrase),
            "Protected with the new passphrase",
        );
    }

    /// Removing the protection was confirmed.
    pub(super) fn remove_protection_confirmed(&mut self) {
        self.protection_dialog = None;
        self.set_protection(
            Protection::Plain,
            "Protection removed; the file is plain JSON now",
        );
    }

    fn set_protection(&mut self, protection: Protection, done: &str) {
        let Some(doc) = &mut self.doc else { return };
        match doc.path.clone() {
            Some(path) => {
                if self.save_to_with(&path, protection) {
                    self.status = format!("{done}: saved {}", path.display());
                }
            }
            None => {
                doc.protection = protection;
                doc.mark_unsaved();
                self.status = format!("{done}. Save the assessment to write it.");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amber_and_red_markings_suggest_protection_clear_and_green_do_not() {
        for marking in ["TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED", " tlp:red "] {
            assert!(protection_suggested(Some(marking)), "{marking}");
        }
        for marking in ["TLP:CLEAR", "TLP:GREEN", "Confidential"] {
            assert!(!protection_suggested(Some(marking)), "{marking}");
        }
        assert!(!protection_suggested(None));
    }

    #[test]
    fn a_new_passphrase_must_be_long_enough_and_typed_the_same_twice() {
        let mut form = NewPassphrase {
            first: "short".into(),
            second: "short".into(),
            show: false,
        };
        assert!(form.result().is_err());
        form.first = "long enough phrase".into();
        form.second = "long enough phrase!".into();
        assert_eq!(form.result().unwrap_err(), "The two entries differ.");
        form.second = "long enough phrase".into();
        assert!(form.result().is_ok());
    }
}
