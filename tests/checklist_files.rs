//! Checklist files: strict parsing with JSON paths, every problem reported at once.

mod common;

use common::fixture_bytes;
use normcheck::checklist::{NormKind, builtin, parse_checklist, validate};
use normcheck::format::document::DocumentError;

#[test]
fn a_file_with_exactly_the_documented_fields_loads() {
    let checklist = parse_checklist(&fixture_bytes("small-checklist.json")).unwrap();
    assert_eq!(checklist.id, "test-small");
    assert_eq!(checklist.norms.len(), 3);
    assert_eq!(checklist.norms[1].kind, Some(NormKind::Restraint));
    assert_eq!(checklist.norms[0].items[1].weight, 3.0);
    assert_eq!(
        checklist.norms[0].items[2].weight, 1.0,
        "weight defaults to 1"
    );
    assert!(checklist.scale.not_applicable);
}

#[test]
fn a_file_with_only_the_required_fields_loads_with_defaults() {
    let checklist = parse_checklist(&fixture_bytes("checklist-minimal.json")).unwrap();
    assert!(
        checklist.scale.not_applicable,
        "N/A is allowed unless turned off"
    );
    assert!(checklist.norms[0].items[0].focus_areas.is_empty());
    assert_eq!(checklist.band_for(50.0), None);
}

#[test]
fn validation_reports_every_problem_at_once_with_its_path() {
    let Err(DocumentError::Invalid(problems)) =
        parse_checklist(&fixture_bytes("checklist-invalid.json"))
    else {
        panic!("the checklist must be refused as invalid");
    };
    let found: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let expect = [
        ("title", "must not be empty"),
        ("scale.levels[2].value", "more than once"),
        ("bands[1].min", "ascending"),
        ("focus_areas[1].id", "more than once"),
        ("norms[0].items[0].focus_areas[0]", "unknown focus area"),
        ("norms[0].items[0].weight", "above 0"),
        ("norms[0].items[1].id", "already used"),
        ("norms[0].items[1].weight", "above 0"),
        ("norms[1].id", "more than once"),
        ("norms[1].items", "no items"),
    ];
    for (path, words) in expect {
        assert!(
            found
                .iter()
                .any(|f| f.contains(&format!("at {path}:")) && f.contains(words)),
            "missing {path}: {words} in {found:#?}"
        );
    }
}

#[test]
fn a_scale_without_levels_is_refused() {
    let text = String::from_utf8(fixture_bytes("checklist-minimal.json"))
        .unwrap()
        .replace(
            r#"[{"value": 0, "label": "No"}, {"value": 1, "label": "Yes"}]"#,
            "[]",
        );
    let err = parse_checklist(text.as_bytes()).unwrap_err().to_string();
    assert!(err.contains("no levels"), "{err}");
}

#[test]
fn a_misspelt_field_is_refused_with_its_path() {
    let err = parse_checklist(&fixture_bytes("checklist-unknown-field.json"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("norms[0].items[0]"), "{err}");
    assert!(err.contains("wieght"), "{err}");
}

#[test]
fn the_builtin_checklist_covers_the_eleven_norms_and_six_focus_areas() {
    let checklist = builtin().unwrap();
    let ids: Vec<&str> = checklist.norms.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]);
    assert_eq!(checklist.focus_areas.len(), 6);
    for norm in &checklist.norms {
        assert!(norm.items.len() >= 5, "norm {} has too few items", norm.id);
        let source = norm.source.as_deref().unwrap_or_default();
        assert_eq!(source, format!("A/70/174 para. 13({})", norm.id));
        assert!(norm.summary.is_some() && norm.kind.is_some());
        for item in &norm.items {
            assert!(
                !item.focus_areas.is_empty(),
                "{} has no focus area",
                item.id
            );
            assert!(
                item.guidance.is_some() && item.evidence_hint.is_some() && item.basis.is_some()
            );
        }
    }
    for area in &checklist.focus_areas {
        let uses = checklist
            .items()
            .filter(|(_, i)| i.focus_areas.contains(&area.id))
            .count();
        assert!(
            uses >= 3,
            "focus area {} is used by only {uses} items",
            area.id
        );
    }
    assert!(checklist.scale.not_applicable);
    assert!(validate(&checklist).is_empty());
}
