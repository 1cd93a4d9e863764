//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

use normcheck::checklist::{Checklist, parse_checklist};
use normcheck::session::{Session, parse_session};

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

/// The session answering the small checklist.
pub fn small_session() -> Session {
    parse_session(&fixture_bytes("small-session.json")).unwrap()
}
