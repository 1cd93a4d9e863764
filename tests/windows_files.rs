//! Saving on Windows' own file system rules: locked targets, verbatim (`\\?\`) paths, spaces and
//! Vietnamese letters. Windows only: `scripts/wine-test.sh` cross-builds these and runs them
//! under Wine; on other systems this file holds no tests.
#![cfg(windows)]

use std::fs::{File, OpenOptions};
use std::os::windows::fs::OpenOptionsExt;
use std::path::Path;
use std::time::Duration;

use normcheck::files::write_atomic;

/// Opens `path` the way a virus scanner or a sync client may: sharing nothing, so no other
/// program can rename over it, delete it or write it while this handle is open.
fn lock_exclusively(path: &Path) -> File {
    OpenOptions::new()
        .read(true)
        .share_mode(0)
        .open(path)
        .unwrap()
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn saving_over_an_existing_file_replaces_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    std::fs::write(&path, b"old content that is longer").unwrap();
    write_atomic(&path, b"new").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"new");
    assert_eq!(names_in(dir.path()), ["s.json"]);
}

#[test]
fn a_file_locked_for_a_moment_is_saved_once_the_lock_is_gone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    std::fs::write(&path, b"old").unwrap();
    let lock = lock_exclusively(&path);
    let release = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(150));
        drop(lock);
    });
    write_atomic(&path, b"new").unwrap();
    release.join().unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"new");
    assert_eq!(names_in(dir.path()), ["s.json"]);
}

#[test]
fn a_file_locked_for_long_is_left_intact_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    std::fs::write(&path, b"precious").unwrap();
    let lock = lock_exclusively(&path);
    let error = write_atomic(&path, b"new").unwrap_err();
    drop(lock);
    let message = error.to_string();
    assert!(message.contains("in use by another program"), "{message}");
    assert_eq!(std::fs::read(&path).unwrap(), b"precious");
    assert_eq!(names_in(dir.path()), ["s.json"], "temporary file removed");
}

#[test]
fn saving_works_under_a_verbatim_path() {
    // `canonicalize` on Windows gives `\\?\C:\...` paths; saving must accept them.
    let dir = tempfile::tempdir().unwrap();
    let verbatim = std::fs::canonicalize(dir.path()).unwrap();
    assert!(
        verbatim.to_string_lossy().starts_with(r"\\?\"),
        "{verbatim:?}"
    );
    let path = verbatim.join("s.json");
    write_atomic(&path, b"one").unwrap();
    write_atomic(&path, b"two").unwrap();
    assert_eq!(std::fs::read(dir.path().join("s.json")).unwrap(), b"two");
}

#[test]
fn saving_works_in_a_folder_named_with_spaces_and_vietnamese_letters() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("Nguyễn Văn").join("Tài liệu");
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("đánh giá.json");
    write_atomic(&path, b"one").unwrap();
    write_atomic(&path, b"two").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"two");
    assert_eq!(names_in(&folder), ["đánh giá.json"]);
}

#[test]
fn a_read_only_file_is_refused_and_left_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    std::fs::write(&path, b"precious").unwrap();
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).unwrap();
    assert!(write_atomic(&path, b"new").is_err());
    assert_eq!(std::fs::read(&path).unwrap(), b"precious");
    assert_eq!(names_in(dir.path()), ["s.json"], "temporary file removed");
}
