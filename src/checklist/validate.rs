//! Checks a parsed checklist against the format's rules and reports every problem at once.

use crate::msg;
use std::collections::{BTreeMap, BTreeSet};

use super::model::{Checklist, Item};
use crate::format::problem::Problem;

/// The largest weight an item may have. Bounded so that no sum of weights in a checklist small
/// enough to read can overflow, and so a typing slip (1e308) is caught.
pub const MAX_WEIGHT: f64 = 1000.0;

/// Returns every rule the checklist breaks (errors) and everything worth a look (warnings).
pub fn validate(checklist: &Checklist) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_text("id", &checklist.id, &mut problems);
    check_text("title", &checklist.title, &mut problems);
    check_scale(checklist, &mut problems);
    check_bands(checklist, &mut problems);
    let area_ids = check_focus_areas(checklist, &mut problems);
    check_norms(checklist, &area_ids, &mut problems);
    problems.extend(super::translations::translation_problems(checklist));
    problems
}

fn check_text(path: &str, value: &str, problems: &mut Vec<Problem>) {
    if value.trim().is_empty() {
        problems.push(Problem::error(path, msg!("problem-empty")));
    }
}

fn check_scale(checklist: &Checklist, problems: &mut Vec<Problem>) {
    let levels = &checklist.scale.levels;
    if levels.is_empty() {
        problems.push(Problem::error("scale.levels", msg!("problem-scale-empty")));
        return;
    }
    let mut seen = BTreeSet::new();
    for (i, level) in levels.iter().enumerate() {
        let path = format!("scale.levels[{i}]");
        if !seen.insert(level.value) {
            problems.push(Problem::error(
                format!("{path}.value"),
                msg!("problem-level-twice", value = level.value),
            ));
        }
        if level.value < 0 {
            problems.push(Problem::error(
                format!("{path}.value"),
                msg!("problem-level-negative"),
            ));
        }
        if i > 0 && levels[i - 1].value >= level.value {
            problems.push(Problem::error(
                format!("{path}.value"),
                msg!("problem-levels-order"),
            ));
        }
        check_text(&format!("{path}.label"), &level.label, problems);
    }
    if checklist.scale.max_value().is_some_and(|m| m <= 0) {
        problems.push(Problem::error(
            "scale.levels",
            msg!("problem-top-level-zero"),
        ));
    }
}

fn check_bands(checklist: &Checklist, problems: &mut Vec<Problem>) {
    for (i, band) in checklist.bands.iter().enumerate() {
        let path = format!("bands[{i}]");
        if !(0.0..=100.0).contains(&band.min) {
            problems.push(Problem::error(
                format!("{path}.min"),
                msg!("problem-band-outside", min = readable_number(band.min)),
            ));
        }
        if i > 0 && checklist.bands[i - 1].min >= band.min {
            problems.push(Problem::error(
                format!("{path}.min"),
                msg!("problem-bands-order"),
            ));
        }
        check_text(&format!("{path}.label"), &band.label, problems);
    }
    if checklist.bands.first().is_some_and(|b| b.min > 0.0) {
        problems.push(Problem::warning(
            "bands[0].min",
            msg!("problem-bands-start"),
        ));
    }
}

fn check_focus_areas(checklist: &Checklist, problems: &mut Vec<Problem>) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (i, area) in checklist.focus_areas.iter().enumerate() {
        let path = format!("focus_areas[{i}]");
        check_text(&format!("{path}.id"), &area.id, problems);
        check_text(&format!("{path}.title"), &area.title, problems);
        if !ids.insert(area.id.clone()) {
            problems.push(Problem::error(
                format!("{path}.id"),
                msg!("problem-area-twice", id = area.id.clone()),
            ));
        }
    }
    ids
}

fn check_norms(checklist: &Checklist, area_ids: &BTreeSet<String>, problems: &mut Vec<Problem>) {
    if checklist.norms.is_empty() {
        problems.push(Problem::error("norms", msg!("problem-no-norms")));
    }
    let mut norm_ids = BTreeSet::new();
    let mut seen = Seen::default();
    for (n, norm) in checklist.norms.iter().enumerate() {
        let path = format!("norms[{n}]");
        check_text(&format!("{path}.id"), &norm.id, problems);
        check_text(&format!("{path}.title"), &norm.title, problems);
        if !norm_ids.insert(norm.id.as_str()) {
            problems.push(Problem::error(
                format!("{path}.id"),
                msg!("problem-norm-twice", id = norm.id.clone()),
            ));
        }
        if norm.items.is_empty() {
            problems.push(Problem::error(
                format!("{path}.items"),
                msg!("problem-norm-empty", id = norm.id.clone()),
            ));
        }
        for (i, item) in norm.items.iter().enumerate() {
            check_item(
                &format!("{path}.items[{i}]"),
                item,
                area_ids,
                &mut seen,
                problems,
            );
        }
    }
    for (i, area) in checklist.focus_areas.iter().enumerate() {
        if !seen.area_use.contains_key(area.id.as_str()) {
            problems.push(Problem::warning(
                format!("focus_areas[{i}]"),
                msg!("problem-area-unused", id = area.id.clone()),
            ));
        }
    }
}

/// What the items checked so far used: their ids (with where), and the focus areas.
#[derive(Default)]
struct Seen<'c> {
    item_paths: BTreeMap<&'c str, String>,
    area_use: BTreeMap<&'c str, usize>,
}

/// One item: its texts, a unique id, a weight in range, known focus areas listed once.
fn check_item<'c>(
    path: &str,
    item: &'c Item,
    area_ids: &BTreeSet<String>,
    seen: &mut Seen<'c>,
    problems: &mut Vec<Problem>,
) {
    check_text(&format!("{path}.id"), &item.id, problems);
    check_text(&format!("{path}.text"), &item.text, problems);
    if let Some(first) = seen.item_paths.get(item.id.as_str()) {
        problems.push(Problem::error(
            format!("{path}.id"),
            msg!(
                "problem-item-twice",
                id = item.id.clone(),
                first = first.clone()
            ),
        ));
    } else {
        seen.item_paths.insert(&item.id, path.to_owned());
    }
    if !(item.weight > 0.0 && item.weight <= MAX_WEIGHT) {
        problems.push(Problem::error(
            format!("{path}.weight"),
            msg!(
                "problem-weight",
                max = readable_number(MAX_WEIGHT),
                found = readable_number(item.weight)
            ),
        ));
    }
    let mut own = BTreeSet::new();
    for (a, area) in item.focus_areas.iter().enumerate() {
        let area_path = format!("{path}.focus_areas[{a}]");
        if !area_ids.contains(area) {
            problems.push(Problem::error(
                area_path,
                msg!("problem-area-unknown", id = area.clone()),
            ));
        } else if !own.insert(area.as_str()) {
            problems.push(Problem::error(
                area_path,
                msg!("problem-area-listed-twice", id = area.clone()),
            ));
        } else {
            *seen.area_use.entry(area).or_default() += 1;
        }
    }
}

/// A number as a person reads it: plain when it is of ordinary size, in scientific
/// notation when it is huge or tiny (`1e308` rather than 309 digits).
fn readable_number(value: f64) -> String {
    let size = value.abs();
    if size != 0.0 && !(1e-4..1e9).contains(&size) {
        format!("{value:e}")
    } else {
        format!("{value}")
    }
}
