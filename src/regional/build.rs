//! Computing the regional figures from the assessments that count, with the anonymity rules
//! of the [module docs](super) applied as each figure is made.

use crate::checklist::{Checklist, Item};
use crate::i18n::Message;
use crate::scoring::{Scores, score, whole_percent};
use crate::session::{Session, SupportKind};
use crate::t;

use super::marking::strictest_marking;
use super::model::{ChecklistInfo, Group, ItemLevels, NormSupport, Regional, RegionalError};
use super::select::{Counted, Input, select};
use super::stats::{round1, summary};
use super::withhold::{withhold_count, withhold_distribution};
use super::{HARDEST_COUNT, Options};

/// The regional figures and, for whoever runs the aggregation only, notes naming files.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// What may be published.
    pub regional: Regional,
    /// One line each: superseded files, incomplete assessments. They name States and files:
    /// show them to the person running the aggregation, never in the published result.
    pub notes: Vec<Message>,
}

/// Aggregates the assessments: one per State counts (see the module docs for every rule).
pub fn aggregate(inputs: &[Input], options: Options) -> Result<Outcome, RegionalError> {
    if options.min_states == 0 {
        return Err(RegionalError::ZeroThreshold);
    }
    let selection = select(inputs, &options)?;
    let checklist = selection.checklist.as_ref();
    let k = options.min_states;
    let states = selection.counted.len();
    let mut notes = selection.notes;
    notes.extend(incomplete_notes(checklist, &selection.counted));
    let mut regional = Regional {
        states,
        min_states: k,
        checklist: ChecklistInfo {
            id: checklist.id.clone(),
            version: checklist.version.clone(),
            title: checklist.title.clone(),
        },
        members: None,
        marking: strictest_marking(
            inputs
                .iter()
                .map(|i| i.session.meta.classification.as_deref()),
        ),
        overall: None,
        norms: Vec::new(),
        focus_areas: Vec::new(),
        items: Vec::new(),
        hardest: Vec::new(),
        support: Vec::new(),
        superseded: Vec::new(),
    };
    if states < k {
        return Ok(Outcome { regional, notes });
    }
    let sessions: Vec<&Session> = selection.counted.iter().map(|c| &c.input.session).collect();
    add_figures(&mut regional, checklist, &sessions, k);
    regional.superseded = selection.superseded;
    if options.named {
        let mut names: Vec<String> = selection.counted.iter().map(|c| c.name.clone()).collect();
        names.sort();
        regional.members = Some(names);
    }
    Ok(Outcome { regional, notes })
}

/// The figures of the counted assessments: scores per group, levels per item, the hardest
/// actions and the support wanted, each withheld below `k` States.
fn add_figures(regional: &mut Regional, checklist: &Checklist, sessions: &[&Session], k: usize) {
    let states = sessions.len();
    let scores: Vec<Scores> = sessions.iter().map(|s| score(checklist, s)).collect();
    let g = Grouper {
        checklist,
        k,
        states,
    };
    regional.overall = Some(g.group(
        "overall",
        "Overall score",
        scores.iter().map(|s| s.overall.score),
    ));
    regional.norms = checklist
        .norms
        .iter()
        .enumerate()
        .map(|(i, n)| g.group(&n.id, &n.title, scores.iter().map(|s| s.norms[i].score)))
        .collect();
    regional.focus_areas = checklist
        .focus_areas
        .iter()
        .enumerate()
        .map(|(i, a)| {
            g.group(
                &a.id,
                &a.title,
                scores.iter().map(|s| s.focus_areas[i].score),
            )
        })
        .collect();
    regional.items = checklist
        .items()
        .map(|(norm, item)| item_levels(checklist, &norm.id, item, sessions, k))
        .collect();
    regional.hardest = hardest(checklist, sessions, k);
    regional.support = support(checklist, sessions, k);
}

/// Makes the groups (overall, norms, focus areas) for one set of assessments.
struct Grouper<'c> {
    checklist: &'c Checklist,
    k: usize,
    states: usize,
}

impl Grouper<'_> {
    /// The distribution of one score over the States (rules 2 and 4).
    fn group(&self, id: &str, title: &str, values: impl Iterator<Item = Option<f64>>) -> Group {
        let scored: Vec<f64> = values.flatten().collect();
        let n = scored.len();
        let bands = &self.checklist.bands;
        // Cells: one per band (or one "with a score" without bands), then "no score".
        let mut cells = vec![0; bands.len().max(1)];
        for v in &scored {
            // A score below the first band's minimum counts in the first band.
            let i = bands.iter().rposition(|b| b.min <= *v).unwrap_or(0);
            cells[i] += 1;
        }
        cells.push(self.states - n);
        let published = withhold_distribution(&cells, self.k);
        let stats = if n >= self.k { summary(&scored) } else { None };
        Group {
            id: id.to_owned(),
            title: title.to_owned(),
            n: published.last().copied().flatten().map(|_| n),
            min: stats.map(|s| round1(s.min)),
            median: stats.map(|s| round1(s.median)),
            max: stats.map(|s| round1(s.max)),
            mean: stats.map(|s| round1(s.mean)),
            bands: band_labels(self.checklist)
                .into_iter()
                .zip(published)
                .take(bands.len())
                .collect(),
        }
    }
}

/// The bands' labels, made unique by their minimum where two are the same.
fn band_labels(checklist: &Checklist) -> Vec<String> {
    let bands = &checklist.bands;
    bands
        .iter()
        .map(|b| {
            if bands.iter().filter(|o| o.label == b.label).count() > 1 {
                format!("{} (from {})", b.label, b.min)
            } else {
                b.label.clone()
            }
        })
        .collect()
}

/// What one State answered to one item.
enum Answered {
    Level(usize),
    NotApplicable,
    Unanswered,
}

fn answered(checklist: &Checklist, session: &Session, item: &Item) -> Answered {
    match session.answer(&item.id) {
        Some(a) if a.not_applicable => Answered::NotApplicable,
        Some(a) => a
            .level
            .and_then(|l| checklist.scale.levels.iter().position(|s| s.value == l))
            .map_or(Answered::Unanswered, Answered::Level),
        None => Answered::Unanswered,
    }
}

/// States per level, N/A and unanswered for one item (rules 3 and 4).
fn item_levels(
    checklist: &Checklist,
    norm: &str,
    item: &Item,
    sessions: &[&Session],
    k: usize,
) -> ItemLevels {
    let levels = checklist.scale.levels.len();
    let mut cells = vec![0; levels + 2];
    for s in sessions {
        let cell = match answered(checklist, s, item) {
            Answered::Level(i) => i,
            Answered::NotApplicable => levels,
            Answered::Unanswered => levels + 1,
        };
        cells[cell] += 1;
    }
    let published = withhold_distribution(&cells, k);
    ItemLevels {
        id: item.id.clone(),
        norm: norm.to_owned(),
        levels: checklist
            .scale
            .levels
            .iter()
            .map(|l| l.value)
            .zip(published.iter().copied())
            .collect(),
        not_applicable: published[levels],
        not_answered: published[levels + 1],
    }
}

/// The items with the lowest mean value over the States they apply to (at least `k`),
/// hardest first, checklist order among equals.
fn hardest(checklist: &Checklist, sessions: &[&Session], k: usize) -> Vec<String> {
    let max = checklist.scale.max_value().unwrap_or(0);
    if max <= 0 {
        return Vec::new();
    }
    let mut ranked: Vec<(f64, usize, String)> = checklist
        .items()
        .enumerate()
        .filter_map(|(order, (_, item))| {
            let values: Vec<f64> = sessions
                .iter()
                .filter_map(|s| match answered(checklist, s, item) {
                    Answered::NotApplicable => None,
                    Answered::Unanswered => Some(0.0),
                    Answered::Level(i) => Some(checklist.scale.levels[i].value as f64 / max as f64),
                })
                .collect();
            (values.len() >= k).then(|| {
                (
                    summary(&values).map_or(0.0, |s| s.mean),
                    order,
                    item.id.clone(),
                )
            })
        })
        .collect();
    ranked.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    ranked
        .into_iter()
        .take(HARDEST_COUNT)
        .map(|(_, _, id)| id)
        .collect()
}

/// Per norm and kind, the States asking for that kind for at least one of its items (rule 5).
fn support(checklist: &Checklist, sessions: &[&Session], k: usize) -> Vec<NormSupport> {
    checklist
        .norms
        .iter()
        .map(|norm| NormSupport {
            norm: norm.id.clone(),
            kinds: SupportKind::ALL
                .iter()
                .map(|&kind| {
                    let asking = sessions
                        .iter()
                        .filter(|s| {
                            norm.items.iter().any(|i| {
                                s.answer(&i.id)
                                    .and_then(|a| a.support.as_ref())
                                    .is_some_and(|sup| sup.kinds.contains(&kind))
                            })
                        })
                        .count();
                    (kind, withhold_count(asking, k))
                })
                .collect(),
        })
        .collect()
}

/// "vn.json: Viet Nam's assessment is 40 % complete; …" for each incomplete one.
fn incomplete_notes(checklist: &Checklist, counted: &[Counted<'_>]) -> Vec<Message> {
    counted
        .iter()
        .filter_map(|c| {
            let completion = score(checklist, &c.input.session).overall.completion?;
            (completion < 100.0).then(|| {
                let (file, state) = (c.input.source.clone(), c.name.clone());
                Message::new(move |tr| {
                    t!(
                        tr,
                        "regional-note-incomplete",
                        file = file.clone(),
                        state = state.clone(),
                        percent = tr.percent(f64::from(whole_percent(completion)))
                    )
                })
            })
        })
        .collect()
}
