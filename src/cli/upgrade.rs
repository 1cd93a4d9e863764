//! `normcheck upgrade`: moves an assessment to a newer edition of its built-in checklist,
//! writing a new file (protected with the same passphrase as the input) and never touching
//! the input.

use super::language::tr;
use crate::t;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::output::{Failure, print_line};
use super::passphrase::CliPassphrase;
use super::words::Worded;
use crate::files::{
    OpenOptions, WriteOptions, open_assessment, refuse_input_as_output, save_session_as,
};
use crate::format::printable;
use crate::session::{Upgraded, upgrade_session};

/// Arguments of `normcheck upgrade`.
#[derive(Debug, Args)]
pub struct UpgradeArgs {
    /// The session file to read (never changed).
    input: PathBuf,
    /// Where to write the moved assessment.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    output: PathBuf,
    /// The checklist version to move to (default: the newest built into normcheck).
    #[arg(long = "to", value_name = "VERSION")]
    to: Option<String>,
    /// Replace OUT if it exists.
    #[arg(long)]
    force: bool,
}

/// Opens the input through the door, moves its answers and writes the result.
pub(super) fn run(
    args: &UpgradeArgs,
    passphrase_file: Option<&std::path::Path>,
) -> Result<ExitCode, Failure> {
    refuse_input_as_output(&args.output, &[&args.input]).map_err(|e| super::words::said(&e))?;
    if args.output.exists() && !args.force {
        return Err(Failure::Message(t!(
            tr(),
            "cli-file-exists",
            file = printable::path(&args.output)
        )));
    }
    let mut source = CliPassphrase::new(passphrase_file);
    let opened = open_assessment(
        &args.input,
        OpenOptions {
            checklist: None,
            passphrase: Some(&mut source),
            use_checklist_file: false,
        },
    )
    .map_err(|e| e.worded())?;
    let upgraded = upgrade_session(&opened.session, args.to.as_deref()).map_err(|e| {
        Failure::Message(format!(
            "{}: {}",
            printable::path(&args.input),
            super::words::said(&e)
        ))
    })?;
    save_session_as(
        &args.output,
        &upgraded.session,
        &upgraded.checklist,
        &opened.protection,
        WriteOptions {
            replace_read_only: args.force,
        },
    )
    .map_err(|e| Failure::Message(super::words::said(&e)))?;
    for line in summary(args, &opened.session.checklist.version, &upgraded) {
        print_line(&line)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// What the user needs to know about the move, one line each.
fn summary(args: &UpgradeArgs, from: &str, upgraded: &Upgraded) -> Vec<String> {
    let tr = tr();
    let mut lines = vec![t!(
        tr,
        "cli-upgrade-wrote",
        file = args.output.display().to_string(),
        from = from,
        to = upgraded.checklist.version.clone(),
        input = args.input.display().to_string()
    )];
    let carried = upgraded.carried;
    lines.push(format!(
        "  {}",
        t!(tr, "cli-upgrade-carried", count = carried)
    ));
    for (old, into, both) in &upgraded.merged {
        let (old, into) = (old.clone(), into.clone());
        lines.push(format!(
            "  {}",
            if *both {
                t!(tr, "cli-upgrade-merged-both", old = old, into = into)
            } else {
                t!(tr, "cli-upgrade-merged", old = old, into = into)
            }
        ));
    }
    for id in &upgraded.dropped {
        let why = upgraded
            .changes
            .removed
            .iter()
            .find(|(removed, _)| removed == id)
            .map(|(_, why)| why.as_str())
            .unwrap_or_default();
        let removed = t!(tr, "cli-upgrade-removed", id = id.clone(), why = why);
        lines.push(format!("  {}", removed.trim_end()));
    }
    if !upgraded.added.is_empty() {
        let ids = upgraded.added.join(", ");
        lines.push(format!("  {}", t!(tr, "cli-upgrade-added", ids = ids)));
    }
    lines
}
