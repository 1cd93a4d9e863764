//! The regional report's method section: how assessments were chosen, scored and combined,
//! and exactly which figures are withheld.

use crate::checklist::Checklist;
use crate::regional::{HARDEST_COUNT, Regional};

use super::model::fewer_than;

/// The method, one rule per entry, for threshold `regional.min_states`.
pub(crate) fn method(regional: &Regional, checklist: &Checklist) -> Vec<String> {
    let k = regional.min_states;
    let fewer = fewer_than(k);
    let max = checklist.scale.max_value().unwrap_or(0);
    let mut rules = vec![
        "One assessment per Member State counts: the one changed last. Older files of the same State are left out and listed as superseded.".to_owned(),
        format!("Each State's scores are computed as in its own report: an applicable item is worth its level divided by the highest level ({max}), an unanswered item 0; items marked not applicable are left out; a norm's score is 100 × the weighted mean of its applicable items, the overall score the mean of the norm scores, a focus area's score the weighted mean over the items tagged with it."),
        "For each norm, focus area and the overall score: the number of States with a score, the lowest, the median (the mean of the two middle values for an even number of States), the highest and the mean of their scores, and how many States fall in each band.".to_owned(),
        format!("Anonymity threshold: {k} States. With fewer than {k} States in total only their number is shown. The lowest, median, highest and mean score of a norm or focus area are shown only when at least {k} States have a score there (otherwise: “{fewer}”)."),
        match k {
            1 => "With a threshold of 1 no count is withheld.".to_owned(),
            2 => "A count of 1 State is withheld; a count of 0 is shown.".to_owned(),
            _ => format!("A count of 1 to {} States is withheld; a count of 0 is shown.", k - 1),
        },
        "Counts that add up to a known total — the bands of a norm together with the States without a score, the answers to an action together with “not applicable” and “not answered” — are protected together: once one is withheld, the smallest others are withheld as well until the withheld counts are at least two, hold at least the threshold together and cannot each be exactly one. Subtracting the shown counts from the total then reveals only that enough States lie somewhere among the withheld ones. A norm's number of States is withheld when the number without a score is.".to_owned(),
        format!("Support counts have no total (a State may ask for several kinds), so a withheld support count is always {fewer} (printed “<{k}”)."),
        format!("The {HARDEST_COUNT} hardest practical actions are those with the lowest mean level over the States to which they apply; an action that applies to {fewer} is not ranked."),
    ];
    rules.push(if regional.members.is_some() {
        "States are named because every State agreed to it; the figures are still the same regional figures.".to_owned()
    } else {
        "No State is named. States are numbered in an order that follows neither their names nor the files', and there is no per-State column.".to_owned()
    });
    rules.push("The norms are voluntary and non-binding: the figures describe the States' own view of their implementation, not a ranking.".to_owned());
    rules
}
