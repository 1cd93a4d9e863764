//! The checklist's data types: what is asked, on which scale, grouped by norm and focus area.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use crate::format::document::CHECKLIST_FORMAT;
/// The checklist file format version this build writes; it reads every version up to it.
/// 2 added [`Checklist::translations`].
pub const CHECKLIST_FORMAT_VERSION: u64 = 2;

/// A checklist: the norms, their practical action items, the answer scale and the focus areas.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    /// Always [`CHECKLIST_FORMAT`].
    pub format: String,
    /// Always [`CHECKLIST_FORMAT_VERSION`] after loading.
    pub format_version: u64,
    /// Stable identifier; sessions refer to their checklist by it.
    pub id: String,
    /// Version of the checklist's content (free text, e.g. "1.0.0").
    pub version: String,
    /// Human title.
    pub title: String,
    /// What the checklist is and where its content comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Documents the content is based on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// How each item is answered.
    pub scale: Scale,
    /// Labels for score ranges, lowest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bands: Vec<Band>,
    /// The cross-cutting focus areas items can be tagged with.
    pub focus_areas: Vec<FocusArea>,
    /// The norms, each with its items.
    pub norms: Vec<Norm>,
    /// Its texts in other languages: language code, then text key (see
    /// [`Checklist::texts`]), then the text. A text without one is shown in English.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, BTreeMap<String, String>>,
}

/// A document the checklist draws on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Document symbol or short name, e.g. "A/70/174".
    pub id: String,
    /// Descriptive title.
    pub title: String,
    /// What the checklist took from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The answer scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// Levels in ascending order of value.
    pub levels: Vec<Level>,
    /// Whether an item may be marked not applicable.
    #[serde(default = "default_true")]
    pub not_applicable: bool,
    /// The "implemented" level of the checklist a translated copy was made from: the copy's
    /// labels are no longer English, and gaps must not change with the language. Never in files.
    #[serde(skip)]
    pub implemented_hint: Option<i64>,
}

fn default_true() -> bool {
    true
}

/// One step of the answer scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// The value stored in sessions and used for scoring.
    pub value: i64,
    /// Short label, e.g. "Implemented".
    pub label: String,
    /// What the level means.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A labelled score range starting at `min` (0–100).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// Lowest score (inclusive) that falls in this band.
    pub min: f64,
    /// Label shown for scores in the band.
    pub label: String,
}

/// A cross-cutting focus area (e.g. one of the ASEAN RAP's six).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FocusArea {
    /// Stable identifier items refer to.
    pub id: String,
    /// Human title.
    pub title: String,
    /// What the area covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Whether a norm asks States to act, to refrain, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NormKind {
    /// Asks States to take measures.
    Positive,
    /// Asks States to refrain from conduct.
    Restraint,
    /// Both.
    Mixed,
}

/// One norm and its practical action items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Norm {
    /// Stable identifier, e.g. "a".
    pub id: String,
    /// Short title.
    pub title: String,
    /// What the norm asks, in the checklist's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Citation, e.g. "A/70/174 para. 13(a)".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Positive, restraint or mixed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<NormKind>,
    /// The practical actions, in order.
    pub items: Vec<Item>,
}

/// One practical action to be assessed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable identifier unique in the checklist, e.g. "a.1"; answers are keyed by it.
    pub id: String,
    /// The action.
    pub text: String,
    /// What good implementation looks like; questions to ask.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guidance: Option<String>,
    /// Documents that would show the action is in place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_hint: Option<String>,
    /// Ids of the focus areas the item serves.
    #[serde(default)]
    pub focus_areas: Vec<String>,
    /// Relative weight within its norm and areas (> 0).
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// Where the item comes from (e.g. "A/76/135 guidance on norm (g)", "drafted").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
}

fn default_weight() -> f64 {
    1.0
}

impl Scale {
    /// The level with this value, if the scale has one.
    pub fn level(&self, value: i64) -> Option<&Level> {
        self.levels.iter().find(|l| l.value == value)
    }

    /// The highest level value (the denominator of an item's value).
    pub fn max_value(&self) -> Option<i64> {
        self.levels.iter().map(|l| l.value).max()
    }
}

impl Checklist {
    /// The norm with this id.
    pub fn norm(&self, id: &str) -> Option<&Norm> {
        self.norms.iter().find(|n| n.id == id)
    }

    /// The item with this id and the norm it belongs to.
    pub fn item(&self, id: &str) -> Option<(&Norm, &Item)> {
        self.norms
            .iter()
            .find_map(|n| n.items.iter().find(|i| i.id == id).map(|i| (n, i)))
    }

    /// Every item in checklist order, with its norm.
    pub fn items(&self) -> impl Iterator<Item = (&Norm, &Item)> {
        self.norms
            .iter()
            .flat_map(|n| n.items.iter().map(move |i| (n, i)))
    }

    /// The focus area with this id.
    pub fn focus_area(&self, id: &str) -> Option<&FocusArea> {
        self.focus_areas.iter().find(|a| a.id == id)
    }

    /// The label of the band a score falls into: the highest band whose `min` ≤ score.
    pub fn band_for(&self, score: f64) -> Option<&str> {
        self.bands
            .iter()
            .rev()
            .find(|b| b.min <= score)
            .map(|b| b.label.as_str())
    }

    /// The lowest level regarded as "implemented": the level labelled "Implemented" if the
    /// scale has one, otherwise the highest level. Items below it count as gaps.
    pub fn implemented_threshold(&self) -> Option<i64> {
        if let Some(hint) = self.scale.implemented_hint {
            return Some(hint);
        }
        self.scale
            .levels
            .iter()
            .find(|l| l.label.trim().eq_ignore_ascii_case("implemented"))
            .map(|l| l.value)
            .or_else(|| self.scale.max_value())
    }
}
