//! The other commands that write for people, in each shipped language: the regional report
//! (`aggregate --lang`), a comparison (`compare --lang`), scores over time (`trend --lang`),
//! the checklist workbook's instructions, and the command line's own messages, which follow
//! the system's language — none of them falls back to English boilerplate.

mod common;

use std::path::{Path, PathBuf};

use common::{arg, openpyxl, pdf_text, run_normcheck, text};
use normcheck::checklist::builtin;
use normcheck::files::save_session;
use normcheck::i18n::{Catalog, Tr};
use normcheck::session::{Edit, Meta, Session, timestamp_now};

/// The regional report's English words that must not appear in another language.
const REGIONAL_ENGLISH: [&str; 9] = [
    "Regional view",
    "Summary",
    "Distribution per norm",
    "States per band",
    "hardest practical actions",
    "Support wanted",
    "Anonymity threshold",
    "Method",
    "Page 1 of",
];

/// A session of `state` with `level` on the first three items, saved as `name` in `dir`.
fn assessment(dir: &Path, name: &str, state: &str, level: i64) -> PathBuf {
    let checklist = builtin().unwrap();
    let meta = Meta {
        member_state: Some(state.into()),
        reporting_period: Some(name.into()),
        ..Meta::default()
    };
    let mut session = Session::new(&checklist, meta);
    for item in ["a.1", "a.2", "b.1"] {
        let edit = Edit::SetLevel {
            item: item.into(),
            level: Some(level),
        };
        session.apply(&checklist, edit, timestamp_now()).unwrap();
    }
    let path = dir.join(format!("{name}.json"));
    save_session(&path, &session).unwrap();
    path
}

/// Every shipped language but English, with its words.
fn languages() -> Vec<(String, Tr)> {
    let catalog = Catalog::shipped();
    catalog
        .languages()
        .iter()
        .filter(|l| l.code != "en")
        .map(|l| (l.code.clone(), catalog.tr(&l.code).unwrap()))
        .collect()
}

#[test]
fn the_regional_report_in_each_language_has_no_english_boilerplate() {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<PathBuf> = [
        ("kh", "Cambodia", 1),
        ("th", "Thailand", 2),
        ("vn", "Viet Nam", 3),
    ]
    .iter()
    .map(|(name, state, level)| assessment(dir.path(), name, state, *level))
    .collect();
    for (code, tr) in languages() {
        let pdf = dir.path().join(format!("regional-{code}.pdf"));
        let mut args = vec!["aggregate", "--format", "pdf", "--lang", &code, "-o"];
        args.push(arg(&pdf));
        args.extend(files.iter().map(|f| arg(f)));
        let out = run_normcheck(&args, &[]);
        assert!(out.status.success(), "{code}: {}", text(&out.stderr));
        let words = pdf_text(&pdf);
        for english in REGIONAL_ENGLISH {
            assert!(!words.contains(english), "{code}: {english:?} in English");
        }
        for id in ["regional-section-norms", "regional-section-method"] {
            let heading = tr.dynamic(id);
            assert!(words.contains(&heading), "{code}: no heading {heading:?}");
        }
        let norm_a = builtin().unwrap().localized(&code, None).checklist.norms[0]
            .title
            .clone();
        let start: String = norm_a.chars().take(12).collect();
        assert!(words.contains(&start), "{code}: norm (a) as {norm_a:?}");
    }
}

#[test]
fn a_comparison_and_the_scores_over_time_are_written_in_the_language_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let old = assessment(dir.path(), "2025", "Cambodia", 1);
    let new = assessment(dir.path(), "2026", "Cambodia", 3);
    for (code, tr) in languages() {
        let out = run_normcheck(&["compare", arg(&old), arg(&new), "--lang", &code], &[]);
        assert!(out.status.success(), "{code}: {}", text(&out.stderr));
        let table = text(&out.stdout);
        assert!(!table.contains("Progress from"), "{code}: {table}");
        assert!(!table.contains("items changed"), "{code}: {table}");
        let heading = normcheck::t!(tr, "compare-heading", old = "2025", new = "2026");
        assert!(table.contains(&heading), "{code}: {table}");

        let pdf = dir.path().join(format!("trend-{code}.pdf"));
        let args = [
            "trend",
            arg(&old),
            arg(&new),
            "--format",
            "pdf",
            "--lang",
            &code,
        ];
        let out = run_normcheck(&[&args[..], &["-o", arg(&pdf)]].concat(), &[]);
        assert!(out.status.success(), "{code}: {}", text(&out.stderr));
        let words = pdf_text(&pdf);
        for english in [
            "Scores over time",
            "The figures",
            "Overall",
            "assessments of",
        ] {
            assert!(!words.contains(english), "{code}: {english:?} in English");
        }
        assert!(
            words.contains(&tr.dynamic("trend-title")),
            "{code}: {words}"
        );
    }
}

#[test]
fn the_command_lines_messages_follow_the_systems_language() {
    let dir = tempfile::tempdir().unwrap();
    let truncated = dir.path().join("cut.json");
    std::fs::write(&truncated, b"{\"format\": \"normcheck-session\", \"answ").unwrap();
    let thai = [
        ("LANGUAGE", ""),
        ("LANG", "th_TH.UTF-8"),
        ("LC_ALL", ""),
        ("LC_MESSAGES", ""),
    ];
    let out = run_normcheck(&["validate", arg(&truncated)], &thai);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stderr);
    assert!(said.contains("cut.json"), "the file is named: {said}");
    assert!(!said.contains("ends too early"), "in English: {said}");
    assert!(
        said.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)),
        "{said}"
    );

    let english = [
        ("LANGUAGE", ""),
        ("LANG", "C.UTF-8"),
        ("LC_ALL", ""),
        ("LC_MESSAGES", ""),
    ];
    let out = run_normcheck(&["validate", arg(&truncated)], &english);
    assert!(
        text(&out.stderr).contains("ends too early"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn the_checklist_workbook_explains_itself_in_the_language_chosen() {
    let Some(python) = openpyxl() else { return };
    let dir = tempfile::tempdir().unwrap();
    let catalog = Catalog::shipped();
    let vietnamese = catalog.tr("vi").unwrap();
    let book = dir.path().join("template.xlsx");
    let out = run_normcheck(
        &["checklist", "template", "--lang", "vi", "-o", arg(&book)],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let read = std::process::Command::new(python)
        .args([
            "-c",
            "import sys, openpyxl; s = openpyxl.load_workbook(sys.argv[1]).worksheets[0]; \
             print('\\n'.join(str(c.value) for c in s['A'] if c.value))",
            arg(&book),
        ])
        .output()
        .unwrap();
    let about = text(&read.stdout);
    assert!(
        about.contains(&vietnamese.dynamic("checklist-sheet-template-title")),
        "{about}"
    );
    assert!(!about.contains("Fill in the sheets"), "in English: {about}");
    // What import reads back stays as it is: it reads the Vietnamese template's sheets.
    let json = dir.path().join("empty.json");
    let out = run_normcheck(&["checklist", "import", arg(&book), "-o", arg(&json)], &[]);
    assert!(
        !text(&out.stderr).contains("no sheet named"),
        "{}",
        text(&out.stderr)
    );
}
