//! The `normcheck` binary: the desktop app without arguments, headless work with a subcommand.
#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;
use normcheck::cli::{Cli, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => run(command),
        None => {
            // The desktop app arrives with its own issue; until then, explain the commands.
            use clap::CommandFactory;
            let _ = Cli::command().print_help();
            ExitCode::SUCCESS
        }
    }
}
