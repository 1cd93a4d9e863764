//! The `normcheck` binary: the desktop app without arguments, headless work with a subcommand.
#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;
use normcheck::cli::{Cli, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => run(command, cli.passphrase_file.as_deref()),
        None => match normcheck::ui::run(cli.file, cli.checklist) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                normcheck::cli::warn(&format!("normcheck: {message}"));
                ExitCode::FAILURE
            }
        },
    }
}
