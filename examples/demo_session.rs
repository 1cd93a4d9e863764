//! Writes a partly filled demonstration session for the built-in checklist:
//! `cargo run --example demo_session -- OUT.json`. Used for screenshots and trying the app.

#[path = "../tests/common/sample.rs"]
mod sample;

use std::process::ExitCode;

use normcheck::checklist::builtin;
use normcheck::files::save_session;
use sample::filled_session;

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1) else {
        eprintln!("usage: demo_session OUT.json");
        return ExitCode::from(2);
    };
    let checklist = match builtin() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let mut session = filled_session(&checklist, 120);
    // Leave the last norms partly unanswered, as a real assessment in progress would be.
    let open: Vec<String> = checklist
        .items()
        .filter(|(n, i)| n.id.as_str() >= "i" && !i.id.ends_with(".1"))
        .map(|(_, i)| i.id.clone())
        .collect();
    for id in open {
        session.answers.remove(&id);
    }
    if let Some(a) = session.answers.get_mut("e.1") {
        a.note = Some("ความคิดเห็น: ที่นี่ กี่ปี ปู่ — ក្រសួងការពារជាតិ — Nguyễn Văn An".into());
    }
    match save_session(std::path::Path::new(&out), &session) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
