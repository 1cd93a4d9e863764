//! Writes the report benchmark's inputs into a folder: `cargo run --release --example
//! report_inputs -- DIR [ITEMS…]`. Used by `scripts/report_vs_typst.py` and for profiling.
//!
//! - `builtin.json`: the built-in checklist, every item answered (500-character notes).
//! - `large.json` + `large-checklist.json`: 2,000 items repeating the built-in item texts, two
//!   evidence entries per item.
//! - `nospace.json`: one answer whose note is 20,000 characters without a space.
//! - for each ITEMS given, `repeated-ITEMS.json` + `repeated-ITEMS-checklist.json`: the large
//!   case's shape with that many items (to see how time and memory grow).

#[path = "../tests/common/sample.rs"]
mod sample;

use std::path::Path;
use std::process::ExitCode;

use normcheck::checklist::builtin;
use normcheck::files::save_session;
use sample::{filled_session, large_report_case, long_word_session, repeated_report_case};

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: report_inputs DIR [ITEMS…]");
        return ExitCode::from(2);
    };
    let sizes: Vec<usize> = std::env::args()
        .skip(2)
        .filter_map(|a| a.parse().ok())
        .collect();
    match write_all(Path::new(&dir), &sizes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn write_all(dir: &Path, sizes: &[usize]) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let checklist = builtin()?;
    let save = |name: &str, s: &normcheck::session::Session| {
        save_session(&dir.join(name), s).map_err(|e| e.to_string())
    };
    save("builtin.json", &filled_session(&checklist, 500))?;
    let write_checklist = |name: &str, c: &normcheck::checklist::Checklist| {
        let json = serde_json::to_vec_pretty(c).map_err(|e| e.to_string())?;
        let path = dir.join(name);
        std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))
    };
    let (large, mut session) = large_report_case(&checklist);
    // The session carries its (not built-in) checklist, as the app and `normcheck new` do.
    session.carry_checklist(&large);
    save("large.json", &session)?;
    write_checklist("large-checklist.json", &large)?;
    for &n in sizes {
        let (c, mut s) = repeated_report_case(&checklist, n);
        s.carry_checklist(&c);
        save(&format!("repeated-{n}.json"), &s)?;
        write_checklist(&format!("repeated-{n}-checklist.json"), &c)?;
    }
    save("nospace.json", &long_word_session(&checklist))
}
