//! The reference checklists compiled into the binary: the current edition
//! (`checklists/nic-reference.json`) and every earlier one, so that assessments made with an
//! earlier edition open, score and report exactly as they did.

use std::sync::{Arc, OnceLock};

use super::load::parse_checklist;
use super::model::Checklist;
use crate::format::document::DocumentError;

/// The JSON text of the current built-in checklist.
pub const BUILTIN_JSON: &str = include_str!("../../checklists/nic-reference.json");

/// The JSON texts of every built-in checklist, oldest first; the last is [`BUILTIN_JSON`].
const EDITIONS: [&str; 2] = [
    include_str!("../../checklists/nic-reference-1.0.0.json"),
    BUILTIN_JSON,
];

/// Every built-in checklist, oldest first, parsed once.
///
/// Returns an error only if an embedded file is broken, which the test suite rules out.
pub fn builtins() -> Result<&'static [Arc<Checklist>], String> {
    static PARSED: OnceLock<Result<Vec<Arc<Checklist>>, String>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            EDITIONS
                .iter()
                .map(|json| {
                    parse_checklist(json.as_bytes())
                        .map(Arc::new)
                        .map_err(|e: DocumentError| {
                            format!("the built-in checklist is damaged: {e}")
                        })
                })
                .collect()
        })
        .as_ref()
        .map(Vec::as_slice)
        .map_err(Clone::clone)
}

/// The current built-in NIC-style reference checklist.
pub fn builtin() -> Result<Arc<Checklist>, String> {
    builtins()?
        .last()
        .cloned()
        .ok_or_else(|| "no built-in checklist".to_owned())
}

/// The newest built-in checklist with this id, if there is one.
pub fn builtin_by_id(id: &str) -> Option<Arc<Checklist>> {
    builtins().ok()?.iter().rev().find(|c| c.id == id).cloned()
}

/// The built-in checklist with this id and version, if there is one.
pub fn builtin_version(id: &str, version: &str) -> Option<Arc<Checklist>> {
    builtins()
        .ok()?
        .iter()
        .find(|c| c.id == id && c.version == version)
        .cloned()
}

/// A newer built-in edition of `checklist`, if normcheck has one.
pub fn newer_builtin(checklist: &Checklist) -> Option<Arc<Checklist>> {
    let newest = builtin_by_id(&checklist.id)?;
    let known = builtin_version(&checklist.id, &checklist.version)?;
    (*known == *checklist && newest.version != checklist.version).then_some(newest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_checklist_parses_and_validates_cleanly() {
        for checklist in builtins().unwrap() {
            let problems = super::super::validate(checklist);
            assert!(problems.is_empty(), "{} {problems:#?}", checklist.version);
        }
    }

    #[test]
    fn the_current_edition_is_the_newest_and_the_first_stays_built_in() {
        assert_eq!(builtin().unwrap().version, "2.0.0");
        let first = builtin_version("normcheck-nic-reference", "1.0.0").unwrap();
        assert_eq!(first.items().count(), 82);
        assert_eq!(
            newer_builtin(&first).map(|c| c.version.clone()).as_deref(),
            Some("2.0.0")
        );
        assert!(newer_builtin(&builtin().unwrap()).is_none());
    }
}
