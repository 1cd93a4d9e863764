//! The session's data types: who assessed, against which checklist, and each item's answer.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::team::{Conflict, Contribution, MergeRecord};

pub use crate::format::document::SESSION_FORMAT;
/// The session file format version this build writes (history in [`super::migrate`]).
pub const SESSION_FORMAT_VERSION: u64 = 4;

/// One assessment in progress or finished: answers keyed by item id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Always [`SESSION_FORMAT`].
    pub format: String,
    /// Always [`SESSION_FORMAT_VERSION`] once loaded (older files are migrated).
    pub format_version: u64,
    /// This session's id: contributions prepared from it carry it (since version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Which checklist the answers belong to.
    pub checklist: ChecklistRef,
    /// Who, what and when.
    #[serde(default, skip_serializing_if = "Meta::is_empty")]
    pub meta: Meta,
    /// Answers by item id. Ids the checklist does not know are kept as they are.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// Set when this file is one agency's contribution to another session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contribution: Option<Contribution>,
    /// Contributions already merged into this session.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merged: Vec<MergeRecord>,
    /// Disagreements between contributions that the coordinator has not settled yet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// A copy of the checklist when it is not built in, so the session opens anywhere and its
    /// report stays reproducible if the checklist file changes (since version 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checklist_copy: Option<Box<crate::checklist::Checklist>>,
}

/// The checklist a session was made for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistRef {
    /// The checklist's `id`.
    pub id: String,
    /// The checklist's `version` when the session was created.
    pub version: String,
}

/// Descriptive information about the assessment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The State assessed, e.g. "Viet Nam".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_state: Option<String>,
    /// The organisation leading the assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// The people who answered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assessors: Vec<String>,
    /// Title of the assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The period the assessment covers, e.g. "2026".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporting_period: Option<String>,
    /// Sensitivity marking, e.g. "TLP:AMBER".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classification: Option<String>,
    /// When the session was created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::serde::rfc3339::option"
    )]
    pub created: Option<OffsetDateTime>,
    /// When the session was last changed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::serde::rfc3339::option"
    )]
    pub updated: Option<OffsetDateTime>,
}

/// How urgent closing a gap is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    /// Most urgent.
    High,
    /// Normal.
    Medium,
    /// Can wait.
    Low,
}

impl Priority {
    /// All priorities, most urgent first.
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];

    /// Label for display.
    pub fn label(self) -> &'static str {
        match self {
            Priority::High => "High",
            Priority::Medium => "Medium",
            Priority::Low => "Low",
        }
    }
}

/// The answer to one item: a level or N/A, plus the working notes around it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The chosen level's value; `None` while unanswered or N/A.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<i64>,
    /// Marked as not applicable to this State.
    #[serde(default, skip_serializing_if = "is_false")]
    pub not_applicable: bool,
    /// Why the item is not applicable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub justification: Option<String>,
    /// Free-text note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// References to evidence (document names, links, file numbers).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// The responsible agency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// When the action should be done.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "iso_date")]
    pub target_date: Option<Date>,
    /// How urgent the action is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    /// Marked for review.
    #[serde(default, skip_serializing_if = "is_false")]
    pub flagged: bool,
    /// The support the State would welcome to implement this action (since version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support: Option<Support>,
    /// Who last changed the answer (an assessor, or the contributing agency).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_by: Option<String>,
    /// When the answer was last changed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::serde::rfc3339::option"
    )]
    pub changed_at: Option<OffsetDateTime>,
}

/// Support a State would welcome for one practical action.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Support {
    /// The kinds of support wanted (at least one when support is recorded).
    pub kinds: std::collections::BTreeSet<SupportKind>,
    /// A short note on what exactly would help.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A kind of support, as regional capacity-building programmes offer it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportKind {
    /// Courses, workshops, exercises.
    Training,
    /// Help drafting laws, regulations or policies.
    LegalDrafting,
    /// Experts working alongside the State's own.
    TechnicalAssistance,
    /// Hardware, software, tools.
    Equipment,
    /// Money for a programme or post.
    Funding,
    /// Learning from other States' practice.
    ExchangeOfPractice,
    /// Anything else (say what in the note).
    Other,
}

impl SupportKind {
    /// Every kind, in display order.
    pub const ALL: [SupportKind; 7] = [
        SupportKind::Training,
        SupportKind::LegalDrafting,
        SupportKind::TechnicalAssistance,
        SupportKind::Equipment,
        SupportKind::Funding,
        SupportKind::ExchangeOfPractice,
        SupportKind::Other,
    ];

    /// Label for display.
    pub fn label(self) -> &'static str {
        match self {
            SupportKind::Training => "Training",
            SupportKind::LegalDrafting => "Legal drafting",
            SupportKind::TechnicalAssistance => "Technical assistance",
            SupportKind::Equipment => "Equipment",
            SupportKind::Funding => "Funding",
            SupportKind::ExchangeOfPractice => "Exchange of practice",
            SupportKind::Other => "Other",
        }
    }

    /// The id used in files and on the command line (`legal_drafting`, ...).
    pub fn id(self) -> &'static str {
        match self {
            SupportKind::Training => "training",
            SupportKind::LegalDrafting => "legal_drafting",
            SupportKind::TechnicalAssistance => "technical_assistance",
            SupportKind::Equipment => "equipment",
            SupportKind::Funding => "funding",
            SupportKind::ExchangeOfPractice => "exchange_of_practice",
            SupportKind::Other => "other",
        }
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Answer {
    /// Answered with a level or marked N/A.
    pub fn is_answered(&self) -> bool {
        self.level.is_some() || self.not_applicable
    }

    /// Holds nothing but, perhaps, who changed it last (can be dropped from the file).
    pub fn is_empty(&self) -> bool {
        Answer {
            changed_by: None,
            changed_at: None,
            ..self.clone()
        } == Answer::default()
    }

    /// The same answer without who changed it and when (to compare what was answered).
    pub fn content(&self) -> Answer {
        Answer {
            changed_by: None,
            changed_at: None,
            ..self.clone()
        }
    }

    /// Marked N/A without a (non-blank) justification.
    pub fn lacks_justification(&self) -> bool {
        self.not_applicable
            && self
                .justification
                .as_deref()
                .is_none_or(|j| j.trim().is_empty())
    }
}

impl Meta {
    fn is_empty(&self) -> bool {
        *self == Meta::default()
    }
}

impl Session {
    /// An empty session for `checklist` with the given metadata.
    pub fn new(checklist: &crate::checklist::Checklist, meta: Meta) -> Self {
        Session {
            format: SESSION_FORMAT.to_owned(),
            format_version: SESSION_FORMAT_VERSION,
            id: Some(super::team::new_session_id()),
            checklist: ChecklistRef {
                id: checklist.id.clone(),
                version: checklist.version.clone(),
            },
            meta,
            answers: BTreeMap::new(),
            contribution: None,
            merged: Vec::new(),
            conflicts: Vec::new(),
            checklist_copy: None,
        }
    }

    /// Who is answering in this file: the contributing agency in a contribution, otherwise
    /// the assessors (joined), otherwise the organisation.
    pub fn author(&self) -> Option<String> {
        if let Some(c) = &self.contribution {
            return Some(c.agency.clone());
        }
        if !self.meta.assessors.is_empty() {
            return Some(self.meta.assessors.join(", "));
        }
        self.meta.organisation.clone()
    }

    /// The answer for an item, if any was given.
    pub fn answer(&self, item_id: &str) -> Option<&Answer> {
        self.answers.get(item_id)
    }
}

/// Serde for `Option<Date>` as "YYYY-MM-DD".
mod iso_date {
    use serde::{Deserialize, Deserializer, Serializer, de::Error as _};
    use time::Date;
    use time::macros::format_description;

    const FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
        format_description!("[year]-[month]-[day]");

    pub fn serialize<S: Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => {
                let text = d.format(FORMAT).map_err(serde::ser::Error::custom)?;
                s.serialize_str(&text)
            }
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        let Some(text) = Option::<String>::deserialize(d)? else {
            return Ok(None);
        };
        Date::parse(&text, FORMAT)
            .map(Some)
            .map_err(|_| D::Error::custom(format!("{text:?} is not a date in the form YYYY-MM-DD")))
    }

    /// Parses "YYYY-MM-DD".
    pub fn parse(text: &str) -> Option<Date> {
        Date::parse(text.trim(), FORMAT).ok()
    }

    /// Formats as "YYYY-MM-DD".
    pub fn format(date: Date) -> String {
        date.format(FORMAT).unwrap_or_default()
    }
}

pub use iso_date::{format as format_date, parse as parse_date};

/// The current time in UTC to the second, as stamped into `created` and `updated`.
pub fn timestamp_now() -> OffsetDateTime {
    let now = OffsetDateTime::now_utc();
    now.replace_nanosecond(0).unwrap_or(now)
}
