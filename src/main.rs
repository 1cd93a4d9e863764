//! The `normcheck` binary: the desktop app without arguments, headless work with a subcommand.
//! On Windows it is a GUI program, so double-clicking it opens no console window; scripts use
//! `normcheck-cli` (src/bin/normcheck-cli/), a small console launcher that runs this program.
#![forbid(unsafe_code)]
#![cfg_attr(windows, windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    normcheck::cli::start()
}
