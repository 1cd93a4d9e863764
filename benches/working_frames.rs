//! The longest frame while a protected assessment (scrypt, work factor 18) opens and saves in
//! the app, with slow work on its own thread (as the desktop app runs it) and, for contrast,
//! within the frame. Target: no frame over 50 ms in a release build.
//!
//! `cargo bench --bench working_frames` prints one line per case.

#[path = "../tests/common/sample.rs"]
mod sample;

use std::path::Path;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use normcheck::checklist::builtin;
use normcheck::files::protect::{Passphrase, encrypt};
use normcheck::ui::{Action, AppConfig, AppState, RecoveryStore, install_fonts};
use sample::filled_session;

const PASSPHRASE: &str = "correct horse battery staple";

fn app(background_work: bool) -> Harness<'static, AppState> {
    let config = AppConfig {
        native_dialogs: false,
        recovery: RecoveryStore::at(None),
        background_work,
    };
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_context_setup(install_fonts)
        .build_ui_state(
            |ui, state: &mut AppState| state.ui(ui),
            AppState::new(config, Vec::new()),
        )
}

/// Steps frames until `done`, returning the longest frame.
fn longest_frame_until(
    h: &mut Harness<'_, AppState>,
    done: impl Fn(&AppState) -> bool,
) -> Duration {
    let mut longest = Duration::ZERO;
    let start = Instant::now();
    while !done(h.state()) && start.elapsed() < Duration::from_secs(60) {
        let frame = Instant::now();
        h.step();
        longest = longest.max(frame.elapsed());
        std::thread::sleep(Duration::from_millis(5));
    }
    longest
}

fn protected_file(dir: &Path) -> std::path::PathBuf {
    let checklist = builtin().expect("built-in checklist");
    let session = filled_session(&checklist, 200);
    let plain = serde_json::to_vec(&session).expect("session JSON");
    let sealed = encrypt(&plain, &Passphrase::from(PASSPHRASE.to_owned())).expect("encrypt");
    let path = dir.join("session.normcheck.age");
    std::fs::write(&path, sealed).expect("write");
    path
}

fn case(background_work: bool, path: &Path) {
    let mut h = app(background_work);
    h.run_steps(3);
    h.state_mut().push(Action::OpenPath(path.to_path_buf()));
    h.step();
    longest_frame_until(&mut h, |s| !s.working());
    h.run_steps(3);
    h.get_by_label("Passphrase:").type_text(PASSPHRASE);
    h.run_steps(2);
    h.get_by_label("Open").click();
    let open = longest_frame_until(&mut h, |s| s.document().is_some() && !s.working());
    h.run_steps(3);
    h.get_by_label("a.1, 1 Planned").click();
    h.run_steps(2);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    let save = longest_frame_until(&mut h, |s| s.document().is_some_and(|d| !d.dirty));
    let how = if background_work {
        "background job"
    } else {
        "within the frame"
    };
    println!(
        "protected built-in session, scrypt 18, {how}: longest frame while opening {:.1} ms, while saving {:.1} ms",
        open.as_secs_f64() * 1e3,
        save.as_secs_f64() * 1e3
    );
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = protected_file(dir.path());
    case(true, &path);
    case(false, &path);
}
