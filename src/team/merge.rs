//! Bringing contributions back: a field-level three-way merge against the base session. A field
//! changed in one contribution only is taken; the same change in several is taken once;
//! different changes to one field are a conflict — the base value stays and the conflict is
//! recorded for the coordinator.

use crate::i18n::{Said, Tr};
use crate::t;
use std::collections::BTreeSet;

use serde_json::Value;
use time::OffsetDateTime;

use crate::checklist::Checklist;
use crate::session::fields::{FIELDS, get, set};
use crate::session::{Answer, Conflict, ConflictValue, Edit, EditError, MergeRecord, Session};

impl crate::format::remedy::Remedied for MergeError {
    fn remedy(&self) -> Option<crate::format::remedy::Remedy> {
        matches!(self, MergeError::NotAContribution { .. })
            .then_some(crate::format::remedy::Remedy::PrepareContributions)
    }
}

/// The merged session and what the merge did.
#[derive(Debug)]
pub struct MergeOutcome {
    /// The base with the contributions' changes (and the new conflicts) in it.
    pub session: Session,
    /// How many fields were taken from the contributions.
    pub taken: usize,
    /// The conflicts this merge found (also recorded in `session.conflicts`).
    pub conflicts: Vec<Conflict>,
}

/// Why nothing was merged. `name` is how the caller named the contribution (its file).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MergeError {
    /// The file is a plain session, not a contribution.
    NotAContribution {
        /// The contribution's name.
        name: String,
    },
    /// It was prepared from another session.
    OtherSession {
        /// The contribution's name.
        name: String,
        /// The session it came from.
        origin: String,
        /// This session's id.
        base: String,
    },
    /// It is for another checklist or checklist version.
    OtherChecklist {
        /// The contribution's name.
        name: String,
        /// Its checklist id and version.
        found: String,
        /// The session's.
        expected: String,
    },
    /// It was merged before.
    AlreadyMerged {
        /// The contribution's name.
        name: String,
        /// Its agency.
        agency: String,
        /// When it was prepared.
        prepared: String,
    },
    /// The same contribution was given twice.
    GivenTwice {
        /// The contribution's name.
        name: String,
    },
}

/// One contribution's proposed value for one field.
struct Proposal {
    from: String,
    value: Value,
    at: Option<OffsetDateTime>,
    /// The field's value when the item was handed out.
    ancestor: Value,
}

/// Who stands for the current session's value in a conflict the coordinator's own later change
/// took part in.
const COORDINATOR: &str = "this session (changed since handing out)";

/// Merges `contributions` (each named, e.g. by its file) into `base`. Nothing is merged when any
/// contribution is refused.
pub fn merge(
    checklist: &Checklist,
    base: &Session,
    contributions: &[(String, Session)],
    now: OffsetDateTime,
) -> Result<MergeOutcome, MergeError> {
    check_contributions(base, contributions)?;
    let mut out = base.clone();
    let mut taken = 0;
    let mut conflicts = Vec::new();
    for (_, item) in checklist.items() {
        let before = base.answer(&item.id).cloned().unwrap_or_default();
        let merged = merge_item(&item.id, &before, contributions);
        taken += merged.taken;
        conflicts.extend(merged.conflicts);
        let mut after = merged.answer;
        if after.content() != before.content() {
            after.changed_by = Some(merged.authors.into_iter().collect::<Vec<_>>().join(", "));
            after.changed_at = merged.latest.or(Some(now));
            store(&mut out, &item.id, after);
        }
    }
    for (_, c) in contributions {
        if let Some(info) = &c.contribution {
            out.merged.push(MergeRecord {
                agency: info.agency.clone(),
                prepared: info.prepared,
                merged: now,
            });
        }
    }
    // A new conflict on a field replaces an older one on the same field.
    out.conflicts.retain(|old| {
        !conflicts
            .iter()
            .any(|new| new.item == old.item && new.field == old.field)
    });
    out.conflicts.extend(conflicts.iter().cloned());
    out.meta.updated = Some(now);
    Ok(MergeOutcome {
        session: out,
        taken,
        conflicts,
    })
}

/// One item's answer after the contributions, with what was taken and what conflicts.
struct MergedItem {
    answer: crate::session::Answer,
    taken: usize,
    conflicts: Vec<Conflict>,
    authors: BTreeSet<String>,
    latest: Option<OffsetDateTime>,
}

/// Merges every field of `item` (its answer `before`): a change proposed by one agency, or the
/// same change by several, is taken; different changes are a conflict.
fn merge_item(
    item: &str,
    before: &crate::session::Answer,
    contributions: &[(String, Session)],
) -> MergedItem {
    let mut merged = MergedItem {
        answer: before.clone(),
        taken: 0,
        conflicts: Vec::new(),
        authors: BTreeSet::new(),
        latest: None,
    };
    for field in FIELDS {
        let base_value = get(before, field);
        let proposals = proposals(contributions, item, field, &base_value);
        if proposals.is_empty() {
            continue;
        }
        let distinct: BTreeSet<String> = proposals.iter().map(|p| p.value.to_string()).collect();
        // The session moved away from what was handed out, to a value no agency proposed.
        let moved = proposals
            .iter()
            .any(|p| p.ancestor != base_value && p.value != base_value);
        if distinct.len() == 1 && !moved {
            // One change, or the same change from several: taken once.
            if proposals[0].value != base_value
                && set(&mut merged.answer, field, &proposals[0].value).is_ok()
            {
                merged.taken += 1;
                merged
                    .authors
                    .extend(proposals.iter().map(|p| p.from.clone()));
                merged.latest = merged
                    .latest
                    .max(proposals.iter().filter_map(|p| p.at).max());
            }
            continue;
        }
        merged
            .conflicts
            .push(conflict(item, field, base_value, proposals, moved));
    }
    merged
}

/// A conflict on `field` of `item`: every agency's value, and the session's own when it moved.
fn conflict(
    item: &str,
    field: &str,
    base_value: Value,
    proposals: Vec<Proposal>,
    moved: bool,
) -> Conflict {
    let mut values: Vec<ConflictValue> = proposals
        .into_iter()
        .map(|p| ConflictValue {
            from: p.from,
            value: p.value,
        })
        .collect();
    if moved {
        values.push(ConflictValue {
            from: COORDINATOR.to_owned(),
            value: base_value.clone(),
        });
    }
    Conflict {
        item: item.to_owned(),
        field: field.to_owned(),
        base: base_value,
        values,
    }
}

/// Each contribution's value for `field` of `item` where the agency changed it (compared with
/// what it was handed; contributions without that record are compared with the base).
fn proposals(
    contributions: &[(String, Session)],
    item: &str,
    field: &str,
    base_value: &Value,
) -> Vec<Proposal> {
    contributions
        .iter()
        .filter_map(|(_, c)| {
            let info = c.contribution.as_ref()?;
            if !info.items.iter().any(|i| i == item) {
                return None;
            }
            let ancestor = if info.original.is_empty() {
                base_value.clone()
            } else {
                get(&info.original.get(item).cloned().unwrap_or_default(), field)
            };
            let answer = c.answer(item).cloned().unwrap_or_default();
            let value = get(&answer, field);
            (value != ancestor).then(|| Proposal {
                from: info.agency.clone(),
                value,
                at: answer.changed_at,
                ancestor,
            })
        })
        .collect()
}

fn store(session: &mut Session, item: &str, answer: Answer) {
    if answer.is_empty() {
        session.answers.remove(item);
    } else {
        session.answers.insert(item.to_owned(), answer);
    }
}

fn check_contributions(
    base: &Session,
    contributions: &[(String, Session)],
) -> Result<(), MergeError> {
    let base_id = base.id.clone().unwrap_or_default();
    let expected = format!("{} {}", base.checklist.id, base.checklist.version);
    let mut seen = BTreeSet::new();
    for (name, c) in contributions {
        let name = name.clone();
        let Some(info) = &c.contribution else {
            return Err(MergeError::NotAContribution { name });
        };
        if info.origin != base_id {
            return Err(MergeError::OtherSession {
                name,
                origin: info.origin.clone(),
                base: base_id,
            });
        }
        let found = format!("{} {}", c.checklist.id, c.checklist.version);
        if found != expected {
            return Err(MergeError::OtherChecklist {
                name,
                found,
                expected,
            });
        }
        let prepared = info
            .prepared
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default();
        if base
            .merged
            .iter()
            .any(|m| m.agency == info.agency && m.prepared == info.prepared)
        {
            return Err(MergeError::AlreadyMerged {
                name,
                agency: info.agency.clone(),
                prepared,
            });
        }
        if !seen.insert((info.agency.clone(), info.prepared)) {
            return Err(MergeError::GivenTwice { name });
        }
    }
    Ok(())
}

/// Settles a conflict through the session's one mutation point.
pub fn resolve_conflict(
    checklist: &Checklist,
    session: &mut Session,
    item: &str,
    field: &str,
    value: Value,
    now: OffsetDateTime,
) -> Result<bool, EditError> {
    session.apply(
        checklist,
        Edit::ResolveConflict {
            item: item.to_owned(),
            field: field.to_owned(),
            value,
        },
        now,
    )
}

impl Said for MergeError {
    fn said(&self, tr: &Tr) -> String {
        match self {
            MergeError::NotAContribution { name } => {
                t!(tr, "merge-not-contribution", name = name.clone())
            }
            MergeError::OtherSession { name, origin, base } => t!(
                tr,
                "merge-other-session",
                name = name.clone(),
                origin = origin.clone(),
                base = base.clone()
            ),
            MergeError::OtherChecklist {
                name,
                found,
                expected,
            } => t!(
                tr,
                "merge-other-checklist",
                name = name.clone(),
                found = found.clone(),
                expected = expected.clone()
            ),
            MergeError::AlreadyMerged {
                name,
                agency,
                prepared,
            } => t!(
                tr,
                "merge-already-merged",
                name = name.clone(),
                agency = agency.clone(),
                prepared = prepared.clone()
            ),
            MergeError::GivenTwice { name } => t!(tr, "merge-given-twice", name = name.clone()),
        }
    }
}

impl std::fmt::Display for MergeError {
    /// In English, for logs and tests.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::Said::said(self, &crate::i18n::Tr::english()))
    }
}
