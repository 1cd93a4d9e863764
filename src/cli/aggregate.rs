//! `normcheck aggregate`: the regional view of several States' assessments as JSON, Markdown
//! or a PDF report, with figures from fewer than K States withheld.

use super::language::tr;
use super::words::Worded;
use crate::t;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, ValueEnum};

use super::output::{Failure, print};
use super::passphrase::CliPassphrase;
use super::report::PaperArg;
use crate::files::load_checklist;
use crate::files::open_with_known_checklists;
use crate::files::{WriteOptions, refuse_input_as_output, write_atomic_with};
use crate::format::printable;
use crate::regional::{DEFAULT_MIN_STATES, Input, Options, Regional, aggregate};
use crate::report::regional::{regional_generation_date, render_regional};
use crate::report::{Format, Paper, ReportOptions};

/// Arguments of `normcheck aggregate`.
#[derive(Debug, Args)]
pub struct AggregateArgs {
    /// The States' session files (one per State counts: the one changed last).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// The anonymity threshold K: figures from fewer than K States are withheld.
    #[arg(long, value_name = "K", default_value_t = DEFAULT_MIN_STATES)]
    min_states: usize,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    format: AggregateFormat,
    /// Write to this file instead of standard output (required for a PDF).
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    out: Option<PathBuf>,
    /// Name the States (only for a meeting where every State agreed); otherwise "State 1", …
    #[arg(long)]
    named: bool,
    /// A checklist file to read every session with (their checklist versions may then differ).
    #[arg(long, value_name = "FILE")]
    checklist: Option<PathBuf>,
    /// The report's sensitivity marking (default: the strictest among the files).
    #[arg(long, value_name = "LABEL")]
    marking: Option<String>,
    /// Paper size of a PDF.
    #[arg(long, value_enum, default_value = "a4")]
    paper: PaperArg,
    /// Replace OUT even if it is a read-only file.
    #[arg(long)]
    force: bool,
    /// The language of the Markdown or PDF report (default: the system's, else English).
    #[arg(long, value_name = "CODE", value_parser = super::language::parse_language)]
    pub(super) lang: Option<String>,
}

/// `--format` values of `aggregate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AggregateFormat {
    /// JSON for scripts.
    Json,
    /// Markdown.
    Md,
    /// The regional PDF report.
    Pdf,
}

pub(super) fn run(args: &AggregateArgs, pass: Option<&Path>) -> Result<ExitCode, Failure> {
    let mut inputs: Vec<&Path> = args.files.iter().map(PathBuf::as_path).collect();
    inputs.extend(args.checklist.as_deref());
    inputs.extend(pass);
    if let Some(out) = &args.out {
        refuse_input_as_output(out, &inputs).map_err(|e| super::words::said(&e))?;
    } else if args.format == AggregateFormat::Pdf {
        return Err(Failure::Message(t!(tr(), "cli-pdf-needs-output")));
    }
    let opened = open_all(&args.files, args.checklist.as_deref(), pass)?;
    let options = Options {
        min_states: args.min_states,
        named: args.named,
        checklist_given: args.checklist.is_some(),
    };
    let outcome = aggregate(&opened, options).map_err(|e| e.worded())?;
    for note in &outcome.notes {
        let note = super::words::said(note);
        super::warn(&format!("{}: {note}", t!(tr(), "cli-note-label")));
    }
    let regional = &outcome.regional;
    let bytes = match args.format {
        AggregateFormat::Json => {
            let mut json = serde_json::to_string_pretty(regional).map_err(|e| e.to_string())?;
            json.push('\n');
            json.into_bytes()
        }
        AggregateFormat::Md | AggregateFormat::Pdf => report(args, regional, &opened)?,
    };
    match &args.out {
        Some(out) => {
            let write = WriteOptions {
                replace_read_only: args.force,
            };
            write_atomic_with(out, &bytes, write).map_err(|e| super::words::said(&e))?;
        }
        None => print(&String::from_utf8_lossy(&bytes))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Opens every file through the one door (the checklist file for sessions with its id), and
/// prints their warnings.
fn open_all(
    files: &[PathBuf],
    checklist: Option<&Path>,
    pass: Option<&Path>,
) -> Result<Vec<Input>, Failure> {
    let known = match checklist {
        Some(path) => vec![(
            path.to_path_buf(),
            Arc::new(load_checklist(path).map_err(|e| e.worded())?),
        )],
        None => Vec::new(),
    };
    let mut source = CliPassphrase::new(pass);
    files
        .iter()
        .map(|path| {
            let opened = open_with_known_checklists(path, &known, Some(&mut source))
                .map_err(|e| Failure::Message(e.worded()))?;
            super::print_warnings(path, &opened.warnings);
            Ok(Input {
                source: printable::path(path),
                session: opened.session,
                checklist: opened.checklist,
            })
        })
        .collect()
}

/// The regional report, PDF or Markdown, with its warnings printed.
fn report(args: &AggregateArgs, regional: &Regional, opened: &[Input]) -> Result<Vec<u8>, Failure> {
    let checklist = opened
        .first()
        .map(|i| i.checklist.clone())
        .ok_or_else(|| t!(tr(), "cli-no-assessments"))?;
    let options = ReportOptions {
        paper: match args.paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        },
        format: if args.format == AggregateFormat::Pdf {
            Format::Pdf
        } else {
            Format::Markdown
        },
        generated: regional_generation_date(opened.iter().map(|i| &i.session)),
        earlier: None,
        tr: super::language::words(args.lang.as_deref()),
    };
    let rendered = render_regional(regional, &checklist, &options, args.marking.as_deref())
        .map_err(|e| super::words::said(&e))?;
    for warning in &rendered.warnings {
        super::warn(&format!("{}: {warning}", t!(tr(), "cli-warning-label")));
    }
    Ok(rendered.bytes)
}
