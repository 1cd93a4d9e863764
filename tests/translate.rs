//! A ministry adds its language without a new build: `translate export` writes the translator's
//! workbook, openpyxl (an xlsx library independent of ours) fills in the Translation column as
//! a translator in Excel would, `translate import` installs it in the user's data folder, and
//! `report --lang` and `translate list` use it. A workbook with mistakes installs nothing and
//! names each cell.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{arg, openpyxl, pdf_text, run_normcheck, text};
use normcheck::checklist::builtin;
use normcheck::files::save_session;
use normcheck::session::{Meta, Session};
use serde_json::json;

/// Runs normcheck with its data folder (installed languages) in `data`.
fn normcheck(data: &Path, args: &[&str]) -> Output {
    run_normcheck(args, &[("NORMCHECK_DATA_DIR", arg(data))])
}

fn fill(python: &str, workbook: &Path, fill: &serde_json::Value, out: &Path) {
    let dir = out.parent().unwrap();
    let fill_path = dir.join("fill.json");
    std::fs::write(&fill_path, serde_json::to_vec(fill).unwrap()).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/xlsx_peer.py");
    let done = Command::new(python)
        .arg(script)
        .args(["translate", arg(workbook), arg(&fill_path), arg(out)])
        .output()
        .unwrap();
    assert!(done.status.success(), "{}", text(&done.stderr));
}

#[test]
fn a_lao_translation_filled_in_excel_is_installed_and_used_by_the_report() {
    let Some(python) = openpyxl() else { return };
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let workbook = dir.path().join("lo.xlsx");
    let out = normcheck(
        &data,
        &["translate", "export", "--lang", "lo", "-o", arg(&workbook)],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));

    let filled = dir.path().join("lo-filled.xlsx");
    let lao = json!({
        "messages": {
            "language-name": "ລາວ",
            "report-section-summary": "ບົດສະຫຼຸບສຳລັບຜູ້ບໍລິຫານ",
            "report-page": "ໜ້າ { $page } ຈາກ { $total }",
        },
        "checklist": {"norms.a.title": "ຮ່ວມມືເພື່ອສະຖຽນລະພາບ ແລະ ຄວາມໝັ້ນຄົງ"}
    });
    fill(python, &workbook, &lao, &filled);
    let out = normcheck(&data, &["translate", "import", arg(&filled)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(data.join("languages/lo/normcheck.ftl").exists());

    let list = normcheck(&data, &["translate", "list"]);
    let listed = text(&list.stdout);
    assert!(listed.contains("lo ລາວ: 3/"), "{listed}");
    assert!(listed.contains("1/302 checklist texts"), "{listed}");
    let english = listed.lines().find(|l| l.starts_with("en ")).unwrap();
    let all = english
        .split(": ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap();
    assert!(
        listed.contains(&format!("th ไทย: {all} messages")),
        "{listed}"
    );

    let session = dir.path().join("s.json");
    let checklist = builtin().unwrap();
    save_session(&session, &Session::new(&checklist, Meta::default())).unwrap();
    let pdf = dir.path().join("r.pdf");
    let out = normcheck(
        &data,
        &["report", arg(&session), "--lang", "lo", "-o", arg(&pdf)],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let words = pdf_text(&pdf);
    assert!(words.contains("ບົດສະຫຼຸບສຳລັບຜູ້ບໍລິຫານ"), "the Lao heading");
    assert!(words.contains("ໜ້າ 1 ຈາກ"), "the Lao page numbers");
    assert!(words.contains("ຮ່ວມມືເພື່ອສະຖຽນລະພາບ"), "the Lao norm title");
    assert!(
        words.contains("Action plan"),
        "untranslated messages stay in English"
    );
}

#[test]
fn a_workbook_with_mistakes_names_each_cell_and_installs_nothing() {
    let Some(python) = openpyxl() else { return };
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let workbook = dir.path().join("my.xlsx");
    let out = normcheck(
        &data,
        &["translate", "export", "--lang", "my", "-o", arg(&workbook)],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let filled = dir.path().join("my-filled.xlsx");
    let broken = json!({
        "messages": {
            "report-page": "စာမျက်နှာ { $page }",
            "report-section-summary": "{ အကျဉ်းချုပ်",
        },
    });
    fill(python, &workbook, &broken, &filled);
    let out = normcheck(&data, &["translate", "import", arg(&filled)]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("Messages!C") && stderr.contains("lost { $total }"),
        "{stderr}"
    );
    assert!(stderr.contains("not a valid message"), "{stderr}");
    assert!(stderr.contains("nothing installed"), "{stderr}");
    assert!(!data.join("languages/my").exists());

    let out = normcheck(&data, &["report", "--lang", "my", "x.json", "-o", "y.pdf"]);
    assert_eq!(out.status.code(), Some(2), "my is not a language here");

    // The code names a folder: one that would lead out of the data folder is refused.
    let outside = dir.path().join("outside.xlsx");
    let fill_in = json!({"language": "../../evil", "messages": {"menu-file": "x"}});
    fill(python, &workbook, &fill_in, &outside);
    let out = normcheck(&data, &["translate", "import", arg(&outside)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("About!B1"),
        "{}",
        text(&out.stderr)
    );
    assert!(!dir.path().join("evil").exists() && !data.join("languages").exists());
}
