//! The window's language and the report's: View > Language switches the window at once, and a
//! report can be exported in another language than the window's.

use egui_kittest::kittest::Queryable as _;
use normcheck::i18n::Catalog;
use normcheck::session::Meta;
use normcheck::ui::Action;

use crate::helpers::*;

#[test]
fn a_report_is_exported_in_the_language_chosen_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = session_file(dir.path(), "vn.json", Meta::default(), answers(&["a.1"], 2));
    let mut h = app(dir.path());
    open(&mut h, &path);
    h.get_by_label("File").click();
    h.run();
    assert!(
        h.query_by_label("Export PDF report (A4) in").is_some(),
        "the File menu offers the report in another language"
    );
    h.state_mut().push(Action::ExportPdfIn("th".into()));
    h.run();
    let pdf = dir.path().join("th.pdf");
    save_report_to(&mut h, &pdf);
    let words = crate::common::pdf_text(&pdf);
    let th = Catalog::shipped().tr("th").unwrap();
    assert!(
        words.contains(&th.dynamic("report-section-summary")),
        "a Thai report"
    );
    assert!(!words.contains("Executive summary"));
    assert!(
        h.query_by_label("Edit").is_some(),
        "the window stays in English"
    );

    h.state_mut()
        .push(Action::ExportPdf(normcheck::report::Paper::A4));
    h.run();
    let pdf = dir.path().join("en.pdf");
    save_report_to(&mut h, &pdf);
    // The first export's "Report saved to" is still in the status bar: wait for this one.
    wait_for(&mut h, &format!("Report saved to {}", pdf.display()));
    let english = crate::common::pdf_text(&pdf);
    assert!(
        english.contains("Executive summary"),
        "back in the window's: {}",
        english.chars().take(300).collect::<String>()
    );
}
