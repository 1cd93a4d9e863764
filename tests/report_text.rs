//! What the PDF says, read back as a reader's tools see it: every bundled script extracted
//! as written (pdftotext, which CI installs), no control characters in either format, only
//! the bundled fonts, the same bytes on any machine, no invented dates, a very long word
//! printed once, and the TLP marking in its colours.

mod common;

use std::process::Command;

use common::{arg, small_checklist, small_session, text};
use normcheck::report::{Format, ReportOptions, render, render_with_warnings, report_model};
use time::macros::datetime;

fn options(format: Format) -> ReportOptions {
    ReportOptions {
        format,
        generated: Some(datetime!(2026-11-25 12:00 UTC)),
        ..ReportOptions::default()
    }
}

/// The PDF's text through `pdftotext` (reading order), or `None` when it is not installed.
fn pdftotext(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).unwrap();
    match Command::new("pdftotext").arg(&path).arg("-").output() {
        Ok(out) if out.status.success() => Some(text(&out.stdout)),
        _ => {
            eprintln!("note: pdftotext (poppler-utils) is not installed; check skipped");
            None
        }
    }
}

/// Whitespace runs as single spaces.
fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn multi_word_notes_in_every_bundled_script_are_extracted_as_written() {
    let notes = [
        ("p.1", "Nguyễn Văn An đã kiểm tra kế hoạch ứng phó sự cố"),
        ("p.2", "ที่นี่ กี่ปี ปู่ กระทรวงดิจิทัลเพื่อเศรษฐกิจ"),
        ("q.1", "ក្រសួង ការពារ ជាតិ ព័ត៌មាន"),
        ("q.2", "ກະຊວງ ເຕັກໂນໂລຊີ ແລະ ການສື່ສານ"),
        ("r.1", "က ခ ပညာ ဝန်ကြီးဌာန မြန်မာ နိုင်ငံ"),
    ];
    let mut session = small_session();
    for (id, note) in notes {
        session.answers.entry(id.into()).or_default().note = Some(note.into());
    }
    let pdf = render(&small_checklist(), &session, &options(Format::Pdf)).unwrap();
    let Some(extracted) = pdftotext(&pdf) else {
        return;
    };
    let extracted = words(&extracted);
    for (_, note) in notes {
        assert!(extracted.contains(note), "{note:?} not in:\n{extracted}");
    }
}

#[test]
fn control_characters_reach_neither_the_markdown_nor_the_pdf() {
    let mut session = small_session();
    let note = "before\u{0}NUL \u{1b}[31mred\u{1b}[0m \u{7}bell\u{9b}csi\ttab after";
    session.answers.get_mut("p.1").unwrap().note = Some(note.into());
    session.meta.member_state = Some("Viet\u{1b}]0;owned\u{7} Nam".into());
    let checklist = small_checklist();

    let md = render(&checklist, &session, &options(Format::Markdown)).unwrap();
    let md = String::from_utf8(md).unwrap();
    let bad = |c: char| c.is_control() && c != '\n';
    assert!(!md.chars().any(bad), "a control character in the Markdown");
    // (Markdown escapes the brackets.)
    assert!(
        md.contains(r"beforeNUL \[31mred\[0m bellcsi tab after"),
        "{md}"
    );

    let model = report_model(&checklist, &session, &options(Format::Pdf));
    assert_eq!(model.cover.member_state, "Viet]0;owned Nam");
    let pdf = render(&checklist, &session, &options(Format::Pdf)).unwrap();
    let Some(extracted) = pdftotext(&pdf) else {
        return;
    };
    assert!(!extracted.chars().any(|c| bad(c) && c != '\u{c}'));
    assert!(words(&extracted).contains("beforeNUL [31mred[0m bellcsi tab after"));
}

#[test]
fn an_undated_report_has_no_dates_in_its_metadata() {
    if std::env::var_os("SOURCE_DATE_EPOCH").is_some() {
        eprintln!("note: SOURCE_DATE_EPOCH is set; check skipped");
        return;
    }
    let mut session = small_session();
    session.meta.updated = None;
    let options = ReportOptions {
        generated: None,
        ..ReportOptions::default()
    };
    let pdf = render(&small_checklist(), &session, &options).unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(|o| o.as_reference())
        .unwrap();
    let info = doc.get_dictionary(info).unwrap();
    assert!(
        !info.has(b"CreationDate") && !info.has(b"ModDate"),
        "{info:?}"
    );
    // As a PDF date (document information) or an XMP one; object numbers may well be 1970.
    for date in [&b"D:1970"[..], b"1970-01-01"] {
        assert!(
            !pdf.windows(date.len()).any(|w| w == date),
            "a 1970 date is left in the file"
        );
    }
}

#[test]
fn only_the_bundled_noto_fonts_are_embedded() {
    let mut session = small_session();
    // Characters no bundled font has: they must not pull a system font in.
    session.answers.get_mut("p.1").unwrap().note = Some("中文 العربية हिन्दी ☃".into());
    let rendered =
        render_with_warnings(&small_checklist(), &session, &options(Format::Pdf)).unwrap();
    let doc = lopdf::Document::load_mem(&rendered.bytes).unwrap();
    let names: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"FontDescriptor"))
        .filter_map(|d| d.get(b"FontName").and_then(|n| n.as_name()).ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    assert!(!names.is_empty());
    assert!(names.iter().all(|n| n.contains("NotoSans")), "{names:?}");
    assert_eq!(rendered.warnings.len(), 1, "{:?}", rendered.warnings);
    assert!(
        rendered.warnings[0].contains("U+0627"),
        "{:?}",
        rendered.warnings
    );
}

#[test]
fn the_cli_warns_once_about_characters_no_bundled_font_has() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = small_session();
    session.answers.get_mut("p.1").unwrap().note = Some("中文 中文 中文".into());
    session.answers.get_mut("q.1").unwrap().note = Some("中".into());
    let path = dir.path().join("s.json");
    normcheck::files::save_session(&path, &session).unwrap();
    let checklist = common::fixture("small-checklist.json");
    let pdf = dir.path().join("r.pdf");
    let args = [
        "report",
        arg(&path),
        "--checklist",
        arg(&checklist),
        "-o",
        arg(&pdf),
    ];
    let out = common::run_normcheck(&args, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    let warnings: Vec<&str> = stderr.lines().filter(|l| l.contains("U+4E2D")).collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(warnings[0].contains("U+6587") && warnings[0].contains(arg(&pdf)));
}

#[test]
fn the_pdf_is_the_same_on_one_cpu_and_on_all() {
    let dir = tempfile::tempdir().unwrap();
    let checklist = normcheck::checklist::builtin().unwrap();
    let session = common::sample::filled_session(&checklist, 300);
    let path = dir.path().join("s.json");
    normcheck::files::save_session(&path, &session).unwrap();
    let all = dir.path().join("all.pdf");
    let out = common::run_normcheck(&["report", arg(&path), "-o", arg(&all)], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let one = dir.path().join("one.pdf");
    let pinned = Command::new("taskset")
        .args([
            "-c",
            "0",
            env!("CARGO_BIN_EXE_normcheck"),
            "report",
            arg(&path),
            "-o",
            arg(&one),
        ])
        .env_remove("SOURCE_DATE_EPOCH")
        .output();
    match pinned {
        Ok(out) if out.status.success() => {}
        _ => {
            eprintln!("note: taskset cannot pin the process here; check skipped");
            return;
        }
    }
    let (a, b) = (std::fs::read(&all).unwrap(), std::fs::read(&one).unwrap());
    assert!(
        a == b,
        "1 CPU: {} bytes, all CPUs: {} bytes",
        b.len(),
        a.len()
    );
    // And in-process, twice in a row.
    let options = options(Format::Pdf);
    let first = render(&checklist, &session, &options).unwrap();
    assert!(first == render(&checklist, &session, &options).unwrap());
}

#[test]
fn a_note_that_is_one_20000_character_word_is_printed_once_on_the_pages_it_needs() {
    let checklist = normcheck::checklist::builtin().unwrap();
    let session = common::sample::long_word_session(&checklist);
    let pdf = render(&checklist, &session, &options(Format::Pdf)).unwrap();
    let empty = normcheck::session::Session::new(&checklist, session.meta.clone());
    let base = render(&checklist, &empty, &options(Format::Pdf)).unwrap();
    let pages = |b: &[u8]| lopdf::Document::load_mem(b).unwrap().get_pages().len();
    let extra = pages(&pdf) - pages(&base);
    // About 77 "A"s to a line and 57 lines to a page: 20,000 fill 4.6 pages.
    assert!((4..=6).contains(&extra), "the note takes {extra} pages");
    let Some(extracted) = pdftotext(&pdf) else {
        return;
    };
    // The note is the only text with two "A"s in a row.
    let printed: usize = extracted
        .split(|c: char| c != 'A')
        .filter(|run| run.len() >= 2)
        .map(str::len)
        .sum();
    assert_eq!(printed, 20_000);
}

#[test]
fn the_tlp_marking_is_printed_in_its_colour_on_black() {
    let mut session = small_session();
    session.meta.classification = Some("TLP:RED".into());
    let pdf = render(&small_checklist(), &session, &options(Format::Pdf)).unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    for (n, page) in doc.get_pages() {
        let content = doc.get_page_content(page);
        let ops = lopdf::content::Content::decode(&content)
            .unwrap()
            .operations;
        let fills: Vec<Vec<f32>> = ops
            .iter()
            .filter(|o| o.operator == "rg")
            .map(|o| o.operands.iter().map(|v| v.as_float().unwrap()).collect())
            .collect();
        let red = [1.0, 0x2b as f32 / 255.0, 0x2b as f32 / 255.0];
        let is =
            |c: &Vec<f32>, want: [f32; 3]| c.iter().zip(want).all(|(a, b)| (a - b).abs() < 0.01);
        assert!(
            fills.iter().any(|c| is(c, red)),
            "page {n}: no TLP:RED text colour"
        );
        assert!(
            fills.iter().any(|c| is(c, [0.0; 3])),
            "page {n}: no black behind the marking"
        );
    }
}

#[test]
fn ligatures_extract_as_the_letters_they_stand_for() {
    // The built-in checklist's own words, where the bundled Noto Sans joins "ff" and "fi" into
    // one glyph each: search, copy-paste and screen readers must get every letter back.
    let checklist = normcheck::checklist::builtin().unwrap();
    let mut session = normcheck::session::Session::new(&checklist, Default::default());
    let first = checklist.items().next().unwrap().1.id.clone();
    session.answers.entry(first).or_default().note =
        Some("Official staff affirm the efficient offline workflow".into());
    let pdf = render(&checklist, &session, &options(Format::Pdf)).unwrap();
    let Some(extracted) = pdftotext(&pdf) else {
        return;
    };
    let extracted = words(&extracted);
    for written in [
        "foreign affairs",
        "confidence-building",
        "officials",
        "Official staff affirm the efficient offline workflow",
    ] {
        assert!(
            extracted.contains(written),
            "{written:?} not in the extracted text"
        );
    }
    for broken in ["afairs", "confdence", "ofcials"] {
        assert!(
            !extracted.contains(broken),
            "{broken:?} is in the extracted text"
        );
    }
}

#[test]
fn the_pdf_tells_readers_its_language_and_to_show_its_title() {
    for code in ["en", "th"] {
        let tr = normcheck::user_data::catalog().tr(code).unwrap();
        let options = ReportOptions {
            tr,
            ..options(Format::Pdf)
        };
        let pdf = render(&small_checklist(), &small_session(), &options).unwrap();
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        let catalog = doc.catalog().unwrap();
        let lang = catalog
            .get(b"Lang")
            .and_then(lopdf::Object::as_str)
            .unwrap();
        assert_eq!(
            lang,
            code.as_bytes(),
            "screen readers pick their voice by /Lang"
        );
        let shown = catalog
            .get(b"ViewerPreferences")
            .and_then(lopdf::Object::as_dict)
            .and_then(|p| p.get(b"DisplayDocTitle"))
            .and_then(lopdf::Object::as_bool);
        assert_eq!(
            shown.ok(),
            Some(true),
            "the title, not the file name, is shown"
        );
    }
}
