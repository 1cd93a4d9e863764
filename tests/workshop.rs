//! What a trainer prepares for a workshop: the printed guide (`normcheck guide`) with every
//! section and its screenshots, in the language chosen, and Exampleland's files
//! (`normcheck example`), which `validate` accepts and whose `compare` and `merge` show the
//! prepared progress and conflict.

mod common;

use common::{arg, pdf_text, run_normcheck, text};
use normcheck::help::Section;
use normcheck::i18n::Catalog;

/// How many pictures a PDF holds (poppler's pdfimages).
fn pictures(pdf: &std::path::Path) -> usize {
    let out = std::process::Command::new("pdfimages")
        .arg("-list")
        .arg(pdf)
        .output()
        .expect("pdfimages (poppler-utils) is installed");
    text(&out.stdout)
        .lines()
        .skip(2)
        .filter(|l| l.contains("image"))
        .count()
}

#[test]
fn the_printed_guide_has_every_section_in_the_language_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = Catalog::shipped();
    for language in catalog.languages() {
        let tr = catalog.tr(&language.code).unwrap();
        let pdf = dir.path().join(format!("guide-{}.pdf", language.code));
        let args = ["guide", "--lang", &language.code, "-o", arg(&pdf)];
        let out = run_normcheck(&args, &[]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let words = pdf_text(&pdf);
        for section in Section::ALL {
            let title = section.title(&tr);
            assert!(words.contains(&title), "{}: {title:?}", language.code);
        }
        if language.code != "en" {
            assert!(
                !words.contains("Getting started"),
                "{}: English",
                language.code
            );
        }
        let caption = Section::Dashboard.figure(&tr).unwrap().caption;
        let start: String = caption.chars().take(10).collect();
        assert!(words.contains(&start), "{}: {caption:?}", language.code);
        assert_eq!(
            pictures(&pdf),
            3,
            "{}: the three screenshots",
            language.code
        );
    }
}

#[test]
fn exampleland_validates_and_shows_its_progress_and_its_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_normcheck(&["example", "-o", arg(dir.path())], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let this_year = dir.path().join("exampleland-2026.json");
    let last_year = dir.path().join("exampleland-2025.json");
    let parts = dir.path().join("contributions");
    let mut contributions: Vec<_> = std::fs::read_dir(&parts)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    contributions.sort();
    assert_eq!(contributions.len(), 2);

    let mut files = vec![arg(&this_year), arg(&last_year)];
    files.extend(contributions.iter().map(|p| arg(p)));
    let out = run_normcheck(&[&["validate"][..], &files].concat(), &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));

    let out = run_normcheck(
        &[
            "compare",
            arg(&last_year),
            arg(&this_year),
            "--format",
            "json",
        ],
        &[],
    );
    let comparison: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let delta = comparison["overall"]["delta"].as_f64().unwrap();
    assert!(delta > 0.0, "this year is further along: {delta}");

    let merged = dir.path().join("merged.json");
    let mut args = vec!["merge", arg(&this_year)];
    args.extend(contributions.iter().map(|p| arg(p)));
    args.extend(["-o", arg(&merged), "--json"]);
    let out = run_normcheck(&args, &[]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "a conflict: {}",
        text(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(report["merged"].as_u64().unwrap() > 0, "a change is taken");
    assert_eq!(report["conflicts"][0]["item"], "g.5");

    let again = run_normcheck(&["example", "-o", arg(dir.path())], &[]);
    assert_eq!(
        again.status.code(),
        Some(1),
        "existing files are not replaced"
    );
}
