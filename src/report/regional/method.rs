//! The regional report's method section: how assessments were chosen, scored and combined,
//! and exactly which figures are withheld.

use crate::checklist::Checklist;
use crate::i18n::Tr;
use crate::regional::{HARDEST_COUNT, Regional};
use crate::t;

use super::model::fewer_than;

/// The method, one rule per entry, for threshold `regional.min_states`, in `tr`'s language.
pub(crate) fn method(regional: &Regional, checklist: &Checklist, tr: &Tr) -> Vec<String> {
    let k = regional.min_states;
    let fewer = fewer_than(tr, k);
    let max = checklist.scale.max_value().unwrap_or(0);
    vec![
        t!(tr, "regional-method-one-per-state"),
        t!(tr, "regional-method-scores", max = max),
        t!(tr, "regional-method-figures"),
        t!(
            tr,
            "regional-method-threshold",
            k = k,
            fewer = fewer.clone()
        ),
        t!(
            tr,
            "regional-method-counts",
            k = k,
            below = k.saturating_sub(1)
        ),
        t!(tr, "regional-method-totals"),
        t!(tr, "regional-method-support", fewer = fewer.clone(), k = k),
        t!(
            tr,
            "regional-method-hardest",
            count = HARDEST_COUNT,
            fewer = fewer
        ),
        if regional.members.is_some() {
            t!(tr, "regional-method-named")
        } else {
            t!(tr, "regional-method-unnamed")
        },
        t!(tr, "regional-method-voluntary"),
    ]
}
