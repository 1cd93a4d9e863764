//! Handing out a session: one contribution per responsible agency, holding only that agency's
//! items plus the session's details, so other agencies' answers travel no further than needed.

use std::collections::BTreeMap;

use time::OffsetDateTime;

use crate::checklist::Checklist;
use crate::session::{Contribution, Session, new_session_id};

/// The contributions made from a session, and the items no agency is responsible for.
pub struct Split {
    /// One contribution per agency, by agency name.
    pub contributions: BTreeMap<String, Session>,
    /// Items without a responsible agency (they stay with the coordinator), in checklist order.
    pub unassigned: Vec<String>,
}

/// Splits `base` by each item's responsible agency (`owner`). The base session must have an
/// id (every session since format version 2 has one).
pub fn split_by_owner(checklist: &Checklist, base: &Session, now: OffsetDateTime) -> Split {
    let origin = base.id.clone().unwrap_or_default();
    let mut contributions: BTreeMap<String, Session> = BTreeMap::new();
    let mut unassigned = Vec::new();
    for (_, item) in checklist.items() {
        let owner = base
            .answer(&item.id)
            .and_then(|a| a.owner.as_deref())
            .map(str::trim)
            .filter(|o| !o.is_empty());
        let Some(owner) = owner else {
            unassigned.push(item.id.clone());
            continue;
        };
        let part = contributions.entry(owner.to_owned()).or_insert_with(|| {
            let mut part = base.clone();
            part.id = Some(new_session_id());
            part.answers.clear();
            part.merged.clear();
            part.conflicts.clear();
            part.contribution = Some(Contribution {
                agency: owner.to_owned(),
                origin: origin.clone(),
                prepared: now,
                title: base.meta.title.clone(),
                items: Vec::new(),
                original: BTreeMap::new(),
            });
            part
        });
        if let Some(answer) = base.answer(&item.id) {
            part.answers.insert(item.id.clone(), answer.clone());
        }
        if let Some(c) = &mut part.contribution {
            c.items.push(item.id.clone());
            if let Some(answer) = base.answer(&item.id) {
                c.original.insert(item.id.clone(), answer.clone());
            }
        }
    }
    Split {
        contributions,
        unassigned,
    }
}

/// Per responsible agency: (items assigned, items answered), by agency name.
pub fn agency_counts(checklist: &Checklist, session: &Session) -> BTreeMap<String, (usize, usize)> {
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (_, item) in checklist.items() {
        let Some(answer) = session.answer(&item.id) else {
            continue;
        };
        let Some(owner) = answer
            .owner
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty())
        else {
            continue;
        };
        let entry = counts.entry(owner.to_owned()).or_default();
        entry.0 += 1;
        if answer.is_answered() {
            entry.1 += 1;
        }
    }
    counts
}

/// A file name made from an agency's name: letters and digits, the rest as dashes.
pub fn file_slug(name: &str) -> String {
    let slug: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                '-'
            }
        })
        .collect();
    let mut out = String::new();
    for part in slug.split('-').filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(part);
    }
    if out.is_empty() {
        "agency".to_owned()
    } else {
        out
    }
}
