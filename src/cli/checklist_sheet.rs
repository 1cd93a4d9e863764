//! `normcheck checklist export|template|import`: checklists to and from spreadsheets.

use super::words::Worded;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::language::tr;
use super::output::{Failure, print_line};
use crate::files::load_checklist;
use crate::files::{WriteOptions, read_workbook, refuse_input_as_output, write_atomic_with};
use crate::format::printable;
use crate::sheets::checklist::{checklist_template, export_checklist, read_checklist};
use crate::t;

/// `normcheck checklist …`.
#[derive(Debug, Subcommand)]
pub enum ChecklistCommand {
    /// Write a checklist file as a spreadsheet (.xlsx).
    Export {
        /// The checklist file (JSON).
        checklist: PathBuf,
        #[command(flatten)]
        out: Output,
        /// The language of the instructions on its first sheet (default: the system's).
        #[arg(long, value_name = "CODE", value_parser = super::language::parse_language)]
        lang: Option<String>,
    },
    /// Write an empty checklist spreadsheet with instructions on its first sheet.
    Template {
        #[command(flatten)]
        out: Output,
        /// The language of the instructions on its first sheet (default: the system's).
        #[arg(long, value_name = "CODE", value_parser = super::language::parse_language)]
        lang: Option<String>,
    },
    /// Read a checklist spreadsheet, check it like a checklist file, and write it as JSON.
    Import {
        /// The spreadsheet (.xlsx).
        file: PathBuf,
        #[command(flatten)]
        out: Output,
    },
}

/// Where a `checklist` subcommand writes.
#[derive(Debug, Args)]
pub struct Output {
    /// The file to write.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    out: PathBuf,
    /// Replace OUT even if it is a read-only file.
    #[arg(long)]
    force: bool,
}

impl ChecklistCommand {
    /// The language chosen with `--lang`, if any.
    pub(super) fn language(&self) -> Option<&str> {
        match self {
            ChecklistCommand::Export { lang, .. } | ChecklistCommand::Template { lang, .. } => {
                lang.as_deref()
            }
            ChecklistCommand::Import { .. } => None,
        }
    }
}

impl Output {
    fn write(&self, bytes: &[u8]) -> Result<(), Failure> {
        let options = WriteOptions {
            replace_read_only: self.force,
        };
        write_atomic_with(&self.out, bytes, options)
            .map_err(|e| Failure::Message(super::words::said(&e)))
    }
}

/// Runs a `checklist` subcommand.
pub(super) fn run(command: &ChecklistCommand) -> Result<ExitCode, Failure> {
    match command {
        ChecklistCommand::Export { checklist, out, .. } => {
            refuse_input_as_output(&out.out, &[checklist]).map_err(|e| super::words::said(&e))?;
            let loaded = load_checklist(checklist).map_err(|e| e.worded())?;
            let bytes = export_checklist(&loaded, tr()).map_err(|e| {
                format!("{}: {}", printable::path(&out.out), super::words::said(&e))
            })?;
            out.write(&bytes)?;
        }
        ChecklistCommand::Template { out, .. } => {
            let bytes = checklist_template(tr()).map_err(|e| {
                format!("{}: {}", printable::path(&out.out), super::words::said(&e))
            })?;
            out.write(&bytes)?;
        }
        ChecklistCommand::Import { file, out } => {
            refuse_input_as_output(&out.out, &[file]).map_err(|e| super::words::said(&e))?;
            let name = printable::path(file);
            let bytes = read_workbook(file).map_err(|e| super::words::said(&e))?;
            let import = read_checklist(&bytes).map_err(|e| format!("{name}: {}", e.worded()))?;
            for warning in &import.warnings {
                super::warn(&format!(
                    "{name}: {}: {warning}",
                    t!(tr(), "cli-warning-label")
                ));
            }
            let Some(checklist) = import.checklist else {
                for problem in &import.problems {
                    super::warn(&format!("normcheck: {name}: {problem}"));
                }
                let count = import.problems.len();
                return Err(Failure::Message(t!(
                    tr(),
                    "cli-nothing-written-problems",
                    file = name,
                    count = count
                )));
            };
            let mut json = serde_json::to_vec_pretty(&checklist).map_err(|e| e.to_string())?;
            json.push(b'\n');
            out.write(&json)?;
            print_line(&t!(
                tr(),
                "cli-checklist-written",
                file = printable::path(&out.out),
                norms = checklist.norms.len(),
                items = checklist.items().count()
            ))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
