//! The command line: `normcheck [FILE]` opens the GUI; subcommands do the same work headless.

mod aggregate;
mod checklist_sheet;
mod compare;
mod compare_text;
mod entry;
mod example;
mod guide;
mod language;
mod new;
mod output;
mod passphrase;
mod protect;
pub mod relay;
mod report;
mod score;
mod sheet;
mod team;
mod translate;
mod upgrade;
mod validate;
mod words;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use words::Worded;

use clap::{Parser, Subcommand};

use crate::checklist::Checklist;
use crate::files::{OpenOptions, open_assessment};
use crate::format::problem::Problem;
use crate::session::Session;
pub use entry::start;

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
    /// The checklist file to open FILE with in the desktop app (needed only for sessions made
    /// with a checklist that is neither built in nor saved in the session).
    #[arg(long, value_name = "CHECKLIST", requires = "file")]
    pub checklist: Option<PathBuf>,
    /// Read the passphrase of protected sessions from the first line of this file (commands
    /// otherwise ask on the terminal; a passphrase is never taken as an argument).
    #[arg(long, global = true, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
}

/// The headless subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check checklist and session files and report every problem found.
    Validate {
        /// Checklist or session files (told apart by their "format" field).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Checklist to check sessions against (default: the copy saved in the session, else
        /// the built-in one matching their id).
        #[arg(long, value_name = "FILE")]
        checklist: Option<PathBuf>,
        /// Read the session with --checklist even where the session carries a differing copy
        /// of the same checklist version (by default the copy saved in the session is used).
        #[arg(long, requires = "checklist")]
        use_checklist_file: bool,
    },
    /// Print the scores of a session.
    Score {
        /// The session file.
        session: PathBuf,
        /// Checklist to score against (default: the copy saved in the session, else the
        /// built-in one matching the session).
        #[arg(long, value_name = "FILE")]
        checklist: Option<PathBuf>,
        /// Read the session with --checklist even where the session carries a differing copy
        /// of the same checklist version (by default the copy saved in the session is used).
        #[arg(long, requires = "checklist")]
        use_checklist_file: bool,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Create an empty session file.
    New(new::NewArgs),
    /// Write a session's report as PDF or Markdown.
    Report(report::ReportArgs),
    /// Write a copy of a session encrypted with a passphrase (age format).
    Protect(protect::ProtectArgs),
    /// Write a protected session back as plain JSON.
    Unprotect(protect::ProtectArgs),
    /// Move a session to a newer edition of its built-in checklist, as a new file.
    Upgrade(upgrade::UpgradeArgs),
    /// Write one contribution file per responsible agency, holding only its items.
    Split(team::SplitArgs),
    /// Bring contributions back into the session they were prepared from (exit 3: conflicts).
    Merge(team::MergeArgs),
    /// What changed between an earlier and a later assessment.
    Compare(compare::CompareArgs),
    /// Overall and per-norm scores over several assessments.
    Trend(compare::TrendArgs),
    /// The regional view of several States' assessments, without exposing any one State.
    Aggregate(aggregate::AggregateArgs),
    /// Assessments to and from spreadsheets (.xlsx).
    #[command(subcommand)]
    Sheet(sheet::SheetCommand),
    /// Checklists to and from spreadsheets (.xlsx).
    #[command(subcommand)]
    Checklist(checklist_sheet::ChecklistCommand),
    /// Write the user guide as a PDF to print and hand out.
    Guide(guide::GuideArgs),
    /// Write Exampleland's files, a fictional State's assessment to practise on.
    Example(example::ExampleArgs),
    /// Languages: a translator's workbook out and back in, and the languages there are.
    #[command(subcommand)]
    Translate(translate::TranslateCommand),
    /// Whether a graphics interface can make a device (run by the app itself; see
    /// ui::graphics_probe). Exit 0 with the adapter's name, else 1.
    #[command(hide = true, name = crate::ui::graphics_probe::PROBE_COMMAND)]
    ProbeGraphics {
        /// A WGPU_BACKEND word: dx12, vulkan or gl.
        backend: String,
    },
}

impl Command {
    /// The language a command was told to write in (`--lang`), if any.
    fn language(&self) -> Option<&str> {
        match self {
            Command::Report(args) => args.lang.as_deref(),
            Command::Compare(args) => args.lang.as_deref(),
            Command::Trend(args) => args.lang.as_deref(),
            Command::Aggregate(args) => args.lang.as_deref(),
            Command::Sheet(sheet::SheetCommand::Export(args)) => args.lang.as_deref(),
            Command::Checklist(command) => command.language(),
            Command::Guide(args) => args.lang.as_deref(),
            _ => None,
        }
    }
}

use output::Failure;
pub use output::warn;

/// Runs a headless subcommand: 0 on success, 1 when a file is invalid or cannot be used.
/// A closed standard output ends the command quietly with 0, like other command-line tools.
pub fn run(command: Command, passphrase_file: Option<&Path>) -> ExitCode {
    language::choose(command.language());
    let pass = passphrase_file;
    let result = match command {
        Command::Validate {
            files,
            checklist,
            use_checklist_file,
        } => validate::run(&files, checklist.as_deref(), use_checklist_file, pass),
        Command::Score {
            session,
            checklist,
            use_checklist_file,
            json,
        } => score::run(
            &session,
            checklist.as_deref(),
            use_checklist_file,
            json,
            pass,
        ),
        Command::New(args) => new::run(&args),
        Command::Report(args) => report::run(&args, pass),
        Command::Protect(args) => protect::protect(&args, pass),
        Command::Unprotect(args) => protect::unprotect(&args, pass),
        Command::Upgrade(args) => upgrade::run(&args, pass),
        Command::Split(args) => team::split(&args, pass),
        Command::Merge(args) => team::merge_cmd(&args, pass),
        Command::Compare(args) => compare::run_compare(&args, pass),
        Command::Trend(args) => compare::run_trend(&args, pass),
        Command::Aggregate(args) => aggregate::run(&args, pass),
        Command::Sheet(command) => sheet::run(&command, pass),
        Command::Checklist(command) => checklist_sheet::run(&command),
        Command::Translate(command) => translate::run(&command),
        Command::Example(args) => example::run(&args),
        Command::Guide(args) => guide::run(&args),
        Command::ProbeGraphics { backend } => crate::ui::graphics_probe::probe_here(&backend)
            .map(|adapter| {
                println!("{adapter}");
                ExitCode::SUCCESS
            })
            .map_err(Failure::Message),
    };
    match result {
        Ok(code) => code,
        Err(Failure::StdoutClosed) => ExitCode::SUCCESS,
        Err(Failure::Message(message)) => {
            warn(&format!("normcheck: {message}"));
            ExitCode::FAILURE
        }
    }
}

/// Opens a session through the one door (decrypting it with the CLI's passphrase source when
/// it is protected) and returns it with its checklist and the warnings to show.
/// `use_checklist_file`: `checklist` wins over a differing copy saved in the session.
pub fn load_scored_session(
    path: &Path,
    checklist: Option<&Path>,
    use_checklist_file: bool,
    passphrase_file: Option<&Path>,
) -> Result<(Session, Arc<Checklist>, Vec<Problem>), String> {
    let mut source = passphrase::CliPassphrase::new(passphrase_file);
    let opened = open_assessment(
        path,
        OpenOptions {
            checklist,
            passphrase: Some(&mut source),
            use_checklist_file,
        },
    )
    .map_err(|e| e.worded())?;
    Ok((opened.session, opened.checklist, opened.warnings))
}

/// Prints the warning that a checklist file given for `path` differs from the copy saved in
/// the session (for commands that print no other warnings).
fn warn_differing(path: &Path, opened: &crate::files::Opened) {
    let differing: Vec<Problem> = opened
        .warnings
        .iter()
        .filter(|p| p.path == crate::files::DIFFERING_CHECKLIST)
        .cloned()
        .collect();
    print_warnings(path, &differing);
}

/// Prints warnings, one line each, prefixed with the file name; the warning that a checklist
/// file differs from the session's copy says how to use the file instead.
fn print_warnings(path: &Path, problems: &[Problem]) {
    for p in problems.iter().filter(|p| !p.is_error()) {
        if p.path == crate::files::DIFFERING_CHECKLIST {
            let hint = words::hint(
                language::tr(),
                crate::format::remedy::Remedy::UseChecklistFile,
            );
            let p = words::said(p);
            warn(&format!("{}: {p} ({hint})", path.display()));
        } else {
            warn(&format!("{}: {}", path.display(), words::said(p)));
        }
    }
}
