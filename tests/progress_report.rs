//! The report a coordinator hands ministers after a second assessment: progress since the
//! earlier one, each changed answer marked, who answered, and unresolved conflicts on the cover.

mod common;

use common::{arg, fixture, run_normcheck, text};
use normcheck::files::save_session;
use normcheck::session::{Conflict, ConflictValue, Edit, Session};

fn checklist_arg() -> String {
    arg(&fixture("small-checklist.json")).to_owned()
}

/// The small fixture as last year's assessment and this year's, where only p.2 moved up.
fn two_years(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let mut old = common::small_session();
    old.meta.reporting_period = Some("2025".into());
    let mut new = old.clone();
    new.meta.reporting_period = Some("2026".into());
    new.answers.get_mut("p.2").unwrap().level = Some(2);
    let (old_path, new_path) = (dir.join("2025.json"), dir.join("2026.json"));
    save_session(&old_path, &old).unwrap();
    save_session(&new_path, &new).unwrap();
    (old_path, new_path)
}

fn markdown_report(session: &std::path::Path, extra: &[&str]) -> String {
    let c = checklist_arg();
    let out_path = session.with_extension("md");
    let mut args = vec![
        "report",
        arg(session),
        "--format",
        "md",
        "-o",
        arg(&out_path),
        "--checklist",
        &c,
    ];
    args.extend_from_slice(extra);
    let out = run_normcheck(&args, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    std::fs::read_to_string(&out_path).unwrap()
}

#[test]
fn report_with_an_earlier_assessment_shows_progress_and_marks_only_changed_answers() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = two_years(dir.path());
    let md = markdown_report(&new, &["--compare", arg(&old)]);
    assert!(md.contains("Progress since 2025"), "{md}");
    // Norm P: (1 + 3×0.5) / 5 = 50 → (1 + 3) / 5 = 80.
    let row = md
        .lines()
        .find(|l| l.starts_with("| (p) Norm P"))
        .unwrap_or_else(|| panic!("no progress row for norm P in\n{md}"));
    assert!(
        row.contains("50.0") && row.contains("80.0") && row.contains("+30.0"),
        "{row}"
    );
    let marks: Vec<&str> = md.lines().filter(|l| l.contains("**Change:**")).collect();
    assert_eq!(marks.len(), 1, "only p.2 changed: {marks:?}");
    assert!(marks[0].contains("Improved since 2025"), "{}", marks[0]);

    let plain = markdown_report(&new, &[]);
    assert!(!plain.contains("Progress since"), "no comparison asked for");
    assert!(!plain.contains("**Change:**"));
}

/// The text of every page of a PDF, as a reader extracts it.
fn pdf_text(pdf: &std::path::Path) -> String {
    let doc = lopdf::Document::load(pdf).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).unwrap_or_default()
}

/// Runs `normcheck COMMAND OLD NEW --format pdf -o PDF` on the small fixture and checks it
/// succeeded.
fn pdf_of(command: &str, first: &std::path::Path, second: &std::path::Path, pdf: &std::path::Path) {
    let c = checklist_arg();
    let out = run_normcheck(
        &[
            command,
            arg(first),
            arg(second),
            "--format",
            "pdf",
            "-o",
            arg(pdf),
            "--checklist",
            &c,
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn compare_as_pdf_writes_the_later_report_with_its_progress() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = two_years(dir.path());
    let pdf = dir.path().join("progress.pdf");
    pdf_of("compare", &old, &new, &pdf);
    let all = pdf_text(&pdf);
    assert!(all.contains("Progress since 2025"), "{all}");

    let c = checklist_arg();
    let stdout_pdf = run_normcheck(
        &[
            "compare",
            arg(&old),
            arg(&new),
            "--format",
            "pdf",
            "--checklist",
            &c,
        ],
        &[],
    );
    assert!(
        !stdout_pdf.status.success(),
        "a PDF is not written to a terminal"
    );
    assert!(
        text(&stdout_pdf.stderr).contains("-o"),
        "{}",
        text(&stdout_pdf.stderr)
    );
}

#[test]
fn a_score_that_fell_prints_its_minus_sign_with_the_bundled_fonts() {
    let dir = tempfile::tempdir().unwrap();
    let (earlier, later) = two_years(dir.path());
    let pdf = dir.path().join("fell.pdf");
    let c = checklist_arg();
    // Compared the other way round, p.2's level and the scores went down.
    let out = run_normcheck(
        &[
            "compare",
            arg(&later),
            arg(&earlier),
            "--format",
            "pdf",
            "-o",
            arg(&pdf),
            "--checklist",
            &c,
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        !text(&out.stderr).contains("no bundled font"),
        "{}",
        text(&out.stderr)
    );
    let all = pdf_text(&pdf);
    assert!(all.contains("now (-"), "the fall is signed: {all}");
}

#[test]
fn trend_tells_apart_two_assessments_of_the_same_period() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = common::small_session();
    first.meta.reporting_period = Some("2026".into());
    first.meta.updated = Some(time::macros::datetime!(2026-03-01 09:00 UTC));
    let mut second = first.clone();
    second.meta.updated = Some(time::macros::datetime!(2026-09-01 09:00 UTC));
    second.answers.get_mut("p.2").unwrap().level = Some(2);
    let (a, b) = (dir.path().join("a.json"), dir.path().join("b.json"));
    save_session(&a, &first).unwrap();
    save_session(&b, &second).unwrap();
    let c = checklist_arg();
    let out = run_normcheck(&["trend", arg(&b), arg(&a), "--checklist", &c], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let md = text(&out.stdout);
    let header = md
        .lines()
        .find(|l| l.starts_with("| |"))
        .unwrap_or_default();
    assert!(
        header.contains("2026 (2026-03-01)") && header.contains("2026 (2026-09-01)"),
        "{md}"
    );
    assert!(
        header.find("03-01") < header.find("09-01"),
        "oldest first: {header}"
    );
}

/// A merged session whose coordinator has not yet settled two disagreements.
fn with_conflicts() -> Session {
    let mut session = common::small_session();
    for (item, field) in [("p.2", "level"), ("q.1", "note")] {
        session.conflicts.push(Conflict {
            item: item.into(),
            field: field.into(),
            base: serde_json::Value::Null,
            values: vec![
                ConflictValue {
                    from: "National CERT".into(),
                    value: serde_json::json!(1),
                },
                ConflictValue {
                    from: "Ministry of Defence".into(),
                    value: serde_json::json!(2),
                },
            ],
        });
    }
    session
}

#[test]
fn a_report_with_unresolved_conflicts_says_so_on_the_cover() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("merged.json");
    save_session(&path, &with_conflicts()).unwrap();
    let md = markdown_report(&path, &[]);
    let draft = md.lines().find(|l| l.contains("Draft")).unwrap_or_default();
    assert!(draft.contains("2 conflicts unresolved"), "{md}");
}

#[test]
fn the_report_lists_who_last_answered_each_item() {
    let dir = tempfile::tempdir().unwrap();
    let checklist = common::small_checklist();
    let mut session = common::small_session();
    session.meta.assessors = vec!["Nguyễn Văn An".into()];
    let when = time::macros::datetime!(2026-05-04 03:02 UTC);
    session
        .apply(
            &checklist,
            Edit::SetLevel {
                item: "q.1".into(),
                level: Some(2),
            },
            when,
        )
        .unwrap();
    let path = dir.path().join("s.json");
    save_session(&path, &session).unwrap();
    let md = markdown_report(&path, &[]);
    let (_, appendix) = md
        .split_once("## Who answered")
        .unwrap_or_else(|| panic!("no appendix in\n{md}"));
    let row = appendix
        .lines()
        .find(|l| l.starts_with("| q.1"))
        .unwrap_or_else(|| panic!("no row for q.1 in\n{appendix}"));
    assert!(
        row.contains("Nguyễn Văn An") && row.contains("03:02 UTC"),
        "{row}"
    );
    assert!(
        !appendix.lines().any(|l| l.starts_with("| p.1")),
        "items nobody changed through normcheck are not attributed"
    );
}

#[test]
fn trend_as_pdf_draws_the_scores_of_every_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = two_years(dir.path());
    let pdf = dir.path().join("trend.pdf");
    pdf_of("trend", &new, &old, &pdf);
    let all = pdf_text(&pdf);
    assert!(all.contains("Scores over time"), "{all}");
    let (y2025, y2026) = (all.find("2025"), all.find("2026"));
    assert!(y2025.is_some() && y2025 < y2026, "oldest first: {all}");
    assert!(all.contains("80.0"), "norm P's score this year: {all}");
}
