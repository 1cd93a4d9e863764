//! Writes the report benchmark's inputs into a folder: `cargo run --release --example
//! report_inputs -- DIR`. Used by `scripts/report_vs_typst.py` and for profiling.
//!
//! - `builtin.json`: the built-in checklist, every item answered (500-character notes).
//! - `large.json` + `large-checklist.json`: 2,000 items repeating the built-in item texts, two
//!   evidence entries per item.
//! - `nospace.json`: one answer whose note is 20,000 characters without a space.

use std::path::Path;
use std::process::ExitCode;

use normcheck::checklist::builtin;
use normcheck::sample::{filled_session, large_report_case, long_word_session};
use normcheck::session::save_session;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: report_inputs DIR");
        return ExitCode::from(2);
    };
    match write_all(Path::new(&dir)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn write_all(dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let checklist = builtin()?;
    let save = |name: &str, s: &normcheck::session::Session| {
        save_session(&dir.join(name), s).map_err(|e| e.to_string())
    };
    save("builtin.json", &filled_session(&checklist, 500))?;
    let (large, session) = large_report_case(&checklist);
    save("large.json", &session)?;
    let json = serde_json::to_vec_pretty(&large).map_err(|e| e.to_string())?;
    let path = dir.join("large-checklist.json");
    std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
    save("nospace.json", &long_word_session(&checklist))
}
