//! `normcheck protect` and `normcheck unprotect`: encrypt a session with a passphrase, or write
//! a protected one back as plain JSON. Both write atomically and never touch the input.

use super::language::tr;
use super::words::Worded;
use crate::t;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::output::{Failure, print_line};
use super::passphrase::CliPassphrase;
use crate::files::protect::PROTECTED_EXTENSION;
use crate::files::{
    OpenError, OpenOptions, Opened, PassphraseSource, Protection, WriteOptions, open_assessment,
    refuse_input_as_output, save_session_as,
};
use crate::format::printable;

/// Arguments of `normcheck protect` and `normcheck unprotect`.
#[derive(Debug, Args)]
pub struct ProtectArgs {
    /// The session file to read (never changed).
    input: PathBuf,
    /// Where to write the result.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    output: PathBuf,
    /// Replace OUT if it exists.
    #[arg(long)]
    force: bool,
    /// The checklist file to read the session with (needed only for sessions made with a
    /// checklist that is neither built in nor saved in the session).
    #[arg(long, value_name = "FILE")]
    checklist: Option<PathBuf>,
}

/// `protect`: a plain session in, the same session encrypted with a new passphrase out.
pub(super) fn protect(
    args: &ProtectArgs,
    passphrase_file: Option<&std::path::Path>,
) -> Result<ExitCode, Failure> {
    check_paths(args)?;
    let opened = match open(args, None) {
        Err(OpenError::PassphraseNeeded { path }) => {
            return Err(Failure::Message(t!(
                tr(),
                "cli-already-protected",
                file = printable::path(&path)
            )));
        }
        other => other.map_err(|e| e.worded())?,
    };
    let passphrase = CliPassphrase::new(passphrase_file).new_passphrase(&args.output)?;
    write(args, &opened, &Protection::with_passphrase(passphrase))?;
    let file = args.output.display().to_string();
    print_line(
        &if args.output.to_string_lossy().ends_with(PROTECTED_EXTENSION) {
            t!(tr(), "cli-protected", file = file)
        } else {
            t!(
                tr(),
                "cli-protected-name-hint",
                file = file,
                extension = PROTECTED_EXTENSION
            )
        },
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `unprotect`: a protected session in, plain JSON out.
pub(super) fn unprotect(
    args: &ProtectArgs,
    passphrase_file: Option<&std::path::Path>,
) -> Result<ExitCode, Failure> {
    check_paths(args)?;
    let mut source = CliPassphrase::new(passphrase_file);
    let opened = open(args, Some(&mut source)).map_err(|e| e.worded())?;
    if !opened.protection.is_protected() {
        return Err(Failure::Message(t!(
            tr(),
            "cli-not-protected",
            file = printable::path(&args.input)
        )));
    }
    write(args, &opened, &Protection::Plain)?;
    print_line(&t!(
        tr(),
        "cli-unprotected",
        file = args.output.display().to_string()
    ))?;
    Ok(ExitCode::SUCCESS)
}

fn check_paths(args: &ProtectArgs) -> Result<(), Failure> {
    refuse_input_as_output(&args.output, &[&args.input]).map_err(|e| super::words::said(&e))?;
    if args.output.exists() && !args.force {
        return Err(Failure::Message(t!(
            tr(),
            "cli-file-exists",
            file = printable::path(&args.output)
        )));
    }
    Ok(())
}

/// Opens the input through the door, checked against its checklist like any other command's.
fn open<'a>(
    args: &'a ProtectArgs,
    passphrase: Option<&'a mut dyn PassphraseSource>,
) -> Result<Opened, OpenError> {
    open_assessment(
        &args.input,
        OpenOptions {
            checklist: args.checklist.as_deref(),
            passphrase,
            use_checklist_file: false,
        },
    )
}

fn write(args: &ProtectArgs, opened: &Opened, protection: &Protection) -> Result<(), Failure> {
    let options = WriteOptions {
        replace_read_only: args.force,
    };
    save_session_as(
        &args.output,
        &opened.session,
        &opened.checklist,
        protection,
        options,
    )
    .map_err(|e| Failure::Message(super::words::said(&e)))
}
