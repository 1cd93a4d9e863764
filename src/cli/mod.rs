//! The command line: `normcheck [FILE]` opens the GUI; subcommands do the same work headless.

mod entry;
mod new;
mod report;
mod score;
mod validate;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

pub use entry::start;

use crate::checklist::{Checklist, builtin_by_id, load_checklist};
use crate::problem::Problem;
use crate::session::{Session, check_session, load_session};

/// Self-assess the implementation of the 11 UN norms of responsible State behaviour in
/// cyberspace and the ASEAN Regional Action Plan, offline.
#[derive(Debug, Parser)]
#[command(name = "normcheck", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// What to do headless; without one, the desktop app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A session file to open in the desktop app.
    pub file: Option<PathBuf>,
}

/// The headless subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check checklist and session files and report every problem found.
    Validate {
        /// Checklist or session files (told apart by their "format" field).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Checklist to check sessions against (default: the built-in one matching their id).
        #[arg(long, value_name = "FILE")]
        checklist: Option<PathBuf>,
    },
    /// Print the scores of a session.
    Score {
        /// The session file.
        session: PathBuf,
        /// Checklist to score against (default: the built-in one matching the session).
        #[arg(long, value_name = "FILE")]
        checklist: Option<PathBuf>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Create an empty session file.
    New(new::NewArgs),
    /// Write a session's report as PDF or Markdown.
    Report(report::ReportArgs),
}

/// Runs a headless subcommand: 0 on success, 1 when a file is invalid or cannot be used.
pub fn run(command: Command) -> ExitCode {
    let result = match command {
        Command::Validate { files, checklist } => validate::run(&files, checklist.as_deref()),
        Command::Score {
            session,
            checklist,
            json,
        } => score::run(&session, checklist.as_deref(), json),
        Command::New(args) => new::run(&args),
        Command::Report(args) => report::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("normcheck: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The checklist for a session: the file given, else the built-in one with the session's id.
/// Returns the checklist and the session's problems against it; errors make it unusable.
pub fn resolve_checklist(
    session: &Session,
    explicit: Option<&Path>,
) -> Result<Arc<Checklist>, String> {
    match explicit {
        Some(path) => load_checklist(path).map(Arc::new).map_err(|e| e.to_string()),
        None => builtin_by_id(&session.checklist.id).ok_or_else(|| {
            format!(
                "the session uses checklist {:?}, which is not built in; give its file with --checklist FILE",
                session.checklist.id
            )
        }),
    }
}

/// Loads a session and its checklist, refusing sessions with errors against it.
/// Warnings are returned for the caller to show.
pub fn load_scored_session(
    path: &Path,
    checklist: Option<&Path>,
) -> Result<(Session, Arc<Checklist>, Vec<Problem>), String> {
    let session = load_session(path).map_err(|e| e.to_string())?;
    let checklist =
        resolve_checklist(&session, checklist).map_err(|e| format!("{}: {e}", path.display()))?;
    let problems = check_session(&session, &checklist);
    if let Some(first) = problems.iter().find(|p| p.is_error()) {
        let more = problems.iter().filter(|p| p.is_error()).count() - 1;
        let suffix = if more > 0 {
            format!(" (and {more} more; run normcheck validate)")
        } else {
            String::new()
        };
        return Err(format!("{}: {first}{suffix}", path.display()));
    }
    Ok((session, checklist, problems))
}

/// Prints warnings, one line each, prefixed with the file name.
fn print_warnings(path: &Path, problems: &[Problem]) {
    for p in problems.iter().filter(|p| !p.is_error()) {
        eprintln!("{}: {p}", path.display());
    }
}
