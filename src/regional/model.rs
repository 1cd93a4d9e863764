//! The regional figures as plain data, serialised as the `normcheck aggregate` JSON: a
//! withheld figure is `None` (`null`).

use crate::i18n::{Said, Tr};
use crate::t;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::session::SupportKind;

/// Everything the regional view publishes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Regional {
    /// How many States' assessments count.
    pub states: usize,
    /// The anonymity threshold K.
    pub min_states: usize,
    /// The checklist the assessments answer.
    pub checklist: ChecklistInfo,
    /// The counted States by name, only when named (sorted by name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<String>>,
    /// The sensitivity marking: the strictest among the inputs (see [`super::strictest_marking`]).
    pub marking: Option<String>,
    /// The overall score (the mean of a State's norm scores); `None` with fewer than K States.
    pub overall: Option<Group>,
    /// One per norm, in checklist order (empty with fewer than K States).
    pub norms: Vec<Group>,
    /// One per focus area, in checklist order (empty with fewer than K States).
    pub focus_areas: Vec<Group>,
    /// One per item, in checklist order (empty with fewer than K States).
    pub items: Vec<ItemLevels>,
    /// Ids of the hardest practical actions, hardest first.
    pub hardest: Vec<String>,
    /// Support wanted, one entry per norm (empty with fewer than K States).
    pub support: Vec<NormSupport>,
    /// Files that did not count because the same State has a newer one.
    pub superseded: Vec<Superseded>,
}

/// Which checklist, for the reader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChecklistInfo {
    /// Its id.
    pub id: String,
    /// Its version.
    pub version: String,
    /// Its title.
    pub title: String,
}

/// The distribution of the States' scores for a norm, focus area or overall.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// Norm or focus-area id ("overall" for the overall score).
    pub id: String,
    /// Its title.
    pub title: String,
    /// How many States have a score (withheld when the States without one are fewer than K).
    pub n: Option<usize>,
    /// The lowest score.
    pub min: Option<f64>,
    /// The median score.
    pub median: Option<f64>,
    /// The highest score.
    pub max: Option<f64>,
    /// The mean score.
    pub mean: Option<f64>,
    /// States per band, in the checklist's order (lowest band first).
    #[serde(serialize_with = "labelled_counts")]
    pub bands: Vec<(String, Option<usize>)>,
}

/// How many States gave each answer to one item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemLevels {
    /// Item id.
    pub id: String,
    /// The norm it belongs to.
    pub norm: String,
    /// States per level value, in the scale's order (keys are the level values).
    #[serde(serialize_with = "value_counts")]
    pub levels: Vec<(i64, Option<usize>)>,
    /// States that marked it not applicable.
    pub not_applicable: Option<usize>,
    /// States that left it unanswered.
    pub not_answered: Option<usize>,
}

/// How many States ask for each kind of support under one norm.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NormSupport {
    /// Norm id.
    pub norm: String,
    /// States per kind, in [`SupportKind::ALL`] order (keys are the kinds' ids).
    #[serde(serialize_with = "kind_counts")]
    pub kinds: Vec<(SupportKind, Option<usize>)>,
}

/// A file left out because its State has a newer assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Superseded {
    /// The State's alias, or its name when named.
    pub state: String,
    /// The file, only when named (file names often name the State).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The file that counts instead, only when named.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kept: Option<String>,
}

impl crate::format::remedy::Remedied for RegionalError {
    fn remedy(&self) -> Option<crate::format::remedy::Remedy> {
        use crate::format::remedy::Remedy;
        match self {
            RegionalError::NoMemberState { .. } => Some(Remedy::NameMemberState),
            RegionalError::ChecklistDiffers { .. } => Some(Remedy::OneChecklistForAll),
            _ => None,
        }
    }
}

/// Why no regional view could be made. Messages name the file concerned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegionalError {
    /// Nothing to aggregate.
    NoInputs,
    /// K is 0.
    ZeroThreshold,
    /// A file names no Member State.
    NoMemberState {
        /// The file.
        file: String,
    },
    /// A file is an agency's contribution, not a State's assessment.
    Contribution {
        /// The file.
        file: String,
        /// The contributing agency.
        agency: String,
    },
    /// Two files use different checklists or checklist versions.
    ChecklistDiffers {
        /// The file that differs.
        file: String,
        /// Its checklist: "id version v".
        found: String,
        /// The first file.
        first_file: String,
        /// The first file's checklist: "id version v".
        first: String,
    },
    /// Two files of one State were changed at the same time.
    SameUpdate {
        /// The State.
        state: String,
        /// One file.
        first: String,
        /// The other file.
        second: String,
    },
}

fn labelled_counts<S: Serializer>(v: &[(String, Option<usize>)], s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(v.len()))?;
    for (label, count) in v {
        map.serialize_entry(label, count)?;
    }
    map.end()
}

fn value_counts<S: Serializer>(v: &[(i64, Option<usize>)], s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(v.len()))?;
    for (value, count) in v {
        map.serialize_entry(&value.to_string(), count)?;
    }
    map.end()
}

fn kind_counts<S: Serializer>(v: &[(SupportKind, Option<usize>)], s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(v.len()))?;
    for (kind, count) in v {
        map.serialize_entry(kind.id(), count)?;
    }
    map.end()
}

impl Said for RegionalError {
    fn said(&self, tr: &Tr) -> String {
        match self {
            RegionalError::NoInputs => t!(tr, "regional-no-inputs"),
            RegionalError::ZeroThreshold => t!(tr, "regional-zero-threshold"),
            RegionalError::NoMemberState { file } => {
                t!(tr, "regional-no-state", file = file.clone())
            }
            RegionalError::Contribution { file, agency } => t!(
                tr,
                "regional-contribution",
                file = file.clone(),
                agency = agency.clone()
            ),
            RegionalError::ChecklistDiffers {
                file,
                found,
                first_file,
                first,
            } => t!(
                tr,
                "regional-checklist-differs",
                file = file.clone(),
                found = found.clone(),
                first_file = first_file.clone(),
                first = first.clone()
            ),
            RegionalError::SameUpdate {
                state,
                first,
                second,
            } => t!(
                tr,
                "regional-same-update",
                second = second.clone(),
                state = state.clone(),
                first = first.clone()
            ),
        }
    }
}

impl std::fmt::Display for RegionalError {
    /// In English, for logs and tests.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::Said::said(self, &crate::i18n::Tr::english()))
    }
}
