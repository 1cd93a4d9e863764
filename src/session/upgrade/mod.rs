//! Moves an assessment made with one edition of a built-in checklist to a newer edition:
//! answers carried by item id, merged items' answers combined on the surviving item, new items
//! left unanswered, removed items listed. The original session is never changed.

use crate::i18n::{Said, Tr};
use crate::t;
mod combine;

use std::collections::BTreeMap;
use std::sync::Arc;

use super::check::check_session;
use super::model::{Answer, ChecklistRef, Session};
use crate::checklist::{Checklist, EditionChanges, builtin_by_id, builtin_version, upgrade_path};
use crate::format::problem::Problem;

pub use combine::combine_answers;

/// Why a session cannot be moved to another edition.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum UpgradeError {
    /// The session's checklist is not one of normcheck's built-in editions.
    NotBuiltIn {
        /// The checklist's id.
        id: String,
        /// Its version.
        version: String,
    },
    /// No chain of upgrade maps leads there (an older, the same or an unknown version).
    NoWay {
        /// The checklist's id.
        id: String,
        /// The session's version.
        from: String,
        /// The version asked for.
        to: String,
    },
    /// The file is one agency's contribution, which must go back to its session unchanged.
    Contribution {
        /// The contributing agency.
        agency: String,
    },
    /// The two editions rate on different scales, so levels cannot be carried.
    ScaleChanged {
        /// The session's version.
        from: String,
        /// The version asked for.
        to: String,
    },
    /// The result would not open: a bug, never written.
    Invalid(String),
}

/// A session moved to a newer edition, with what happened to its answers.
#[derive(Debug, Clone)]
pub struct Upgraded {
    /// The new session (same id and details, the newer checklist, no file yet).
    pub session: Session,
    /// The newer edition.
    pub checklist: Arc<Checklist>,
    /// Everything that differs between the two editions.
    pub changes: EditionChanges,
    /// Answers carried to the same item id.
    pub carried: usize,
    /// Merged items whose answer moved to the surviving item: (old id, surviving id, whether
    /// the surviving item was answered too, so the two were combined).
    pub merged: Vec<(String, String, bool)>,
    /// Removed items that held an answer, which the new session no longer has.
    pub dropped: Vec<String>,
    /// Items of the new edition that nobody has answered yet (new items).
    pub added: Vec<String>,
}

/// The newest edition `session`'s checklist can be moved to, with the changes, if there is one.
pub fn available_upgrade(session: &Session) -> Option<(Arc<Checklist>, EditionChanges)> {
    if session.contribution.is_some() || session.checklist_copy.is_some() {
        return None;
    }
    let from = builtin_version(&session.checklist.id, &session.checklist.version)?;
    let to = builtin_by_id(&from.id)?;
    let path = upgrade_path(&from.id, &from.version, &to.version)?;
    let changes = EditionChanges::between(&from, &to, &path);
    Some((to, changes))
}

/// Moves `session` to edition `to` (the newest built-in edition when `None`).
pub fn upgrade_session(session: &Session, to: Option<&str>) -> Result<Upgraded, UpgradeError> {
    let id = &session.checklist.id;
    let version = &session.checklist.version;
    if let Some(contribution) = &session.contribution {
        return Err(UpgradeError::Contribution {
            agency: contribution.agency.clone(),
        });
    }
    let not_built_in = || UpgradeError::NotBuiltIn {
        id: id.clone(),
        version: version.clone(),
    };
    let from = builtin_version(id, version).ok_or_else(not_built_in)?;
    if session
        .checklist_copy
        .as_deref()
        .is_some_and(|copy| *copy != *from)
    {
        return Err(not_built_in());
    }
    let target = match to {
        Some(version) => builtin_version(id, version),
        None => builtin_by_id(id),
    };
    let no_way = || UpgradeError::NoWay {
        id: id.clone(),
        from: version.clone(),
        to: to.unwrap_or("(the newest)").to_owned(),
    };
    let to = target.ok_or_else(no_way)?;
    let path = upgrade_path(id, version, &to.version).ok_or_else(no_way)?;
    if from.scale != to.scale {
        return Err(UpgradeError::ScaleChanged {
            from: from.version.clone(),
            to: to.version.clone(),
        });
    }
    let changes = EditionChanges::between(&from, &to, &path);
    let upgraded = move_answers(session, &to, changes);
    let errors: Vec<Problem> = check_session(&upgraded.session, &to)
        .into_iter()
        .filter(Problem::is_error)
        .collect();
    match errors.first() {
        Some(problem) => Err(UpgradeError::Invalid(problem.to_string())),
        None => Ok(upgraded),
    }
}

/// Builds the new session: carries, combines and drops answers as `changes` says.
fn move_answers(session: &Session, to: &Arc<Checklist>, changes: EditionChanges) -> Upgraded {
    let mut answers: BTreeMap<String, Answer> = BTreeMap::new();
    let mut carried = 0;
    let mut dropped = Vec::new();
    let mut absorbed: Vec<(String, String, Answer)> = Vec::new();
    for (id, answer) in &session.answers {
        if to.item(id).is_some() {
            answers.insert(id.clone(), answer.clone());
            carried += 1;
        } else if let Some(into) = changes.survivor_of(id) {
            absorbed.push((id.clone(), into.to_owned(), answer.clone()));
        } else if !answer.is_empty() {
            dropped.push(id.clone());
        }
    }
    let mut merged = Vec::new();
    for (old, into, answer) in absorbed {
        let both = answers.get(&into).is_some_and(|a| !a.is_empty());
        let combined = match answers.remove(&into) {
            Some(survivor) => combine_answers((&into, survivor), (&old, answer)),
            None => combine_answers((&into, Answer::default()), (&old, answer)),
        };
        answers.insert(into.clone(), combined);
        merged.push((old, into, both));
    }
    let mut new_session = session.clone();
    new_session.checklist = ChecklistRef {
        id: to.id.clone(),
        version: to.version.clone(),
    };
    new_session.checklist_copy = None;
    new_session.answers = answers;
    new_session.conflicts = moved_conflicts(session, to, &changes);
    let added = changes
        .added
        .iter()
        .filter(|id| !new_session.answers.contains_key(*id))
        .cloned()
        .collect();
    Upgraded {
        session: new_session,
        checklist: Arc::clone(to),
        changes,
        carried,
        merged,
        dropped,
        added,
    }
}

/// Open team conflicts follow their item; those of removed items go with it.
fn moved_conflicts(
    session: &Session,
    to: &Checklist,
    changes: &EditionChanges,
) -> Vec<super::team::Conflict> {
    let mut moved: Vec<super::team::Conflict> = Vec::new();
    for conflict in &session.conflicts {
        let item = changes
            .survivor_of(&conflict.item)
            .unwrap_or(&conflict.item)
            .to_owned();
        let duplicate = moved
            .iter()
            .any(|c| c.item == item && c.field == conflict.field);
        if to.item(&item).is_some() && !duplicate {
            moved.push(super::team::Conflict {
                item,
                ..conflict.clone()
            });
        }
    }
    moved
}

impl Said for UpgradeError {
    fn said(&self, tr: &Tr) -> String {
        match self {
            UpgradeError::NotBuiltIn { id, version } => t!(
                tr,
                "upgrade-not-built-in",
                id = id.clone(),
                version = version.clone()
            ),
            UpgradeError::NoWay { id, from, to } => t!(
                tr,
                "upgrade-no-way",
                id = id.clone(),
                from = from.clone(),
                to = to.clone()
            ),
            UpgradeError::Contribution { agency } => {
                t!(tr, "upgrade-contribution", agency = agency.clone())
            }
            UpgradeError::ScaleChanged { from, to } => t!(
                tr,
                "upgrade-scale-changed",
                from = from.clone(),
                to = to.clone()
            ),
            UpgradeError::Invalid(detail) => t!(tr, "upgrade-invalid", detail = detail.clone()),
        }
    }
}

impl std::fmt::Display for UpgradeError {
    /// In English, for logs and tests.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::Said::said(self, &crate::i18n::Tr::english()))
    }
}
