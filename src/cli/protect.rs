//! `normcheck protect` and `normcheck unprotect`: encrypt a session with a passphrase, or write
//! a protected one back as plain JSON. Both write atomically and never touch the input.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::output::{Failure, print_line};
use super::passphrase::CliPassphrase;
use crate::fsutil::{MAX_FILE_BYTES, WriteOptions, read_limited, refuse_input_as_output};
use crate::printable;
use crate::problem::FileError;
use crate::protect::{PROTECTED_EXTENSION, Protection, is_protected};
use crate::session::{Session, decode_session, encode_session, parse_session};

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
}

/// `protect`: a plain session in, the same session encrypted with a new passphrase out.
pub(super) fn protect(
    args: &ProtectArgs,
    passphrase_file: Option<&std::path::Path>,
) -> Result<ExitCode, Failure> {
    check_paths(args)?;
    let bytes = read(&args.input)?;
    if is_protected(&bytes) {
        return Err(Failure::Message(format!(
            "{}: the session is already protected (use normcheck unprotect first, or change the passphrase in the app)",
            printable::path(&args.input)
        )));
    }
    let session = parse_session(&bytes).map_err(|e| FileError::new(&args.input, e).to_string())?;
    let passphrase = CliPassphrase::new(passphrase_file).new_passphrase(&args.output)?;
    write(args, &session, &Protection::with_passphrase(passphrase))?;
    let hint = if args.output.to_string_lossy().ends_with(PROTECTED_EXTENSION) {
        String::new()
    } else {
        format!(" (name protected files *.{PROTECTED_EXTENSION} to tell them apart)")
    };
    print_line(&format!(
        "Protected {} with a passphrase{hint}",
        args.output.display()
    ))?;
    Ok(ExitCode::SUCCESS)
}

/// `unprotect`: a protected session in, plain JSON out.
pub(super) fn unprotect(
    args: &ProtectArgs,
    passphrase_file: Option<&std::path::Path>,
) -> Result<ExitCode, Failure> {
    check_paths(args)?;
    let bytes = read(&args.input)?;
    if !is_protected(&bytes) {
        return Err(Failure::Message(format!(
            "{}: the session is not protected; nothing to do",
            printable::path(&args.input)
        )));
    }
    let mut source = CliPassphrase::new(passphrase_file);
    let decoded =
        decode_session(&bytes, &args.input, Some(&mut source)).map_err(|e| e.to_string())?;
    write(args, &decoded.session, &Protection::Plain)?;
    print_line(&format!(
        "Wrote {} as plain JSON: anyone who can read the file can read the assessment",
        args.output.display()
    ))?;
    Ok(ExitCode::SUCCESS)
}

fn check_paths(args: &ProtectArgs) -> Result<(), Failure> {
    refuse_input_as_output(&args.output, &[&args.input]).map_err(|e| e.to_string())?;
    if args.output.exists() && !args.force {
        return Err(Failure::Message(format!(
            "{}: the file already exists; choose another name or add --force to replace it",
            printable::path(&args.output)
        )));
    }
    Ok(())
}

fn read(path: &std::path::Path) -> Result<Vec<u8>, Failure> {
    read_limited(path, MAX_FILE_BYTES)
        .map_err(|e| Failure::Message(format!("{}: {e}", printable::path(path))))
}

fn write(args: &ProtectArgs, session: &Session, protection: &Protection) -> Result<(), Failure> {
    let bytes = encode_session(session, protection)
        .map_err(|e| format!("{}: {e}", printable::path(&args.output)))?;
    let options = WriteOptions {
        replace_read_only: args.force,
    };
    crate::fsutil::write_atomic_with(&args.output, &bytes, options).map_err(|e| e.to_string())?;
    Ok(())
}
