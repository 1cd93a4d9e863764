//! The language of what a command writes for people: `--lang CODE`, else the system's.

use crate::i18n::Tr;
use crate::user_data::catalog;

/// `--lang`'s check: a code the catalog has, else the list of those it has (a usage error).
pub fn parse_language(code: &str) -> Result<String, String> {
    let catalog = catalog();
    catalog
        .tr(code)
        .map(|_| code.to_owned())
        .map_err(|e| super::words::said(&e))
}

/// Words in `code`, or in the system's language when none is given.
pub fn words(code: Option<&str>) -> Tr {
    let catalog = catalog();
    let code = code.map_or_else(|| catalog.system_language(), str::to_owned);
    catalog.tr(&code).unwrap_or_else(|_| catalog.english())
}

/// The language of this command's messages, chosen once at its start.
static CHOSEN: std::sync::OnceLock<Tr> = std::sync::OnceLock::new();

/// Makes `code` (a command's `--lang`, or `None` for the system's) the language of the
/// command's messages; only the first choice counts.
pub fn choose(code: Option<&str>) {
    let _ = CHOSEN.set(words(code));
}

/// The language of the command's messages (the system's unless [`choose`] said otherwise).
pub fn tr() -> &'static Tr {
    CHOSEN.get_or_init(|| words(None))
}
