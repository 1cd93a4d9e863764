//! The one start-up path shared by both programs, `normcheck` and `normcheck-cli`.

use std::process::ExitCode;

use clap::Parser;

use super::{Cli, run};

/// Parses the command line and runs a subcommand, or opens the desktop app when there is none.
/// `normcheck` (a GUI program on Windows, without a console) and `normcheck-cli` (a console
/// program for cmd.exe, PowerShell and scripts) both start here.
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
