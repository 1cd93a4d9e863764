//! Layout invariants of the PDF report, read back with `pdftotext -bbox` (poppler-utils, which
//! CI installs): nothing outside the margins, no heading left alone at the foot of a page.

mod common;

use std::process::Command;

use common::sample::filled_session;
use normcheck::checklist::builtin;
use normcheck::report::{Format, ReportOptions, render, report_model};
use time::macros::datetime;

/// Page margins of the report in points (18 mm left and right, 20 mm top and bottom).
const SIDE: f64 = 18.0 * 72.0 / 25.4;
const TOP_BOTTOM: f64 = 20.0 * 72.0 / 25.4;
/// Slack for glyph overhang and rounding.
const SLACK: f64 = 1.5;

struct Word {
    x_min: f64,
    y_min: f64,
    x_max: f64,
    y_max: f64,
    text: String,
}

struct Page {
    width: f64,
    height: f64,
    words: Vec<Word>,
}

fn attr(line: &str, name: &str) -> f64 {
    let key = format!("{name}=\"");
    let start = line.find(&key).map(|i| i + key.len()).unwrap();
    let end = start + line[start..].find('"').unwrap();
    line[start..end].parse().unwrap()
}

/// Words and their boxes per page, or `None` (with a note) when pdftotext is not installed.
fn pages(pdf: &[u8]) -> Option<Vec<Page>> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = match Command::new("pdftotext")
        .arg("-bbox")
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(out) if out.status.success() => out,
        _ => {
            eprintln!("note: pdftotext (poppler-utils) is not installed; layout checks skipped");
            return None;
        }
    };
    let mut pages: Vec<Page> = Vec::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let line = line.trim();
        if line.starts_with("<page ") {
            pages.push(Page {
                width: attr(line, "width"),
                height: attr(line, "height"),
                words: Vec::new(),
            });
        } else if line.starts_with("<word ") {
            let text_start = line.find('>').unwrap() + 1;
            let text_end = line.rfind("</word>").unwrap();
            let word = Word {
                x_min: attr(line, "xMin"),
                y_min: attr(line, "yMin"),
                x_max: attr(line, "xMax"),
                y_max: attr(line, "yMax"),
                text: line[text_start..text_end]
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">"),
            };
            pages.last_mut().unwrap().words.push(word);
        }
    }
    Some(pages)
}

/// The running header and footer, which sit inside the top and bottom margins by design.
fn is_furniture(page: &Page, word: &Word) -> bool {
    word.y_max < TOP_BOTTOM || word.y_min > page.height - TOP_BOTTOM
}

/// A session whose texts are long: 500-character notes everywhere, one note that is a single
/// 300-character "word" (a link), a long organisation name and long agency names.
fn demanding_pdf() -> (Vec<u8>, normcheck::report::Report) {
    let checklist = builtin().unwrap();
    let mut session = filled_session(&checklist, 500);
    session.meta.organisation = Some(
        "National Cyber Security Agency, Directorate of International Cooperation and Policy Coordination, Office of the Deputy Director-General".into(),
    );
    let link = format!("https://intranet.example.gov/evidence/{}", "x".repeat(300));
    if let Some(a) = session.answers.get_mut("b.2") {
        a.note = Some(link.clone());
        a.evidence = vec![link];
        a.owner = Some("Ministry of Information and Communications, Department of Information Security, Incident Response Division".into());
    }
    let options = ReportOptions {
        format: Format::Pdf,
        generated: Some(datetime!(2026-11-25 12:00 UTC)),
        ..ReportOptions::default()
    };
    let pdf = render(&checklist, &session, &options).unwrap();
    let model = report_model(&checklist, &session, &options);
    (pdf, model)
}

#[test]
fn no_text_falls_outside_the_page_margins() {
    let (pdf, _) = demanding_pdf();
    let Some(pages) = pages(&pdf) else { return };
    assert!(pages.len() > 20);
    let mut outside = Vec::new();
    for (n, page) in pages.iter().enumerate() {
        for w in &page.words {
            let horizontal = w.x_min >= SIDE - SLACK && w.x_max <= page.width - SIDE + SLACK;
            let vertical = is_furniture(page, w)
                || (w.y_min >= TOP_BOTTOM - SLACK && w.y_max <= page.height - TOP_BOTTOM + SLACK);
            let on_page = w.y_min >= 0.0 && w.y_max <= page.height;
            if !(horizontal && vertical && on_page) {
                let text: String = w.text.chars().take(60).collect();
                outside.push(format!(
                    "page {}: {text:?} at x {:.0}–{:.0}, y {:.0}–{:.0}",
                    n + 1,
                    w.x_min,
                    w.x_max,
                    w.y_min,
                    w.y_max
                ));
            }
        }
    }
    assert!(
        outside.is_empty(),
        "text outside the margins:\n{}",
        outside.join("\n")
    );
}

#[test]
fn no_heading_is_left_alone_at_the_foot_of_a_page() {
    let (pdf, model) = demanding_pdf();
    let Some(pages) = pages(&pdf) else { return };
    let mut headings: Vec<String> = model.norms.iter().map(|n| n.heading.clone()).collect();
    headings.extend(
        [
            "Executive summary",
            "Practical actions",
            "Action plan",
            "Methodology",
            "Answer scale",
            "Scoring",
            "About this report",
        ]
        .map(str::to_owned),
    );
    for (n, page) in pages.iter().enumerate().take(pages.len() - 1) {
        let Some(last) = page
            .words
            .iter()
            .filter(|w| !is_furniture(page, w))
            .max_by(|a, b| a.y_max.total_cmp(&b.y_max))
        else {
            continue;
        };
        let line: String = page
            .words
            .iter()
            .filter(|w| !is_furniture(page, w) && (w.y_max - last.y_max).abs() < 2.0)
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            !headings.iter().any(|h| line.trim() == h.trim()),
            "page {} ends with the heading {line:?}",
            n + 1
        );
    }
}
