//! `normcheck-cli`: a small console launcher for `normcheck` (the pattern of Visual Studio's
//! `devenv.com` beside `devenv.exe`). On Windows `normcheck.exe` is a GUI program, so cmd.exe
//! and PowerShell neither wait for it nor show its output; this console program starts the
//! `normcheck` beside it with the same arguments and standard streams, waits, and returns its
//! exit code. It holds none of normcheck's own code, so it stays a few hundred kilobytes.
//!
//! When its input is a console it also asks for passphrases in the program's place (the GUI
//! program has no console to ask on): see src/cli/relay.rs, the one file both programs share.
#![forbid(unsafe_code)]

// The protocol's file itself rather than the normcheck library: linking the library would pull
// its code (and size) into the launcher.
#[path = "../../cli/relay.rs"]
#[allow(dead_code)]
mod relay;
mod words;

use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};

fn main() {
    let program = match program_beside_me() {
        Ok(program) => program,
        Err(message) => fail(&message),
    };
    let relay_prompts = io::stdin().is_terminal();
    let mut command = Command::new(&program);
    command.args(std::env::args_os().skip(1));
    if relay_prompts {
        command
            .env(relay::RELAY_ENV, "1")
            .stdin(Stdio::piped())
            .stderr(Stdio::piped());
    }
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(error) => fail(&cannot_start(&program, &error)),
    };
    if relay_prompts {
        relay_prompts_of(&mut child);
    }
    match child.wait() {
        Ok(status) => std::process::exit(exit_code(status)),
        Err(error) => fail(&cannot_start(&program, &error)),
    }
}

/// The `normcheck` program in the launcher's own folder.
fn program_beside_me() -> Result<PathBuf, String> {
    let name = format!("normcheck{}", std::env::consts::EXE_SUFFIX);
    let me = std::env::current_exe().map_err(|e| cannot_start(std::path::Path::new(&name), &e))?;
    let program = me.with_file_name(name);
    if !program.is_file() {
        let shown = program.display().to_string();
        return Err(words::say("launcher-missing", &[("program", &shown)]));
    }
    Ok(program)
}

fn cannot_start(program: &std::path::Path, error: &io::Error) -> String {
    let shown = program.display().to_string();
    let reason = error.to_string();
    words::say(
        "launcher-cannot-start",
        &[("program", &shown), ("reason", &reason)],
    )
}

/// Copies the program's standard error to ours, answering its passphrase prompts from the console.
fn relay_prompts_of(child: &mut Child) {
    let (Some(errors), Some(mut answers)) = (child.stderr.take(), child.stdin.take()) else {
        return;
    };
    let mut errors = BufReader::new(errors);
    let mut line = Vec::new();
    loop {
        line.clear();
        match errors.by_ref().read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
        let text = String::from_utf8_lossy(&line);
        match relay::asked(text.trim_end_matches(['\n', '\r'])) {
            Some(prompt) => answer(&mut answers, prompt),
            None => {
                let mut stderr = io::stderr().lock();
                let _ = stderr.write_all(&line);
                let _ = stderr.flush();
            }
        }
    }
}

/// Asks the console for a passphrase without echo and hands it to the program; an unreadable
/// console gives an empty answer, which the program refuses with its own message.
fn answer(answers: &mut ChildStdin, prompt: &str) {
    let passphrase =
        zeroize::Zeroizing::new(rpassword::prompt_password(prompt).unwrap_or_default());
    let _ = writeln!(answers, "{}", passphrase.as_str());
    let _ = answers.flush();
}

/// The exit code to return: the program's own, or 128 + the signal that ended it (Unix shells).
fn exit_code(status: std::process::ExitStatus) -> i32 {
    #[cfg(unix)]
    if let Some(signal) = std::os::unix::process::ExitStatusExt::signal(&status) {
        return 128 + signal;
    }
    status.code().unwrap_or(1)
}

fn fail(message: &str) -> ! {
    eprintln!("normcheck-cli: {message}");
    std::process::exit(1)
}
