//! Speed of exchanging assessments: the spreadsheet both ways (built-in checklist and 2,000
//! items) and the regional view of all eleven Member States, to figures and to a PDF.

#[path = "../tests/common/sample.rs"]
mod sample;

use std::hint::black_box;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use normcheck::checklist::{Checklist, builtin};
use normcheck::regional::{Input, Options, aggregate};
use normcheck::report::regional::render_regional;
use normcheck::report::{Format, ReportOptions};
use normcheck::session::timestamp_now;
use normcheck::sheets::{ExportInfo, export_assessment, read_assessment};
use sample::{filled_session, large_checklist};

fn sheets(c: &mut Criterion) {
    let builtin = builtin().expect("built-in checklist");
    let large = Arc::new(large_checklist(&builtin, 2000));
    let cases: [(&str, Arc<Checklist>); 2] = [("built-in", builtin), ("2,000 items", large)];
    for (name, checklist) in cases {
        let session = filled_session(&checklist, 200);
        let info = ExportInfo {
            exported: timestamp_now(),
            tr: normcheck::i18n::Tr::english(),
        };
        c.bench_function(&format!("sheet export ({name}, all answered)"), |b| {
            b.iter(|| export_assessment(&checklist, black_box(&session), &info).expect("export"))
        });
        let bytes = export_assessment(&checklist, &session, &info).expect("export");
        c.bench_function(&format!("sheet import ({name}, all answered)"), |b| {
            b.iter(|| read_assessment(black_box(&bytes), &checklist, &session).expect("import"))
        });
    }
}

fn regional(c: &mut Criterion) {
    let checklist = builtin().expect("built-in checklist");
    let states = [
        "Brunei Darussalam",
        "Cambodia",
        "Indonesia",
        "Lao People's Democratic Republic",
        "Malaysia",
        "Myanmar",
        "Philippines",
        "Singapore",
        "Thailand",
        "Timor-Leste",
        "Viet Nam",
    ];
    let inputs: Vec<Input> = states
        .iter()
        .enumerate()
        .map(|(i, state)| {
            // Different levels per State, so the statistics have something to spread.
            let mut session = filled_session(&checklist, 200);
            for (n, answer) in session.answers.values_mut().enumerate() {
                answer.level = answer.level.map(|level| (level + (i + n) as i64) % 5);
            }
            session.meta.member_state = Some((*state).to_owned());
            Input {
                source: format!("{state}.json"),
                session,
                checklist: checklist.clone(),
            }
        })
        .collect();
    c.bench_function("aggregate (11 States, built-in)", |b| {
        b.iter(|| aggregate(black_box(&inputs), Options::default()).expect("aggregate"))
    });
    let outcome = aggregate(&inputs, Options::default()).expect("aggregate");
    let options = ReportOptions {
        format: Format::Pdf,
        ..ReportOptions::default()
    };
    c.bench_function("regional PDF (11 States, built-in)", |b| {
        b.iter(|| {
            render_regional(black_box(&outcome.regional), &checklist, &options, None)
                .expect("render")
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = sheets, regional
}
criterion_main!(benches);
