//! `normcheck new`: an empty session file for a Member State.

use super::language::tr;
use super::words::Worded;
use crate::t;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::session::timestamp_now;
use clap::Args;

use super::output::{Failure, print_line};

use crate::checklist::builtin;
use crate::files::load_checklist;
use crate::files::{Protection, WriteOptions, refuse_input_as_output, save_session_as};
use crate::session::{DEFAULT_CLASSIFICATION, Meta, Session};

/// Options of `normcheck new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// The State being assessed, e.g. "Viet Nam".
    #[arg(long, value_name = "NAME")]
    member_state: String,
    /// Checklist to assess against (default: the built-in reference checklist).
    #[arg(long, value_name = "FILE")]
    checklist: Option<PathBuf>,
    /// The organisation leading the assessment.
    #[arg(long)]
    organisation: Option<String>,
    /// Title of the assessment.
    #[arg(long)]
    title: Option<String>,
    /// Sensitivity marking, e.g. TLP:AMBER.
    #[arg(long, default_value = DEFAULT_CLASSIFICATION)]
    classification: String,
    /// Where to write the session.
    #[arg(short = 'o', long = "output", value_name = "SESSION")]
    output: PathBuf,
    /// Replace the output file if it exists.
    #[arg(long)]
    force: bool,
}

pub(super) fn run(args: &NewArgs) -> Result<ExitCode, Failure> {
    if args.member_state.trim().is_empty() {
        return Err(Failure::Message(t!(tr(), "cli-member-state-empty")));
    }
    if let Some(checklist) = &args.checklist {
        refuse_input_as_output(&args.output, &[checklist]).map_err(|e| super::words::said(&e))?;
    }
    if args.output.exists() && !args.force {
        return Err(Failure::Message(t!(
            tr(),
            "cli-file-exists",
            file = args.output.display().to_string()
        )));
    }
    let checklist = match &args.checklist {
        Some(path) => std::sync::Arc::new(load_checklist(path).map_err(|e| e.worded())?),
        None => builtin().map_err(Failure::Message)?,
    };
    let now = timestamp_now();
    let meta = Meta {
        member_state: Some(args.member_state.trim().to_owned()),
        organisation: args.organisation.clone(),
        title: args.title.clone(),
        classification: Some(args.classification.clone()),
        created: Some(now),
        updated: Some(now),
        ..Meta::default()
    };
    let mut session = Session::new(&checklist, meta);
    // A checklist that is not built in travels in the session, so it opens anywhere.
    session.carry_checklist(&checklist);
    let write = WriteOptions {
        replace_read_only: args.force,
    };
    save_session_as(
        &args.output,
        &session,
        &checklist,
        &Protection::Plain,
        write,
    )
    .map_err(|e| super::words::said(&e))?;
    print_line(&t!(
        tr(),
        "cli-created",
        file = args.output.display().to_string(),
        state = args.member_state.trim(),
        items = checklist.items().count(),
        id = checklist.id.clone(),
        version = checklist.version.clone()
    ))?;
    Ok(ExitCode::SUCCESS)
}
