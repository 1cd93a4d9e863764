//! What changed between two assessments (possibly against two checklist versions), and how
//! scores moved over several: pure numbers for the CLI, the app and the report.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::checklist::Checklist;
use crate::scoring::score;
use crate::session::Session;
use crate::session::fields::get;

/// An old and a new score, and their difference (each `null` where a score is `null`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Delta {
    /// The earlier score.
    pub old: Option<f64>,
    /// The later score.
    pub new: Option<f64>,
    /// `new - old`, when both exist.
    pub delta: Option<f64>,
}

impl Delta {
    fn of(old: Option<f64>, new: Option<f64>) -> Self {
        Delta {
            old,
            new,
            delta: old.zip(new).map(|(o, n)| n - o),
        }
    }
}

/// A norm's or focus area's scores in both assessments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupDelta {
    /// The norm or focus area id.
    pub id: String,
    /// Its title (from the newer checklist when both have it).
    pub title: String,
    /// The scores.
    #[serde(flatten)]
    pub delta: Delta,
}

/// How one item's answer moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// A higher level (or answered where it was not).
    Improved,
    /// A lower level (or unanswered where it was answered).
    Regressed,
    /// Changed to or from "not applicable".
    Changed,
    /// The item is new in the later checklist.
    Added,
    /// The item is gone from the later checklist.
    Removed,
}

/// One item that differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemChange {
    /// The item id.
    pub id: String,
    /// The earlier answer: a level, `"na"`, or `null` (unanswered or absent).
    pub old: serde_json::Value,
    /// The later answer.
    pub new: serde_json::Value,
    /// How it moved.
    pub change: Change,
}

/// Everything that changed between two assessments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The overall score.
    pub overall: Delta,
    /// Per norm, in the newer checklist's order, then norms only the older one had.
    pub norms: Vec<GroupDelta>,
    /// Per focus area, likewise.
    pub focus_areas: Vec<GroupDelta>,
    /// The items whose answer differs, and added or removed items, in checklist order.
    pub items: Vec<ItemChange>,
}

/// Compares `old` (answered against `old_checklist`) with `new` (against `new_checklist`).
/// Scores follow the normal scoring rules of each assessment's own checklist.
pub fn compare(
    old_checklist: &Checklist,
    old: &Session,
    new_checklist: &Checklist,
    new: &Session,
) -> Comparison {
    let old_scores = score(old_checklist, old);
    let new_scores = score(new_checklist, new);
    Comparison {
        overall: Delta::of(old_scores.overall.score, new_scores.overall.score),
        norms: group_deltas(
            norm_scores(old_checklist, &old_scores),
            norm_scores(new_checklist, &new_scores),
        ),
        focus_areas: group_deltas(
            area_scores(old_checklist, &old_scores),
            area_scores(new_checklist, &new_scores),
        ),
        items: item_changes(old_checklist, old, new_checklist, new),
    }
}

/// A group's id, title and score.
type GroupLine = (String, String, Option<f64>);

/// The deltas of groups present now (in today's order), then of groups that are gone.
fn group_deltas(old: Vec<GroupLine>, new: Vec<GroupLine>) -> Vec<GroupDelta> {
    let mut out: Vec<GroupDelta> = new
        .iter()
        .map(|(id, title, n)| {
            let o = old.iter().find(|(oid, _, _)| oid == id).and_then(|x| x.2);
            GroupDelta {
                id: id.clone(),
                title: title.clone(),
                delta: Delta::of(o, *n),
            }
        })
        .collect();
    for (id, title, o) in old {
        if !new.iter().any(|(nid, _, _)| *nid == id) {
            out.push(GroupDelta {
                id,
                title,
                delta: Delta::of(o, None),
            });
        }
    }
    out
}

fn norm_scores(c: &Checklist, s: &crate::scoring::Scores) -> Vec<GroupLine> {
    c.norms
        .iter()
        .zip(&s.norms)
        .map(|(n, sc)| (n.id.clone(), n.title.clone(), sc.score))
        .collect()
}

fn area_scores(c: &Checklist, s: &crate::scoring::Scores) -> Vec<GroupLine> {
    c.focus_areas
        .iter()
        .zip(&s.focus_areas)
        .map(|(a, sc)| (a.id.clone(), a.title.clone(), sc.score))
        .collect()
}

fn item_changes(
    old_checklist: &Checklist,
    old: &Session,
    new_checklist: &Checklist,
    new: &Session,
) -> Vec<ItemChange> {
    let level = |s: &Session, id: &str| get(&s.answer(id).cloned().unwrap_or_default(), "level");
    let old_ids: BTreeSet<&str> = old_checklist.items().map(|(_, i)| i.id.as_str()).collect();
    let new_ids: BTreeSet<&str> = new_checklist.items().map(|(_, i)| i.id.as_str()).collect();
    let mut out = Vec::new();
    for (_, item) in new_checklist.items() {
        let id = item.id.as_str();
        let (o, n) = (level(old, id), level(new, id));
        let change = if old_ids.contains(id) {
            match classify(&o, &n) {
                Some(change) => change,
                None => continue,
            }
        } else {
            Change::Added
        };
        out.push(ItemChange {
            id: id.to_owned(),
            old: if change == Change::Added {
                serde_json::Value::Null
            } else {
                o
            },
            new: n,
            change,
        });
    }
    for (_, item) in old_checklist.items() {
        if !new_ids.contains(item.id.as_str()) {
            out.push(ItemChange {
                id: item.id.clone(),
                old: level(old, &item.id),
                new: serde_json::Value::Null,
                change: Change::Removed,
            });
        }
    }
    out
}

/// How a level value (number, `"na"` or null) moved; `None` when it did not.
fn classify(old: &serde_json::Value, new: &serde_json::Value) -> Option<Change> {
    use serde_json::Value;
    if old == new {
        return None;
    }
    Some(match (old, new) {
        (Value::Number(o), Value::Number(n)) => {
            if n.as_f64() > o.as_f64() {
                Change::Improved
            } else {
                Change::Regressed
            }
        }
        (Value::Null, Value::Number(_)) => Change::Improved,
        (Value::Number(_), Value::Null) => Change::Regressed,
        _ => Change::Changed,
    })
}

/// One assessment in a trend: when, and its scores.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendPoint {
    /// How the assessment is labelled on the time axis (its reporting period, else its date).
    pub label: String,
    /// The overall score.
    pub overall: Option<f64>,
    /// Per norm id, in checklist order.
    pub norms: Vec<(String, Option<f64>)>,
}

/// Scores over time, oldest first: ordered by reporting period when every assessment has one,
/// otherwise by the date it was last updated.
pub fn trend(assessments: &[(&Checklist, &Session)]) -> Vec<TrendPoint> {
    let all_periods = assessments.iter().all(|(_, s)| {
        s.meta
            .reporting_period
            .as_deref()
            .is_some_and(|p| !p.trim().is_empty())
    });
    let distinct_periods = all_periods && {
        let mut periods: Vec<&str> = assessments
            .iter()
            .filter_map(|(_, s)| s.meta.reporting_period.as_deref())
            .collect();
        periods.sort_unstable();
        periods.windows(2).all(|w| w[0] != w[1])
    };
    let mut order: Vec<usize> = (0..assessments.len()).collect();
    order.sort_by(|&a, &b| {
        let (sa, sb) = (assessments[a].1, assessments[b].1);
        let by_period = if all_periods {
            sa.meta.reporting_period.cmp(&sb.meta.reporting_period)
        } else {
            std::cmp::Ordering::Equal
        };
        by_period
            .then(sa.meta.updated.cmp(&sb.meta.updated))
            .then(a.cmp(&b))
    });
    order
        .into_iter()
        .map(|i| {
            let (checklist, session) = assessments[i];
            let scores = score(checklist, session);
            let label = match (&session.meta.reporting_period, session.meta.updated) {
                (Some(p), _) if distinct_periods => p.clone(),
                (Some(p), Some(updated)) if all_periods => format!("{p} ({})", updated.date()),
                (_, Some(updated)) => updated.date().to_string(),
                _ => format!("assessment {}", i + 1),
            };
            TrendPoint {
                label,
                overall: scores.overall.score,
                norms: checklist
                    .norms
                    .iter()
                    .zip(&scores.norms)
                    .map(|(n, s)| (n.id.clone(), s.score))
                    .collect(),
            }
        })
        .collect()
}
