//! The regional report's tables and range charts, built from the protected figures: the
//! distribution per norm and focus area, the bands, the hardest actions and the support.

use crate::checklist::Checklist;
use crate::regional::{Group, ItemLevels, Regional};
use crate::session::SupportKind;

use super::super::model::Table;
use super::model::{Range, RangeChart, RangeRow, count};

fn score(value: Option<f64>, fewer: &str) -> String {
    value.map_or_else(|| fewer.to_owned(), |v| format!("{v:.1}"))
}

pub(super) fn ranges(
    title: &str,
    groups: &[Group],
    label: impl Fn(&Group) -> String,
    fewer: &str,
) -> RangeChart {
    RangeChart {
        title: title.to_owned(),
        rows: groups
            .iter()
            .map(|g| {
                let range = match (g.min, g.median, g.max, g.mean) {
                    (Some(min), Some(median), Some(max), Some(mean)) => Some(Range {
                        min,
                        median,
                        max,
                        mean,
                    }),
                    _ => None,
                };
                RangeRow {
                    label: label(g),
                    range,
                    note: if g.n == Some(0) {
                        "no State has a score".to_owned()
                    } else {
                        fewer.to_owned()
                    },
                }
            })
            .collect(),
    }
}

pub(super) fn figures(
    heading: &str,
    groups: &[Group],
    label: impl Fn(&Group) -> String,
    fewer: &str,
) -> Table {
    Table {
        header: [heading, "States", "Lowest", "Median", "Highest", "Mean"]
            .map(str::to_owned)
            .to_vec(),
        rows: groups
            .iter()
            .map(|g| {
                let none = if g.n == Some(0) { "–" } else { fewer };
                vec![
                    label(g),
                    count(g.n),
                    score(g.min, none),
                    score(g.median, none),
                    score(g.max, none),
                    score(g.mean, none),
                ]
            })
            .collect(),
    }
}

pub(super) fn bands(regional: &Regional, checklist: &Checklist) -> Table {
    let mut header = vec!["Norm".to_owned()];
    header.extend(
        checklist
            .bands
            .iter()
            .map(|b| format!("{} (from {})", b.label, b.min)),
    );
    let row = |label: String, g: &Group| {
        let mut r = vec![label];
        r.extend(g.bands.iter().map(|(_, c)| count(*c)));
        r
    };
    let mut rows: Vec<Vec<String>> = regional
        .norms
        .iter()
        .map(|g| row(format!("({}) {}", g.id, g.title), g))
        .collect();
    if let Some(o) = &regional.overall {
        rows.push(row("Overall score".to_owned(), o));
    }
    Table { header, rows }
}

pub(super) fn hardest(regional: &Regional, checklist: &Checklist) -> Table {
    let mut header = vec!["Practical action".to_owned()];
    header.extend(checklist.scale.levels.iter().map(|l| l.value.to_string()));
    header.push("N/A".to_owned());
    header.push("None".to_owned());
    let rows = regional
        .hardest
        .iter()
        .filter_map(|id| {
            let (_, item) = checklist.item(id)?;
            let levels: &ItemLevels = regional.items.iter().find(|i| &i.id == id)?;
            let mut row = vec![format!("{id} {}", item.text)];
            row.extend(levels.levels.iter().map(|(_, c)| count(*c)));
            row.push(count(levels.not_applicable));
            row.push(count(levels.not_answered));
            Some(row)
        })
        .collect();
    Table { header, rows }
}

pub(super) fn hardest_legend(checklist: &Checklist) -> String {
    let levels: Vec<String> = checklist
        .scale
        .levels
        .iter()
        .map(|l| format!("{} {}", l.value, l.label))
        .collect();
    format!(
        "States per answer: {}; N/A not applicable; None not answered. Ranked by the mean level over the States to which the action applies, lowest first.",
        levels.join(", ")
    )
}

pub(super) fn support(regional: &Regional) -> Table {
    let mut header = vec!["Support wanted".to_owned()];
    header.extend(regional.support.iter().map(|s| format!("({})", s.norm)));
    let k = regional.min_states;
    let rows = SupportKind::ALL
        .iter()
        .map(|kind| {
            let mut row = vec![kind.label().to_owned()];
            row.extend(regional.support.iter().map(|s| {
                s.kinds
                    .iter()
                    .find(|(kd, _)| kd == kind)
                    .and_then(|(_, c)| *c)
                    .map_or_else(|| format!("<{k}"), |c| c.to_string())
            }));
            row
        })
        .collect();
    Table { header, rows }
}
