//! `normcheck-cli`, the small console launcher for Windows scripts, behaves exactly like
//! `normcheck`: same output, exit codes and errors, and it asks for passphrases in the place of
//! the program it starts (which on Windows has no console of its own).

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::{arg, fixture, run_normcheck, text};
use normcheck::cli::relay::ASK_MARKER;

const PASSPHRASE: &str = "hội nghị ASEAN 2026";

fn run(program: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(program)
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn the_console_program_prints_the_same_scores_as_normcheck() {
    let session = fixture("small-session.json");
    let checklist = fixture("small-checklist.json");
    let args = [
        "score",
        "--json",
        arg(&session),
        "--checklist",
        arg(&checklist),
    ];
    let cli = run(env!("CARGO_BIN_EXE_normcheck-cli"), &args);
    let gui = run(env!("CARGO_BIN_EXE_normcheck"), &args);
    assert!(cli.status.success());
    assert!(!cli.stdout.is_empty());
    assert_eq!(cli.stdout, gui.stdout);
}

#[test]
fn the_console_program_returns_the_same_exit_codes_and_errors() {
    let bad = fixture("session-level-off-scale.json");
    let checklist = fixture("small-checklist.json");
    let invalid = ["validate", arg(&bad), "--checklist", arg(&checklist)];
    let cli = run(env!("CARGO_BIN_EXE_normcheck-cli"), &invalid);
    assert_eq!(cli.status.code(), Some(1));
    let usage = run(env!("CARGO_BIN_EXE_normcheck-cli"), &["score"]);
    assert_eq!(usage.status.code(), Some(2));
    assert!(!usage.stderr.is_empty(), "usage errors reach stderr");
}

/// A folder holding the small session protected with [`PASSPHRASE`].
fn protected_session() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let pass = dir.path().join("pass.txt");
    std::fs::write(&pass, format!("{PASSPHRASE}\n")).unwrap();
    let plain = dir.path().join("plain.json");
    normcheck::files::save_session(&plain, &common::small_session()).unwrap();
    let protected = dir.path().join("s.normcheck.age");
    let out = run_normcheck(
        &[
            "protect",
            arg(&plain),
            "-o",
            arg(&protected),
            "--passphrase-file",
            arg(&pass),
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    (dir, protected)
}

#[test]
fn the_launcher_asks_its_console_for_a_passphrase_and_the_program_opens_the_file() {
    let (_dir, protected) = protected_session();
    let checklist = fixture("small-checklist.json");
    // `script` gives the launcher a terminal (a pseudo-terminal), as cmd.exe gives it a console;
    // what is written to script's input is what the user types.
    let command = format!(
        "'{}' score --checklist '{}' '{}'",
        env!("CARGO_BIN_EXE_normcheck-cli"),
        arg(&checklist),
        arg(&protected)
    );
    let mut script = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs");
    let mut typed = script.stdin.take().unwrap();
    writeln!(typed, "{PASSPHRASE}").unwrap();
    let out = script.wait_with_output().unwrap();
    let screen = text(&out.stdout);
    assert!(out.status.success(), "{screen}{}", text(&out.stderr));
    assert!(
        screen.contains("Passphrase for"),
        "the prompt is shown: {screen}"
    );
    assert!(screen.contains("Viet Nam"), "the scores follow: {screen}");
    assert!(
        !screen.contains(ASK_MARKER),
        "the relay's own line is not shown: {screen}"
    );
}

#[test]
fn started_by_the_launcher_the_program_asks_it_for_the_passphrase_over_its_streams() {
    let (_dir, protected) = protected_session();
    let checklist = fixture("small-checklist.json");
    let mut program = Command::new(env!("CARGO_BIN_EXE_normcheck"))
        .args(["score", "--checklist", arg(&checklist), arg(&protected)])
        .env(normcheck::cli::relay::RELAY_ENV, "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(program.stdin.take().unwrap(), "{PASSPHRASE}").unwrap();
    let out = program.wait_with_output().unwrap();
    let errors = text(&out.stderr);
    assert!(out.status.success(), "{errors}");
    let asked = errors
        .lines()
        .find_map(|line| line.strip_prefix(ASK_MARKER));
    assert!(
        asked.is_some_and(|prompt| prompt.contains("s.normcheck.age")),
        "one line asks for the file's passphrase: {errors}"
    );
    assert!(text(&out.stdout).contains("Viet Nam"));
}

#[test]
fn the_launcher_without_normcheck_beside_it_says_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let alone = dir.path().join("normcheck-cli");
    std::fs::copy(env!("CARGO_BIN_EXE_normcheck-cli"), &alone).unwrap();
    let out = Command::new(&alone)
        .arg("--version")
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let errors = text(&out.stderr);
    assert!(
        errors.contains("normcheck") && errors.contains("missing"),
        "{errors}"
    );
}

#[test]
fn a_reader_that_stops_early_gets_no_error_from_the_launcher() {
    let session = fixture("small-session.json");
    let checklist = fixture("small-checklist.json");
    let mut launcher = Command::new(env!("CARGO_BIN_EXE_normcheck-cli"))
        .args([
            "score",
            "--json",
            arg(&session),
            "--checklist",
            arg(&checklist),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close the pipe before the program writes, like `| head -c 0` would.
    drop(launcher.stdout.take());
    let out = launcher.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(!text(&out.stderr).contains("panicked"));
}

#[test]
fn the_launcher_is_small_beside_the_program() {
    let launcher = std::fs::metadata(env!("CARGO_BIN_EXE_normcheck-cli"))
        .unwrap()
        .len();
    let program = std::fs::metadata(env!("CARGO_BIN_EXE_normcheck"))
        .unwrap()
        .len();
    assert!(
        launcher * 20 < program,
        "the launcher ({launcher} bytes) holds none of the program ({program} bytes)"
    );
}
