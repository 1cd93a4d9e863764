//! What needs attention in an assessment: gaps to close, answers still to complete and the
//! support the State would welcome.

use time::Date;

use crate::checklist::Checklist;
use crate::session::{Priority, Session, SupportKind};

/// An item below the "implemented" level (or, if asked for, unanswered).
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    /// Item id.
    pub item: String,
    /// Norm id.
    pub norm: String,
    /// The level, `None` when unanswered.
    pub level: Option<i64>,
    /// Priority given by the assessors.
    pub priority: Option<Priority>,
    /// Responsible agency.
    pub owner: Option<String>,
    /// Target date.
    pub target_date: Option<Date>,
}

/// Gaps in order of urgency: priority (high first, none last), then target date (earliest
/// first, none last), then checklist order. Unanswered items are included when asked.
pub fn gaps(checklist: &Checklist, session: &Session, include_unanswered: bool) -> Vec<Gap> {
    let Some(threshold) = checklist.implemented_threshold() else {
        return Vec::new();
    };
    let mut gaps: Vec<(usize, Gap)> = checklist
        .items()
        .enumerate()
        .filter_map(|(order, (norm, item))| {
            let answer = session.answer(&item.id);
            if answer.is_some_and(|a| a.not_applicable) {
                return None;
            }
            let level = answer.and_then(|a| a.level);
            let is_gap = match level {
                Some(l) => l < threshold,
                None => include_unanswered,
            };
            is_gap.then(|| {
                (
                    order,
                    Gap {
                        item: item.id.clone(),
                        norm: norm.id.clone(),
                        level,
                        priority: answer.and_then(|a| a.priority),
                        owner: answer.and_then(|a| a.owner.clone()),
                        target_date: answer.and_then(|a| a.target_date),
                    },
                )
            })
        })
        .collect();
    gaps.sort_by_key(|(order, g)| {
        (
            g.priority.map_or(Priority::ALL.len(), |p| p as usize),
            g.target_date.is_none(),
            g.target_date,
            *order,
        )
    });
    gaps.into_iter().map(|(_, g)| g).collect()
}

/// Why an item needs attention before the assessment is complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Concern {
    /// No level and not N/A.
    Unanswered,
    /// N/A without a justification.
    MissingJustification,
    /// A gap with no responsible agency.
    GapWithoutOwner,
}

/// Every item that needs attention, in checklist order, with the reason.
pub fn completeness(checklist: &Checklist, session: &Session) -> Vec<(String, Concern)> {
    let threshold = checklist.implemented_threshold();
    checklist
        .items()
        .filter_map(|(_, item)| {
            let answer = session.answer(&item.id);
            let concern = match answer {
                None => Some(Concern::Unanswered),
                Some(a) if !a.is_answered() => Some(Concern::Unanswered),
                Some(a) if a.lacks_justification() => Some(Concern::MissingJustification),
                Some(a) => match (a.level, threshold) {
                    (Some(l), Some(t)) if l < t && a.owner.is_none() => {
                        Some(Concern::GapWithoutOwner)
                    }
                    _ => None,
                },
            };
            concern.map(|c| (item.id.clone(), c))
        })
        .collect()
}

/// The practical actions for which one kind of support is wanted.
#[derive(Debug, Clone, PartialEq)]
pub struct SupportWanted {
    /// The kind of support.
    pub kind: SupportKind,
    /// The items asking for it, in checklist order, each with its support note.
    pub items: Vec<(String, Option<String>)>,
}

/// Support wanted by kind ([`SupportKind::ALL`] order, kinds nobody asked for left out),
/// items in checklist order. An item asking for several kinds is listed under each. Answers
/// to items the checklist no longer has are left out.
pub fn support_wanted(checklist: &Checklist, session: &Session) -> Vec<SupportWanted> {
    SupportKind::ALL
        .iter()
        .map(|&kind| SupportWanted {
            kind,
            items: checklist
                .items()
                .filter_map(|(_, item)| {
                    let support = session.answer(&item.id)?.support.as_ref()?;
                    support
                        .kinds
                        .contains(&kind)
                        .then(|| (item.id.clone(), support.note.clone()))
                })
                .collect(),
        })
        .filter(|s| !s.items.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::parse_checklist;

    fn fixtures() -> (Checklist, Session) {
        let checklist =
            parse_checklist(include_bytes!("../../tests/fixtures/small-checklist.json")).unwrap();
        let session =
            serde_json::from_slice(include_bytes!("../../tests/fixtures/small-session.json"))
                .unwrap();
        (checklist, session)
    }

    #[test]
    fn gaps_are_items_below_implemented_ordered_by_priority() {
        let (checklist, session) = fixtures();
        // The small scale has no "Implemented" level, so anything below its top ("Yes") is a
        // gap: p.2 ("Partly", high priority) comes before q.2 ("No", no priority).
        let ids: Vec<String> = gaps(&checklist, &session, false)
            .into_iter()
            .map(|g| g.item)
            .collect();
        assert_eq!(ids, ["p.2", "q.2"]);
        let with_unanswered: Vec<String> = gaps(&checklist, &session, true)
            .into_iter()
            .map(|g| g.item)
            .collect();
        assert_eq!(
            with_unanswered,
            ["p.2", "p.3", "q.2"],
            "no priority: checklist order"
        );
    }

    #[test]
    fn completeness_lists_unanswered_and_unjustified_items() {
        let (checklist, mut session) = fixtures();
        if let Some(a) = session.answers.get_mut("r.1") {
            a.justification = None;
        }
        let found = completeness(&checklist, &session);
        assert!(found.contains(&("p.3".to_owned(), Concern::Unanswered)));
        assert!(found.contains(&("r.1".to_owned(), Concern::MissingJustification)));
        assert!(!found.iter().any(|(id, _)| id == "q.2"), "q.2 has an owner");
    }

    #[test]
    fn support_is_listed_by_kind_in_checklist_order() {
        use crate::session::Support;
        let (checklist, mut session) = fixtures();
        let want = |kinds: &[SupportKind], note: Option<&str>| Support {
            kinds: kinds.iter().copied().collect(),
            note: note.map(str::to_owned),
        };
        for (id, support) in [
            ("q.2", want(&[SupportKind::Training], None)),
            (
                "p.1",
                want(
                    &[SupportKind::Funding, SupportKind::Training],
                    Some("a course"),
                ),
            ),
            ("zz.9", want(&[SupportKind::Equipment], None)),
        ] {
            session.answers.entry(id.to_owned()).or_default().support = Some(support);
        }
        let wanted = support_wanted(&checklist, &session);
        let summary: Vec<(SupportKind, Vec<&str>)> = wanted
            .iter()
            .map(|w| (w.kind, w.items.iter().map(|(i, _)| i.as_str()).collect()))
            .collect();
        // Training before Funding (the kinds' order); p.1 before q.2; zz.9 is not an item.
        assert_eq!(
            summary,
            [
                (SupportKind::Training, vec!["p.1", "q.2"]),
                (SupportKind::Funding, vec!["p.1"]),
            ]
        );
        assert_eq!(wanted[0].items[0].1.as_deref(), Some("a course"));
    }
}
