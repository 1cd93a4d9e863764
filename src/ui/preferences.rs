//! What the user chose in the View menu, remembered between runs in eframe's storage.

use serde::{Deserialize, Serialize};

use super::theme::ThemeChoice;

/// The storage key of the preferences.
pub const PREFERENCES_KEY: &str = "normcheck.preferences";

/// The user's choices about how the app looks and behaves (not part of any assessment).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// The window's language (a code such as "th"); `None` follows the system's.
    pub language: Option<String>,
    /// Light, dark, or as the system says.
    pub theme: ThemeChoice,
    /// After answering an item by keyboard, select the next unanswered one.
    pub advance_after_answer: bool,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            language: None,
            theme: ThemeChoice::System,
            advance_after_answer: true,
        }
    }
}

impl Preferences {
    /// The stored preferences; the defaults when none (or unreadable ones) are stored.
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        storage
            .and_then(|s| eframe::get_value(s, PREFERENCES_KEY))
            .unwrap_or_default()
    }

    /// Stores the preferences for the next run.
    pub fn save(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFERENCES_KEY, self);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::test_storage::MemoryStorage;

    #[test]
    fn preferences_are_remembered_between_runs() {
        let mut storage = MemoryStorage::default();
        let chosen = Preferences {
            language: Some("th".into()),
            theme: ThemeChoice::Dark,
            advance_after_answer: false,
        };
        chosen.save(&mut storage);
        assert_eq!(Preferences::load(Some(&storage)), chosen);
    }

    #[test]
    fn missing_or_unreadable_preferences_give_the_defaults() {
        assert_eq!(Preferences::load(None), Preferences::default());
        let mut storage = MemoryStorage::default();
        eframe::Storage::set_string(&mut storage, PREFERENCES_KEY, "not ron at all (".into());
        assert_eq!(Preferences::load(Some(&storage)), Preferences::default());
        assert_eq!(Preferences::default().theme, ThemeChoice::System);
        assert!(Preferences::default().advance_after_answer);
    }
}
