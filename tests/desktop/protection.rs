//! Protected sessions in the desktop app: opening one (asking again after a wrong passphrase),
//! saving with a passphrase, and autosaved recovery copies that are never plain JSON.

use std::path::Path;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use normcheck::checklist::builtin;
use normcheck::files::is_protected;
use normcheck::files::protect::{Passphrase, decrypt, encrypt_with_work_factor};
use normcheck::session::{Edit, Meta, Session, timestamp_now};
use normcheck::ui::{Action, AppState};

use crate::helpers::*;

const PASSPHRASE: &str = "mật khẩu của Bộ Ngoại giao";
const NOTE: &str = "Defence cyber unit not yet staffed";

/// A protected session with a sensitive note, written into `dir` (low work factor: fast).
fn protected_file(dir: &Path) -> std::path::PathBuf {
    let checklist = builtin().unwrap();
    let mut session = Session::new(&checklist, Meta::default());
    session.meta.member_state = Some("Viet Nam".into());
    let edit = Edit::SetNote {
        item: "g.1".into(),
        text: NOTE.into(),
    };
    session.apply(&checklist, edit, timestamp_now()).unwrap();
    let plain = serde_json::to_vec(&session).unwrap();
    let sealed =
        encrypt_with_work_factor(&plain, &Passphrase::from(PASSPHRASE.to_owned()), 10).unwrap();
    let path = dir.join("vn.normcheck.age");
    std::fs::write(&path, sealed).unwrap();
    path
}

/// The session in decrypted bytes, opened through the door.
fn decrypted_session(dir: &Path, plain: &[u8]) -> Session {
    let path = dir.join("decrypted.json");
    std::fs::write(&path, plain).unwrap();
    normcheck::files::load_session(&path).unwrap()
}

fn open_with_passphrase(h: &mut Harness<'_, AppState>, path: &Path, passphrase: &str) {
    h.state_mut().push(Action::OpenPath(path.to_path_buf()));
    h.run();
    type_into(h, "Passphrase:", passphrase);
    click(h, "Open");
}

#[test]
fn a_protected_file_asks_for_its_passphrase_and_again_when_it_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let path = protected_file(dir.path());
    let mut h = app(dir.path());
    open_with_passphrase(&mut h, &path, "not it");
    assert!(h.state().document().is_none(), "nothing opened");
    assert!(
        h.state().error_text().is_none(),
        "no error dialog, just the prompt"
    );
    h.get_by_label_contains("That passphrase is wrong");
    type_into(&mut h, "Passphrase:", PASSPHRASE);
    click(&mut h, "Open");
    let doc = h.state().document().expect("opened");
    assert!(doc.protection.is_protected());
    assert_eq!(
        doc.session.answer("g.1").unwrap().note.as_deref(),
        Some(NOTE)
    );
}

#[test]
fn recovery_copies_of_a_protected_session_are_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let path = protected_file(dir.path());
    let recovery = dir.path().join("recovery");
    let mut h = app(&recovery);
    open_with_passphrase(&mut h, &path, PASSPHRASE);
    click(&mut h, "a.1, 3 Implemented");

    // The copy is encrypted on a worker thread (scrypt takes about a second).
    let deadline = Instant::now() + Duration::from_secs(120);
    let copy = loop {
        h.run();
        let found = std::fs::read_dir(&recovery)
            .ok()
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("recovery-"))
            });
        if let Some(copy) = found {
            break copy;
        }
        assert!(Instant::now() < deadline, "no recovery copy was written");
        std::thread::sleep(Duration::from_millis(100));
    };
    let bytes = std::fs::read(&copy).unwrap();
    assert!(is_protected(&bytes), "the recovery copy is an age file");
    assert!(!bytes.windows(10).any(|w| w == &NOTE.as_bytes()[..10]));
    assert!(serde_json::from_slice::<serde_json::Value>(&bytes).is_err());
    let plain = decrypt(&bytes, &Passphrase::from(PASSPHRASE.to_owned())).unwrap();
    let text = String::from_utf8(plain.to_vec()).unwrap();
    assert!(
        text.contains(NOTE),
        "it holds the work, under the same passphrase"
    );
}

#[test]
fn save_as_with_a_passphrase_writes_a_protected_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    click(&mut h, "a.1, 3 Implemented");
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    h.run();
    // The default marking is TLP:AMBER, so protection is suggested.
    h.get_by_label_contains("protecting it with a passphrase is recommended");
    click(&mut h, "Protect with a passphrase");
    type_into(&mut h, "New passphrase:", PASSPHRASE);
    type_into(&mut h, "Repeat the passphrase:", PASSPHRASE);
    click(&mut h, "Choose file…");
    let path = dir.path().join("vn-protected");
    press_with(&mut h, egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("File path:")
        .type_text(path.to_str().unwrap());
    h.run();
    click(&mut h, "Use this file");

    let saved = dir.path().join("vn-protected.normcheck.age");
    let bytes = std::fs::read(&saved).expect("saved with the protected extension");
    assert!(is_protected(&bytes));
    let plain = decrypt(&bytes, &Passphrase::from(PASSPHRASE.to_owned())).unwrap();
    let session = decrypted_session(dir.path(), &plain);
    assert_eq!(session.answer("a.1").and_then(|a| a.level), Some(3));
    let doc = h.state().document().unwrap();
    assert!(!doc.dirty && doc.protection.is_protected());
}

#[cfg(unix)]
#[test]
fn a_protected_save_as_over_a_read_only_file_asks_then_keeps_the_protection() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("vn-protected.normcheck.age");
    std::fs::write(&saved, b"an old copy").unwrap();
    std::fs::set_permissions(&saved, std::fs::Permissions::from_mode(0o444)).unwrap();
    let mut h = app(dir.path());
    new_assessment(&mut h);
    click(&mut h, "a.1, 3 Implemented");
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    h.run();
    click(&mut h, "Protect with a passphrase");
    type_into(&mut h, "New passphrase:", PASSPHRASE);
    type_into(&mut h, "Repeat the passphrase:", PASSPHRASE);
    click(&mut h, "Choose file…");
    choose(
        &mut h,
        "File path:",
        dir.path().join("vn-protected").to_str().unwrap(),
    );
    h.get_by_label_contains("is marked read-only");
    click(&mut h, "Replace it");

    let bytes = std::fs::read(&saved).unwrap();
    let plain = decrypt(&bytes, &Passphrase::from(PASSPHRASE.to_owned())).unwrap();
    assert_eq!(
        decrypted_session(dir.path(), &plain)
            .answer("a.1")
            .and_then(|a| a.level),
        Some(3)
    );
    assert!(h.state().document().unwrap().protection.is_protected());
}
