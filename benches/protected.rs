//! Opening and saving a passphrase-protected session: dominated by scrypt at work factor 18,
//! which is what makes guessing passphrases slow — and each open or save take about a second.

#[path = "../tests/common/sample.rs"]
mod sample;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use normcheck::checklist::builtin;
use normcheck::files::protect::{Passphrase, Protection};
use normcheck::files::{OpenOptions, PassphraseSource, open_assessment, save_session_as};
use sample::filled_session;

struct Given(Passphrase);

impl PassphraseSource for Given {
    fn passphrase(&mut self, _path: &std::path::Path) -> Result<Option<Passphrase>, String> {
        Ok(Some(self.0.clone()))
    }
}

fn protected(c: &mut Criterion) {
    let checklist = builtin().expect("built-in checklist");
    let session = filled_session(&checklist, 200);
    let passphrase = Passphrase::from("correct horse battery staple".to_owned());
    let protection = Protection::with_passphrase(passphrase.clone());
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("session.normcheck.age");

    let mut group = c.benchmark_group("protected");
    group.sample_size(10);
    group.bench_function("save, scrypt 18 (built-in, all answered)", |b| {
        b.iter(|| {
            save_session_as(
                black_box(&path),
                black_box(&session),
                &checklist,
                &protection,
                Default::default(),
            )
        })
    });
    save_session_as(&path, &session, &checklist, &protection, Default::default()).expect("save");
    group.bench_function("open, scrypt 18 (built-in, all answered)", |b| {
        b.iter(|| {
            let mut source = Given(passphrase.clone());
            let options = OpenOptions {
                checklist: None,
                passphrase: Some(&mut source),
                use_checklist_file: false,
            };
            open_assessment(black_box(&path), options).expect("opens")
        })
    });
    group.finish();
}

criterion_group!(benches, protected);
criterion_main!(benches);
