//! The report in each shipped language, as a minister would read it: `normcheck report --lang`
//! read back with `pdftotext` holds the language's headings and none of the English
//! boilerplate; an unknown language is a usage error naming those there are; checklists of
//! the format before translations still open.

mod common;

use std::path::Path;

use common::{arg, fixture, pdf_text, run_normcheck, text};
use normcheck::checklist::{builtin, parse_checklist};
use normcheck::files::save_session;
use normcheck::i18n::Catalog;
use normcheck::session::{Edit, Meta, Priority, Session, parse_date, timestamp_now};

/// The report's English words that must not appear in a report in another language.
const ENGLISH_BOILERPLATE: [&str; 16] = [
    "Executive summary",
    "Action plan",
    "Methodology",
    "Support wanted",
    "Practical actions",
    "Answer scale",
    "About this report",
    "Member State",
    "Responsible agency",
    "Target date",
    "Current answer",
    "Completion",
    "Page 1 of",
    "Score per norm",
    "Not answered",
    "items are answered",
];

/// A session with a few answers, written into `dir`.
fn session(dir: &Path) -> std::path::PathBuf {
    let checklist = builtin().unwrap();
    let meta = Meta {
        member_state: Some("Cambodia".into()),
        ..Meta::default()
    };
    let mut session = Session::new(&checklist, meta);
    let edits = [
        Edit::SetLevel {
            item: "a.1".into(),
            level: Some(2),
        },
        Edit::SetOwner {
            item: "a.1".into(),
            text: "National CERT".into(),
        },
        Edit::SetPriority {
            item: "a.1".into(),
            priority: Some(Priority::High),
        },
        Edit::SetTargetDate {
            item: "a.1".into(),
            date: parse_date("2026-12-04"),
        },
        Edit::SetLevel {
            item: "b.1".into(),
            level: Some(4),
        },
    ];
    for edit in edits {
        session.apply(&checklist, edit, timestamp_now()).unwrap();
    }
    let path = dir.join("s.json");
    save_session(&path, &session).unwrap();
    path
}

#[test]
fn the_report_in_each_language_has_no_english_boilerplate() {
    let dir = tempfile::tempdir().unwrap();
    let session = session(dir.path());
    let catalog = Catalog::shipped();
    for language in catalog.languages().iter().filter(|l| l.code != "en") {
        let tr = catalog.tr(&language.code).unwrap();
        let pdf = dir.path().join(format!("{}.pdf", language.code));
        let out = run_normcheck(
            &[
                "report",
                arg(&session),
                "--lang",
                &language.code,
                "-o",
                arg(&pdf),
            ],
            &[],
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        let words = pdf_text(&pdf);
        for english in ENGLISH_BOILERPLATE {
            assert!(
                !words.contains(english),
                "{}: {english:?} is printed in English",
                language.code
            );
        }
        for id in [
            "report-section-summary",
            "report-section-action-plan",
            "report-section-methodology",
        ] {
            let heading = tr.dynamic(id);
            assert!(
                words.contains(&heading),
                "{}: the heading {heading:?} is missing",
                language.code
            );
        }
        let page = normcheck::report::document::Words::in_language(&tr).page;
        let before_number = page.split("{page}").next().unwrap_or_default().trim();
        assert!(
            words.contains(&format!("{before_number}1"))
                || words.contains(&format!("{before_number} 1")),
            "{}: page numbers as {page:?}",
            language.code
        );
        let language_line = normcheck::t!(
            tr,
            "report-method-language",
            language = language.name.clone()
        );
        assert!(
            words.contains(language_line.trim_end_matches('.')),
            "{}: the methodology names the language",
            language.code
        );
        let checklist = builtin().unwrap();
        let local = checklist.localized(&language.code, None);
        assert!(
            local.fallbacks.is_empty(),
            "{}: the built-in checklist lacks {:?}",
            language.code,
            local.fallbacks
        );
        let norm_a = &local.checklist.norms[0].title;
        assert!(
            words.contains(norm_a.as_str()),
            "{}: {norm_a:?}",
            language.code
        );
    }
}

#[test]
fn a_thai_report_counts_years_in_the_buddhist_era() {
    let dir = tempfile::tempdir().unwrap();
    let session = session(dir.path());
    let md = dir.path().join("th.md");
    let out = run_normcheck(
        &[
            "report",
            arg(&session),
            "--lang",
            "th",
            "--format",
            "md",
            "-o",
            arg(&md),
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = std::fs::read_to_string(&md).unwrap();
    assert!(report.contains("04/12/2569"), "the target date of a.1");
    assert!(!report.contains("2026-12-04"));
}

#[test]
fn an_unknown_language_is_a_usage_error_naming_those_there_are() {
    let dir = tempfile::tempdir().unwrap();
    let session = session(dir.path());
    let out = run_normcheck(
        &[
            "report",
            arg(&session),
            "--lang",
            "xx",
            "-o",
            arg(&dir.path().join("r.pdf")),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    for listed in ["en (English)", "vi (Tiếng Việt)", "th (ไทย)", "km (ខ្មែរ)"]
    {
        assert!(stderr.contains(listed), "{listed} in {stderr}");
    }
    assert!(!dir.path().join("r.pdf").exists());
}

#[test]
fn a_checklist_of_the_format_before_translations_still_opens() {
    let bytes = std::fs::read(fixture("checklist-nic-2.0.0-format-1.json")).unwrap();
    let old = parse_checklist(&bytes).unwrap();
    assert_eq!(old.format_version, 2, "read as the current format");
    assert!(old.translations.is_empty());
    let mut current = (*builtin().unwrap()).clone();
    current.translations.clear();
    assert_eq!(old, current, "the same questions as the built-in checklist");
}
