//! `normcheck compare` and `normcheck trend`: what changed between two assessments, and how
//! scores moved over several.

use super::words::Worded;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, ValueEnum};

use super::compare_text::{ComparisonWords, trend_markdown};
use super::output::{Failure, print};
use super::passphrase::CliPassphrase;
use crate::checklist::Checklist;
use crate::files::load_checklist;
use crate::files::open_with_known_checklists_using;
use crate::files::{refuse_input_as_output, write_atomic};
use crate::format::printable;
use crate::i18n::Tr;
use crate::report::trend::TrendDocument;
use crate::report::{Earlier, Paper, ReportOptions};
use crate::scoring::compare::{Comparison, compare, trend};
use crate::session::Session;
use crate::t;

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
    /// The language of the text, Markdown or PDF (default: the system's, else English).
    #[arg(long, value_name = "CODE", value_parser = super::language::parse_language)]
    pub(super) lang: Option<String>,
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
    /// The language of the text, Markdown or PDF (default: the system's, else English).
    #[arg(long, value_name = "CODE", value_parser = super::language::parse_language)]
    pub(super) lang: Option<String>,
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
    let out =
        out.ok_or_else(|| Failure::Message(t!(super::language::tr(), "cli-pdf-needs-output")))?;
    refuse_input_as_output(out, inputs).map_err(|e| super::words::said(&e))?;
    Ok(out)
}

fn emit(out: Option<&Path>, inputs: &[&Path], text: &str) -> Result<(), Failure> {
    match out {
        Some(path) => {
            refuse_input_as_output(path, inputs).map_err(|e| super::words::said(&e))?;
            write_atomic(path, text.as_bytes())
                .map_err(|e| Failure::Message(super::words::said(&e)))
        }
        None => print(text),
    }
}

pub(super) fn run_compare(args: &CompareArgs, pass: Option<&Path>) -> Result<ExitCode, Failure> {
    let tr = super::language::words(args.lang.as_deref());
    let inputs = [args.old.as_path(), args.new.as_path()];
    let opened = open_all(
        &inputs,
        args.checklist.as_deref(),
        args.use_checklist_file,
        pass,
    )?;
    let [(old_checklist, old), (new_checklist, new)] = &opened[..] else {
        return Err(Failure::Message(t!(tr, "cli-two-assessments")));
    };
    let comparison = compare(old_checklist, old, new_checklist, new);
    let text = match args.format {
        CompareFormat::Json => {
            let mut json = serde_json::to_string_pretty(&comparison).map_err(|e| e.to_string())?;
            json.push('\n');
            json
        }
        CompareFormat::Md | CompareFormat::Text => {
            let comparison = localized(comparison, new_checklist, &tr);
            let words = ComparisonWords::new(&tr, old, new);
            if args.format == CompareFormat::Md {
                words.markdown(&comparison)
            } else {
                words.text(&comparison)
            }
        }
        CompareFormat::Pdf => {
            let out = pdf_output(args.out.as_deref(), &inputs)?;
            let options = ReportOptions {
                earlier: Some(Arc::new(Earlier {
                    checklist: old_checklist.clone(),
                    session: old.clone(),
                })),
                tr,
                ..ReportOptions::default()
            };
            let rendered = crate::report::render_with_warnings(new_checklist, new, &options)
                .map_err(|e| {
                    format!("{}: {}", printable::path(&args.new), super::words::said(&e))
                })?;
            write_atomic(out, &rendered.bytes)
                .map_err(|e| Failure::Message(super::words::said(&e)))?;
            for warning in rendered.warnings {
                let label = t!(super::language::tr(), "cli-warning-label");
                super::warn(&format!("{label}: {}: {warning}", out.display()));
            }
            return Ok(ExitCode::SUCCESS);
        }
    };
    emit(args.out.as_deref(), &inputs, &text)?;
    Ok(ExitCode::SUCCESS)
}

pub(super) fn run_trend(args: &TrendArgs, pass: Option<&Path>) -> Result<ExitCode, Failure> {
    let tr = super::language::words(args.lang.as_deref());
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
            let local = c.localized(tr.code(), tr.checklist_texts(&c.id));
            local
                .checklist
                .norms
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
        CompareFormat::Md | CompareFormat::Text => trend_markdown(&tr, &points, &norms),
        CompareFormat::Pdf => {
            let out = pdf_output(args.out.as_deref(), &inputs)?;
            let document = TrendDocument::of_assessments(&pairs, &tr)
                .ok_or_else(|| Failure::Message(t!(tr, "cli-no-assessments")))?;
            let bytes = document
                .to_pdf(Paper::A4)
                .map_err(|e| Failure::Message(super::words::said(&e)))?;
            write_atomic(out, &bytes).map_err(|e| Failure::Message(super::words::said(&e)))?;
            return Ok(ExitCode::SUCCESS);
        }
    };
    emit(args.out.as_deref(), &inputs, &text)?;
    Ok(ExitCode::SUCCESS)
}

/// The comparison with the norms' and focus areas' titles in `tr`'s language.
fn localized(mut c: Comparison, checklist: &Checklist, tr: &Tr) -> Comparison {
    let local = checklist.localized(tr.code(), tr.checklist_texts(&checklist.id));
    for g in &mut c.norms {
        if let Some(n) = local.checklist.norms.iter().find(|n| n.id == g.id) {
            g.title = n.title.clone();
        }
    }
    for g in &mut c.focus_areas {
        if let Some(a) = local.checklist.focus_areas.iter().find(|a| a.id == g.id) {
            g.title = a.title.clone();
        }
    }
    c
}
