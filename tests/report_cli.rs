//! `normcheck report` run as a user would, and the PDF checked with qpdf and pdftotext when
//! they are installed (CI installs poppler-utils and qpdf).

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{arg, fixture, text};

fn normcheck(args: &[&str], env: &[(&str, &str)]) -> Output {
    common::run_normcheck(args, env)
}

/// Runs `normcheck report` on the small fixture session with its checklist, writing `out`.
fn report_fixture(out: &Path, extra: &[&str], env: &[(&str, &str)]) -> Output {
    let session = fixture("small-session.json");
    let checklist = fixture("small-checklist.json");
    let mut args = vec!["report", arg(&session), "--checklist", arg(&checklist)];
    args.extend_from_slice(extra);
    args.extend(["-o", arg(out)]);
    normcheck(&args, env)
}

/// Whether an external tool can be run; prints a note when it cannot.
fn tool(name: &str) -> bool {
    let found = Command::new(name).arg("--version").output().is_ok();
    if !found {
        eprintln!("note: {name} is not installed; skipping the checks that need it");
    }
    found
}

/// A copy of the small fixture session with Thai and Khmer notes, written into `dir`.
fn session_with_scripts(dir: &Path) -> std::path::PathBuf {
    let mut session = common::small_session();
    session.answers.get_mut("p.1").unwrap().note = Some("ที่นี่ กี่ปี ปู่".into());
    session.answers.get_mut("q.2").unwrap().note =
        Some("Nguyễn Văn An, Cục An toàn thông tin".into());
    let path = dir.join("session.json");
    normcheck::files::save_session(&path, &session).unwrap();
    path
}

#[test]
fn report_writes_a_pdf_and_markdown_for_a_session() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("r.pdf");
    let out = report_fixture(&pdf, &[], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));

    let md = dir.path().join("r.md");
    let out = report_fixture(&md, &["--format", "md"], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = std::fs::read_to_string(&md).unwrap();
    assert!(report.contains("# Test assessment"), "{report}");
    // Without SOURCE_DATE_EPOCH the date is the session's last change.
    assert!(report.contains("**Date:** 2026-11-02"), "{report}");
}

#[test]
fn source_date_epoch_sets_the_generation_date() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("r.md");
    let out = normcheck(
        &[
            "report",
            arg(&fixture("small-session.json")),
            "--checklist",
            arg(&fixture("small-checklist.json")),
            "--format",
            "md",
            "-o",
            arg(&md),
        ],
        &[("SOURCE_DATE_EPOCH", "31536000")],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        std::fs::read_to_string(&md)
            .unwrap()
            .contains("**Date:** 1971-01-01")
    );
}

#[test]
fn report_on_a_damaged_session_fails_with_one_line_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let session = fixture("session-truncated.json");
    let pdf = dir.path().join("r.pdf");
    let out = normcheck(&["report", arg(&session), "-o", arg(&pdf)], &[]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains(arg(&session)), "{stderr}");
    assert!(!pdf.exists());
}

#[test]
fn report_to_an_unwritable_place_fails_with_one_line_naming_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, b"keep me").unwrap();
    let target = blocker.join("r.pdf");
    let out = normcheck(
        &[
            "report",
            arg(&fixture("small-session.json")),
            "--checklist",
            arg(&fixture("small-checklist.json")),
            "-o",
            arg(&target),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let errors: Vec<&str> = stderr.lines().filter(|l| !l.contains("warning")).collect();
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(errors[0].contains(arg(&target)), "{stderr}");
    assert_eq!(std::fs::read(&blocker).unwrap(), b"keep me");
}

#[test]
fn qpdf_accepts_the_pdf_and_pdftotext_reads_thai_khmer_and_vietnamese_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let session = session_with_scripts(dir.path());
    let pdf = dir.path().join("r.pdf");
    let out = normcheck(
        &[
            "report",
            arg(&session),
            "--checklist",
            arg(&fixture("small-checklist.json")),
            "-o",
            arg(&pdf),
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    if tool("qpdf") {
        let check = Command::new("qpdf")
            .arg("--check")
            .arg(&pdf)
            .output()
            .unwrap();
        assert!(check.status.success(), "{}", text(&check.stdout));
        assert!(text(&check.stdout).contains("No syntax or stream encoding errors"));
    }
    if tool("pdftotext") {
        let txt = Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        assert!(txt.status.success());
        let extracted = text(&txt.stdout);
        for expected in [
            "ที่นี่ กี่ปี ปู่",
            "ក្រសួងការពារជាតិ",
            "สมชาย ใจดี",
            "Nguyễn Văn An, Cục An toàn thông tin",
            "Viet Nam",
        ] {
            assert!(
                extracted.contains(expected),
                "{expected:?} not in:\n{extracted}"
            );
        }
    }
}

#[test]
fn the_same_session_gives_byte_identical_pdfs_in_fresh_processes() {
    let dir = tempfile::tempdir().unwrap();
    let mut outputs = Vec::new();
    for name in ["a.pdf", "b.pdf"] {
        let pdf = dir.path().join(name);
        let out = report_fixture(&pdf, &[], &[("SOURCE_DATE_EPOCH", "1764000000")]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        outputs.push(std::fs::read(&pdf).unwrap());
    }
    assert!(outputs[0] == outputs[1], "the two PDFs differ");
}

#[test]
fn a_large_report_is_complete_reproducible_and_embeds_each_font_once() {
    use common::sample::{filled_session, large_checklist};
    use normcheck::checklist::builtin;
    let dir = tempfile::tempdir().unwrap();
    let checklist = large_checklist(&builtin().unwrap(), 400);
    let checklist_path = dir.path().join("large-checklist.json");
    std::fs::write(&checklist_path, serde_json::to_vec(&checklist).unwrap()).unwrap();
    let session_path = dir.path().join("large-session.json");
    normcheck::files::save_session_as(
        &session_path,
        &filled_session(&checklist, 200),
        &checklist,
        &Default::default(),
        Default::default(),
    )
    .unwrap();

    let mut outputs = Vec::new();
    for name in ["a.pdf", "b.pdf"] {
        let pdf = dir.path().join(name);
        let args = [
            "report",
            arg(&session_path),
            "--checklist",
            arg(&checklist_path),
            "-o",
            arg(&pdf),
        ];
        let out = normcheck(&args, &[]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        outputs.push(std::fs::read(&pdf).unwrap());
    }
    assert!(outputs[0] == outputs[1], "the two PDFs differ");

    let doc = lopdf::Document::load_mem(&outputs[0]).unwrap();
    let pages = doc.get_pages();
    let last_pages: String = pages
        .keys()
        .rev()
        .take(40)
        .map(|&n| doc.extract_text(&[n]).unwrap_or_default())
        .collect();
    let all: String = pages
        .keys()
        .map(|&n| doc.extract_text(&[n]).unwrap_or_default())
        .collect();
    let last_norm = &checklist.norms.last().unwrap().title;
    assert!(all.contains(last_norm.as_str()), "the last norm is printed");
    assert!(
        last_pages.contains("Methodology"),
        "the report ends with the methodology"
    );
    let total = pages.len();
    assert!(
        all.contains(&format!("Page {total} of {total}")),
        "pages are numbered through the whole report"
    );
    let mut names: Vec<Vec<u8>> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"FontDescriptor"))
        .filter_map(|d| {
            d.get(b"FontName")
                .and_then(|n| n.as_name())
                .ok()
                .map(<[u8]>::to_vec)
        })
        .collect();
    let count = names.len();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), count, "a font is embedded more than once");
}
