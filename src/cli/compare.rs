//! `normcheck compare` and `normcheck trend`: what changed between two assessments, and how
//! scores moved over several.

use super::words::Worded;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, ValueEnum};

use super::output::{Failure, print};
use super::passphrase::CliPassphrase;
use crate::checklist::Checklist;
use crate::files::load_checklist;
use crate::files::open_with_known_checklists_using;
use crate::files::{refuse_input_as_output, write_atomic};
use crate::format::printable;
use crate::report::trend::TrendDocument;
use crate::report::{Earlier, Paper, ReportOptions, period_pair};
use crate::scoring::compare::{Change, Comparison, TrendPoint, compare, trend};
use crate::session::Session;
use crate::session::fields::describe;

/// Output formats of `compare` and `trend`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// A readable table.
    Text,
    /// JSON for scripts.
    Json,
    /// Markdown.
    Md,
    /// PDF (needs `-o`): for `compare`, the later assessment's report with the progress since
    /// the earlier one; for `trend`, a slope chart and a table.
    Pdf,
}

/// Arguments of `normcheck compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The earlier assessment.
    old: PathBuf,
    /// The later assessment.
    new: PathBuf,
    /// A checklist file, used for each session made with that checklist (unless the session
    /// carries a differing copy of the same version).
    #[arg(long, value_name = "FILE")]
    checklist: Option<PathBuf>,
    /// Read the sessions with --checklist even where they carry a differing copy of the same
    /// checklist version (by default the copy saved in each session is used).
    #[arg(long, requires = "checklist")]
    use_checklist_file: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: CompareFormat,
    /// Write to this file instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    out: Option<PathBuf>,
}

/// Arguments of `normcheck trend`.
#[derive(Debug, Args)]
pub struct TrendArgs {
    /// The assessments, in any order (they are ordered by reporting period or date).
    #[arg(required = true, num_args = 2..)]
    sessions: Vec<PathBuf>,
    /// A checklist file, used for each session made with that checklist (unless the session
    /// carries a differing copy of the same version).
    #[arg(long, value_name = "FILE")]
    checklist: Option<PathBuf>,
    /// Read the sessions with --checklist even where they carry a differing copy of the same
    /// checklist version (by default the copy saved in each session is used).
    #[arg(long, requires = "checklist")]
    use_checklist_file: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "md")]
    format: CompareFormat,
    /// Write to this file instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    out: Option<PathBuf>,
}

/// Opens each session with the checklist file when its id matches, else its own checklist.
fn open_all(
    paths: &[&Path],
    checklist: Option<&Path>,
    use_checklist_file: bool,
    pass: Option<&Path>,
) -> Result<Vec<(Arc<Checklist>, Session)>, Failure> {
    let known = match checklist {
        Some(path) => vec![(
            path.to_path_buf(),
            Arc::new(load_checklist(path).map_err(|e| e.worded())?),
        )],
        None => Vec::new(),
    };
    let mut source = CliPassphrase::new(pass);
    paths
        .iter()
        .map(|path| {
            open_with_known_checklists_using(path, &known, Some(&mut source), use_checklist_file)
                .map(|opened| {
                    super::warn_differing(path, &opened);
                    (opened.checklist, opened.session)
                })
                .map_err(|e| Failure::Message(e.worded()))
        })
        .collect()
}

/// The output file a PDF needs, checked against the inputs.
fn pdf_output<'a>(out: Option<&'a Path>, inputs: &[&Path]) -> Result<&'a Path, Failure> {
    let out = out.ok_or_else(|| {
        Failure::Message("--format pdf needs an output file: add -o FILE.pdf".to_owned())
    })?;
    refuse_input_as_output(out, inputs).map_err(|e| e.to_string())?;
    Ok(out)
}

fn emit(out: Option<&Path>, inputs: &[&Path], text: &str) -> Result<(), Failure> {
    match out {
        Some(path) => {
            refuse_input_as_output(path, inputs).map_err(|e| e.to_string())?;
            write_atomic(path, text.as_bytes()).map_err(|e| Failure::Message(e.to_string()))
        }
        None => print(text),
    }
}

pub(super) fn run_compare(args: &CompareArgs, pass: Option<&Path>) -> Result<ExitCode, Failure> {
    let inputs = [args.old.as_path(), args.new.as_path()];
    let opened = open_all(
        &inputs,
        args.checklist.as_deref(),
        args.use_checklist_file,
        pass,
    )?;
    let [(old_checklist, old), (new_checklist, new)] = &opened[..] else {
        return Err(Failure::Message("two assessments are needed".to_owned()));
    };
    let comparison = compare(old_checklist, old, new_checklist, new);
    let text = match args.format {
        CompareFormat::Json => {
            let mut json = serde_json::to_string_pretty(&comparison).map_err(|e| e.to_string())?;
            json.push('\n');
            json
        }
        CompareFormat::Md => comparison_markdown(&comparison, old, new),
        CompareFormat::Text => comparison_text(&comparison, old, new),
        CompareFormat::Pdf => {
            let out = pdf_output(args.out.as_deref(), &inputs)?;
            let options = ReportOptions {
                earlier: Some(Arc::new(Earlier {
                    checklist: old_checklist.clone(),
                    session: old.clone(),
                })),
                ..ReportOptions::default()
            };
            let rendered = crate::report::render_with_warnings(new_checklist, new, &options)
                .map_err(|e| format!("{}: {e}", printable::path(&args.new)))?;
            write_atomic(out, &rendered.bytes).map_err(|e| Failure::Message(e.to_string()))?;
            for warning in rendered.warnings {
                super::warn(&format!("warning: {}: {warning}", out.display()));
            }
            return Ok(ExitCode::SUCCESS);
        }
    };
    emit(args.out.as_deref(), &inputs, &text)?;
    Ok(ExitCode::SUCCESS)
}

pub(super) fn run_trend(args: &TrendArgs, pass: Option<&Path>) -> Result<ExitCode, Failure> {
    let inputs: Vec<&Path> = args.sessions.iter().map(PathBuf::as_path).collect();
    let opened = open_all(
        &inputs,
        args.checklist.as_deref(),
        args.use_checklist_file,
        pass,
    )?;
    let pairs: Vec<(&Checklist, &Session)> = opened.iter().map(|(c, s)| (c.as_ref(), s)).collect();
    let points = trend(&pairs);
    let norms: Vec<(String, String)> = opened
        .last()
        .map(|(c, _)| {
            c.norms
                .iter()
                .map(|n| (n.id.clone(), n.title.clone()))
                .collect()
        })
        .unwrap_or_default();
    let text = match args.format {
        CompareFormat::Json => {
            let mut json = serde_json::to_string_pretty(&points).map_err(|e| e.to_string())?;
            json.push('\n');
            json
        }
        CompareFormat::Md | CompareFormat::Text => trend_markdown(&points, &norms),
        CompareFormat::Pdf => {
            let out = pdf_output(args.out.as_deref(), &inputs)?;
            let document = TrendDocument::of_assessments(&pairs)
                .ok_or_else(|| Failure::Message("no assessments".to_owned()))?;
            let bytes = document
                .to_pdf(Paper::A4)
                .map_err(|e| Failure::Message(e.to_string()))?;
            write_atomic(out, &bytes).map_err(|e| Failure::Message(e.to_string()))?;
            return Ok(ExitCode::SUCCESS);
        }
    };
    emit(args.out.as_deref(), &inputs, &text)?;
    Ok(ExitCode::SUCCESS)
}

fn score(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{v:.0}"))
}

fn signed(value: Option<f64>) -> String {
    match value {
        None => "–".to_owned(),
        Some(d) => {
            let rounded = d.round() as i64;
            if rounded > 0 {
                format!("+{rounded}")
            } else {
                format!("{rounded}")
            }
        }
    }
}

fn change_word(change: Change) -> &'static str {
    match change {
        Change::Improved => "improved",
        Change::Regressed => "regressed",
        Change::Changed => "changed",
        Change::Added => "added",
        Change::Removed => "removed",
    }
}

fn comparison_text(c: &Comparison, old: &Session, new: &Session) -> String {
    let mut out = String::new();
    let (old_label, new_label) = period_pair(&crate::i18n::Tr::english(), old, new);
    let _ = writeln!(out, "Progress from {old_label} to {new_label}");
    let _ = writeln!(
        out,
        "\n{:<50} {:>5} {:>5} {:>6}",
        "Norm", "Old", "New", "Delta"
    );
    let _ = writeln!(
        out,
        "{:<50} {:>5} {:>5} {:>6}",
        "Overall",
        score(c.overall.old),
        score(c.overall.new),
        signed(c.overall.delta)
    );
    for n in &c.norms {
        let name: String = format!("({}) {}", n.id, n.title).chars().take(50).collect();
        let _ = writeln!(
            out,
            "{name:<50} {:>5} {:>5} {:>6}",
            score(n.delta.old),
            score(n.delta.new),
            signed(n.delta.delta)
        );
    }
    let _ = writeln!(out, "\n{} item(s) changed:", c.items.len());
    for i in &c.items {
        let _ = writeln!(
            out,
            "  {:<8} {:<10} {} → {}",
            i.id,
            change_word(i.change),
            describe(&i.old),
            describe(&i.new)
        );
    }
    printable::printable_lines(&out).into_owned()
}

/// The comparison as Markdown: the deltas per norm and area, then the changed items.
pub fn comparison_markdown(c: &Comparison, old: &Session, new: &Session) -> String {
    let mut out = String::new();
    let (old_label, new_label) = period_pair(&crate::i18n::Tr::english(), old, new);
    let _ = writeln!(out, "## Progress since {old_label}\n");
    let _ = writeln!(
        out,
        "Overall score {} → {} ({}), comparing {} with {}.\n",
        score(c.overall.old),
        score(c.overall.new),
        signed(c.overall.delta),
        old_label,
        new_label
    );
    for (heading, groups) in [("Norm", &c.norms), ("Focus area", &c.focus_areas)] {
        let _ = writeln!(
            out,
            "| {heading} | Before | Now | Change |\n|---|---:|---:|---:|"
        );
        for g in groups {
            let _ = writeln!(
                out,
                "| ({}) {} | {} | {} | {} |",
                g.id,
                g.title.replace('|', "\\|"),
                score(g.delta.old),
                score(g.delta.new),
                signed(g.delta.delta)
            );
        }
        out.push('\n');
    }
    changed_items_markdown(&mut out, c);
    printable::printable_lines(&out).into_owned()
}

/// The changed answers, improved, regressed and otherwise changed, as Markdown lists.
fn changed_items_markdown(out: &mut String, c: &Comparison) {
    for (title, kinds) in [
        ("Improved", &[Change::Improved][..]),
        ("Regressed", &[Change::Regressed][..]),
        (
            "Changed, added or removed",
            &[Change::Changed, Change::Added, Change::Removed][..],
        ),
    ] {
        let items: Vec<_> = c
            .items
            .iter()
            .filter(|i| kinds.contains(&i.change))
            .collect();
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {title}\n");
        for i in items {
            let _ = writeln!(
                out,
                "- {} ({}): {} → {}",
                i.id,
                change_word(i.change),
                describe(&i.old),
                describe(&i.new)
            );
        }
        out.push('\n');
    }
}

/// The trend as Markdown: one row per norm, one column per assessment.
pub fn trend_markdown(points: &[TrendPoint], norms: &[(String, String)]) -> String {
    let mut out = String::from("## Scores over time\n\n| | ");
    let labels: Vec<String> = points.iter().map(|p| p.label.replace('|', "\\|")).collect();
    let _ = writeln!(out, "{} |", labels.join(" | "));
    let _ = writeln!(out, "|---|{}", "---:|".repeat(points.len()));
    let overall: Vec<String> = points.iter().map(|p| score(p.overall)).collect();
    let _ = writeln!(out, "| Overall | {} |", overall.join(" | "));
    for (id, title) in norms {
        let cells: Vec<String> = points
            .iter()
            .map(|p| score(p.norms.iter().find(|(n, _)| n == id).and_then(|(_, s)| *s)))
            .collect();
        let _ = writeln!(
            out,
            "| ({id}) {} | {} |",
            title.replace('|', "\\|"),
            cells.join(" | ")
        );
    }
    printable::printable_lines(&out).into_owned()
}
