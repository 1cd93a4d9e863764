//! What changed between two editions of a checklist, item by item, as a user deciding whether
//! to move an assessment needs to see it.

use super::model::{Checklist, Item};
use super::upgrades::UpgradeMap;

/// The differences between an older and a newer edition of one checklist.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditionChanges {
    /// The older edition's version.
    pub from: String,
    /// The newer edition's version.
    pub to: String,
    /// Norms whose title or summary changed.
    pub norms_reworded: Vec<String>,
    /// Items new in the newer edition.
    pub added: Vec<String>,
    /// Items merged into another: (old id, surviving id).
    pub merged: Vec<(String, String)>,
    /// Items with no successor: (id, why).
    pub removed: Vec<(String, String)>,
    /// Items kept whose text, guidance or evidence hint changed.
    pub reworded: Vec<String>,
    /// Items kept whose focus areas changed.
    pub retagged: Vec<String>,
    /// Items kept whose stated basis (source) or weight changed.
    pub relabelled: Vec<String>,
}

impl EditionChanges {
    /// Compares two editions, with the steps of upgrade maps that lead from one to the other.
    pub fn between(from: &Checklist, to: &Checklist, steps: &[&UpgradeMap]) -> Self {
        let mut changes = EditionChanges {
            from: from.version.clone(),
            to: to.version.clone(),
            ..Self::default()
        };
        for norm in &to.norms {
            let changed = from
                .norm(&norm.id)
                .is_none_or(|old| old.title != norm.title || old.summary != norm.summary);
            if changed {
                changes.norms_reworded.push(norm.id.clone());
            }
        }
        for (_, old) in from.items() {
            match to.item(&old.id) {
                Some((_, new)) => changes.compare_kept(old, new),
                None => changes.note_gone(&old.id, steps),
            }
        }
        changes.added = to
            .items()
            .filter(|(_, new)| from.item(&new.id).is_none())
            .map(|(_, new)| new.id.clone())
            .collect();
        changes
    }

    /// The surviving item an old item's answer moves to, if it was merged.
    pub fn survivor_of(&self, old: &str) -> Option<&str> {
        self.merged
            .iter()
            .find(|(id, _)| id == old)
            .map(|(_, into)| into.as_str())
    }

    /// Whether nothing at all changed.
    pub fn is_empty(&self) -> bool {
        self.norms_reworded.is_empty()
            && self.added.is_empty()
            && self.merged.is_empty()
            && self.removed.is_empty()
            && self.reworded.is_empty()
            && self.retagged.is_empty()
            && self.relabelled.is_empty()
    }

    fn compare_kept(&mut self, old: &Item, new: &Item) {
        if old.text != new.text
            || old.guidance != new.guidance
            || old.evidence_hint != new.evidence_hint
        {
            self.reworded.push(new.id.clone());
        }
        if old.focus_areas != new.focus_areas {
            self.retagged.push(new.id.clone());
        }
        if old.basis != new.basis || old.weight != new.weight {
            self.relabelled.push(new.id.clone());
        }
    }

    /// Follows an item that is gone through each step: merged (perhaps more than once) or removed.
    fn note_gone(&mut self, id: &str, steps: &[&UpgradeMap]) {
        let mut at = id.to_owned();
        for step in steps {
            if let Some(into) = step.merged.get(&at) {
                at = into.clone();
            } else if let Some(why) = step.removed.get(&at) {
                self.removed.push((id.to_owned(), why.clone()));
                return;
            }
        }
        if at == id {
            self.removed.push((id.to_owned(), String::new()));
        } else {
            self.merged.push((id.to_owned(), at));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::builtin::builtin_version;
    use super::super::upgrades::upgrade_path;
    use super::*;

    #[test]
    fn the_reviewed_edition_lists_its_merges_removal_and_new_actions() {
        let from = builtin_version("normcheck-nic-reference", "1.0.0").unwrap();
        let to = builtin_version("normcheck-nic-reference", "2.0.0").unwrap();
        let path = upgrade_path(&from.id, "1.0.0", "2.0.0").unwrap();
        let changes = EditionChanges::between(&from, &to, &path);
        assert_eq!(changes.survivor_of("h.7"), Some("c.5"));
        assert_eq!(changes.survivor_of("f.3"), Some("f.2"));
        assert_eq!(changes.removed.len(), 1);
        assert_eq!(changes.removed[0].0, "a.8");
        assert!(!changes.removed[0].1.is_empty(), "the removal says why");
        assert_eq!(changes.added, ["a.9", "c.8", "d.9", "d.10", "d.11"]);
        for norm in ["b", "d", "h", "i", "j", "k"] {
            assert!(changes.norms_reworded.iter().any(|n| n == norm), "{norm}");
        }
        assert!(changes.reworded.iter().any(|i| i == "k.2"));
        assert!(changes.retagged.iter().any(|i| i == "b.3"));
        assert!(changes.relabelled.iter().any(|i| i == "e.1"));
    }

    #[test]
    fn an_edition_compared_with_itself_has_no_changes() {
        let to = builtin_version("normcheck-nic-reference", "2.0.0").unwrap();
        assert!(EditionChanges::between(&to, &to, &[]).is_empty());
    }
}
