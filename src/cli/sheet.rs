//! `normcheck sheet export` and `normcheck sheet import`: an assessment out to a spreadsheet
//! and the edited spreadsheet back into a session.

use super::language::tr;
use super::words::Worded;
use crate::t;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::output::{Failure, print, print_line};
use super::passphrase::CliPassphrase;
use crate::files::{OpenOptions, Opened, open_assessment, save_session_as};
use crate::files::{WriteOptions, read_workbook, refuse_input_as_output, write_atomic_with};
use crate::format::printable;
use crate::session::timestamp_now;
use crate::sheets::{ExportInfo, SheetImport, export_assessment, read_assessment};

/// `normcheck sheet …`.
#[derive(Debug, Subcommand)]
pub enum SheetCommand {
    /// Write a session as a spreadsheet (.xlsx) to fill in or review in Excel or LibreOffice.
    Export(ExportArgs),
    /// Read an edited spreadsheet back into a session: changed cells change fields, empty cells
    /// clear them; nothing is written if any cell is wrong, unless --partial.
    Import(ImportArgs),
}

/// How a session is opened for a sheet command.
#[derive(Debug, Args)]
pub struct SessionChecklist {
    /// Checklist to read the session with (default: the copy saved in the session, else the
    /// built-in one matching the session).
    #[arg(long, value_name = "FILE")]
    checklist: Option<PathBuf>,
    /// Read the session with --checklist even where it carries a differing copy of the same
    /// checklist version.
    #[arg(long, requires = "checklist")]
    use_checklist_file: bool,
    /// Replace OUT even if it is a read-only file.
    #[arg(long)]
    force: bool,
}

/// Arguments of `normcheck sheet export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The session file.
    session: PathBuf,
    /// The spreadsheet to write (.xlsx).
    #[arg(short = 'o', long = "output", value_name = "FILE.xlsx")]
    out: PathBuf,
    #[command(flatten)]
    common: SessionChecklist,
    /// The language of its headers, words and texts (default: the system's; import reads any).
    #[arg(long, value_name = "CODE", value_parser = super::language::parse_language)]
    pub(super) lang: Option<String>,
}

/// Arguments of `normcheck sheet import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The edited spreadsheet (.xlsx).
    file: PathBuf,
    /// The session the spreadsheet was exported from (never changed).
    #[arg(long, value_name = "SESSION")]
    into: PathBuf,
    /// The session to write, with the spreadsheet's changes.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    out: PathBuf,
    /// Print the changes and problems as JSON.
    #[arg(long)]
    json: bool,
    /// Write the changes from the cells that could be read even when others could not.
    #[arg(long)]
    partial: bool,
    #[command(flatten)]
    common: SessionChecklist,
}

/// Runs a `sheet` subcommand.
pub(super) fn run(command: &SheetCommand, pass: Option<&Path>) -> Result<ExitCode, Failure> {
    match command {
        SheetCommand::Export(args) => export(args, pass),
        SheetCommand::Import(args) => import(args, pass),
    }
}

fn open(path: &Path, common: &SessionChecklist, pass: Option<&Path>) -> Result<Opened, Failure> {
    let mut source = CliPassphrase::new(pass);
    let options = OpenOptions {
        checklist: common.checklist.as_deref(),
        passphrase: Some(&mut source),
        use_checklist_file: common.use_checklist_file,
    };
    let opened = open_assessment(path, options).map_err(|e| Failure::Message(e.worded()))?;
    super::print_warnings(path, &opened.warnings);
    Ok(opened)
}

fn inputs<'a>(first: &'a Path, more: &[&'a Path], common: &'a SessionChecklist) -> Vec<&'a Path> {
    let mut inputs = vec![first];
    inputs.extend_from_slice(more);
    inputs.extend(common.checklist.as_deref());
    inputs
}

fn export(args: &ExportArgs, pass: Option<&Path>) -> Result<ExitCode, Failure> {
    let mut all = inputs(&args.session, &[], &args.common);
    all.extend(pass);
    refuse_input_as_output(&args.out, &all).map_err(|e| super::words::said(&e))?;
    let opened = open(&args.session, &args.common, pass)?;
    let info = ExportInfo {
        exported: timestamp_now(),
        tr: super::language::words(args.lang.as_deref()),
    };
    let bytes = export_assessment(&opened.checklist, &opened.session, &info)
        .map_err(|e| format!("{}: {}", printable::path(&args.out), super::words::said(&e)))?;
    let write = WriteOptions {
        replace_read_only: args.common.force,
    };
    write_atomic_with(&args.out, &bytes, write).map_err(|e| super::words::said(&e))?;
    if opened.protection.is_protected() {
        let warning = t!(
            tr(),
            "cli-sheet-not-encrypted",
            file = printable::path(&args.out)
        );
        super::warn(&format!("{}: {warning}", t!(tr(), "cli-warning-label")));
    }
    Ok(ExitCode::SUCCESS)
}

fn import(args: &ImportArgs, pass: Option<&Path>) -> Result<ExitCode, Failure> {
    let mut all = inputs(&args.file, &[args.into.as_path()], &args.common);
    all.extend(pass);
    refuse_input_as_output(&args.out, &all).map_err(|e| super::words::said(&e))?;
    let file = printable::path(&args.file);
    let bytes = read_workbook(&args.file).map_err(|e| super::words::said(&e))?;
    let opened = open(&args.into, &args.common, pass)?;
    let import = read_assessment(&bytes, &opened.checklist, &opened.session)
        .map_err(|e| format!("{file}: {}", e.worded()))?;
    let write = import.problems.is_empty() || args.partial;
    if write {
        let mut session = opened.session;
        let now = timestamp_now();
        for edit in import.edits.iter().cloned() {
            session
                .apply(&opened.checklist, edit, now)
                .map_err(|e| format!("{file}: {}", super::words::said(&e)))?;
        }
        let options = WriteOptions {
            replace_read_only: args.common.force,
        };
        save_session_as(
            &args.out,
            &session,
            &opened.checklist,
            &opened.protection,
            options,
        )
        .map_err(|e| super::words::said(&e))?;
    }
    if args.json {
        report_json(&import, write)?;
    } else {
        report_text(&file, &import, write)?;
    }
    Ok(if write {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// `{"changed": [{"item": "a.1", "fields": ["level", "note"]}], "problems": [...], "written": true}`.
fn report_json(import: &SheetImport, written: bool) -> Result<(), Failure> {
    let json = serde_json::json!({
        "changed": import.changes,
        "problems": import.problems,
        "written": written,
    });
    let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
    print(&format!("{text}\n"))
}

fn report_text(file: &str, import: &SheetImport, written: bool) -> Result<(), Failure> {
    for problem in &import.problems {
        super::warn(&format!("normcheck: {file}: {problem}"));
    }
    for change in &import.changes {
        print_line(&format!("{}: {}", change.item, change.fields.join(", ")))?;
    }
    let items = import.changes.len();
    let summary = match (written, import.problems.len()) {
        (true, 0) => t!(tr(), "cli-sheet-changed", count = items),
        (true, n) => t!(tr(), "cli-sheet-changed-partial", count = items, cells = n),
        (false, n) => t!(tr(), "cli-sheet-nothing-written", cells = n),
    };
    if written {
        print_line(&summary)
    } else {
        super::warn(&format!("normcheck: {file}: {summary}"));
        Ok(())
    }
}
