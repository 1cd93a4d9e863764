//! The report: its model as a Markdown snapshot, and the PDF read back (text, fonts, pages,
//! paper) through the library API.

mod common;

use std::path::Path;

use common::sample::filled_session;
use common::{small_checklist, small_session};
use normcheck::checklist::builtin;
use normcheck::report::{Format, Paper, ReportOptions, render, report_model, to_markdown};
use time::macros::datetime;

/// Options with a fixed generation date, so results never depend on the environment.
fn options(format: Format) -> ReportOptions {
    ReportOptions {
        format,
        generated: Some(datetime!(2026-11-25 12:00 UTC)),
        ..ReportOptions::default()
    }
}

/// The text of each page, in order.
fn page_texts(pdf: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    doc.get_pages()
        .keys()
        .map(|&n| doc.extract_text(&[n]).unwrap_or_default())
        .collect()
}

/// Text with all whitespace removed, so line wrapping does not matter.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_fixture_report_in_markdown_matches_its_snapshot() {
    let report = report_model(
        &small_checklist(),
        &small_session(),
        &options(Format::Markdown),
    );
    let actual = to_markdown(&report);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/report-small.md");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing {}; run with UPDATE_SNAPSHOTS=1", path.display()));
    assert_eq!(
        actual, expected,
        "the report changed; if intended, run UPDATE_SNAPSHOTS=1 cargo test --test report"
    );
}

#[test]
fn an_incomplete_session_is_marked_draft_and_a_complete_one_is_not() {
    let checklist = builtin().unwrap();
    let mut session = filled_session(&checklist, 0);
    let full = report_model(&checklist, &session, &options(Format::Pdf));
    assert_eq!(full.cover.draft, None);
    let half_of_them = session.answers.len() / 2;
    let removed: Vec<String> = session.answers.keys().take(half_of_them).cloned().collect();
    for id in removed {
        session.answers.remove(&id);
    }
    let half = report_model(&checklist, &session, &options(Format::Pdf));
    assert_eq!(half.cover.draft.as_deref(), Some("Draft — 50 % complete"));
}

#[test]
fn the_action_plan_lists_every_gap_by_priority_then_target_date() {
    let checklist = builtin().unwrap();
    let session = filled_session(&checklist, 0);
    let report = report_model(&checklist, &session, &options(Format::Pdf));
    let threshold = checklist.implemented_threshold().unwrap();
    let expected_gaps = checklist
        .items()
        .filter(|(_, item)| {
            let a = session.answer(&item.id).unwrap();
            !a.not_applicable && a.level.is_none_or(|l| l < threshold)
        })
        .count();
    assert!(expected_gaps > 0);
    assert_eq!(report.action_plan.len(), expected_gaps);
    let rank = |p: Option<&str>| match p {
        Some("High") => 0,
        Some("Medium") => 1,
        Some("Low") => 2,
        _ => 3,
    };
    for pair in report.action_plan.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let (ra, rb) = (rank(a.priority.as_deref()), rank(b.priority.as_deref()));
        assert!(ra <= rb, "{a:?} before {b:?}");
        if ra == rb {
            assert!(a.target_date <= b.target_date, "{a:?} before {b:?}");
        }
    }
    assert!(report.action_plan.iter().all(|r| r.owner.is_some()));
}

#[test]
fn the_report_speaks_of_implementation_not_compliance_or_ranking() {
    let checklist = builtin().unwrap();
    let report = report_model(
        &checklist,
        &filled_session(&checklist, 50),
        &options(Format::Markdown),
    );
    let text = to_markdown(&report).to_lowercase();
    for word in ["complian", "rank #", "league", "fail"] {
        assert!(!text.contains(word), "found {word:?}");
    }
}

#[test]
fn the_pdf_holds_the_member_state_every_norm_the_score_and_the_notes() {
    let checklist = small_checklist();
    let pdf = render(&checklist, &small_session(), &options(Format::Pdf)).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let all = squeeze(&page_texts(&pdf).concat());
    for expected in [
        "Viet Nam",
        "Norm P",
        "Norm Q",
        "Norm R",
        "25.0",
        "Đã hoàn thành",
        "Cục An toàn thông tin",
        "Nguyễn Văn An",
        "TLP:AMBER",
        "Draft — 83 % complete",
        "Page 1 of",
    ] {
        assert!(all.contains(&squeeze(expected)), "{expected:?} missing");
    }
}

#[test]
fn the_pdf_embeds_its_fonts() {
    let pdf = render(&small_checklist(), &small_session(), &options(Format::Pdf)).unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let descriptors: Vec<&lopdf::Dictionary> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"FontDescriptor"))
        .collect();
    assert!(!descriptors.is_empty(), "no font descriptors");
    for d in descriptors {
        assert!(
            d.has(b"FontFile2") || d.has(b"FontFile3") || d.has(b"FontFile"),
            "font not embedded: {d:?}"
        );
    }
}

#[test]
fn a_very_long_note_continues_onto_the_following_pages() {
    let checklist = small_checklist();
    let mut session = small_session();
    let body: String = "Nguyễn Văn An reviewed the plan with the CERT. "
        .chars()
        .cycle()
        .take(20_000)
        .collect();
    let note = format!("STARTOFNOTE {body} ENDOFNOTE");
    session.answers.get_mut("p.1").unwrap().note = Some(note);
    let pdf = render(&checklist, &session, &options(Format::Pdf)).unwrap();
    let pages: Vec<String> = page_texts(&pdf).iter().map(|p| squeeze(p)).collect();
    let start = pages
        .iter()
        .position(|p| p.contains("STARTOFNOTE"))
        .unwrap();
    let end = pages.iter().position(|p| p.contains("ENDOFNOTE")).unwrap();
    assert!(
        end > start,
        "note starts on page {start} and ends on page {end}"
    );
    let total = pages.len();
    assert!(
        pages
            .last()
            .unwrap()
            .contains(&format!("Page{total}of{total}"))
    );
}

#[test]
fn letter_paper_gives_letter_sized_pages() {
    let opts = ReportOptions {
        paper: Paper::Letter,
        ..options(Format::Pdf)
    };
    let pdf = render(&small_checklist(), &small_session(), &opts).unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let (_, &page) = doc.get_pages().iter().next().unwrap();
    let media = doc.get_dictionary(page).unwrap().get(b"MediaBox").unwrap();
    let nums: Vec<f32> = media
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_float().unwrap())
        .collect();
    assert!(
        (nums[2] - 612.0).abs() < 1.0 && (nums[3] - 792.0).abs() < 1.0,
        "{nums:?}"
    );
}

/// Renders the report and writes it through the door, as the command line does.
fn write_report(
    checklist: &normcheck::checklist::Checklist,
    session: &normcheck::session::Session,
    out: &std::path::Path,
    options: &ReportOptions,
) -> Result<(), String> {
    let bytes = render(checklist, session, options).map_err(|e| e.to_string())?;
    normcheck::files::write_atomic(out, &bytes).map_err(|e| e.to_string())
}

#[test]
fn writing_where_no_file_can_be_made_fails_naming_the_file_and_keeps_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let existing = dir.path().join("report.pdf");
    std::fs::write(&existing, b"previous report").unwrap();
    // A file cannot live inside a regular file: the write fails before anything is replaced.
    let target = existing.join("inner.pdf");
    let err = write_report(
        &small_checklist(),
        &small_session(),
        &target,
        &options(Format::Pdf),
    )
    .unwrap_err();
    assert!(
        err.to_string().contains(&target.display().to_string()),
        "{err}"
    );
    assert_eq!(std::fs::read(&existing).unwrap(), b"previous report");
    // A directory in the way of the target is left as it was.
    let blocked = dir.path().join("blocked.pdf");
    std::fs::create_dir(&blocked).unwrap();
    std::fs::write(blocked.join("keep"), b"x").unwrap();
    assert!(
        write_report(
            &small_checklist(),
            &small_session(),
            &blocked,
            &options(Format::Pdf)
        )
        .is_err()
    );
    assert_eq!(std::fs::read(blocked.join("keep")).unwrap(), b"x");
}

#[test]
fn writing_a_report_replaces_an_older_one_completely() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.md");
    std::fs::write(&out, "old".repeat(100_000)).unwrap();
    write_report(
        &small_checklist(),
        &small_session(),
        &out,
        &options(Format::Markdown),
    )
    .unwrap();
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("**TLP:AMBER**") && !text.contains("oldold"));
}

#[test]
fn the_pdf_dates_come_from_the_generation_date_not_the_clock() {
    let pdf = render(&small_checklist(), &small_session(), &options(Format::Pdf)).unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(|o| o.as_reference())
        .unwrap();
    let info = doc.get_dictionary(info).unwrap();
    for key in [&b"CreationDate"[..], b"ModDate"] {
        let date = info.get(key).unwrap().as_str().unwrap();
        let date = String::from_utf8_lossy(date);
        assert!(date.starts_with("D:20261125"), "{date}");
    }
}

#[test]
fn markup_in_user_text_is_printed_as_written() {
    let checklist = small_checklist();
    let mut session = small_session();
    let note = r#"<b>bold?</b> & "quotes" 'apostrophes' </div></body>"#;
    session.answers.get_mut("p.1").unwrap().note = Some(note.into());
    session.meta.member_state = Some("Viet Nam <script>".into());
    let pdf = render(&checklist, &session, &options(Format::Pdf)).unwrap();
    let all = squeeze(&page_texts(&pdf).concat());
    assert!(all.contains(&squeeze(note)), "note missing");
    assert!(all.contains(&squeeze("Viet Nam <script>")));
    assert!(
        all.contains("Aboutthisreport"),
        "the report goes on after the note"
    );
}

#[test]
fn a_report_without_a_generation_date_says_undated() {
    let checklist = small_checklist();
    let session = small_session();
    let scores = normcheck::scoring::score(&checklist, &session);
    let report = normcheck::report::build(&checklist, &session, &scores, None, "9.9.9");
    assert_eq!(report.cover.date, "undated");
    assert_eq!(report.cover.generated, None);
    let text = to_markdown(&report);
    assert!(text.contains("Generated: undated") && text.contains("normcheck version 9.9.9"));
}

#[test]
fn support_wanted_is_listed_by_kind_and_shown_with_its_item() {
    use normcheck::session::{Support, SupportKind};
    let checklist = small_checklist();
    let mut session = small_session();
    let want = |kinds: &[SupportKind], note: Option<&str>| Support {
        kinds: kinds.iter().copied().collect(),
        note: note.map(str::to_owned),
    };
    for (id, support) in [
        ("q.2", want(&[SupportKind::Training], None)),
        (
            "p.1",
            want(
                &[SupportKind::Funding, SupportKind::Training],
                Some("a course"),
            ),
        ),
    ] {
        session.answers.entry(id.to_owned()).or_default().support = Some(support);
    }
    let md = to_markdown(&report_model(
        &checklist,
        &session,
        &options(Format::Markdown),
    ));
    // By kind (Training before Funding), items in checklist order within a kind.
    let list = &md[md.find("## Support wanted").unwrap()..md.find("## Methodology").unwrap()];
    let rows: Vec<&str> = list.lines().filter(|l| l.starts_with("| ")).collect();
    assert_eq!(
        rows[1..],
        [
            "| Training | p.1 Do the first thing | a course |",
            "| Training | q.2 Refrain from the second thing |  |",
            "| Funding | p.1 Do the first thing | a course |",
        ],
        "{list}"
    );
    assert!(
        md.contains("- **Support wanted:** Training, Funding — a course"),
        "{md}"
    );
    let pdf = render(&checklist, &session, &options(Format::Pdf)).unwrap();
    let text = squeeze(&page_texts(&pdf).concat());
    assert!(
        text.contains(&squeeze("Support wanted: Training, Funding — a course")),
        "{text}"
    );
    assert!(text.contains(&squeeze(
        "The practical actions for which the State would welcome support"
    )));
}
