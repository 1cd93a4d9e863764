//! Speed of the model steps a user waits for: parse + validate, load, score, save, and an
//! edit with its undo.

#[path = "../tests/common/sample.rs"]
mod sample;

use std::hint::black_box;
use std::process::Command;

use criterion::{Criterion, criterion_group, criterion_main};
use normcheck::checklist::{BUILTIN_JSON, builtin, parse_checklist};
use normcheck::files::{load_session, save_session};
use normcheck::scoring::score;
use normcheck::session::{Edit, History, timestamp_now};
use sample::{filled_session, large_checklist};

fn model(c: &mut Criterion) {
    let checklist = builtin().expect("built-in checklist");
    let session = filled_session(&checklist, 200);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("session.json");
    save_session(&path, &session).expect("save");

    c.bench_function("checklist parse+validate (built-in)", |b| {
        b.iter(|| parse_checklist(black_box(BUILTIN_JSON.as_bytes())))
    });
    c.bench_function(
        "session open through the door (built-in, all answered)",
        |b| b.iter(|| load_session(black_box(&path))),
    );
    c.bench_function("score (built-in, all answered)", |b| {
        b.iter(|| score(black_box(&checklist), black_box(&session)))
    });
    c.bench_function("session save, atomic (built-in, all answered)", |b| {
        b.iter(|| save_session(black_box(&path), black_box(&session)))
    });

    // One keystroke in a note (applied through the history) and its undo, on a 2,000-item
    // assessment: what a user waits for per key and per Ctrl+Z.
    let large = large_checklist(&checklist, 2000);
    let mut big = filled_session(&large, 200);
    let item = large
        .items()
        .next()
        .map(|(_, i)| i.id.clone())
        .expect("an item");
    let mut history = History::new();
    let mut n = 0u64;
    c.bench_function("edit + undo through the history (2,000 items)", |b| {
        b.iter(|| {
            n += 1;
            let edit = Edit::SetNote {
                item: item.clone(),
                text: format!("note {n}"),
            };
            let _ = history.apply(&mut big, &large, edit, timestamp_now());
            history.undo(black_box(&mut big))
        })
    });

    let exe = env!("CARGO_BIN_EXE_normcheck");
    let mut group = c.benchmark_group("process");
    group.sample_size(30);
    group.bench_function("normcheck score (whole process)", |b| {
        b.iter(|| {
            let out = Command::new(exe)
                .arg("score")
                .arg(&path)
                .output()
                .expect("run normcheck");
            assert!(out.status.success());
        })
    });
    group.finish();
}

criterion_group!(benches, model);
criterion_main!(benches);
