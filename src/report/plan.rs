//! The action plan: every gap (an applicable item below the implemented level or unanswered),
//! most urgent first.

use std::cmp::Ordering;

use crate::checklist::Checklist;
use crate::session::{Answer, Priority, Session, format_date};

use super::model::ActionRow;
use super::text;

/// Whether `answer` leaves its item as a gap against the `threshold` level value.
pub(crate) fn is_gap(answer: Option<&Answer>, threshold: Option<i64>) -> bool {
    match answer {
        Some(a) if a.not_applicable => false,
        Some(Answer {
            level: Some(level), ..
        }) => threshold.is_some_and(|t| *level < t),
        _ => true,
    }
}

/// Every gap sorted by priority (High, Medium, Low, none), then target date (none last),
/// then checklist order.
pub(crate) fn action_plan(
    checklist: &Checklist,
    session: &Session,
    threshold: Option<i64>,
) -> Vec<ActionRow> {
    let mut gaps: Vec<(Option<Priority>, Option<time::Date>, ActionRow)> = checklist
        .items()
        .filter_map(|(_, item)| {
            let answer = session.answer(&item.id);
            if !is_gap(answer, threshold) {
                return None;
            }
            let a = answer.cloned().unwrap_or_default();
            let row = ActionRow {
                item_id: item.id.clone(),
                action: item.text.clone(),
                status: text::answer_label(checklist, &a),
                owner: text::owned(a.owner.as_deref()),
                target_date: a.target_date.map(format_date),
                priority: a.priority.map(|p| p.label().to_owned()),
            };
            Some((a.priority, a.target_date, row))
        })
        .collect();
    // Stable sort: ties keep checklist order.
    gaps.sort_by(|(pa, da, _), (pb, db, _)| some_first(pa, pb).then_with(|| some_first(da, db)));
    gaps.into_iter().map(|(_, _, row)| row).collect()
}

/// Orders `Some` values ascending, with `None` after all of them.
fn some_first<T: Ord>(a: &Option<T>, b: &Option<T>) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_applicable_items_are_never_gaps() {
        let a = Answer {
            not_applicable: true,
            ..Answer::default()
        };
        assert!(!is_gap(Some(&a), Some(3)));
    }

    #[test]
    fn unanswered_and_low_levels_are_gaps_but_the_threshold_is_not() {
        let level = |l| Answer {
            level: Some(l),
            ..Answer::default()
        };
        assert!(is_gap(None, Some(3)));
        assert!(is_gap(Some(&Answer::default()), Some(3)));
        assert!(is_gap(Some(&level(2)), Some(3)));
        assert!(!is_gap(Some(&level(3)), Some(3)));
        assert!(!is_gap(Some(&level(4)), Some(3)));
    }

    #[test]
    fn missing_priorities_and_dates_sort_last() {
        let mut v = vec![None, Some(2), Some(1)];
        v.sort_by(some_first);
        assert_eq!(v, vec![Some(1), Some(2), None]);
    }
}
