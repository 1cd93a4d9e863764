//! The regional view: what the region as a whole has implemented and where States ask for
//! support, computed from several States' assessments without exposing any one State. Plain
//! Rust: no files, no windows — the command line and the app open the files through the one
//! door and hand the sessions in as [`Input`]s.
//!
//! # Which assessments count
//!
//! - Every file must name its Member State; a file without one is refused, naming the file.
//!   A contribution (one agency's part of a national session) is refused too: merge it first.
//! - States are told apart by their name with case and runs of spaces ignored
//!   ("Viet  nam" is "Viet Nam").
//! - One assessment per State counts: the one changed last (`meta.updated`; a file without
//!   that time is older than any with it). The others are listed as superseded. Two files of
//!   one State changed at the same second are refused: which one counts would be a guess.
//! - Every file must use the same checklist id and version. With a checklist file given
//!   (`--checklist`), every session is read with that checklist and only its id must match.
//!
//! # What is computed
//!
//! For the overall score, each norm and each focus area (each State's score as
//! [`crate::scoring`] computes it): the number of States with a score `n`, the lowest, median
//! (the mean of the two middle values for an even count), highest and mean score, and how many
//! States fall in each of the checklist's bands. Per item, how many States answered each level,
//! marked it not applicable or left it unanswered. Per norm and kind of support, how many States
//! ask for that kind for at least one of the norm's items. The ten hardest practical actions are
//! the items with the lowest mean value (level ÷ highest level, unanswered as 0) over the States
//! to which they apply; an item that applies to fewer than K States is not ranked. Scores are
//! rounded to one decimal.
//!
//! # The anonymity threshold K (default 3) — the exact rules
//!
//! 1. **Too few States.** With fewer than K States in total, nothing is published but the
//!    number of States (and K): no figure, no list, no marking of who took part.
//! 2. **Statistics of a group.** The lowest, median, highest and mean score of a norm, focus
//!    area or the overall score are published only when at least K States have a score there;
//!    otherwise they are `null` ("fewer than K States").
//! 3. **Counts.** A count of States between 1 and K − 1 is withheld (`null`). A count of 0 is
//!    published: it singles nobody out. (A count equal to every State is published too: it says
//!    the same of all of them, so no State stands out among fewer than K.)
//! 4. **Subtraction.** Counts that add up to a published total are protected together, so that
//!    no withheld count can be worked out by subtracting the published ones from the total.
//!    The distributions with a published total are: the bands of a norm, focus area or the
//!    overall score together with the States without a score there (total: every State); and
//!    the levels of an item together with "not applicable" and "not answered" (total: every
//!    State). A group's `n` is every State less those without a score, so it is withheld
//!    whenever the count of States without a score is. In a distribution with any withheld
//!    count, further counts are withheld — the smallest non-zero one first, then zeros, in
//!    checklist order among equals — until the withheld counts (a) are at least two, (b) hold
//!    at least K States together, and (c) hold more States than there are withheld counts (so
//!    they cannot each be exactly one), or until every count of the distribution is withheld.
//!    Together these mean that a reader who subtracts learns only that at least K States lie
//!    somewhere among the withheld counts — the same protection as one merged count of K.
//! 5. **Support** counts have no published total (a State may ask for several kinds), so rule 3
//!    alone applies to them and every withheld support count is truly "fewer than K States".
//! 6. **Names.** Without `named`, no State's name appears: States are "State 1", "State 2", …
//!    and appear only in the list of superseded files (without their file names, which often
//!    name the State); there is never a per-State column. Aliases are numbered in the order of
//!    a hash of each counted assessment's content, so they follow neither the States' names,
//!    nor the file names, nor the order of the files on the command line; the same files give
//!    the same aliases, and without the files the order cannot be worked out. With `named` (for
//!    a meeting where every State agreed) the States and the superseded files are named.
//!
//! What the rules do not cover: the lowest and highest score of a group of at least K States
//! are one (unnamed) State's score each, as asked; with exactly K States the lowest, median and
//! highest are all of them, unlabelled. The order of the ten hardest actions uses every State's
//! answers, but only the protected counts are printed beside them. Relations between different
//! tables (for example a norm with a single item, whose bands follow from that item's levels)
//! are not tracked: the built-in checklist has none.

mod build;
mod marking;
mod model;
mod select;
mod stats;
mod withhold;

pub use build::{Outcome, aggregate};
pub use marking::{strictest_marking, tlp_rank};
pub use model::{
    ChecklistInfo, Group, ItemLevels, NormSupport, Regional, RegionalError, Superseded,
};
pub use select::Input;
pub use stats::{Summary, median, summary};
pub use withhold::withhold_distribution;

/// The anonymity threshold used unless another is given.
pub const DEFAULT_MIN_STATES: usize = 3;

/// How many hardest practical actions are listed.
pub const HARDEST_COUNT: usize = 10;

/// How to aggregate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The anonymity threshold K (at least 1; 1 withholds nothing).
    pub min_states: usize,
    /// Name the States instead of aliasing them (only when every State agreed).
    pub named: bool,
    /// The sessions were all read with one checklist file the user gave: only its id must
    /// match, not the version each session was made with.
    pub checklist_given: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_states: DEFAULT_MIN_STATES,
            named: false,
            checklist_given: false,
        }
    }
}
