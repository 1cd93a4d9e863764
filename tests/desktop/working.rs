//! Slow work off the frame: with background work on (as in the desktop app), opening and
//! saving a protected assessment (scrypt at work factor 18, about a second) leave the window
//! drawing frames; opening may be abandoned. No timing is asserted: a frame that returns while
//! the work is still running is the proof that the work is not inside it.

use egui::accesskit::Role;
use egui_kittest::kittest::NodeT as _;
use std::path::Path;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use normcheck::checklist::builtin;
use normcheck::files::protect::{Passphrase, encrypt};
use normcheck::session::{Edit, Meta, Session, timestamp_now};
use normcheck::ui::{Action, AppConfig, AppState, RecoveryStore, install_fonts};

use crate::helpers::*;

const PASSPHRASE: &str = "a long enough passphrase for the test";

/// The app with slow work on its own thread, as the desktop app runs it.
fn app_with_threads(dir: &Path) -> Harness<'static, AppState> {
    let config = AppConfig {
        native_dialogs: false,
        recovery: RecoveryStore::at(Some(dir.to_path_buf())),
        background_work: true,
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_context_setup(install_fonts)
        .build_ui_state(
            |ui, state: &mut AppState| state.ui(ui),
            AppState::new(config, Vec::new()),
        );
    harness.run();
    harness
}

/// Draws frames until `done` holds (at most 30 s: scrypt under a loaded machine).
fn frames_until(h: &mut Harness<'_, AppState>, done: impl Fn(&AppState) -> bool) {
    let start = Instant::now();
    while !done(h.state()) {
        assert!(start.elapsed() < Duration::from_secs(30), "gave up waiting");
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    h.run();
}

/// A session protected at the work factor normcheck writes (18), with one answer.
fn protected_file(dir: &Path) -> std::path::PathBuf {
    let checklist = builtin().unwrap();
    let mut session = Session::new(&checklist, Meta::default());
    let edit = Edit::SetLevel {
        item: "a.1".into(),
        level: Some(2),
    };
    session.apply(&checklist, edit, timestamp_now()).unwrap();
    let plain = serde_json::to_vec(&session).unwrap();
    let sealed = encrypt(&plain, &Passphrase::from(PASSPHRASE.to_owned())).unwrap();
    let path = dir.join("vn.normcheck.age");
    std::fs::write(&path, sealed).unwrap();
    path
}

fn ask_to_open(h: &mut Harness<'_, AppState>, path: &Path) {
    h.state_mut().push(Action::OpenPath(path.to_path_buf()));
    h.step();
    frames_until(h, |s| !s.working());
    type_into(h, "Passphrase:", PASSPHRASE);
    h.get_by_label("Open").click();
    h.step();
}

#[test]
fn opening_a_protected_file_keeps_drawing_and_can_be_abandoned() {
    let dir = tempfile::tempdir().unwrap();
    let path = protected_file(dir.path());
    let mut h = app_with_threads(dir.path());
    ask_to_open(&mut h, &path);
    h.step();
    assert!(h.state().working(), "the frame returned while scrypt runs");
    // After a moment the dialog says what is going on, and offers to stop waiting.
    std::thread::sleep(Duration::from_millis(300));
    h.run_steps(3);
    let dialogs = h.get_all_by_role(Role::Dialog);
    assert!(dialogs.into_iter().any(|d| {
        d.accesskit_node()
            .label()
            .is_some_and(|l| l.contains("Opening vn.normcheck.age"))
    }));
    h.get_by_label("Stop waiting").click();
    h.step();
    assert!(!h.state().working());
    assert!(
        h.state().status().contains("Stopped"),
        "{}",
        h.state().status()
    );
    // The abandoned work finishes in the background and changes nothing.
    std::thread::sleep(Duration::from_secs(3));
    h.run();
    assert!(h.state().document().is_none(), "nothing was opened");
}

#[test]
fn saving_a_protected_assessment_keeps_drawing_until_it_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = protected_file(dir.path());
    let mut h = app_with_threads(dir.path());
    ask_to_open(&mut h, &path);
    frames_until(&mut h, |s| s.document().is_some());
    click(&mut h, "a.2, 3 Implemented");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.step();
    assert!(
        h.state().working(),
        "the frame returned while the file is encrypted"
    );
    frames_until(&mut h, |s| !s.working());
    let doc = h.state().document().unwrap();
    assert!(!doc.dirty, "{}", h.state().status());
    assert!(
        h.state().status().starts_with("Saved"),
        "{}",
        h.state().status()
    );
    // The file on disk has the answer, protected with the same passphrase.
    let reopened = normcheck::files::open_assessment(
        &path,
        normcheck::files::OpenOptions {
            passphrase: Some(&mut Given),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(
        reopened.session.answer("a.2").and_then(|a| a.level),
        Some(3)
    );
}

struct Given;

impl normcheck::files::PassphraseSource for Given {
    fn passphrase(&mut self, _path: &Path) -> Result<Option<Passphrase>, String> {
        Ok(Some(Passphrase::from(PASSPHRASE.to_owned())))
    }
}
