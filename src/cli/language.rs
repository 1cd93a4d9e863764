//! The language of what a command writes for people: `--lang CODE`, else the system's.

use std::path::PathBuf;

use crate::i18n::{Catalog, Tr};

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

/// `--lang`'s check: a code the catalog has, else the list of those it has (a usage error).
pub fn parse_language(code: &str) -> Result<String, String> {
    let catalog = catalog();
    catalog
        .tr(code)
        .map(|_| code.to_owned())
        .map_err(|e| e.to_string())
}

/// Words in `code`, or in the system's language when none is given.
pub fn words(code: Option<&str>) -> Tr {
    let catalog = catalog();
    let code = code.map_or_else(|| catalog.system_language(), str::to_owned);
    catalog.tr(&code).unwrap_or_else(|_| catalog.english())
}
