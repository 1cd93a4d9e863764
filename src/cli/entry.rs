//! The one start-up path of `normcheck` (also what `normcheck-cli`, its console launcher, runs).

use std::process::ExitCode;

use clap::Parser;

use super::{Cli, run};

/// Parses the command line and runs a subcommand, or opens the desktop app when there is none.
/// `normcheck` is a GUI program on Windows, without a console; `normcheck-cli`, the console
/// launcher for cmd.exe, PowerShell and scripts, runs it with its console's streams.
pub fn start() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => run(command, cli.passphrase_file.as_deref()),
        None => match crate::ui::run(cli.file, cli.checklist) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                super::warn(&format!("normcheck: {message}"));
                crate::ui::show_startup_error(&message);
                ExitCode::FAILURE
            }
        },
    }
}
