//! Passphrase protection in the app: the choices offered when saving, changing or removing the
//! passphrase of the open assessment. The passphrase lives in the open document only while it
//! is open (wiped on close); the recent-files list never holds it.

use zeroize::Zeroize as _;

use super::app::AppState;
use super::dialogs::Request;
use super::modal::{Guarded, Modal};
use crate::files::protect::{MIN_PASSPHRASE_CHARS, PROTECTED_EXTENSION, Passphrase, Protection};

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
            return Err(crate::ui_t!("pass-too-short", count = MIN_PASSPHRASE_CHARS));
        }
        if self.first != self.second {
            return Err(crate::ui_t!("pass-differ"));
        }
        Ok(Passphrase::from(self.first.clone()))
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
    /// What waits for the save (an unsaved-changes question answered "Save").
    pub then: Option<Guarded>,
}

/// Which passphrase dialog is open.
pub(super) enum ProtectionDialog {
    /// Protect, or change the passphrase of, the open assessment.
    Change(NewPassphrase),
    /// Confirm removing the protection.
    Remove,
}

impl AppState {
    /// Shows the Save As choices (protection), then the file dialog; `then` runs once saved.
    pub(super) fn ask_save_location(&mut self, then: Option<Guarded>) {
        let Some(doc) = &self.doc else { return };
        let marking = doc.session.meta.classification.clone();
        let already = doc.protection.is_protected();
        self.modal = Some(Modal::SaveOptions(SaveOptions {
            protect: already,
            already,
            passphrase: NewPassphrase::default(),
            suggested_by: marking.filter(|m| protection_suggested(Some(m))),
            problem: None,
            then,
        }));
    }

    /// "Choose file…" in the Save As choices: the file dialog opens, or the choices stay
    /// open saying what is missing.
    pub(super) fn save_options_confirmed(&mut self, mut options: SaveOptions) {
        let Some(doc) = &self.doc else { return };
        let protection = match (options.protect, options.already) {
            (false, _) => Protection::Plain,
            (true, true) => doc.protection.clone(),
            (true, false) => match options.passphrase.result() {
                Ok(passphrase) => Protection::with_passphrase(passphrase),
                Err(problem) => {
                    options.problem = Some(problem);
                    self.modal = Some(Modal::SaveOptions(options));
                    return;
                }
            },
        };
        let mut name = super::file_names::session_file_name(&doc.session.meta);
        if protection.is_protected() {
            name = name.replace(".json", &format!(".{PROTECTED_EXTENSION}"));
        }
        let folder = self.suggested_folder();
        let then = options.then.take();
        let request = Request::SaveSession { protection, then };
        self.dialogs.request_in(request, folder.as_deref(), &name);
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
