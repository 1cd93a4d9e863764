//! `normcheck split` and `normcheck merge`: hand a session out to the responsible agencies and
//! bring their contributions back.

use super::language::tr;
use super::words::Worded;
use crate::t;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::output::{Failure, print, print_line};
use super::passphrase::CliPassphrase;
use crate::checklist::Checklist;
use crate::files::protect::{PROTECTED_EXTENSION, Protection};
use crate::files::{OpenOptions, Opened, open_assessment};
use crate::files::{WriteOptions, refuse_input_as_output, save_session_as};
use crate::format::printable;
use crate::session::fields::describe;
use crate::session::{Session, timestamp_now};
use crate::team::{MergeOutcome, merge, split_by_owner};

/// How `split` groups items.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SplitBy {
    /// By each item's responsible agency.
    Owner,
}

/// Arguments of `normcheck split`.
#[derive(Debug, Args)]
pub struct SplitArgs {
    /// The session to hand out (never changed).
    session: PathBuf,
    /// How to group the items.
    #[arg(long, value_enum, default_value = "owner")]
    by: SplitBy,
    /// The folder to write one contribution file per agency into.
    #[arg(short = 'd', long = "dir", value_name = "DIR")]
    dir: PathBuf,
    /// Checklist to read the session with.
    #[arg(long, value_name = "FILE")]
    checklist: Option<PathBuf>,
    /// Read the session with --checklist even where it carries a differing copy of the same
    /// checklist version (by default the copy saved in the session is used).
    #[arg(long, requires = "checklist")]
    use_checklist_file: bool,
    /// Replace contribution files that exist.
    #[arg(long)]
    force: bool,
}

/// Arguments of `normcheck merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The session the contributions were prepared from.
    base: PathBuf,
    /// The contributions to bring back.
    #[arg(required = true)]
    contributions: Vec<PathBuf>,
    /// Where to write the merged session (BASE itself is never changed).
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    out: PathBuf,
    /// Checklist to read the sessions with.
    #[arg(long, value_name = "FILE")]
    checklist: Option<PathBuf>,
    /// Read the sessions with --checklist even where they carry a differing copy of the same
    /// checklist version (by default the copy saved in each session is used).
    #[arg(long, requires = "checklist")]
    use_checklist_file: bool,
    /// Print the outcome as JSON.
    #[arg(long)]
    json: bool,
}

/// The exit status of a merge that left conflicts to settle.
const CONFLICTS_EXIT: u8 = 3;

fn open(
    path: &Path,
    checklist: Option<&Path>,
    use_checklist_file: bool,
    pass: Option<&Path>,
) -> Result<Opened, Failure> {
    let mut source = CliPassphrase::new(pass);
    let options = OpenOptions {
        checklist,
        passphrase: Some(&mut source),
        use_checklist_file,
    };
    let opened = open_assessment(path, options).map_err(|e| Failure::Message(e.worded()))?;
    super::warn_differing(path, &opened);
    Ok(opened)
}

fn write(
    path: &Path,
    session: &Session,
    checklist: &Checklist,
    protection: &Protection,
) -> Result<(), Failure> {
    save_session_as(
        path,
        session,
        checklist,
        protection,
        WriteOptions::default(),
    )
    .map_err(|e| Failure::Message(super::words::said(&e)))
}

pub(super) fn split(args: &SplitArgs, pass: Option<&Path>) -> Result<ExitCode, Failure> {
    let SplitBy::Owner = args.by;
    let opened = open(
        &args.session,
        args.checklist.as_deref(),
        args.use_checklist_file,
        pass,
    )?;
    if !args.dir.is_dir() {
        return Err(Failure::Message(t!(
            tr(),
            "cli-no-folder",
            folder = printable::path(&args.dir)
        )));
    }
    let parts = split_by_owner(&opened.checklist, &opened.session, timestamp_now());
    if parts.contributions.is_empty() {
        return Err(Failure::Message(t!(
            tr(),
            "cli-no-agencies",
            file = printable::path(&args.session)
        )));
    }
    let extension = if opened.protection.is_protected() {
        PROTECTED_EXTENSION
    } else {
        "json"
    };
    let planned: Vec<(PathBuf, &String, &Session)> = parts
        .contributions
        .iter()
        .map(|(agency, part)| {
            let name = format!("{}.{extension}", crate::team::file_slug(agency));
            (args.dir.join(name), agency, part)
        })
        .collect();
    for (path, _, _) in &planned {
        check_output(path, args)?;
    }
    for (path, agency, part) in &planned {
        write(path, part, &opened.checklist, &opened.protection)?;
        let items = part.contribution.as_ref().map_or(0, |c| c.items.len());
        print_line(&t!(
            tr(),
            "cli-split-part",
            agency = agency.as_str(),
            count = items,
            file = path.display().to_string()
        ))?;
    }
    if opened.protection.is_protected() {
        print_line(&t!(tr(), "cli-split-protected"))?;
    }
    if !parts.unassigned.is_empty() {
        let count = parts.unassigned.len();
        print_line(&t!(tr(), "cli-split-unassigned", count = count))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A contribution's file may be written: not the session itself, and not over a file unless
/// `--force`.
fn check_output(path: &Path, args: &SplitArgs) -> Result<(), Failure> {
    refuse_input_as_output(path, &[&args.session]).map_err(|e| super::words::said(&e))?;
    if path.exists() && !args.force {
        return Err(Failure::Message(t!(
            tr(),
            "cli-file-exists-force",
            file = printable::path(path)
        )));
    }
    Ok(())
}

pub(super) fn merge_cmd(args: &MergeArgs, pass: Option<&Path>) -> Result<ExitCode, Failure> {
    let mut inputs: Vec<&Path> = vec![&args.base];
    inputs.extend(args.contributions.iter().map(PathBuf::as_path));
    refuse_input_as_output(&args.out, &inputs).map_err(|e| super::words::said(&e))?;
    let base = open(
        &args.base,
        args.checklist.as_deref(),
        args.use_checklist_file,
        pass,
    )?;
    let mut contributions = Vec::new();
    for path in &args.contributions {
        let opened = open(
            path,
            args.checklist.as_deref(),
            args.use_checklist_file,
            pass,
        )?;
        contributions.push((path.display().to_string(), opened.session));
    }
    let outcome = merge(
        &base.checklist,
        &base.session,
        &contributions,
        timestamp_now(),
    )
    .map_err(|e| Failure::Message(e.worded()))?;
    write(
        &args.out,
        &outcome.session,
        &base.checklist,
        &base.protection,
    )?;
    if args.json {
        merge_json(&outcome, contributions.len(), &args.out)?;
    } else {
        merge_text(&outcome, contributions.len(), &args.out)?;
    }
    Ok(if outcome.conflicts.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(CONFLICTS_EXIT)
    })
}

/// What `merge --json` prints: the count taken, the conflicts, the file written.
fn merge_json(outcome: &MergeOutcome, contributions: usize, out: &Path) -> Result<(), Failure> {
    let conflicts: Vec<serde_json::Value> = outcome
        .conflicts
        .iter()
        .map(|c| {
            serde_json::json!({
                "item": c.item,
                "field": c.field,
                "base": c.base,
                "values": c.values,
            })
        })
        .collect();
    let report = serde_json::json!({
        "merged": outcome.taken,
        "contributions": contributions,
        "conflicts": conflicts,
        "written": out.display().to_string(),
    });
    let text = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
    print(&format!("{text}\n"))
}

/// What `merge` prints for people: the count taken, then each conflict on a line.
fn merge_text(outcome: &MergeOutcome, contributions: usize, out: &Path) -> Result<(), Failure> {
    print_line(&t!(
        tr(),
        "cli-merged",
        changes = outcome.taken,
        contributions = contributions,
        file = out.display().to_string()
    ))?;
    for c in &outcome.conflicts {
        let values: Vec<String> = c
            .values
            .iter()
            .map(|v| format!("{}: {}", v.from, describe(&v.value)))
            .collect();
        print_line(&t!(
            tr(),
            "cli-conflict",
            item = c.item.clone(),
            field = c.field.clone(),
            kept = describe(&c.base),
            values = values.join("; ")
        ))?;
    }
    if !outcome.conflicts.is_empty() {
        print_line(&t!(
            tr(),
            "cli-conflicts-to-settle",
            count = outcome.conflicts.len(),
            file = out.display().to_string()
        ))?;
    }
    Ok(())
}
