//! Speed and size of the report: the built-in checklist with 500-character notes on every
//! item, the 2,000-item case (built-in item texts repeated, two evidence entries each) and a
//! note that is one 20,000-character word, in-process and as a whole `normcheck report`.

#[path = "../tests/common/sample.rs"]
mod sample;

use std::hint::black_box;
use std::process::Command;

use criterion::{Criterion, criterion_group, criterion_main};
use normcheck::checklist::builtin;
use normcheck::files::save_session;
use normcheck::report::{Format, ReportOptions, render};
use sample::{filled_session, filled_session_in_scripts, large_report_case, long_word_session};
use time::macros::datetime;

fn report(c: &mut Criterion) {
    let checklist = builtin().expect("built-in checklist");
    let session = filled_session(&checklist, 500);
    let (large, large_session) = large_report_case(&checklist);
    let long_word = long_word_session(&checklist);
    let scripts = filled_session_in_scripts(&checklist, 500);
    let large_scripts = filled_session_in_scripts(&large, 500);
    let pdf = ReportOptions {
        generated: Some(datetime!(2026-11-25 12:00 UTC)),
        ..ReportOptions::default()
    };
    let md = ReportOptions {
        format: Format::Markdown,
        ..pdf.clone()
    };

    for (name, c, s) in [
        ("built-in, 500-char notes", &*checklist, &session),
        ("2,000 items, 500-char notes", &large, &large_session),
        ("one 20,000-character word", &*checklist, &long_word),
        (
            "2,000 items, notes in Thai, Khmer, Lao, Myanmar",
            &large,
            &large_scripts,
        ),
    ] {
        let bytes = render(c, s, &pdf).expect("render");
        let pages = lopdf::Document::load_mem(&bytes)
            .map(|d| d.get_pages().len())
            .unwrap_or(0);
        eprintln!("report size ({name}): {} bytes, {pages} pages", bytes.len());
    }

    let mut group = c.benchmark_group("report");
    group.sample_size(10);
    group.bench_function("pdf (built-in, 500-char notes)", |b| {
        b.iter(|| render(black_box(&checklist), black_box(&session), &pdf))
    });
    group.bench_function("markdown (built-in, 500-char notes)", |b| {
        b.iter(|| render(black_box(&checklist), black_box(&session), &md))
    });
    group.bench_function("pdf (one 20,000-character word)", |b| {
        b.iter(|| render(black_box(&checklist), black_box(&long_word), &pdf))
    });
    group.bench_function("pdf (2,000 items, 500-char notes)", |b| {
        b.iter(|| render(black_box(&large), black_box(&large_session), &pdf))
    });
    group.bench_function("pdf (built-in, notes in Thai, Khmer, Lao, Myanmar)", |b| {
        b.iter(|| render(black_box(&checklist), black_box(&scripts), &pdf))
    });
    group.bench_function(
        "pdf (2,000 items, notes in Thai, Khmer, Lao, Myanmar)",
        |b| b.iter(|| render(black_box(&large), black_box(&large_scripts), &pdf)),
    );

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("session.json");
    let out = dir.path().join("report.pdf");
    save_session(&path, &session).expect("save");
    let exe = env!("CARGO_BIN_EXE_normcheck");
    group.bench_function(
        "normcheck report (whole process, built-in, 500-char notes)",
        |b| {
            b.iter(|| {
                let status = Command::new(exe)
                    .arg("report")
                    .arg(&path)
                    .arg("-o")
                    .arg(&out)
                    .status()
                    .expect("run normcheck");
                assert!(status.success());
            })
        },
    );
    group.finish();
}

criterion_group!(benches, report);
criterion_main!(benches);
