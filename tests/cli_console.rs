//! `normcheck-cli`, the console build for Windows scripts, behaves exactly like `normcheck`.

mod common;

use common::{arg, fixture};

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
