//! Two answers that become one when a newer edition merges two items: nothing either side wrote
//! is lost, and the more cautious rating stands.

use crate::session::model::{Answer, Support};

/// Combines the surviving item's answer with the answer of the item merged into it.
///
/// Where both have a level the lower wins (a merged item is only as implemented as its weaker
/// half); a level beats N/A. Notes, justifications and support notes are both kept, each
/// labelled with its item id; evidence is joined; the earlier target date, the more urgent
/// priority and either flag stand; the survivor's owner stands if it has one.
pub fn combine_answers(survivor: (&str, Answer), merged: (&str, Answer)) -> Answer {
    let (sid, s) = survivor;
    let (mid, m) = merged;
    let level = match (s.level, m.level) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let not_applicable = level.is_none() && (s.not_applicable || m.not_applicable);
    let na_reason = |id: &str, a: &Answer| {
        a.not_applicable
            .then(|| (id.to_owned(), a.justification.clone()))
    };
    let reasons = [na_reason(sid, &s), na_reason(mid, &m)];
    let mut notes = vec![
        (sid.to_owned(), s.note.clone()),
        (mid.to_owned(), m.note.clone()),
    ];
    let justification = if not_applicable {
        labelled(sid, reasons.iter().flatten().cloned().collect())
    } else {
        // A side marked N/A whose partner has a level: its reason stays, in the note.
        for (id, reason) in reasons.into_iter().flatten() {
            let reason = reason.unwrap_or_default();
            notes.push((
                id.clone(),
                Some(format!("marked N/A: {reason}").trim().to_owned()),
            ));
        }
        None
    };
    let (newer, older) = if m.changed_at > s.changed_at {
        (&m, &s)
    } else {
        (&s, &m)
    };
    Answer {
        level,
        not_applicable,
        justification,
        note: labelled(sid, notes),
        evidence: joined(&s.evidence, &m.evidence),
        owner: s.owner.clone().or_else(|| m.owner.clone()),
        target_date: earliest(s.target_date, m.target_date),
        priority: earliest(s.priority, m.priority),
        flagged: s.flagged || m.flagged,
        support: combined_support((sid, &s.support), (mid, &m.support)),
        changed_by: newer
            .changed_by
            .clone()
            .or_else(|| older.changed_by.clone()),
        changed_at: newer.changed_at.or(older.changed_at),
    }
}

/// Joins texts, each labelled `id: ` unless the surviving item's own text stands alone.
fn labelled(survivor: &str, parts: Vec<(String, Option<String>)>) -> Option<String> {
    let written: Vec<(String, String)> = parts
        .into_iter()
        .filter_map(|(id, text)| text.filter(|t| !t.trim().is_empty()).map(|t| (id, t)))
        .collect();
    match written.as_slice() {
        [] => None,
        [(id, text)] if id == survivor => Some(text.clone()),
        _ => Some(
            written
                .iter()
                .map(|(id, text)| format!("{id}: {text}"))
                .collect::<Vec<_>>()
                .join("\n\n"),
        ),
    }
}

fn joined(first: &[String], second: &[String]) -> Vec<String> {
    let mut all = first.to_vec();
    for entry in second {
        if !all.contains(entry) {
            all.push(entry.clone());
        }
    }
    all
}

/// The smaller of two optional values (the earlier date, the more urgent priority).
fn earliest<T: Ord>(a: Option<T>, b: Option<T>) -> Option<T> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn combined_support(
    survivor: (&str, &Option<Support>),
    merged: (&str, &Option<Support>),
) -> Option<Support> {
    match (survivor.1, merged.1) {
        (None, None) => None,
        (Some(s), None) => Some(s.clone()),
        (s, m) => {
            let mut kinds = s.as_ref().map(|s| s.kinds.clone()).unwrap_or_default();
            kinds.extend(m.iter().flat_map(|m| m.kinds.iter().copied()));
            let note = labelled(
                survivor.0,
                vec![
                    (
                        survivor.0.to_owned(),
                        s.as_ref().and_then(|s| s.note.clone()),
                    ),
                    (merged.0.to_owned(), m.as_ref().and_then(|m| m.note.clone())),
                ],
            );
            Some(Support { kinds, note })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(level: Option<i64>, note: Option<&str>) -> Answer {
        Answer {
            level,
            note: note.map(str::to_owned),
            ..Answer::default()
        }
    }

    #[test]
    fn the_lower_level_wins_and_both_notes_are_kept_labelled() {
        let c = combine_answers(
            ("c.5", answer(Some(3), Some("Requests go through the MFA."))),
            ("h.7", answer(Some(1), Some("No procedure yet."))),
        );
        assert_eq!(c.level, Some(1));
        assert_eq!(
            c.note.as_deref(),
            Some("c.5: Requests go through the MFA.\n\nh.7: No procedure yet.")
        );
    }

    #[test]
    fn an_answer_moved_onto_an_unanswered_survivor_keeps_its_level_and_says_where_it_came_from() {
        let c = combine_answers(
            ("f.2", Answer::default()),
            ("f.3", answer(Some(2), Some("Draft"))),
        );
        assert_eq!(c.level, Some(2));
        assert_eq!(c.note.as_deref(), Some("f.3: Draft"));
    }

    #[test]
    fn a_level_beats_not_applicable_whose_reason_stays_in_the_note() {
        let na = Answer {
            not_applicable: true,
            justification: Some("No such unit".into()),
            ..Answer::default()
        };
        let c = combine_answers(("c.5", answer(Some(2), None)), ("h.7", na));
        assert_eq!(
            (c.level, c.not_applicable, c.justification),
            (Some(2), false, None)
        );
        assert_eq!(c.note.as_deref(), Some("h.7: marked N/A: No such unit"));
    }

    #[test]
    fn evidence_dates_priority_and_flags_are_combined() {
        use crate::session::model::Priority;
        let date = crate::session::model::parse_date;
        let s = Answer {
            level: Some(2),
            evidence: vec!["a.pdf".into()],
            target_date: date("2027-06-30"),
            priority: Some(Priority::Low),
            ..Answer::default()
        };
        let m = Answer {
            level: Some(2),
            evidence: vec!["a.pdf".into(), "b.pdf".into()],
            target_date: date("2027-03-31"),
            priority: Some(Priority::High),
            flagged: true,
            owner: Some("MFA".into()),
            ..Answer::default()
        };
        let c = combine_answers(("c.5", s), ("h.7", m));
        assert_eq!(c.evidence, ["a.pdf", "b.pdf"]);
        assert_eq!(c.target_date, date("2027-03-31"));
        assert_eq!(c.priority, Some(Priority::High));
        assert!(c.flagged);
        assert_eq!(c.owner.as_deref(), Some("MFA"));
    }
}
