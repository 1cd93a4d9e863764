//! `normcheck report`: write a session's report as PDF or Markdown.

use std::path::Path;
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use crate::report::{Format, Paper, ReportOptions, write_report_with_warnings};

/// Arguments of `normcheck report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The session file.
    pub session: std::path::PathBuf,
    /// Checklist to report against (default: the built-in one matching the session).
    #[arg(long, value_name = "FILE")]
    pub checklist: Option<std::path::PathBuf>,
    /// Paper size of a PDF report.
    #[arg(long, value_enum, default_value = "a4")]
    pub paper: PaperArg,
    /// Output format.
    #[arg(long, value_enum, default_value = "pdf")]
    pub format: FormatArg,
    /// The report file to write (replaced only once the new one is complete).
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub out: std::path::PathBuf,
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

pub(super) fn run(args: &ReportArgs) -> Result<ExitCode, String> {
    let (session, checklist, warnings) =
        super::load_scored_session(&args.session, args.checklist.as_deref())?;
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
    };
    let warnings = write_report_with_warnings(&checklist, &session, &args.out, &options).map_err(
        |e| match e {
            // The write error already names the output file.
            e @ crate::report::ReportError::Write { .. } => e.to_string(),
            e => format!("{}: {e}", Path::new(&args.session).display()),
        },
    )?;
    for w in warnings {
        eprintln!("warning: {}: {w}", args.out.display());
    }
    Ok(ExitCode::SUCCESS)
}
