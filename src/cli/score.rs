//! `normcheck score`: the scores of a session as a table or JSON.

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

/// The readable table printed by `normcheck score`.
fn table(checklist: &Checklist, session: &Session, scores: &Scores) -> String {
    let mut out = String::new();
    let state = session
        .meta
        .member_state
        .as_deref()
        .unwrap_or("(no Member State)");
    let _ = writeln!(out, "{state} — {} {}", checklist.title, checklist.version);
    let _ = writeln!(
        out,
        "\n{:<44} {:>6}  {:<14} {:>10}",
        "Norm", "Score", "Band", "Completion"
    );
    for (norm, s) in checklist.norms.iter().zip(&scores.norms) {
        let name = fit(&format!("({}) {}", norm.id, norm.title), 44);
        let _ = writeln!(
            out,
            "{name:<44} {:>6}  {:<14} {:>10}",
            num(s.score),
            s.band.as_deref().unwrap_or("–"),
            pct(s.completion)
        );
    }
    let o = &scores.overall;
    let _ = writeln!(
        out,
        "{:<44} {:>6}  {:<14} {:>10}",
        "Overall (mean of norms)",
        num(o.score),
        o.band.as_deref().unwrap_or("–"),
        pct(o.completion)
    );
    let _ = writeln!(
        out,
        "\n{:<44} {:>6}  {:<14} {:>10}",
        "Focus area", "Score", "", "Completion"
    );
    for (area, s) in checklist.focus_areas.iter().zip(&scores.focus_areas) {
        let _ = writeln!(
            out,
            "{:<44} {:>6}  {:<14} {:>10}",
            fit(&area.title, 44),
            num(s.score),
            "",
            pct(s.completion)
        );
    }
    let answered = o.counts.answered;
    let _ = writeln!(
        out,
        "\n{answered} of {} items answered ({} not applicable).",
        o.counts.items, o.counts.not_applicable
    );
    out
}
