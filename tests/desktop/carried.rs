//! The app opens sessions that carry their checklist without asking for the checklist file,
//! and offers a choice when a given checklist file differs from the saved copy.

use std::path::{Path, PathBuf};

use normcheck::checklist::parse_checklist;
use normcheck::files::save_session;
use normcheck::session::{Meta, Session};
use normcheck::ui::Action;

use super::helpers::{app, click, dirty, texts_containing};

fn small_checklist_json() -> serde_json::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small-checklist.json");
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// A session made with the small checklist, carrying it; no checklist file is left anywhere.
fn carrying_session(dir: &Path) -> PathBuf {
    let json = small_checklist_json();
    let checklist = parse_checklist(&serde_json::to_vec(&json).unwrap()).unwrap();
    let mut session = Session::new(&checklist, Meta::default());
    assert!(session.carry_checklist(&checklist));
    let path = dir.join("carrying.json");
    save_session(&path, &session).unwrap();
    path
}

#[test]
fn a_session_with_its_checklist_saved_in_it_opens_without_the_checklist_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = carrying_session(dir.path());
    let mut h = app(dir.path());
    super::helpers::open(&mut h, &path);
    let doc = h.state().document().expect("opened without asking");
    assert_eq!(doc.checklist.id, "test-small");
    assert!(doc.checklist_path.is_none());
    assert!(!dirty(&h));
    assert!(h.state().error_text().is_none());
}

#[test]
fn a_differing_checklist_file_is_offered_and_used_only_when_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let path = carrying_session(dir.path());
    let mut changed = small_checklist_json();
    changed["norms"][0]["items"][0]["text"] = "Do the first thing, reworded".into();
    let file = dir.path().join("changed.json");
    std::fs::write(&file, serde_json::to_vec(&changed).unwrap()).unwrap();

    let mut h = app(dir.path());
    h.state_mut().push(Action::OpenWithChecklist {
        path: path.clone(),
        checklist: file.clone(),
    });
    h.run();
    let text = |h: &egui_kittest::Harness<'_, normcheck::ui::AppState>| {
        h.state().document().unwrap().checklist.norms[0].items[0]
            .text
            .clone()
    };
    assert_eq!(text(&h), "Do the first thing", "the saved copy is in use");
    assert!(
        !texts_containing(&h, "differs from the assessment's copy").is_empty(),
        "the choice is offered"
    );
    click(&mut h, "Use the checklist file");
    assert_eq!(text(&h), "Do the first thing, reworded");
    assert!(dirty(&h), "the new copy is saved with the assessment");
    let saved = h.state().document().unwrap().session.checklist_copy.clone();
    assert_eq!(
        saved.unwrap().norms[0].items[0].text,
        "Do the first thing, reworded"
    );
}
