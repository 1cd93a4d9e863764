//! Scores as a pure function of a checklist and a session, and what is derived from them:
//! gaps and completeness ([`analysis`]), and comparisons of assessments over time ([`compare`]).
//!
//! - An answered, applicable item is worth `level ÷ highest level`; an unanswered item 0; N/A
//!   items are left out.
//! - A norm's score is `100 × Σ(weight × value) ÷ Σ weight` over its applicable items, or none
//!   when every item is N/A. The overall score is the plain mean of the norm scores that exist.
//! - A focus area's score is the same weighted mean over every applicable item tagged with it.
//! - Completion is `100 × answered (level or N/A) ÷ items`, or none for a group without items.
//! - A share shown as a whole percentage is rounded by [`whole_percent`], the one rule every
//!   screen, the command line and the report use.

pub mod analysis;
pub mod compare;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::checklist::{Checklist, Item};
use crate::session::Session;

/// All scores of a session.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scores {
    /// The whole assessment.
    pub overall: OverallScore,
    /// One per norm, in checklist order.
    pub norms: Vec<GroupScore>,
    /// One per focus area, in checklist order.
    pub focus_areas: Vec<GroupScore>,
}

/// Scores of the whole assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OverallScore {
    /// Mean of the norm scores that exist (0–100).
    pub score: Option<f64>,
    /// Share of items answered (0–100).
    pub completion: Option<f64>,
    /// The checklist band of `score`.
    pub band: Option<String>,
    /// Counts of items by answer.
    #[serde(flatten)]
    pub counts: Counts,
}

/// Scores of a norm or a focus area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupScore {
    /// Norm or focus-area id.
    pub id: String,
    /// Weighted mean of applicable items (0–100).
    pub score: Option<f64>,
    /// Share of items answered (0–100).
    pub completion: Option<f64>,
    /// The checklist band of `score` (norms only; always `None` for focus areas).
    pub band: Option<String>,
    /// Counts of items by answer.
    #[serde(flatten)]
    pub counts: Counts,
}

/// How many items are in which state.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Counts {
    /// All items in the group.
    pub items: usize,
    /// Answered with a level or N/A.
    pub answered: usize,
    /// Marked N/A.
    pub not_applicable: usize,
    /// Items per level value.
    pub levels: BTreeMap<i64, usize>,
}

/// Running sums for one group.
#[derive(Default)]
struct Tally {
    weighted: f64,
    weight: f64,
    counts: Counts,
}

impl Tally {
    fn add(&mut self, item: &Item, value: ItemValue) {
        self.counts.items += 1;
        match value {
            ItemValue::NotApplicable => {
                self.counts.answered += 1;
                self.counts.not_applicable += 1;
            }
            ItemValue::Unanswered => self.weight += item.weight,
            ItemValue::Level { level, fraction } => {
                self.counts.answered += 1;
                *self.counts.levels.entry(level).or_default() += 1;
                self.weight += item.weight;
                self.weighted += item.weight * fraction;
            }
        }
    }

    /// The weighted mean; `None` without weight, and never NaN or infinite (weights are
    /// validated to at most `MAX_WEIGHT`, but a score must not depend on that alone).
    fn score(&self) -> Option<f64> {
        let score = 100.0 * self.weighted / self.weight;
        (self.weight > 0.0 && score.is_finite()).then_some(score)
    }

    fn completion(&self) -> Option<f64> {
        (self.counts.items > 0)
            .then(|| 100.0 * self.counts.answered as f64 / self.counts.items as f64)
    }
}

#[derive(Clone, Copy)]
enum ItemValue {
    NotApplicable,
    Unanswered,
    Level { level: i64, fraction: f64 },
}

fn item_value(checklist: &Checklist, session: &Session, item: &Item, max: f64) -> ItemValue {
    match session.answer(&item.id) {
        Some(a) if a.not_applicable => ItemValue::NotApplicable,
        Some(a) => match a.level {
            // A level off the scale is refused when the session is loaded; treat it as unanswered.
            Some(level) if checklist.scale.level(level).is_some() && max > 0.0 => {
                ItemValue::Level {
                    level,
                    fraction: level as f64 / max,
                }
            }
            _ => ItemValue::Unanswered,
        },
        None => ItemValue::Unanswered,
    }
}

/// Computes every score of `session` against `checklist`. Answers for unknown items are ignored.
pub fn score(checklist: &Checklist, session: &Session) -> Scores {
    let mut all = Counts::default();
    let mut areas = AreaTallies::new(checklist);
    let norms: Vec<GroupScore> = checklist
        .norms
        .iter()
        .map(|norm| {
            let tally = norm_tally(checklist, session, norm, &mut areas);
            merge(&mut all, &tally.counts);
            let score = tally.score();
            GroupScore {
                id: norm.id.clone(),
                score,
                completion: tally.completion(),
                band: score.and_then(|s| checklist.band_for(s)).map(str::to_owned),
                counts: tally.counts,
            }
        })
        .collect();
    let focus_areas = checklist
        .focus_areas
        .iter()
        .zip(areas.tallies)
        .map(|(area, tally)| GroupScore {
            id: area.id.clone(),
            score: tally.score(),
            completion: tally.completion(),
            band: None,
            counts: tally.counts,
        })
        .collect();
    Scores {
        overall: overall(checklist, &norms, all),
        norms,
        focus_areas,
    }
}

/// One tally per focus area, found by the area's id.
struct AreaTallies<'c> {
    tallies: Vec<Tally>,
    index: BTreeMap<&'c str, usize>,
}

impl<'c> AreaTallies<'c> {
    fn new(checklist: &'c Checklist) -> Self {
        AreaTallies {
            tallies: checklist
                .focus_areas
                .iter()
                .map(|_| Tally::default())
                .collect(),
            index: checklist
                .focus_areas
                .iter()
                .enumerate()
                .map(|(i, a)| (a.id.as_str(), i))
                .collect(),
        }
    }

    /// Adds an item's value to each of its focus areas.
    fn add(&mut self, item: &crate::checklist::Item, value: ItemValue) {
        for area in &item.focus_areas {
            if let Some(t) = self
                .index
                .get(area.as_str())
                .and_then(|&i| self.tallies.get_mut(i))
            {
                t.add(item, value);
            }
        }
    }
}

/// A norm's items tallied (and added to their focus areas' tallies).
fn norm_tally(
    checklist: &Checklist,
    session: &Session,
    norm: &crate::checklist::Norm,
    areas: &mut AreaTallies<'_>,
) -> Tally {
    let max = checklist.scale.max_value().unwrap_or(0) as f64;
    let mut tally = Tally::default();
    for item in &norm.items {
        let value = item_value(checklist, session, item, max);
        tally.add(item, value);
        areas.add(item, value);
    }
    tally
}

/// The overall score: the plain mean of the norm scores, with completion over every item.
fn overall(checklist: &Checklist, norms: &[GroupScore], all: Counts) -> OverallScore {
    let existing: Vec<f64> = norms.iter().filter_map(|n| n.score).collect();
    let score =
        (!existing.is_empty()).then(|| existing.iter().sum::<f64>() / existing.len() as f64);
    let completion = (all.items > 0).then(|| 100.0 * all.answered as f64 / all.items as f64);
    OverallScore {
        score,
        completion,
        band: score.and_then(|s| checklist.band_for(s)).map(str::to_owned),
        counts: all,
    }
}

fn merge(into: &mut Counts, from: &Counts) {
    into.items += from.items;
    into.answered += from.answered;
    into.not_applicable += from.not_applicable;
    for (level, n) in &from.levels {
        *into.levels.entry(*level).or_default() += n;
    }
}

/// A 0–100 share as the whole percentage everyone sees: halves round up (62.5 → 63), but
/// anything above 0 shows at least 1 and anything below 100 at most 99, so "0 %" always means
/// nothing and "100 %" everything. Out-of-range or NaN values are clamped to 0–100.
pub fn whole_percent(share: f64) -> u8 {
    if share.is_nan() || share <= 0.0 {
        return 0;
    }
    if share >= 100.0 {
        return 100;
    }
    // `floor(x + 0.5)` rounds halves up; `f64::round` would too, but say it plainly.
    let rounded = (share + 0.5).floor().clamp(1.0, 99.0);
    rounded as u8
}

#[cfg(test)]
mod tests {
    use super::whole_percent;

    #[test]
    fn whole_percent_rounds_halves_up() {
        assert_eq!(whole_percent(62.5), 63);
        assert_eq!(whole_percent(12.5), 13);
        assert_eq!(whole_percent(62.49), 62);
        assert_eq!(whole_percent(50.0), 50);
    }

    #[test]
    fn whole_percent_never_shows_done_or_nothing_unless_it_is() {
        assert_eq!(whole_percent(99.6), 99, "one item left is not 100 %");
        assert_eq!(whole_percent(0.3), 1, "one item answered is not 0 %");
        assert_eq!(whole_percent(0.0), 0);
        assert_eq!(whole_percent(100.0), 100);
    }

    #[test]
    fn whole_percent_clamps_values_out_of_range() {
        assert_eq!(whole_percent(-3.0), 0);
        assert_eq!(whole_percent(180.0), 100);
        assert_eq!(whole_percent(f64::NAN), 0);
    }
}
