//! `normcheck score`: the scores of a session as a table or JSON.

use crate::t;
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use super::output::{Failure, print, print_line};
use crate::checklist::Checklist;
use crate::scoring::{Scores, score, whole_percent};
use crate::session::Session;

pub(super) fn run(
    path: &Path,
    checklist: Option<&Path>,
    use_checklist_file: bool,
    json: bool,
    passphrase_file: Option<&Path>,
) -> Result<ExitCode, Failure> {
    let (session, checklist, warnings) =
        super::load_scored_session(path, checklist, use_checklist_file, passphrase_file)?;
    super::print_warnings(path, &warnings);
    let scores = score(&checklist, &session);
    if json {
        let text = serde_json::to_string_pretty(&scores).map_err(|e| e.to_string())?;
        print(&format!("{text}\n"))?;
    } else {
        for line in table(&checklist, &session, &scores).lines() {
            print_line(line)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A number to one decimal, or "–" when there is none.
fn num(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{v:.1}"))
}

fn pct(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{}%", whole_percent(v)))
}

/// Cuts `text` to `width` characters, marking the cut with "…".
fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// One row of the table: name, score, band, completion.
fn row(out: &mut String, cells: [&str; 4]) {
    let [name, score, band, completion] = cells;
    let name = fit(name, 44);
    let _ = writeln!(out, "{name:<44} {score:>6}  {band:<14} {completion:>10}");
}

/// A band's label in the localized checklist (scores name bands by their English label).
fn band_in(english: &Checklist, local: &Checklist, label: Option<&str>) -> String {
    let Some(label) = label else {
        return "–".to_owned();
    };
    let at = english.bands.iter().position(|b| b.label == label);
    at.and_then(|i| local.bands.get(i))
        .map_or_else(|| label.to_owned(), |b| b.label.clone())
}

/// The readable table printed by `normcheck score`, in the command's language.
fn table(checklist: &Checklist, session: &Session, scores: &Scores) -> String {
    let tr = super::language::tr();
    let english = checklist;
    let local = checklist.localized(tr.code(), tr.checklist_texts(&checklist.id));
    let checklist = &local.checklist;
    let band = |label: &Option<String>| band_in(english, checklist, label.as_deref());
    let mut out = String::new();
    let state = session
        .meta
        .member_state
        .as_deref()
        .map_or_else(|| t!(tr, "cli-score-no-state"), str::to_owned);
    let _ = writeln!(out, "{state} — {} {}\n", checklist.title, checklist.version);
    let (score, completion) = (t!(tr, "cli-score-score"), t!(tr, "cli-score-completion"));
    let norm = t!(tr, "cli-score-norm");
    row(
        &mut out,
        [&norm, &score, &t!(tr, "cli-score-band"), &completion],
    );
    for (norm, s) in checklist.norms.iter().zip(&scores.norms) {
        let name = format!("({}) {}", norm.id, norm.title);
        row(
            &mut out,
            [&name, &num(s.score), &band(&s.band), &pct(s.completion)],
        );
    }
    let o = &scores.overall;
    let overall = t!(tr, "cli-score-overall");
    row(
        &mut out,
        [&overall, &num(o.score), &band(&o.band), &pct(o.completion)],
    );
    out.push('\n');
    row(
        &mut out,
        [&t!(tr, "cli-score-area"), &score, "", &completion],
    );
    for (area, s) in checklist.focus_areas.iter().zip(&scores.focus_areas) {
        row(
            &mut out,
            [&area.title, &num(s.score), "", &pct(s.completion)],
        );
    }
    let answered = t!(
        tr,
        "cli-score-answered",
        answered = o.counts.answered,
        items = o.counts.items,
        na = o.counts.not_applicable
    );
    let _ = writeln!(out, "\n{answered}");
    out
}
