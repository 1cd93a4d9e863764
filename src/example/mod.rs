//! The example assessment for practice and training workshops: Exampleland, a fictional State
//! (not an ASEAN Member State), marked TLP:CLEAR. This year's assessment with varied answers,
//! last year's to compare with, and two agencies' contributions — one bringing a change, one a
//! conflict to settle. Built the same every time, from the built-in checklist.

mod answers;

use std::sync::Arc;

use time::OffsetDateTime;

use crate::checklist::Checklist;
use crate::session::{Edit, Meta, Session, Support, parse_date};
use crate::team::split_by_owner;

pub use answers::{CERT, FOREIGN_AFFAIRS, JUSTICE};

/// The fictional State.
pub const STATE: &str = "Exampleland";
/// Its title, which says it is an example wherever the title is shown.
pub const TITLE: &str = "EXAMPLE — practice assessment of a fictional State";

/// The example's files.
pub struct Example {
    /// This year's assessment (the coordinator changed one answer after handing it out).
    pub this_year: Session,
    /// Last year's assessment.
    pub last_year: Session,
    /// Contributions of two agencies, by agency: the CERT's brings a conflict.
    pub contributions: Vec<(String, Session)>,
    /// The checklist they answer.
    pub checklist: Arc<Checklist>,
}

/// The example assessment of `checklist` (the built-in one).
pub fn example(checklist: Arc<Checklist>) -> Example {
    let last_year = assessment(&checklist, "2025", at(2025, 11, 28), -1);
    let mut this_year = assessment(&checklist, "2026", at(2026, 10, 15), 0);
    let split = split_by_owner(&checklist, &this_year, at(2026, 10, 20));
    let mut contributions = Vec::new();
    for (agency, mut part) in split.contributions {
        let edits: &[Edit] = match agency.as_str() {
            CERT => &[
                level("g.5", 3),
                note(
                    "g.5",
                    "Funding for the energy-sector exercise was approved in November.",
                ),
            ],
            JUSTICE => &[
                level("d.2", 3),
                note("d.2", "The Cybercrime Act was passed on 2 November."),
            ],
            _ => continue,
        };
        apply(&checklist, &mut part, edits, at(2026, 11, 10));
        contributions.push((agency, part));
    }
    // Meanwhile the coordinator set g.5 otherwise: the CERT's change conflicts with it.
    apply(
        &checklist,
        &mut this_year,
        &[level("g.5", 2)],
        at(2026, 11, 5),
    );
    Example {
        this_year,
        last_year,
        contributions,
        checklist,
    }
}

/// Exampleland's assessment of `period`, its levels moved by `shift` (last year's were lower).
fn assessment(checklist: &Checklist, period: &str, when: OffsetDateTime, shift: i64) -> Session {
    let meta = Meta {
        member_state: Some(STATE.to_owned()),
        organisation: Some("Exampleland National Cyber Agency (fictional)".to_owned()),
        assessors: vec!["A. Example".to_owned(), "B. Sample".to_owned()],
        title: Some(TITLE.to_owned()),
        reporting_period: Some(period.to_owned()),
        classification: Some("TLP:CLEAR".to_owned()),
        created: Some(when),
        updated: Some(when),
    };
    let mut session = Session::new(checklist, meta);
    session.id = Some(format!("exampleland-{period}"));
    let mut edits = Vec::new();
    for norm in &checklist.norms {
        for (index, item) in norm.items.iter().enumerate() {
            let na = answers::NOT_APPLICABLE
                .iter()
                .find(|(id, _)| *id == item.id);
            if let Some((_, why)) = na {
                edits.push(Edit::SetNotApplicable {
                    item: item.id.clone(),
                    value: true,
                });
                edits.push(Edit::SetJustification {
                    item: item.id.clone(),
                    text: (*why).to_owned(),
                });
            } else {
                let level = (answers::level(&norm.id, index) + shift).max(0);
                edits.push(Edit::SetLevel {
                    item: item.id.clone(),
                    level: Some(level),
                });
            }
            let owner = answers::agency_of(&norm.id).to_owned();
            edits.push(Edit::SetOwner {
                item: item.id.clone(),
                text: owner,
            });
        }
    }
    if shift == 0 {
        edits.extend(answers::DETAILS.iter().flat_map(details));
    }
    apply(checklist, &mut session, &edits, when);
    session
}

/// The edits that write `d` on its item.
fn details(d: &answers::Detail) -> Vec<Edit> {
    let item = || d.item.to_owned();
    let mut edits = Vec::new();
    if let Some(text) = d.note {
        edits.push(note(d.item, text));
    }
    if !d.evidence.is_empty() {
        let evidence = d.evidence.iter().map(|e| (*e).to_owned()).collect();
        edits.push(Edit::SetEvidence {
            item: item(),
            evidence,
        });
    }
    if let Some(date) = d.target {
        edits.push(Edit::SetTargetDate {
            item: item(),
            date: parse_date(date),
        });
    }
    if d.priority.is_some() {
        edits.push(Edit::SetPriority {
            item: item(),
            priority: d.priority,
        });
    }
    if let Some((kinds, text)) = d.support {
        let support = Support {
            kinds: kinds.iter().copied().collect(),
            note: Some(text.to_owned()).filter(|t| !t.is_empty()),
        };
        edits.push(Edit::SetSupport {
            item: item(),
            support: Some(support),
        });
    }
    if d.flagged {
        edits.push(Edit::SetFlagged {
            item: item(),
            value: true,
        });
    }
    edits
}

fn level(item: &str, level: i64) -> Edit {
    Edit::SetLevel {
        item: item.to_owned(),
        level: Some(level),
    }
}

fn note(item: &str, text: &str) -> Edit {
    Edit::SetNote {
        item: item.to_owned(),
        text: text.to_owned(),
    }
}

/// Applies `edits`, all at `when`; the example's edits fit the built-in checklist.
fn apply(checklist: &Checklist, session: &mut Session, edits: &[Edit], when: OffsetDateTime) {
    for edit in edits {
        // Edits that do not fit are left out rather than stopping the example.
        let _ = session.apply(checklist, edit.clone(), when);
    }
}

/// Noon UTC on a day.
fn at(year: i32, month: u8, day: u8) -> OffsetDateTime {
    let month = time::Month::try_from(month).unwrap_or(time::Month::January);
    time::Date::from_calendar_date(year, month, day)
        .map(|d| d.with_hms(12, 0, 0).unwrap_or(d.midnight()).assume_utc())
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exampleland_answers_every_action_and_brings_a_change_and_a_conflict() {
        let checklist = crate::checklist::builtin().unwrap();
        let e = example(checklist.clone());
        let answered = e
            .this_year
            .answers
            .values()
            .filter(|a| a.is_answered())
            .count();
        assert_eq!(answered, checklist.items().count());
        assert_eq!(
            e.this_year.meta.classification.as_deref(),
            Some("TLP:CLEAR")
        );
        assert_eq!(e.contributions.len(), 2);
        let outcome =
            crate::team::merge(&checklist, &e.this_year, &e.contributions, at(2026, 12, 1))
                .unwrap();
        assert!(
            outcome.taken > 0,
            "the Ministry of Justice's change is taken"
        );
        assert!(
            outcome.conflicts.iter().any(|c| c.item == "g.5"),
            "the CERT's g.5 conflicts with the coordinator's"
        );
    }
}
