//! What the regional report says, as plain data: cover, summary, the distribution of scores
//! per norm and focus area (as numbers for a range chart and as tables), the bands, the ten
//! hardest practical actions, the support wanted and the method. No layout, no PDF types.

use time::OffsetDateTime;

use crate::checklist::Checklist;
use crate::regional::{Group, Regional};
use crate::session::format_date;

use super::super::model::Table;
use super::method::method;
use super::tables::{bands, figures, hardest, hardest_legend, ranges, support};

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

/// The regional report's title.
pub const TITLE: &str =
    "Regional view: implementation of the UN norms of responsible State behaviour in cyberspace";

/// Builds the regional report of `regional` (made with `checklist`), dated `generated`
/// (`None` prints "undated"), printed with `marking`.
pub fn build_regional(
    regional: &Regional,
    checklist: &Checklist,
    marking: Option<String>,
    generated: Option<OffsetDateTime>,
    version: &str,
) -> RegionalReport {
    let k = regional.min_states;
    let date = generated.map_or_else(|| "undated".to_owned(), |d| format_date(d.date()));
    let withheld_all = regional.states < k;
    let fewer = fewer_than(k);
    let norm_label = |g: &Group| format!("({}) {}", g.id, g.title);
    let mut report = RegionalReport {
        cover: cover(regional, checklist, marking, &date, generated),
        summary: summary(regional),
        withheld_all,
        norm_ranges: ranges(
            "Scores per norm (0–100)",
            &regional.norms,
            norm_label,
            &fewer,
        ),
        norm_figures: figures("Norm", &regional.norms, norm_label, &fewer),
        area_ranges: ranges(
            "Scores per focus area (0–100)",
            &regional.focus_areas,
            |g| g.title.clone(),
            &fewer,
        ),
        area_figures: figures(
            "Focus area",
            &regional.focus_areas,
            |g| g.title.clone(),
            &fewer,
        ),
        bands: bands(regional, checklist),
        bands_legend: format!(
            "How many States' scores fall in each band of the checklist. {}",
            withheld_legend(k)
        ),
        hardest: hardest(regional, checklist),
        hardest_legend: format!("{} {}", hardest_legend(checklist), withheld_legend(k)),
        support: support(regional),
        method: method(regional, checklist),
        provenance: vec![
            format!(
                "Checklist: {} ({}), version {}",
                checklist.title, checklist.id, checklist.version
            ),
            format!("Generated: {date}"),
            format!("normcheck version {version}"),
        ],
    };
    super::super::clean::clean_regional(&mut report);
    report
}

/// "fewer than 3 States".
pub(crate) fn fewer_than(k: usize) -> String {
    if k == 1 {
        "no State".to_owned()
    } else {
        format!("fewer than {k} States")
    }
}

/// A count as printed: the number, or [`WITHHELD`].
pub(crate) fn count(value: Option<usize>) -> String {
    value.map_or_else(|| WITHHELD.to_owned(), |v| v.to_string())
}

/// How a withheld count is printed in a table (explained by [`withheld_legend`]); a word
/// would not fit the narrow count columns.
pub const WITHHELD: &str = "*";

/// What [`WITHHELD`] means, for threshold `k`.
pub(crate) fn withheld_legend(k: usize) -> String {
    format!(
        "{WITHHELD} withheld: {}, or a count from which such a number could be worked out by subtraction.",
        fewer_than(k)
    )
}

fn cover(
    regional: &Regional,
    checklist: &Checklist,
    marking: Option<String>,
    date: &str,
    generated: Option<OffsetDateTime>,
) -> RegionalCover {
    let mut rows = vec![
        ("Member States".to_owned(), regional.states.to_string()),
        (
            "Anonymity threshold".to_owned(),
            format!(
                "{} States: figures from fewer are withheld",
                regional.min_states
            ),
        ),
    ];
    if let Some(members) = &regional.members {
        rows.push(("States named".to_owned(), members.join(", ")));
    }
    if !regional.superseded.is_empty() {
        rows.push((
            "Superseded".to_owned(),
            format!(
                "{} older assessment{} left out (one per State counts)",
                regional.superseded.len(),
                if regional.superseded.len() == 1 {
                    ""
                } else {
                    "s"
                }
            ),
        ));
    }
    rows.push(("Date".to_owned(), date.to_owned()));
    rows.push((
        "Checklist".to_owned(),
        format!("{}, version {}", checklist.title, checklist.version),
    ));
    RegionalCover {
        title: TITLE.to_owned(),
        rows,
        marking,
        date: date.to_owned(),
        generated,
    }
}

fn summary(regional: &Regional) -> Vec<String> {
    let k = regional.min_states;
    let n = regional.states;
    let states = if n == 1 {
        "State's assessment"
    } else {
        "States' assessments"
    };
    let mut out = vec![format!(
        "This report combines {n} ASEAN Member {states}, one per State. It shows how far the region as a whole has implemented each norm and where States ask for support; it shows no State's own scores or answers."
    )];
    if n < k {
        out.push(format!(
            "With {} there is nothing more to show: every figure would come from {}. Only the number of States is given.",
            if n == 1 { "one State".to_owned() } else { format!("{n} States") },
            fewer_than(k)
        ));
        return out;
    }
    if let Some(o) = &regional.overall
        && let (Some(median), Some(min), Some(max)) = (o.median, o.min, o.max)
    {
        out.push(format!(
            "The median overall score is {median:.1} out of 100; the States' overall scores range from {min:.1} to {max:.1}."
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
        out.push(format!(
            "Implementation is furthest along under ({}) {} (median {:.1}) and has the most room to develop under ({}) {} (median {:.1}).",
            high.id,
            high.title,
            high.median.unwrap_or(0.0),
            low.id,
            low.title,
            low.median.unwrap_or(0.0)
        ));
    }
    out.push(format!(
        "Figures from {} are withheld, and so is any count from which such a figure could be worked out by subtraction; the method at the end gives the exact rules.",
        fewer_than(k)
    ));
    out
}
