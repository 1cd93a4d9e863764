//! `normcheck new`: an empty session file for a Member State.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::session::timestamp_now;
use clap::Args;

use crate::checklist::{builtin, load_checklist};
use crate::session::{DEFAULT_CLASSIFICATION, Meta, Session, save_session};

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

pub(super) fn run(args: &NewArgs) -> Result<ExitCode, String> {
    if args.member_state.trim().is_empty() {
        return Err("--member-state must not be empty".to_owned());
    }
    if args.output.exists() && !args.force {
        return Err(format!(
            "{}: the file already exists; choose another name or add --force to replace it",
            args.output.display()
        ));
    }
    let checklist = match &args.checklist {
        Some(path) => std::sync::Arc::new(load_checklist(path).map_err(|e| e.to_string())?),
        None => builtin()?,
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
    let session = Session::new(&checklist, meta);
    save_session(&args.output, &session).map_err(|e| e.to_string())?;
    println!(
        "Created {} for {} ({} items, checklist {} {})",
        args.output.display(),
        args.member_state.trim(),
        checklist.items().count(),
        checklist.id,
        checklist.version
    );
    Ok(ExitCode::SUCCESS)
}
