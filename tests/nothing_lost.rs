//! Ways a user could lose or garble work through the command line, each refused cleanly:
//! outputs that resolve to inputs, targets that are not files, read-only files, closed pipes
//! and full disks, absurd weights, duplicate keys, byte-order marks and control characters.

mod common;

use std::path::{Path, PathBuf};
#[cfg(unix)]
use std::process::{Command, Stdio};

use common::{arg, fixture, run_normcheck, text};

/// A scratch folder holding a copy of the small session and its checklist.
struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        for name in ["small-session.json", "small-checklist.json"] {
            std::fs::copy(fixture(name), dir.path().join(name)).unwrap();
        }
        Scratch { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn session(&self) -> PathBuf {
        self.path("small-session.json")
    }

    fn checklist(&self) -> PathBuf {
        self.path("small-checklist.json")
    }
}

fn report_to(scratch: &Scratch, out: &Path) -> std::process::Output {
    run_normcheck(
        &[
            "report",
            arg(&scratch.session()),
            "--checklist",
            arg(&scratch.checklist()),
            "--format",
            "md",
            "-o",
            arg(out),
        ],
        &[],
    )
}

#[test]
fn a_report_written_over_its_own_session_is_refused_and_the_session_kept() {
    let scratch = Scratch::new();
    let before = std::fs::read(scratch.session()).unwrap();
    let dotted = scratch.dir.path().join(".").join("small-session.json");
    for out in [scratch.session(), dotted, scratch.checklist()] {
        let result = report_to(&scratch, &out);
        assert_eq!(result.status.code(), Some(1), "{}", text(&result.stderr));
        assert!(
            text(&result.stderr).contains("is also an input file"),
            "{}",
            text(&result.stderr)
        );
    }
    assert_eq!(std::fs::read(scratch.session()).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn a_report_through_a_link_to_the_session_is_refused() {
    let scratch = Scratch::new();
    let before = std::fs::read(scratch.session()).unwrap();
    let link = scratch.path("link.md");
    std::os::unix::fs::symlink(scratch.session(), &link).unwrap();
    let result = report_to(&scratch, &link);
    assert_eq!(result.status.code(), Some(1));
    assert_eq!(std::fs::read(scratch.session()).unwrap(), before);
}

#[test]
fn new_refuses_to_replace_its_own_checklist_even_with_force() {
    let scratch = Scratch::new();
    let before = std::fs::read(scratch.checklist()).unwrap();
    let out = run_normcheck(
        &[
            "new",
            "--member-state",
            "Viet Nam",
            "--checklist",
            arg(&scratch.checklist()),
            "--force",
            "-o",
            arg(&scratch.checklist()),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert_eq!(std::fs::read(scratch.checklist()).unwrap(), before);
}

#[test]
fn a_folder_as_output_is_refused_with_a_clear_message() {
    let scratch = Scratch::new();
    let folder = scratch.path("reports");
    std::fs::create_dir(&folder).unwrap();
    let out = report_to(&scratch, &folder);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("a folder, not a regular file"), "{stderr}");
    assert!(folder.is_dir());
}

#[cfg(unix)]
#[test]
fn a_named_pipe_as_output_is_refused_and_stays_a_pipe() {
    use std::os::unix::fs::FileTypeExt;
    let scratch = Scratch::new();
    let fifo = scratch.path("pipe");
    if !Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        eprintln!("mkfifo is not available; skipped");
        return;
    }
    let out = run_normcheck(
        &[
            "new",
            "--member-state",
            "Viet Nam",
            "--force",
            "-o",
            arg(&fifo),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("a named pipe"));
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
}

#[test]
fn a_read_only_report_is_replaced_only_with_force() {
    let scratch = Scratch::new();
    let out_path = scratch.path("r.md");
    std::fs::write(&out_path, "old report").unwrap();
    let mut permissions = std::fs::metadata(&out_path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&out_path, permissions).unwrap();

    let out = report_to(&scratch, &out_path);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("read-only"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), "old report");

    let forced = run_normcheck(
        &[
            "report",
            arg(&scratch.session()),
            "--checklist",
            arg(&scratch.checklist()),
            "--format",
            "md",
            "--force",
            "-o",
            arg(&out_path),
        ],
        &[],
    );
    assert!(forced.status.success(), "{}", text(&forced.stderr));
    assert!(
        std::fs::read_to_string(&out_path)
            .unwrap()
            .contains("Test assessment")
    );
}

#[test]
fn a_report_into_a_missing_folder_names_the_folder_not_a_temporary_file() {
    let scratch = Scratch::new();
    let out = report_to(&scratch, &scratch.path("missing/r.pdf"));
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("does not exist"), "{stderr}");
    assert!(
        !stderr.contains(".r.pdf"),
        "no temporary file name: {stderr}"
    );
}

/// Runs `normcheck score --json` on the small fixture with standard output piped to `head -c1`.
#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_the_command_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_normcheck"))
        .args([
            "score",
            "--json",
            "--checklist",
            arg(&fixture("small-checklist.json")),
            arg(&fixture("small-session.json")),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close the reading end before the command writes: its write meets a closed pipe.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = text(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        !stderr.contains("standard output"),
        "no complaint: {stderr}"
    );
    assert_eq!(out.status.code(), Some(0));
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_on_standard_output_is_an_error_not_a_panic() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("/dev/full is not available; skipped");
        return;
    };
    let out = Command::new(env!("CARGO_BIN_EXE_normcheck"))
        .args([
            "score",
            "--checklist",
            arg(&fixture("small-checklist.json")),
            arg(&fixture("small-session.json")),
        ])
        .stdout(full)
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("the disk is full"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// Runs `normcheck validate` on `path`, which must refuse it (exit 1); returns what it said.
fn refused_by_validate(path: &Path) -> String {
    let out = run_normcheck(&["validate", arg(path)], &[]);
    assert_eq!(out.status.code(), Some(1));
    text(&out.stderr)
}

#[test]
fn an_absurd_weight_is_refused_by_validation() {
    let scratch = Scratch::new();
    let text_in = std::fs::read_to_string(scratch.checklist()).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text_in).unwrap();
    value["norms"][0]["items"][0]["weight"] = serde_json::json!(1e308);
    value["norms"][0]["items"][1]["weight"] = serde_json::json!(1e308);
    let path = scratch.path("heavy.json");
    std::fs::write(&path, serde_json::to_vec(&value).unwrap()).unwrap();
    let stderr = refused_by_validate(&path);
    assert!(
        stderr.contains("weight must be above 0 and at most 1000, found 1e308"),
        "{stderr}"
    );
}

#[test]
fn duplicate_keys_are_refused_with_their_path() {
    let scratch = Scratch::new();
    let path = scratch.path("dup.json");
    std::fs::write(
        &path,
        br#"{"format":"normcheck-session","format_version":999,"format_version":1,"checklist":{"id":"normcheck-nic-reference","version":"1.0.0"}}"#,
    )
    .unwrap();
    let stderr = refused_by_validate(&path);
    assert!(
        stderr.contains("\"format_version\" appears twice"),
        "{stderr}"
    );
}

#[test]
fn a_file_saved_by_notepad_with_a_byte_order_mark_is_read() {
    let scratch = Scratch::new();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(scratch.session()).unwrap());
    let path = scratch.path("notepad.json");
    std::fs::write(&path, &bytes).unwrap();
    let out = run_normcheck(
        &[
            "validate",
            "--checklist",
            arg(&scratch.checklist()),
            arg(&path),
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    // normcheck never writes one.
    let made = scratch.path("made.json");
    let out = run_normcheck(&["new", "--member-state", "Lao PDR", "-o", arg(&made)], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!std::fs::read(&made).unwrap().starts_with(b"\xEF\xBB\xBF"));
}

#[test]
fn control_characters_from_a_file_never_reach_the_terminal_raw() {
    let scratch = Scratch::new();
    let path = scratch.path("evil.json");
    std::fs::write(
        &path,
        "{\"format\":\"normcheck-session\",\"format_version\":1,\"checklist\":{\"id\":\"x\\u001b[2J\\r\\nfake: ok\",\"version\":\"1\"},\"answers\":{\"\\u001b]0;pwned\\u0007\":{\"level\":1}},\"bogus\\u001b[31m\":1}",
    )
    .unwrap();
    for cmd in ["validate", "score"] {
        let out = run_normcheck(&[cmd, arg(&path)], &[]);
        assert_eq!(out.status.code(), Some(1));
        let stderr = text(&out.stderr);
        assert!(!stderr.contains('\u{1b}'), "{cmd}: {stderr:?}");
        assert!(!stderr.contains('\r'), "{cmd}: {stderr:?}");
        for line in stderr.lines() {
            assert!(
                line.starts_with(arg(&path)) || line.starts_with("normcheck: "),
                "{cmd}: {line:?}"
            );
        }
    }
}
