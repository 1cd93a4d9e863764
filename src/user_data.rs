//! The user's data folder (beside the app's preferences) and the languages installed in it,
//! for both front ends: the command line and the desktop app.

use std::path::PathBuf;

use crate::i18n::Catalog;

/// The environment variable that moves normcheck's data folder (installed languages);
/// by default it is the folder of the app's preferences.
pub const DATA_DIR_VARIABLE: &str = "NORMCHECK_DATA_DIR";

/// The user's data folder: where the app keeps its preferences and installed languages.
pub fn data_dir() -> Option<PathBuf> {
    std::env::var_os(DATA_DIR_VARIABLE)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| eframe::storage_dir("normcheck"))
}

/// The languages there are: built in, and installed in the data folder.
pub fn catalog() -> Catalog {
    match data_dir() {
        Some(dir) => Catalog::with_installed(&dir),
        None => Catalog::shipped(),
    }
}
