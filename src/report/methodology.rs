//! The report's methodology: the answer scale, the scoring rules and where the report came
//! from.

use crate::checklist::Checklist;
use crate::i18n::Tr;
use crate::t;

use super::model::{Methodology, Table};
use crate::checklist::Localized;

/// How the assessment was made and scored, for readers of the report.
pub(crate) fn methodology(
    tr: &Tr,
    checklist: &Checklist,
    date: &str,
    version: &str,
) -> Methodology {
    Methodology {
        levels: Table {
            header: vec![
                t!(tr, "report-method-value"),
                t!(tr, "report-method-level"),
                t!(tr, "report-method-meaning"),
            ],
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
        rules: rules(tr, checklist),
        provenance: provenance(tr, checklist, date, version),
    }
}

/// The lines about a report's making: its checklist, its date and normcheck's version.
pub(crate) fn provenance(tr: &Tr, checklist: &Checklist, date: &str, version: &str) -> Vec<String> {
    vec![
        t!(
            tr,
            "report-method-checklist",
            title = checklist.title.clone(),
            id = checklist.id.clone(),
            version = checklist.version.clone()
        ),
        t!(tr, "report-method-generated", date = date.to_owned()),
        t!(tr, "report-method-version", version = version.to_owned()),
    ]
}

/// How scores, completion, gaps and bands are worked out.
fn rules(tr: &Tr, checklist: &Checklist) -> Vec<String> {
    let gap_rule = checklist
        .implemented_threshold()
        .and_then(|v| checklist.scale.level(v))
        .map_or_else(
            || t!(tr, "report-method-rule-gap-unnamed"),
            |l| t!(tr, "report-method-rule-gap", level = l.label.clone()),
        );
    let max = checklist.scale.max_value().unwrap_or(0);
    let mut rules = vec![
        t!(tr, "report-method-rule-level", max = max),
        t!(tr, "report-method-rule-na"),
        t!(tr, "report-method-rule-norm"),
        t!(tr, "report-method-rule-area"),
        t!(tr, "report-method-rule-completion"),
        gap_rule,
    ];
    if !checklist.bands.is_empty() {
        let bands: Vec<String> = checklist
            .bands
            .iter()
            .map(|b| {
                t!(
                    tr,
                    "report-method-band",
                    band = b.label.clone(),
                    min = b.min.to_string()
                )
            })
            .collect();
        rules.push(t!(tr, "report-method-rule-bands", bands = bands.join(", ")));
    }
    rules.push(t!(tr, "report-method-rule-voluntary"));
    rules
}

/// For a report not in English: the language it is written in and how many of the
/// checklist's texts had no translation (and which), at the head of "About this report".
pub(crate) fn language(tr: &Tr, localized: &Localized, m: &mut Methodology) {
    if tr.code() == crate::i18n::ENGLISH {
        return;
    }
    let mut lines = vec![t!(
        tr,
        "report-method-language",
        language = tr.dynamic("language-name")
    )];
    if !localized.fallbacks.is_empty() {
        let mut owners: Vec<&str> = Vec::new();
        for key in &localized.fallbacks {
            let owner = key
                .split_once('.')
                .and_then(|(_, rest)| rest.rsplit_once('.'))
                .map_or(key.as_str(), |(id, _)| id);
            if !owners.contains(&owner) {
                owners.push(owner);
            }
        }
        const SHOWN: usize = 24;
        let mut which = owners
            .iter()
            .take(SHOWN)
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        if owners.len() > SHOWN {
            which.push_str(", …");
        }
        lines.push(t!(
            tr,
            "report-method-fallback",
            count = localized.fallbacks.len(),
            which = which
        ));
    }
    m.provenance.splice(0..0, lines);
}
