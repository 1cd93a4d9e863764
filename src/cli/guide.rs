//! `normcheck guide -o FILE.pdf`: the user guide as a PDF for trainers to print and hand out.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::language::tr;
use super::output::{Failure, print_line};
use super::report::PaperArg;
use crate::files::{WriteOptions, write_atomic_with};
use crate::help::guide_pdf;
use crate::report::Paper;
use crate::t;

/// Arguments of `normcheck guide`.
#[derive(Debug, Args)]
pub struct GuideArgs {
    /// The PDF file to write.
    #[arg(short = 'o', long = "output", value_name = "FILE.pdf")]
    out: PathBuf,
    /// Paper size.
    #[arg(long, value_enum, default_value = "a4")]
    paper: PaperArg,
    /// The guide's language (default: the system's, else English).
    #[arg(long, value_name = "CODE", value_parser = super::language::parse_language)]
    pub(super) lang: Option<String>,
    /// Replace FILE.pdf even if it is a read-only file.
    #[arg(long)]
    force: bool,
}

pub(super) fn run(args: &GuideArgs) -> Result<ExitCode, Failure> {
    let paper = match args.paper {
        PaperArg::A4 => Paper::A4,
        PaperArg::Letter => Paper::Letter,
    };
    let rendered = guide_pdf(tr(), paper).map_err(|e| super::words::said(&e))?;
    let write = WriteOptions {
        replace_read_only: args.force,
    };
    write_atomic_with(&args.out, &rendered.bytes, write).map_err(|e| super::words::said(&e))?;
    let file = args.out.display().to_string();
    print_line(&t!(tr(), "cli-guide-written", file = file))?;
    Ok(ExitCode::SUCCESS)
}
