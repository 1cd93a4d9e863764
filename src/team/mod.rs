//! The national team's year: the coordinator hands parts of a session to agencies ([`split`]),
//! brings their answers back with a field-level three-way [`merge`], settles conflicts, and
//! later compares assessments ([`crate::scoring::compare`]). Plain Rust: no files, no windows.

mod merge;
mod split;

pub use merge::{MergeError, MergeOutcome, merge, resolve_conflict};
pub use split::{Split, agency_counts, file_slug, split_by_owner};
