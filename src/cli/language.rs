//! The language of what a command writes for people: `--lang CODE`, else the system's.

use crate::i18n::Tr;
use crate::user_data::catalog;

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
