//! The `normcheck` binary: the desktop app without arguments, headless work with a subcommand.
//! On Windows it is a GUI program, so double-clicking it opens no console window; scripts use
//! `normcheck-cli` (src/bin/normcheck-cli.rs), the same program built for the console.
#![forbid(unsafe_code)]
#![cfg_attr(windows, windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    normcheck::cli::start()
}
