//! What the regional report says, as plain data: cover, summary, the distribution of scores
//! per norm and focus area (as numbers for a range chart and as tables), the bands, the ten
//! hardest practical actions, the support wanted and the method. No layout, no PDF types.

use time::OffsetDateTime;

use crate::checklist::Checklist;
use crate::i18n::Tr;
use crate::regional::{Group, Regional};
use crate::t;

use super::super::model::Table;
use super::method::method;
use super::tables::Tables;

/// Everything the regional report shows, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionalReport {
    /// The title page.
    pub cover: RegionalCover,
    /// Readable sentences, one paragraph each.
    pub summary: Vec<String>,
    /// With fewer than K States: only the count is shown, every section below is empty.
    pub withheld_all: bool,
    /// Scores per norm as ranges.
    pub norm_ranges: RangeChart,
    /// The norms' figures: States, lowest, median, highest, mean.
    pub norm_figures: Table,
    /// Scores per focus area as ranges.
    pub area_ranges: RangeChart,
    /// The focus areas' figures.
    pub area_figures: Table,
    /// States per band, per norm and for the overall score.
    pub bands: Table,
    /// What the bands table shows and what [`WITHHELD`] means.
    pub bands_legend: String,
    /// The ten hardest practical actions with the States per answer.
    pub hardest: Table,
    /// What the columns of [`Self::hardest`] mean ("0 Not started", …).
    pub hardest_legend: String,
    /// States asking for each kind of support (rows) under each norm (columns).
    pub support: Table,
    /// How the figures were made, one rule per entry.
    pub method: Vec<String>,
    /// Checklist, date, normcheck version.
    pub provenance: Vec<String>,
    /// The language it is written in.
    pub tr: Tr,
}

/// The title page and the running header and footer.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionalCover {
    /// The report's title.
    pub title: String,
    /// Label and value rows: States, threshold, checklist, date, …
    pub rows: Vec<(String, String)>,
    /// The sensitivity marking (the strictest among the inputs unless chosen).
    pub marking: Option<String>,
    /// "YYYY-MM-DD" or "undated".
    pub date: String,
    /// The generation time, for document metadata; `None` when undated.
    pub generated: Option<OffsetDateTime>,
}

pub use super::super::document::{Range, RangeChart, RangeRow};

/// Builds the regional report of `regional` (made with `checklist`), dated `generated`
/// (`None` prints "undated"), printed with `marking`, in `tr`'s language (the checklist's
/// texts too, where they are translated).
pub fn build_regional(
    regional: &Regional,
    checklist: &Checklist,
    marking: Option<String>,
    generated: Option<OffsetDateTime>,
    tr: &Tr,
) -> RegionalReport {
    let local = checklist.localized(tr.code(), tr.checklist_texts(&checklist.id));
    let checklist = &local.checklist;
    let regional = &titled(regional, checklist);
    let k = regional.min_states;
    let date = generated.map_or_else(|| t!(tr, "report-undated"), |d| tr.date(d.date()));
    let withheld_all = regional.states < k;
    let fewer = fewer_than(tr, k);
    let norm_label = |g: &Group| format!("({}) {}", g.id, g.title);
    let tables = Tables { tr, fewer: &fewer };
    let mut report = RegionalReport {
        cover: cover(regional, checklist, marking, &date, generated, tr),
        summary: summary(regional, tr),
        withheld_all,
        norm_ranges: tables.ranges(t!(tr, "regional-chart-norms"), &regional.norms, norm_label),
        norm_figures: tables.figures(t!(tr, "regional-col-norm"), &regional.norms, norm_label),
        area_ranges: tables.ranges(t!(tr, "regional-chart-areas"), &regional.focus_areas, |g| {
            g.title.clone()
        }),
        area_figures: tables.figures(t!(tr, "regional-col-area"), &regional.focus_areas, |g| {
            g.title.clone()
        }),
        bands: tables.bands(regional, checklist),
        bands_legend: format!(
            "{} {}",
            t!(tr, "regional-bands-legend"),
            withheld_legend(tr, k)
        ),
        hardest: tables.hardest(regional, checklist),
        hardest_legend: format!(
            "{} {}",
            tables.hardest_legend(checklist),
            withheld_legend(tr, k)
        ),
        support: tables.support(regional),
        method: method(regional, checklist, tr),
        provenance: super::super::methodology::provenance(
            tr,
            checklist,
            &date,
            env!("CARGO_PKG_VERSION"),
        ),
        tr: tr.clone(),
    };
    super::super::clean::clean_regional(&mut report);
    report
}

/// The regional figures with the norms' and focus areas' titles of `checklist` (the
/// figures were made with the English checklist; the report may be in another language).
fn titled(regional: &Regional, checklist: &Checklist) -> Regional {
    let mut regional = regional.clone();
    for g in &mut regional.norms {
        if let Some(n) = checklist.norms.iter().find(|n| n.id == g.id) {
            g.title = n.title.clone();
        }
    }
    for g in &mut regional.focus_areas {
        if let Some(a) = checklist.focus_areas.iter().find(|a| a.id == g.id) {
            g.title = a.title.clone();
        }
    }
    regional
}

/// "fewer than 3 States".
pub(crate) fn fewer_than(tr: &Tr, k: usize) -> String {
    t!(tr, "regional-fewer-than", k = k)
}

/// A count as printed: the number, or [`WITHHELD`].
pub(crate) fn count(value: Option<usize>) -> String {
    value.map_or_else(|| WITHHELD.to_owned(), |v| v.to_string())
}

/// How a withheld count is printed in a table (explained by [`withheld_legend`]); a word
/// would not fit the narrow count columns.
pub const WITHHELD: &str = "*";

/// What [`WITHHELD`] means, for threshold `k`.
pub(crate) fn withheld_legend(tr: &Tr, k: usize) -> String {
    t!(
        tr,
        "regional-withheld-legend",
        mark = WITHHELD,
        fewer = fewer_than(tr, k)
    )
}

fn cover(
    regional: &Regional,
    checklist: &Checklist,
    marking: Option<String>,
    date: &str,
    generated: Option<OffsetDateTime>,
    tr: &Tr,
) -> RegionalCover {
    let mut rows = vec![
        (t!(tr, "regional-cover-states"), regional.states.to_string()),
        (
            t!(tr, "regional-cover-threshold"),
            t!(
                tr,
                "regional-cover-threshold-value",
                k = regional.min_states
            ),
        ),
    ];
    if let Some(members) = &regional.members {
        rows.push((t!(tr, "regional-cover-named"), members.join(", ")));
    }
    if !regional.superseded.is_empty() {
        rows.push((
            t!(tr, "regional-cover-superseded"),
            t!(
                tr,
                "regional-cover-superseded-value",
                count = regional.superseded.len()
            ),
        ));
    }
    rows.push((t!(tr, "report-cover-date"), date.to_owned()));
    rows.push((
        t!(tr, "report-cover-checklist"),
        t!(
            tr,
            "report-checklist-version",
            title = checklist.title.clone(),
            version = checklist.version.clone()
        ),
    ));
    RegionalCover {
        title: t!(tr, "regional-title"),
        rows,
        marking,
        date: date.to_owned(),
        generated,
    }
}

fn summary(regional: &Regional, tr: &Tr) -> Vec<String> {
    let k = regional.min_states;
    let n = regional.states;
    let score = |v: f64| tr.number(v, 1);
    let mut out = vec![t!(tr, "regional-summary-combines", count = n)];
    if n < k {
        out.push(t!(
            tr,
            "regional-summary-too-few",
            count = n,
            fewer = fewer_than(tr, k)
        ));
        return out;
    }
    if let Some(o) = &regional.overall
        && let (Some(median), Some(min), Some(max)) = (o.median, o.min, o.max)
    {
        out.push(t!(
            tr,
            "regional-summary-median",
            median = score(median),
            min = score(min),
            max = score(max)
        ));
    }
    let mut by_median: Vec<&Group> = regional
        .norms
        .iter()
        .filter(|g| g.median.is_some())
        .collect();
    by_median.sort_by(|a, b| a.median.unwrap_or(0.0).total_cmp(&b.median.unwrap_or(0.0)));
    if let (Some(low), Some(high)) = (by_median.first(), by_median.last())
        && low.median < high.median
    {
        out.push(t!(
            tr,
            "regional-summary-furthest",
            high = format!("({}) {}", high.id, high.title),
            high_median = score(high.median.unwrap_or(0.0)),
            low = format!("({}) {}", low.id, low.title),
            low_median = score(low.median.unwrap_or(0.0))
        ));
    }
    out.push(t!(
        tr,
        "regional-summary-withheld",
        fewer = fewer_than(tr, k)
    ));
    out
}
