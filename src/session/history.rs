//! Undo and redo beside the single mutation point: every change goes through
//! [`Session::apply`], and [`History`] remembers, per step, the touched answers and the details
//! as they were before and after.
//!
//! - One step per edit; typing into one field makes one step, not one per keystroke.
//! - [`History::apply_all`] applies several edits as one step (imports, bulk assignment).
//! - Undo and redo restore the exact earlier state, times included, and never touch files.
//! - The history knows which state was last saved, so undoing back to it means "no unsaved
//!   changes" again.
//! - It is bounded: the oldest steps are forgotten beyond [`History::LIMIT`].

use std::collections::VecDeque;
use std::mem::Discriminant;

use time::OffsetDateTime;

use super::edit::{Edit, EditError};
use super::model::{Answer, Meta, Session};
use super::team::{Conflict, MergeRecord};
use crate::checklist::Checklist;

/// Identifies a state of the session within one history.
type Revision = u64;

/// What makes two consecutive typing edits one step: the kind of edit and the field it types in.
#[derive(Debug, Clone, PartialEq, Eq)]
struct MergeKey {
    kind: Discriminant<Edit>,
    field: String,
}

/// The team records a step can change: open merge conflicts and the merged contributions.
#[derive(Debug, Clone, PartialEq)]
struct TeamRecords {
    conflicts: Vec<Conflict>,
    merged: Vec<MergeRecord>,
}

impl TeamRecords {
    fn of(session: &Session) -> Self {
        Self {
            conflicts: session.conflicts.clone(),
            merged: session.merged.clone(),
        }
    }

    fn restore(&self, session: &mut Session) {
        session.conflicts = self.conflicts.clone();
        session.merged = self.merged.clone();
    }
}

/// One undoable change.
#[derive(Debug, Clone)]
struct Step {
    /// What changed, for menus: "answer to a.1".
    label: String,
    /// Each touched item's answer before and after (`None`: no answer).
    answers: Vec<(String, Option<Answer>, Option<Answer>)>,
    /// The details (with the times) before and after.
    meta: Box<(Meta, Meta)>,
    /// The merge conflicts and merged contributions before and after, when the step changed
    /// them (a merge, a settled conflict).
    team: Option<Box<(TeamRecords, TeamRecords)>>,
    before: Revision,
    after: Revision,
    merge: Option<MergeKey>,
}

/// The undo and redo lists of one open assessment.
#[derive(Debug, Clone)]
pub struct History {
    done: VecDeque<Step>,
    undone: Vec<Step>,
    revision: Revision,
    next_revision: Revision,
    saved: Option<Revision>,
    /// No typing may join the last step (after an undo, a redo or a save).
    sealed: bool,
}

impl Default for History {
    fn default() -> Self {
        Self::new()
    }
}

impl History {
    /// How many steps are kept; older ones are forgotten.
    pub const LIMIT: usize = 500;

    /// An empty history whose current state counts as saved (a file just opened).
    pub fn new() -> Self {
        Self {
            done: VecDeque::new(),
            undone: Vec::new(),
            revision: 0,
            next_revision: 1,
            saved: Some(0),
            sealed: true,
        }
    }

    /// Applies one edit through [`Session::apply`] and records it. Returns whether anything
    /// changed; on error nothing changes and nothing is recorded.
    pub fn apply(
        &mut self,
        session: &mut Session,
        checklist: &Checklist,
        edit: Edit,
        now: OffsetDateTime,
    ) -> Result<bool, EditError> {
        let label = edit.describe();
        let typing = edit.is_typing();
        let kind = std::mem::discriminant(&edit);
        let meta_before = session.meta.clone();
        let team_before = TeamRecords::of(session);
        let item = edit.item().map(str::to_owned);
        let answer_before = item.as_ref().and_then(|i| session.answers.get(i).cloned());
        if !session.apply(checklist, edit, now)? {
            return Ok(false);
        }
        let field = match &item {
            Some(item) => Some(item.clone()),
            None => meta_field(&meta_before, &session.meta).map(str::to_owned),
        };
        let merge = field
            .filter(|_| typing)
            .map(|field| MergeKey { kind, field });
        let answers = item
            .map(|i| {
                let after = session.answers.get(&i).cloned();
                vec![(i, answer_before, after)]
            })
            .unwrap_or_default();
        self.record(session, label, answers, (meta_before, team_before), merge);
        Ok(true)
    }

    /// Applies several edits as one step, all or nothing: if one is refused, the session is
    /// left as it was and the error returned. Returns whether anything changed.
    pub fn apply_all(
        &mut self,
        session: &mut Session,
        checklist: &Checklist,
        label: &str,
        edits: Vec<Edit>,
        now: OffsetDateTime,
    ) -> Result<bool, EditError> {
        let original = session.clone();
        let mut answers: Vec<(String, Option<Answer>, Option<Answer>)> = Vec::new();
        let mut changed = false;
        for edit in edits {
            if let Some(item) = edit.item()
                && !answers.iter().any(|(i, _, _)| i == item)
            {
                answers.push((item.to_owned(), session.answers.get(item).cloned(), None));
            }
            match session.apply(checklist, edit, now) {
                Ok(c) => changed |= c,
                Err(e) => {
                    *session = original;
                    return Err(e);
                }
            }
        }
        if !changed {
            return Ok(false);
        }
        for (item, _, after) in &mut answers {
            *after = session.answers.get(item.as_str()).cloned();
        }
        answers.retain(|(_, before, after)| before != after);
        let team_before = TeamRecords::of(&original);
        self.record(
            session,
            label.to_owned(),
            answers,
            (original.meta, team_before),
            None,
        );
        Ok(true)
    }

    /// Replaces the whole session with `new` (the result of a merge) as one step. Returns
    /// whether anything changed.
    pub fn replace(&mut self, session: &mut Session, new: Session, label: &str) -> bool {
        let mut items: Vec<&String> = session.answers.keys().chain(new.answers.keys()).collect();
        items.sort_unstable();
        items.dedup();
        let answers: Vec<(String, Option<Answer>, Option<Answer>)> = items
            .into_iter()
            .map(|i| {
                (
                    i.clone(),
                    session.answers.get(i).cloned(),
                    new.answers.get(i).cloned(),
                )
            })
            .filter(|(_, before, after)| before != after)
            .collect();
        let team_before = TeamRecords::of(session);
        if answers.is_empty() && team_before == TeamRecords::of(&new) && session.meta == new.meta {
            return false;
        }
        let meta_before = session.meta.clone();
        *session = new;
        self.record(
            session,
            label.to_owned(),
            answers,
            (meta_before, team_before),
            None,
        );
        true
    }

    fn record(
        &mut self,
        session: &Session,
        label: String,
        answers: Vec<(String, Option<Answer>, Option<Answer>)>,
        (meta_before, team_before): (Meta, TeamRecords),
        merge: Option<MergeKey>,
    ) {
        let team_after = TeamRecords::of(session);
        let team = (team_before != team_after).then(|| Box::new((team_before, team_after)));
        let after = self.next_revision;
        self.next_revision += 1;
        self.undone.clear();
        let joins = !self.sealed
            && merge.is_some()
            && self.done.back().is_some_and(|last| {
                last.merge == merge && Some(last.after) != self.saved && last.after == self.revision
            });
        if joins && let Some(last) = self.done.back_mut() {
            for (item, _, new_after) in answers {
                match last.answers.iter_mut().find(|(i, _, _)| *i == item) {
                    Some((_, _, a)) => *a = new_after,
                    None => last.answers.push((item, None, new_after)),
                }
            }
            last.meta.1 = session.meta.clone();
            last.after = after;
        } else {
            self.done.push_back(Step {
                label,
                answers,
                meta: Box::new((meta_before, session.meta.clone())),
                team,
                before: self.revision,
                after,
                merge,
            });
            if self.done.len() > Self::LIMIT {
                self.done.pop_front();
            }
        }
        self.revision = after;
        self.sealed = false;
    }

    /// Takes back the last step; returns what it changed, or `None` when there is nothing to undo.
    pub fn undo(&mut self, session: &mut Session) -> Option<String> {
        let step = self.done.pop_back()?;
        for (item, before, _) in step.answers.iter().rev() {
            restore(session, item, before.clone());
        }
        session.meta = step.meta.0.clone();
        if let Some(team) = &step.team {
            team.0.restore(session);
        }
        self.revision = step.before;
        self.sealed = true;
        let label = step.label.clone();
        self.undone.push(step);
        Some(label)
    }

    /// Makes the last undone step again; returns what it changed, or `None` when there is
    /// nothing to redo.
    pub fn redo(&mut self, session: &mut Session) -> Option<String> {
        let step = self.undone.pop()?;
        for (item, _, after) in &step.answers {
            restore(session, item, after.clone());
        }
        session.meta = step.meta.1.clone();
        if let Some(team) = &step.team {
            team.1.restore(session);
        }
        self.revision = step.after;
        self.sealed = true;
        let label = step.label.clone();
        self.done.push_back(step);
        Some(label)
    }

    /// What [`Self::undo`] would take back.
    pub fn undo_label(&self) -> Option<&str> {
        self.done.back().map(|s| s.label.as_str())
    }

    /// What [`Self::redo`] would make again.
    pub fn redo_label(&self) -> Option<&str> {
        self.undone.last().map(|s| s.label.as_str())
    }

    /// Remembers the current state as the one on disk.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.revision);
        self.sealed = true;
    }

    /// Forgets any saved state: no state in this history is on disk (new or recovered work).
    pub fn mark_unsaved(&mut self) {
        self.saved = None;
    }

    /// Whether the current state is the one last saved.
    pub fn is_saved(&self) -> bool {
        self.saved == Some(self.revision)
    }
}

/// Puts an answer back as it was (`None`: the item had no answer).
fn restore(session: &mut Session, item: &str, answer: Option<Answer>) {
    match answer {
        Some(a) => {
            session.answers.insert(item.to_owned(), a);
        }
        None => {
            session.answers.remove(item);
        }
    }
}

/// The one descriptive field that differs between two versions of the details, if exactly one
/// does (times are not compared).
fn meta_field(before: &Meta, after: &Meta) -> Option<&'static str> {
    let differing: Vec<&'static str> = [
        ("member_state", before.member_state != after.member_state),
        ("organisation", before.organisation != after.organisation),
        ("assessors", before.assessors != after.assessors),
        ("title", before.title != after.title),
        (
            "reporting_period",
            before.reporting_period != after.reporting_period,
        ),
        (
            "classification",
            before.classification != after.classification,
        ),
    ]
    .into_iter()
    .filter_map(|(name, differs)| differs.then_some(name))
    .collect();
    match differing.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}
