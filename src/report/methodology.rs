//! The report's methodology: the answer scale, the scoring rules and where the report came
//! from.

use crate::checklist::Checklist;

use super::model::{Methodology, Table};

/// How the assessment was made and scored, for readers of the report.
pub(crate) fn methodology(checklist: &Checklist, date: &str, version: &str) -> Methodology {
    let implemented = checklist
        .implemented_threshold()
        .and_then(|v| checklist.scale.level(v))
        .map_or_else(
            || "the implemented level".to_owned(),
            |l| format!("“{}”", l.label),
        );
    let max = checklist.scale.max_value().unwrap_or(0);
    let mut rules = vec![
        format!("Each applicable item is worth its level divided by the highest level ({max}); an unanswered item is worth 0."),
        "Items marked not applicable are left out of every score.".to_owned(),
        "A norm's score is 100 × the weighted mean of its applicable items; the overall score is the plain mean of the norm scores.".to_owned(),
        "A focus area's score is the same weighted mean over every applicable item tagged with it.".to_owned(),
        "Completion is the share of items answered with a level or marked not applicable.".to_owned(),
        format!("A gap is an applicable item answered below {implemented} or not answered yet; every gap appears in the action plan."),
    ];
    if !checklist.bands.is_empty() {
        let bands: Vec<String> = checklist
            .bands
            .iter()
            .map(|b| format!("{} from {}", b.label, b.min))
            .collect();
        rules.push(format!("Score bands: {}.", bands.join(", ")));
    }
    rules.push("The norms are voluntary and non-binding: scores describe the State's own view of its implementation, not a ranking.".to_owned());
    Methodology {
        levels: Table {
            header: vec!["Value".into(), "Level".into(), "Meaning".into()],
            rows: checklist
                .scale
                .levels
                .iter()
                .map(|l| {
                    vec![
                        l.value.to_string(),
                        l.label.clone(),
                        l.description.clone().unwrap_or_default(),
                    ]
                })
                .collect(),
        },
        rules,
        provenance: vec![
            format!(
                "Checklist: {} ({}), version {}",
                checklist.title, checklist.id, checklist.version
            ),
            format!("Generated: {date}"),
            format!("normcheck version {version}"),
        ],
    }
}
