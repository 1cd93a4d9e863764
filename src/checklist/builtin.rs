//! The reference checklist compiled into the binary (`checklists/nic-reference.json`).

use std::sync::{Arc, OnceLock};

use super::load::parse_checklist;
use super::model::Checklist;
use crate::format::document::DocumentError;

/// The JSON text of the built-in checklist.
pub const BUILTIN_JSON: &str = include_str!("../../checklists/nic-reference.json");

/// The built-in NIC-style reference checklist, parsed once.
///
/// Returns an error only if the embedded file is broken, which the test suite rules out.
pub fn builtin() -> Result<Arc<Checklist>, String> {
    static PARSED: OnceLock<Result<Arc<Checklist>, String>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            parse_checklist(BUILTIN_JSON.as_bytes())
                .map(Arc::new)
                .map_err(|e: DocumentError| format!("the built-in checklist is damaged: {e}"))
        })
        .clone()
}

/// The built-in checklist with this id, if there is one.
pub fn builtin_by_id(id: &str) -> Option<Arc<Checklist>> {
    builtin().ok().filter(|c| c.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_checklist_parses_and_validates_cleanly() {
        let checklist = builtin().unwrap();
        let problems = super::super::validate(&checklist);
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
