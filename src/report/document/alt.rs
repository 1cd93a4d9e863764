//! Text alternatives for the report's charts, stating their data in the document's language
//! ("Score per norm: (a) … 50.0; (b) … 0.0"): part of the neutral document, so that every
//! renderer says the same (the tagged PDF puts it in the figure's `/Alt`).

use super::{Block, Words};

/// The text alternative of a chart block, or `None` for any other block.
pub fn chart_alt(block: &Block, words: &Words) -> Option<String> {
    let score =
        |value: Option<f64>| value.map_or_else(|| words.no_score.clone(), |v| words.number(v));
    match block {
        Block::BarChart(chart) => {
            let bars: Vec<String> = chart
                .bars
                .iter()
                .map(|bar| format!("{} {}", bar.label, score(bar.value)))
                .collect();
            Some(format!("{}: {}", chart.title, bars.join("; ")))
        }
        Block::RangeChart(chart) => {
            let rows: Vec<String> = chart
                .rows
                .iter()
                .map(|row| match &row.range {
                    Some(r) => format!(
                        "{} {}–{}, {}",
                        row.label,
                        words.number(r.min),
                        words.number(r.max),
                        words.median.replace("{value}", &words.number(r.median))
                    ),
                    None => format!("{} {}", row.label, row.note),
                })
                .collect();
            Some(format!("{}: {}", chart.title, rows.join("; ")))
        }
        Block::SlopeChart(chart) => {
            let lines: Vec<String> = chart
                .series
                .iter()
                .map(|series| {
                    let values: Vec<String> = series.values.iter().map(|v| score(*v)).collect();
                    format!("{} {}", series.label, values.join(" → "))
                })
                .collect();
            Some(format!(
                "{} ({}): {}",
                chart.title,
                chart.labels.join(" → "),
                lines.join("; ")
            ))
        }
        _ => None,
    }
}
