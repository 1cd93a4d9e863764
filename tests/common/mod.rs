//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod sample;

use std::path::PathBuf;

use normcheck::checklist::{Checklist, parse_checklist};
use normcheck::files::{OpenOptions, open_assessment};
use normcheck::session::Session;

/// Path of a file under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The bytes of a fixture.
pub fn fixture_bytes(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).unwrap()
}

/// The small hand-made checklist.
pub fn small_checklist() -> Checklist {
    parse_checklist(&fixture_bytes("small-checklist.json")).unwrap()
}

/// The session answering the small checklist, opened through the door with the small
/// checklist's file (so it carries a copy of it, as every session of a checklist that is not
/// built in does once opened).
pub fn small_session() -> Session {
    let checklist = fixture("small-checklist.json");
    let options = OpenOptions {
        checklist: Some(&checklist),
        ..OpenOptions::default()
    };
    open_assessment(&fixture("small-session.json"), options)
        .unwrap()
        .session
}

/// Runs the built `normcheck` binary with `args` and extra environment variables
/// (`SOURCE_DATE_EPOCH` is cleared unless given).
pub fn run_normcheck(args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_normcheck"))
        .args(args)
        .env_remove("SOURCE_DATE_EPOCH")
        .envs(env.iter().copied())
        .output()
        .expect("the binary runs")
}

/// Output bytes as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A path as a command-line argument.
pub fn arg(path: &std::path::Path) -> &str {
    path.to_str().unwrap()
}

/// A Python with openpyxl (Debian's python3-openpyxl, an xlsx library independent of ours),
/// or `None` with a note so the checks that need it are skipped.
pub fn openpyxl() -> Option<&'static str> {
    let found = ["python3", "/usr/bin/python3"].into_iter().find(|python| {
        std::process::Command::new(python)
            .args(["-c", "import openpyxl"])
            .output()
            .is_ok_and(|o| o.status.success())
    });
    if found.is_none() {
        eprintln!("note: python3-openpyxl is not installed; skipping the checks that need it");
    }
    found
}

/// A PDF's text as `pdftotext` (poppler-utils) reads it.
pub fn pdf_text(pdf: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    text(&out.stdout)
}
