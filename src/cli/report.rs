//! `normcheck report`: write a session's report as PDF or Markdown.

use super::words::Worded;
use crate::t;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, ValueEnum};

use super::output::Failure;
use crate::checklist::Checklist;
use crate::files::open_with_known_checklists;
use crate::files::{WriteOptions, refuse_input_as_output, write_atomic_with};
use crate::report::{Earlier, Format, Paper, ReportOptions, render_with_warnings};

/// Arguments of `normcheck report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The session file.
    pub session: std::path::PathBuf,
    /// Checklist to report against (default: the copy saved in the session, else the
    /// built-in one matching the session).
    #[arg(long, value_name = "FILE")]
    pub checklist: Option<std::path::PathBuf>,
    /// Read the session with --checklist even where the session carries a differing copy of
    /// the same checklist version (by default the copy saved in the session is used).
    #[arg(long, requires = "checklist")]
    pub use_checklist_file: bool,
    /// Paper size of a PDF report.
    #[arg(long, value_enum, default_value = "a4")]
    pub paper: PaperArg,
    /// Output format.
    #[arg(long, value_enum, default_value = "pdf")]
    pub format: FormatArg,
    /// The report file to write (replaced only once the new one is complete).
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub out: std::path::PathBuf,
    /// Replace OUT even if it is a read-only file.
    #[arg(long)]
    pub force: bool,
    /// An earlier assessment: the summary shows the progress since, and changed answers are
    /// marked.
    #[arg(long, value_name = "OLD")]
    pub compare: Option<std::path::PathBuf>,
    /// The language of the report (e.g. th, vi; default: the system's language, else English).
    #[arg(long, value_name = "CODE", value_parser = super::language::parse_language)]
    pub lang: Option<String>,
}

/// `--paper` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PaperArg {
    /// ISO A4.
    A4,
    /// US Letter.
    Letter,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// PDF.
    Pdf,
    /// Markdown.
    Md,
}

pub(super) fn run(args: &ReportArgs, passphrase_file: Option<&Path>) -> Result<ExitCode, Failure> {
    let mut inputs = vec![args.session.as_path()];
    inputs.extend(args.checklist.as_deref());
    inputs.extend(args.compare.as_deref());
    inputs.extend(passphrase_file);
    refuse_input_as_output(&args.out, &inputs).map_err(|e| super::words::said(&e))?;
    let (session, checklist, warnings) = super::load_scored_session(
        &args.session,
        args.checklist.as_deref(),
        args.use_checklist_file,
        passphrase_file,
    )?;
    super::print_warnings(&args.session, &warnings);
    let options = ReportOptions {
        paper: match args.paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        },
        format: match args.format {
            FormatArg::Pdf => Format::Pdf,
            FormatArg::Md => Format::Markdown,
        },
        generated: None,
        earlier: match &args.compare {
            Some(old) => Some(Arc::new(earlier(old, &checklist, args, passphrase_file)?)),
            None => None,
        },
        tr: super::language::words(args.lang.as_deref()),
    };
    let rendered = render_with_warnings(&checklist, &session, &options).map_err(|e| {
        format!(
            "{}: {}",
            Path::new(&args.session).display(),
            super::words::said(&e)
        )
    })?;
    let write = WriteOptions {
        replace_read_only: args.force,
    };
    // The write error names the output file.
    write_atomic_with(&args.out, &rendered.bytes, write).map_err(|e| super::words::said(&e))?;
    for warning in rendered.warnings {
        let label = t!(super::language::tr(), "cli-warning-label");
        super::warn(&format!("{label}: {}: {warning}", args.out.display()));
    }
    Ok(ExitCode::SUCCESS)
}

/// Opens the earlier assessment: with the report's checklist when it is the same one (a
/// checklist file given), otherwise with its own.
fn earlier(
    old: &Path,
    checklist: &Arc<Checklist>,
    args: &ReportArgs,
    passphrase_file: Option<&Path>,
) -> Result<Earlier, Failure> {
    let known: Vec<(std::path::PathBuf, Arc<Checklist>)> = args
        .checklist
        .iter()
        .map(|p| (p.clone(), checklist.clone()))
        .collect();
    let mut source = super::passphrase::CliPassphrase::new(passphrase_file);
    let opened = open_with_known_checklists(old, &known, Some(&mut source))
        .map_err(|e| Failure::Message(e.worded()))?;
    Ok(Earlier {
        checklist: opened.checklist,
        session: opened.session,
    })
}
