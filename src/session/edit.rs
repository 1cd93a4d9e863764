//! The single mutation point of a session: every change goes through [`Session::apply`].

use crate::i18n::{Message, Said, Tr};
use crate::{msg, t};
use time::{Date, OffsetDateTime};

use super::model::{Answer, Meta, Priority, Session, Support};
use crate::checklist::Checklist;

/// One change to an assessment.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Choose a level (clears N/A), or `None` to clear the answer's level.
    SetLevel {
        /// Item id.
        item: String,
        /// Level value from the scale.
        level: Option<i64>,
    },
    /// Mark or unmark N/A (marking clears the level; the justification is kept).
    SetNotApplicable {
        /// Item id.
        item: String,
        /// N/A or not.
        value: bool,
    },
    /// Set the N/A justification.
    SetJustification {
        /// Item id.
        item: String,
        /// Text; blank clears it.
        text: String,
    },
    /// Set the note.
    SetNote {
        /// Item id.
        item: String,
        /// Text; blank clears it.
        text: String,
    },
    /// Replace the evidence references.
    SetEvidence {
        /// Item id.
        item: String,
        /// References; blank ones are dropped.
        evidence: Vec<String>,
    },
    /// Set the responsible agency.
    SetOwner {
        /// Item id.
        item: String,
        /// Text; blank clears it.
        text: String,
    },
    /// Set or clear the target date.
    SetTargetDate {
        /// Item id.
        item: String,
        /// The date.
        date: Option<Date>,
    },
    /// Set or clear the priority.
    SetPriority {
        /// Item id.
        item: String,
        /// The priority.
        priority: Option<Priority>,
    },
    /// Flag or unflag for review.
    SetFlagged {
        /// Item id.
        item: String,
        /// Flagged or not.
        value: bool,
    },
    /// Record the support wanted for an item, or `None` for none (no kinds also means none).
    SetSupport {
        /// Item id.
        item: String,
        /// The support wanted.
        support: Option<Support>,
    },
    /// Settle a merge conflict: set the field to the chosen (or newly written) value and drop
    /// the conflict.
    ResolveConflict {
        /// Item id.
        item: String,
        /// The answer field (see [`super::fields::FIELDS`]).
        field: String,
        /// The value chosen (JSON; `null` clears the field).
        value: serde_json::Value,
    },
    /// Replace the descriptive metadata (times are kept).
    SetMeta(Box<Meta>),
}

impl Edit {
    /// The item this edit changes, or `None` for the assessment's details.
    pub fn item(&self) -> Option<&str> {
        match self {
            Edit::SetLevel { item, .. }
            | Edit::SetNotApplicable { item, .. }
            | Edit::SetJustification { item, .. }
            | Edit::SetNote { item, .. }
            | Edit::SetEvidence { item, .. }
            | Edit::SetOwner { item, .. }
            | Edit::SetTargetDate { item, .. }
            | Edit::SetPriority { item, .. }
            | Edit::SetFlagged { item, .. }
            | Edit::SetSupport { item, .. }
            | Edit::ResolveConflict { item, .. } => Some(item),
            Edit::SetMeta(_) => None,
        }
    }

    /// What the edit changes, in words for menus and messages: "answer to a.1", "details".
    pub fn describe(&self) -> String {
        let what = match self {
            Edit::SetLevel { .. } | Edit::SetNotApplicable { .. } => "answer to",
            Edit::SetJustification { .. } => "justification of",
            Edit::SetNote { .. } => "note on",
            Edit::SetEvidence { .. } => "evidence for",
            Edit::SetOwner { .. } => "agency for",
            Edit::SetTargetDate { .. } => "target date of",
            Edit::SetPriority { .. } => "priority of",
            Edit::SetFlagged { .. } => "review flag of",
            Edit::SetSupport { .. } => "support wanted for",
            Edit::ResolveConflict { .. } => "conflict settled on",
            Edit::SetMeta(_) => return "assessment details".to_owned(),
        };
        format!("{what} {}", self.item().unwrap_or_default())
    }

    /// Whether this edit comes from typing, so that consecutive ones to the same field are
    /// undone together rather than one keystroke at a time. Support counts as typing for its
    /// note, so ticking kinds and typing the note of one item is undone in one step.
    pub fn is_typing(&self) -> bool {
        matches!(
            self,
            Edit::SetJustification { .. }
                | Edit::SetNote { .. }
                | Edit::SetEvidence { .. }
                | Edit::SetOwner { .. }
                | Edit::SetTargetDate { .. }
                | Edit::SetSupport { .. }
                | Edit::SetMeta(_)
        )
    }
}

/// Why an edit was refused; the session is unchanged.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EditError {
    /// The item is not in the checklist.
    UnknownItem(String),
    /// The level is not on the scale.
    UnknownLevel {
        /// The refused value.
        level: i64,
    },
    /// The scale does not allow N/A.
    NotApplicableNotAllowed,
    /// A value does not fit the field it is for.
    BadValue(Message),
}

impl Session {
    /// Validates and applies one edit, stamps `meta.updated` with `now` and marks the
    /// session changed. Returns whether anything changed; on error nothing changes.
    pub fn apply(
        &mut self,
        checklist: &Checklist,
        edit: Edit,
        now: OffsetDateTime,
    ) -> Result<bool, EditError> {
        let before = self.clone();
        match edit {
            Edit::SetMeta(meta) => {
                let (created, updated) = (self.meta.created, self.meta.updated);
                self.meta = *meta;
                self.meta.created = created;
                self.meta.updated = updated;
            }
            Edit::ResolveConflict { item, field, value } => {
                self.resolve_conflict(checklist, &item, &field, &value)?;
            }
            answer_edit => self.apply_to_answer(checklist, answer_edit)?,
        }
        let changed = *self != before;
        if changed {
            self.stamp_changed_answers(&before, now);
            self.meta.updated = Some(now);
            if self.meta.created.is_none() {
                self.meta.created = Some(now);
            }
        }
        Ok(changed)
    }

    /// An edit of one field of one item's answer, checked against the checklist's scale.
    fn apply_to_answer(&mut self, checklist: &Checklist, edit: Edit) -> Result<(), EditError> {
        match edit {
            Edit::SetLevel { item, level } => {
                if let Some(level) = level
                    && checklist.scale.level(level).is_none()
                {
                    return Err(EditError::UnknownLevel { level });
                }
                self.edit_answer(checklist, &item, |a| {
                    a.level = level;
                    if level.is_some() {
                        a.not_applicable = false;
                    }
                })
            }
            Edit::SetNotApplicable { item, value } => {
                if value && !checklist.scale.not_applicable {
                    return Err(EditError::NotApplicableNotAllowed);
                }
                self.edit_answer(checklist, &item, |a| {
                    a.not_applicable = value;
                    if value {
                        a.level = None;
                    }
                })
            }
            other => self.apply_to_notes(checklist, other),
        }
    }

    /// An edit of one of the working fields around an answer (texts, dates, flags, support).
    fn apply_to_notes(&mut self, checklist: &Checklist, edit: Edit) -> Result<(), EditError> {
        match edit {
            Edit::SetJustification { item, text } => {
                self.edit_answer(checklist, &item, |a| a.justification = non_blank(text))
            }
            Edit::SetNote { item, text } => {
                self.edit_answer(checklist, &item, |a| a.note = non_blank(text))
            }
            Edit::SetEvidence { item, evidence } => self.edit_answer(checklist, &item, |a| {
                a.evidence = evidence
                    .into_iter()
                    .filter(|e| !e.trim().is_empty())
                    .collect();
            }),
            Edit::SetOwner { item, text } => {
                self.edit_answer(checklist, &item, |a| a.owner = non_blank(text))
            }
            Edit::SetTargetDate { item, date } => {
                self.edit_answer(checklist, &item, |a| a.target_date = date)
            }
            Edit::SetPriority { item, priority } => {
                self.edit_answer(checklist, &item, |a| a.priority = priority)
            }
            Edit::SetFlagged { item, value } => {
                self.edit_answer(checklist, &item, |a| a.flagged = value)
            }
            Edit::SetSupport { item, support } => {
                let support = support.filter(|s| !s.kinds.is_empty()).map(|s| Support {
                    note: s.note.and_then(non_blank),
                    ..s
                });
                self.edit_answer(checklist, &item, |a| a.support = support)
            }
            // Handled by `apply` and `apply_to_answer`.
            Edit::SetMeta(_)
            | Edit::ResolveConflict { .. }
            | Edit::SetLevel { .. }
            | Edit::SetNotApplicable { .. } => Ok(()),
        }
    }

    /// Settles a merge conflict on `field` of `item` with `value`, checked like any answer.
    fn resolve_conflict(
        &mut self,
        checklist: &Checklist,
        item: &str,
        field: &str,
        value: &serde_json::Value,
    ) -> Result<(), EditError> {
        if !self
            .conflicts
            .iter()
            .any(|c| c.item == item && c.field == field)
        {
            return Err(EditError::BadValue(msg!(
                "edit-no-conflict",
                field = field.to_owned(),
                item = item.to_owned()
            )));
        }
        let mut answer = self.answer(item).cloned().unwrap_or_default();
        super::fields::set(&mut answer, field, value).map_err(EditError::BadValue)?;
        if let Some(level) = answer.level
            && checklist.scale.level(level).is_none()
        {
            return Err(EditError::UnknownLevel { level });
        }
        if answer.not_applicable && !checklist.scale.not_applicable {
            return Err(EditError::NotApplicableNotAllowed);
        }
        self.edit_answer(checklist, item, |a| *a = answer)?;
        self.conflicts
            .retain(|c| !(c.item == item && c.field == field));
        Ok(())
    }

    /// Records who changed each answer that differs from `before`, and when.
    fn stamp_changed_answers(&mut self, before: &Session, now: OffsetDateTime) {
        let author = self.author();
        for (id, answer) in &mut self.answers {
            let same = before
                .answers
                .get(id)
                .is_some_and(|old| old.content() == answer.content());
            if !same {
                answer.changed_by.clone_from(&author);
                answer.changed_at = Some(now);
            }
        }
    }

    fn edit_answer(
        &mut self,
        checklist: &Checklist,
        item: &str,
        change: impl FnOnce(&mut Answer),
    ) -> Result<(), EditError> {
        if checklist.item(item).is_none() {
            return Err(EditError::UnknownItem(item.to_owned()));
        }
        let answer = self.answers.entry(item.to_owned()).or_default();
        change(answer);
        if answer.is_empty() {
            self.answers.remove(item);
        }
        Ok(())
    }
}

fn non_blank(text: String) -> Option<String> {
    if text.trim().is_empty() {
        None
    } else {
        Some(text)
    }
}

impl Said for EditError {
    fn said(&self, tr: &Tr) -> String {
        match self {
            EditError::UnknownItem(item) => t!(tr, "edit-unknown-item", item = item.clone()),
            EditError::UnknownLevel { level } => {
                t!(tr, "edit-unknown-level", level = level.to_string())
            }
            EditError::NotApplicableNotAllowed => t!(tr, "problem-na-not-allowed"),
            EditError::BadValue(message) => message.said(tr),
        }
    }
}

impl std::fmt::Display for EditError {
    /// In English, for logs and tests.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::Said::said(self, &crate::i18n::Tr::english()))
    }
}
