//! The regional report's tables and range charts, built from the protected figures: the
//! distribution per norm and focus area, the bands, the hardest actions and the support.

use crate::checklist::Checklist;
use crate::i18n::Tr;
use crate::regional::{Group, ItemLevels, Regional};
use crate::session::SupportKind;
use crate::t;

use super::super::model::Table;
use super::model::{Range, RangeChart, RangeRow, count};

/// Builds the tables in one language, printing a withheld score as `fewer`.
pub(super) struct Tables<'a> {
    /// The language.
    pub tr: &'a Tr,
    /// "fewer than K States".
    pub fewer: &'a str,
}

impl Tables<'_> {
    fn score(&self, value: Option<f64>, none: &str) -> String {
        value.map_or_else(|| none.to_owned(), |v| self.tr.number(v, 1))
    }

    pub fn ranges(
        &self,
        title: String,
        groups: &[Group],
        label: impl Fn(&Group) -> String,
    ) -> RangeChart {
        let no_score = t!(self.tr, "regional-no-state-scored");
        RangeChart {
            title,
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
                            no_score.clone()
                        } else {
                            self.fewer.to_owned()
                        },
                    }
                })
                .collect(),
        }
    }

    pub fn figures(
        &self,
        heading: String,
        groups: &[Group],
        label: impl Fn(&Group) -> String,
    ) -> Table {
        let tr = self.tr;
        let mut header = vec![heading];
        header.extend([
            t!(tr, "regional-col-states"),
            t!(tr, "regional-col-lowest"),
            t!(tr, "regional-col-median"),
            t!(tr, "regional-col-highest"),
            t!(tr, "regional-col-mean"),
        ]);
        Table {
            header,
            rows: groups
                .iter()
                .map(|g| {
                    let none = if g.n == Some(0) { "–" } else { self.fewer };
                    vec![
                        label(g),
                        count(g.n),
                        self.score(g.min, none),
                        self.score(g.median, none),
                        self.score(g.max, none),
                        self.score(g.mean, none),
                    ]
                })
                .collect(),
        }
    }

    pub fn bands(&self, regional: &Regional, checklist: &Checklist) -> Table {
        let tr = self.tr;
        let mut header = vec![t!(tr, "regional-col-norm")];
        header.extend(checklist.bands.iter().map(|b| {
            t!(
                tr,
                "regional-col-band",
                band = b.label.clone(),
                min = b.min.to_string()
            )
        }));
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
            rows.push(row(t!(tr, "regional-overall"), o));
        }
        Table { header, rows }
    }

    pub fn hardest(&self, regional: &Regional, checklist: &Checklist) -> Table {
        let tr = self.tr;
        let mut header = vec![t!(tr, "regional-col-action")];
        header.extend(checklist.scale.levels.iter().map(|l| l.value.to_string()));
        header.push(t!(tr, "regional-col-na"));
        header.push(t!(tr, "regional-col-none"));
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

    pub fn hardest_legend(&self, checklist: &Checklist) -> String {
        let levels: Vec<String> = checklist
            .scale
            .levels
            .iter()
            .map(|l| format!("{} {}", l.value, l.label))
            .collect();
        t!(
            self.tr,
            "regional-hardest-legend",
            levels = levels.join(", ")
        )
    }

    pub fn support(&self, regional: &Regional) -> Table {
        let tr = self.tr;
        let mut header = vec![t!(tr, "regional-col-support")];
        header.extend(regional.support.iter().map(|s| format!("({})", s.norm)));
        let k = regional.min_states;
        let rows = SupportKind::ALL
            .iter()
            .map(|kind| {
                let mut row = vec![kind.label_in(tr)];
                row.extend(regional.support.iter().map(|s| {
                    s.kinds
                        .iter()
                        .find(|(kd, _)| kd == kind)
                        .and_then(|(_, c)| *c)
                        .map_or_else(
                            || t!(tr, "regional-support-fewer", k = k),
                            |c| c.to_string(),
                        )
                }));
                row
            })
            .collect();
        Table { header, rows }
    }
}
