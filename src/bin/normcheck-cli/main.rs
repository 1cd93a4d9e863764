//! The `normcheck-cli` binary: the same program as `normcheck`, built as a console program, so
//! that on Windows cmd.exe and PowerShell wait for it, show its output and get its exit code.
#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    normcheck::cli::start()
}
