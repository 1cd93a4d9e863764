//! One rounding rule for percentages: the command line's score table and the report say the
//! same whole number as the app's screens (62.5 % shows as 63 %, never 62 % in one place and
//! 63 % in another).

mod common;

use common::{arg, run_normcheck, text};
use normcheck::checklist::builtin;
use normcheck::files::save_session;
use normcheck::report::{Format, ReportOptions, report_model, to_markdown};
use normcheck::session::{Edit, Meta, Session, timestamp_now};

/// A session with 5 of norm (a)'s 8 items answered: 62.5 % of the norm, 5 of 85 overall.
fn five_of_eight() -> Session {
    let checklist = builtin().unwrap();
    let mut session = Session::new(&checklist, Meta::default());
    session.meta.member_state = Some("Lao PDR".into());
    for n in 1..=5 {
        let edit = Edit::SetLevel {
            item: format!("a.{n}"),
            level: Some(2),
        };
        session.apply(&checklist, edit, timestamp_now()).unwrap();
    }
    session
}

#[test]
fn the_score_table_rounds_a_half_percent_up() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lao.json");
    save_session(&path, &five_of_eight()).unwrap();
    let out = run_normcheck(&["score", arg(&path)], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let row = stdout
        .lines()
        .find(|l| l.starts_with("(a)"))
        .expect("a row for norm (a)");
    assert!(row.trim_end().ends_with("63%"), "{row}");
}

#[test]
fn the_report_rounds_a_half_percent_up_in_the_norm_and_on_the_cover() {
    let checklist = builtin().unwrap();
    let session = five_of_eight();
    let options = ReportOptions {
        format: Format::Markdown,
        ..ReportOptions::default()
    };
    let markdown = to_markdown(&report_model(&checklist, &session, &options));
    assert!(markdown.contains("- **Completion:** 63 %"), "{markdown}");
    // 5 of the built-in checklist's items answered overall: a share between 0 and 1 % is
    // never printed as 0 %.
    let items = checklist.items().count() as f64;
    let overall = normcheck::scoring::whole_percent(500.0 / items);
    assert!(
        markdown.contains(&format!("Draft — {overall} % complete")),
        "{markdown}"
    );
}
