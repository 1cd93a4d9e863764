//! One frame of the walk-through screen, laid out by egui without a GPU.

#[path = "../tests/common/sample.rs"]
mod sample;

use std::hint::black_box;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use normcheck::checklist::builtin;
use normcheck::ui::{AppConfig, AppState, OpenDocument, RecoveryStore, install_fonts};
use sample::{filled_session, large_checklist};

fn frame_input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    }
}

fn app_with(doc: OpenDocument) -> (egui::Context, AppState) {
    let ctx = egui::Context::default();
    install_fonts(&ctx);
    let config = AppConfig {
        native_dialogs: false,
        recovery: RecoveryStore::at(None),
        background_work: false,
    };
    let mut app = AppState::new(config, Vec::new());
    app.show_document(doc);
    // Warm up: fonts, galley caches and layout settle over the first frames.
    for _ in 0..5 {
        let _ = ctx.run_ui(frame_input(), |ui| app.ui(ui));
    }
    (ctx, app)
}

fn frames(c: &mut Criterion) {
    let checklist = builtin().expect("built-in checklist");
    let session = filled_session(&checklist, 200);
    let (ctx, mut app) = app_with(OpenDocument::new(session, checklist.clone(), None));
    c.bench_function("walk-through frame (built-in, all answered)", |b| {
        b.iter(|| black_box(ctx.run_ui(frame_input(), |ui| app.ui(ui))))
    });

    let scripts = sample::filled_session_in_scripts(&checklist, 200);
    let (ctx, mut app) = app_with(OpenDocument::new(scripts, checklist.clone(), None));
    c.bench_function(
        "walk-through frame (built-in, notes in Thai, Khmer, Lao, Myanmar)",
        |b| b.iter(|| black_box(ctx.run_ui(frame_input(), |ui| app.ui(ui)))),
    );

    let large = Arc::new(large_checklist(&checklist, 2000));
    let session = filled_session(&large, 200);
    let (ctx, mut app) = app_with(OpenDocument::new(session, large, None));
    c.bench_function("walk-through frame (generated 2,000 items)", |b| {
        b.iter(|| black_box(ctx.run_ui(frame_input(), |ui| app.ui(ui))))
    });
}

criterion_group!(benches, frames);
criterion_main!(benches);
