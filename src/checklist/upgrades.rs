//! How one edition of a built-in checklist follows from the one before: which items were merged
//! into which, and which were removed and why. Everything else (new, reworded and retagged
//! items) is read off the two editions themselves ([`super::changes`]).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

/// The `format` of an upgrade map file.
pub const UPGRADE_FORMAT: &str = "normcheck-checklist-upgrade";

/// The maps compiled into the program, one per step between built-in editions.
const MAPS: [&str; 1] = [include_str!(
    "../../checklists/upgrades/nic-reference-1.0.0-to-2.0.0.json"
)];

/// One step from an edition of a checklist to the next.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpgradeMap {
    /// Always [`UPGRADE_FORMAT`].
    pub format: String,
    /// The map file's own format version (1).
    pub format_version: u64,
    /// The checklist's id.
    pub checklist: String,
    /// The edition it starts from.
    pub from: String,
    /// The edition it leads to.
    pub to: String,
    /// Items of `from` merged into an item of `to`: old id → surviving id.
    #[serde(default)]
    pub merged: BTreeMap<String, String>,
    /// Items of `from` with no successor: id → why.
    #[serde(default)]
    pub removed: BTreeMap<String, String>,
}

/// Every built-in upgrade map. Returns an error only if an embedded map is broken, which the
/// test suite rules out.
pub fn upgrade_maps() -> Result<&'static [UpgradeMap], String> {
    static PARSED: OnceLock<Result<Vec<UpgradeMap>, String>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            MAPS.iter()
                .map(|json| {
                    serde_json::from_str::<UpgradeMap>(json)
                        .map_err(|e| format!("a built-in upgrade map is damaged: {e}"))
                })
                .collect()
        })
        .as_ref()
        .map(Vec::as_slice)
        .map_err(Clone::clone)
}

/// The steps that lead from edition `from` of checklist `id` to edition `to`, in order, or
/// `None` if normcheck knows no way there.
pub fn upgrade_path(id: &str, from: &str, to: &str) -> Option<Vec<&'static UpgradeMap>> {
    let maps = upgrade_maps().ok()?;
    let mut path = Vec::new();
    let mut at = from;
    while at != to {
        let step = maps.iter().find(|m| m.checklist == id && m.from == at)?;
        if path.len() > maps.len() {
            return None;
        }
        path.push(step);
        at = &step.to;
    }
    (!path.is_empty()).then_some(path)
}

#[cfg(test)]
mod tests {
    use super::super::builtin::builtin_version;
    use super::*;

    /// Each map must describe exactly the items that disappear between its two editions.
    #[test]
    fn every_map_accounts_for_every_item_that_disappears_and_nothing_else() {
        for map in upgrade_maps().unwrap() {
            assert_eq!(map.format, UPGRADE_FORMAT);
            let from = builtin_version(&map.checklist, &map.from).unwrap();
            let to = builtin_version(&map.checklist, &map.to).unwrap();
            let gone: Vec<&str> = from
                .items()
                .map(|(_, i)| i.id.as_str())
                .filter(|id| to.item(id).is_none())
                .collect();
            let mut described: Vec<&str> = map
                .merged
                .keys()
                .chain(map.removed.keys())
                .map(String::as_str)
                .collect();
            described.sort_unstable();
            let mut gone_sorted = gone.clone();
            gone_sorted.sort_unstable();
            assert_eq!(described, gone_sorted, "{} → {}", map.from, map.to);
            for survivor in map.merged.values() {
                assert!(
                    to.item(survivor).is_some(),
                    "{survivor} is not in {}",
                    map.to
                );
            }
        }
    }

    #[test]
    fn a_path_leads_from_the_first_edition_to_the_newest_and_nowhere_else() {
        let path = upgrade_path("normcheck-nic-reference", "1.0.0", "2.0.0").unwrap();
        assert_eq!(path.len(), 1);
        assert!(upgrade_path("normcheck-nic-reference", "2.0.0", "1.0.0").is_none());
        assert!(upgrade_path("normcheck-nic-reference", "2.0.0", "2.0.0").is_none());
        assert!(upgrade_path("someone-else", "1.0.0", "2.0.0").is_none());
    }
}
