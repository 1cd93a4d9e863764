//! `normcheck sheet export` / `sheet import`: an assessment goes out to a workbook, cells are
//! edited by openpyxl (an xlsx reader/writer independent of ours), and the import gives the
//! session the edits describe, or every problem with its cell.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{arg, openpyxl, run_normcheck, text};
use normcheck::checklist::builtin;
use normcheck::files::{load_session, save_session};
use normcheck::i18n::Catalog;
use normcheck::session::{Meta, Priority, Session, parse_date};
use normcheck::sheets::columns::Column;
use serde_json::{Value, json};

fn peer(python: &str, args: &[&str]) -> String {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/xlsx_peer.py");
    let out = Command::new(python)
        .arg(script)
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

/// A session on the built-in checklist with a few answers, written into `dir`.
fn answered_session(dir: &Path) -> PathBuf {
    let checklist = builtin().unwrap();
    let meta = Meta {
        member_state: Some("Viet Nam".into()),
        classification: Some("TLP:AMBER".into()),
        ..Meta::default()
    };
    let mut session = Session::new(&checklist, meta);
    let a1 = session.answers.entry("a.1".into()).or_default();
    a1.level = Some(2);
    a1.note = Some("Drafted in 2025".into());
    a1.evidence = vec!["Decree 13/2023".into(), "Minutes of 3 May".into()];
    a1.owner = Some("National CERT".into());
    let a2 = session.answers.entry("a.2".into()).or_default();
    a2.level = Some(1);
    a2.flagged = true;
    let path = dir.join("session.json");
    save_session(&path, &session).unwrap();
    path
}

fn export(session: &Path, xlsx: &Path) {
    let out = run_normcheck(&["sheet", "export", arg(session), "-o", arg(xlsx)], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

fn import(xlsx: &Path, session: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "sheet",
        "import",
        arg(xlsx),
        "--into",
        arg(session),
        "-o",
        arg(out),
    ];
    args.extend_from_slice(extra);
    run_normcheck(&args, &[])
}

fn write_json(path: &Path, value: &Value) {
    std::fs::write(path, serde_json::to_vec(value).unwrap()).unwrap();
}

#[test]
fn an_unedited_export_imports_without_changes() {
    let dir = tempfile::tempdir().unwrap();
    let session = answered_session(dir.path());
    let xlsx = dir.path().join("s.xlsx");
    export(&session, &xlsx);
    let out_path = dir.path().join("out.json");
    let out = import(&xlsx, &session, &out_path, &["--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["changed"], json!([]), "{json}");
    assert_eq!(json["problems"], json!([]));
    assert_eq!(
        load_session(&out_path).unwrap().answers,
        load_session(&session).unwrap().answers
    );
}

#[test]
fn the_exported_sheet_has_the_columns_drop_downs_frozen_header_and_marking() {
    let Some(python) = openpyxl() else { return };
    let dir = tempfile::tempdir().unwrap();
    let session = answered_session(dir.path());
    let xlsx = dir.path().join("s.xlsx");
    export(&session, &xlsx);
    let seen: Value = serde_json::from_str(&peer(python, &["inspect", arg(&xlsx)])).unwrap();
    assert_eq!(seen["sheets"], json!(["About", "Assessment"]));
    assert_eq!(
        seen["headers"],
        json!([
            "Norm",
            "Item",
            "Practical action",
            "Level",
            "Not applicable",
            "Justification",
            "Note",
            "Evidence",
            "Responsible agency",
            "Target date",
            "Priority",
            "Flagged",
            "Support needed"
        ])
    );
    assert_eq!(
        seen["freeze"], "C2",
        "header row and the Norm and Item columns stay in view"
    );
    assert_eq!(seen["odd_header"], "TLP:AMBER");
    assert_eq!(seen["header_wrapped"], true);
    assert!(
        seen["widths"]["C"].as_f64().unwrap() > 40.0,
        "{}",
        seen["widths"]
    );
    let validations = seen["validations"].as_array().unwrap();
    let formula = |col: &str| {
        validations
            .iter()
            .find(|v| v[0].as_str().unwrap().starts_with(col))
            .map(|v| v[1].as_str().unwrap().to_owned())
    };
    assert!(
        formula("D").unwrap().starts_with("About!"),
        "Level lists the scale"
    );
    assert_eq!(formula("E").as_deref(), Some("\"Yes,No\""));
    assert_eq!(formula("K").as_deref(), Some("\"High,Medium,Low\""));
    let about = seen["about"].to_string();
    for wanted in [
        "TLP:AMBER",
        "Viet Nam",
        "normcheck-nic-reference",
        "Exported",
        "3 Implemented",
    ] {
        assert!(about.contains(wanted), "{wanted} on the About sheet");
    }
    assert!(about.contains("An empty cell clears that field"));
    let a1 = &seen["rows"]["a.1"];
    assert_eq!(a1["Level"], "2 In progress");
    assert_eq!(a1["Evidence"], "Decree 13/2023\nMinutes of 3 May");
    assert_eq!(seen["rows"]["a.2"]["Flagged"], "Yes");
}

#[test]
fn cells_edited_by_another_program_change_exactly_those_fields() {
    let Some(python) = openpyxl() else { return };
    let dir = tempfile::tempdir().unwrap();
    let session = answered_session(dir.path());
    let xlsx = dir.path().join("s.xlsx");
    export(&session, &xlsx);
    let edits = dir.path().join("edits.json");
    write_json(
        &edits,
        &json!({
            "a.1": {"Level": 3, "Note": null, "Evidence": "Decree 13/2023\nLaw 24/2018"},
            "a.2": {"Level": null, "Not applicable": "Yes", "Justification": "No such body"},
            "a.3": {
                "Level": "4 Institutionalised",
                "Target date": {"date": "2027-06-30"},
                "Priority": "High",
                "Support needed": "Training; Funding\nCSIRT staff exchange"
            },
            "b.1": {"Level": "1"}
        }),
    );
    let edited = dir.path().join("edited.xlsx");
    peer(python, &["edit", arg(&xlsx), arg(&edits), arg(&edited)]);

    let out_path = dir.path().join("out.json");
    let out = import(&edited, &session, &out_path, &["--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["changed"],
        json!([
            {"item": "a.1", "fields": ["level", "note", "evidence"]},
            {"item": "a.2", "fields": ["level", "justification"]},
            {"item": "a.3", "fields": ["level", "target_date", "priority", "support"]},
            {"item": "b.1", "fields": ["level"]},
        ])
    );
    assert_eq!(json["problems"], json!([]));

    let result = load_session(&out_path).unwrap();
    let a1 = &result.answers["a.1"];
    assert_eq!(a1.level, Some(3));
    assert_eq!(a1.note, None, "an empty cell clears the note");
    assert_eq!(a1.evidence, vec!["Decree 13/2023", "Law 24/2018"]);
    assert_eq!(a1.owner.as_deref(), Some("National CERT"), "unchanged");
    let a2 = &result.answers["a.2"];
    assert!(a2.not_applicable && a2.level.is_none());
    assert_eq!(a2.justification.as_deref(), Some("No such body"));
    assert!(a2.flagged, "unchanged");
    let a3 = &result.answers["a.3"];
    assert_eq!(a3.level, Some(4));
    assert_eq!(a3.target_date, parse_date("2027-06-30"));
    assert_eq!(a3.priority, Some(Priority::High));
    let support = a3.support.as_ref().unwrap();
    assert_eq!(support.kinds.len(), 2);
    assert_eq!(support.note.as_deref(), Some("CSIRT staff exchange"));
    assert_eq!(result.answers["b.1"].level, Some(1));
    assert_eq!(
        load_session(&session).unwrap(),
        load_session(&session).unwrap(),
        "the input session is never changed"
    );
}

#[test]
fn every_problem_is_named_by_its_cell_and_nothing_is_written_unless_partial() {
    let Some(python) = openpyxl() else { return };
    let dir = tempfile::tempdir().unwrap();
    let session = answered_session(dir.path());
    let xlsx = dir.path().join("s.xlsx");
    export(&session, &xlsx);
    // a.1 is on row 2, a.2 on row 3, a.3 on row 4 (checklist order).
    let edits = dir.path().join("edits.json");
    write_json(
        &edits,
        &json!({
            "a.1": {"Level": 9},
            "a.2": {"Target date": "soon", "Note": "Kept"},
            "a.3": {"Priority": "Urgent"}
        }),
    );
    let edited = dir.path().join("edited.xlsx");
    peer(python, &["edit", arg(&xlsx), arg(&edits), arg(&edited)]);
    let row = dir.path().join("row.json");
    write_json(&row, &json!({"Item": "z.9", "Note": "stray"}));
    let with_row = dir.path().join("with-row.xlsx");
    peer(python, &["addrow", arg(&edited), arg(&row), arg(&with_row)]);

    let out_path = dir.path().join("out.json");
    let out = import(&with_row, &session, &out_path, &[]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    // The added row comes after the header and one row per item of the checklist.
    let added_row = format!("Assessment!B{}:", builtin().unwrap().items().count() + 2);
    for cell in [
        "Assessment!D2:",
        "Assessment!J3:",
        "Assessment!K4:",
        added_row.as_str(),
    ] {
        assert!(stderr.contains(cell), "{cell} in {stderr}");
    }
    assert!(stderr.contains("9 is not a level"), "{stderr}");
    assert!(stderr.contains("nothing written"), "{stderr}");
    assert!(!out_path.exists());

    let out = import(&with_row, &session, &out_path, &["--partial", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["changed"],
        json!([{"item": "a.2", "fields": ["note"]}])
    );
    let problems = json["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 4, "{problems:?}");
    let cells: Vec<&str> = problems
        .iter()
        .map(|p| p["cell"].as_str().unwrap())
        .collect();
    assert_eq!(
        cells,
        [
            "Assessment!D2",
            "Assessment!J3",
            "Assessment!K4",
            added_row.trim_end_matches(':'),
        ],
        "in sheet order"
    );
    assert_eq!(json["written"], true);
    let result = load_session(&out_path).unwrap();
    assert_eq!(result.answers["a.2"].note.as_deref(), Some("Kept"));
    assert_eq!(
        result.answers["a.1"].level,
        Some(2),
        "the bad cell left the level as it was"
    );
}

#[test]
fn a_workbook_without_an_assessment_sheet_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let session = answered_session(dir.path());
    let not_xlsx = dir.path().join("notes.xlsx");
    std::fs::write(&not_xlsx, b"not a workbook").unwrap();
    let out = import(&not_xlsx, &session, &dir.path().join("o.json"), &[]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains(arg(&not_xlsx)), "{stderr}");
}

#[test]
fn a_spreadsheet_given_where_a_session_or_checklist_belongs_says_what_to_do_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let session = answered_session(dir.path());
    let xlsx = dir.path().join("assessment.xlsx");
    export(&session, &xlsx);

    let out = run_normcheck(&["score", arg(&xlsx)], &[]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("it is a spreadsheet"), "{stderr}");
    assert!(stderr.contains("sheet import"), "{stderr}");

    let out = run_normcheck(&["validate", arg(&xlsx)], &[]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("this is an assessment spreadsheet, not a checklist"),
        "{stderr}"
    );
}

#[test]
fn a_protected_session_goes_out_with_a_warning_and_comes_back_protected() {
    let dir = tempfile::tempdir().unwrap();
    let plain = answered_session(dir.path());
    let pass = dir.path().join("pass.txt");
    std::fs::write(&pass, "correct horse battery\n").unwrap();
    let protected = dir.path().join("s.normcheck.age");
    let with_pass = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--passphrase-file", arg(&pass)]);
        run_normcheck(&all, &[])
    };
    let out = with_pass(&["protect", arg(&plain), "-o", arg(&protected)]);
    assert!(out.status.success(), "{}", text(&out.stderr));

    let xlsx = dir.path().join("s.xlsx");
    let out = with_pass(&["sheet", "export", arg(&protected), "-o", arg(&xlsx)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("not encrypted"),
        "{}",
        text(&out.stderr)
    );

    let back = dir.path().join("back.normcheck.age");
    let out = with_pass(&[
        "sheet",
        "import",
        arg(&xlsx),
        "--into",
        arg(&protected),
        "-o",
        arg(&back),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        std::fs::read(&back)
            .unwrap()
            .starts_with(b"age-encryption.org"),
        "the output is protected like its input"
    );
    let out = with_pass(&["score", "--json", arg(&back)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn a_workbook_saved_again_by_libreoffice_imports_without_changes() {
    let found = Command::new("soffice").arg("--version").output().is_ok();
    if !found {
        eprintln!("note: LibreOffice (soffice) is not installed; skipping this check");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let session = answered_session(dir.path());
    let xlsx = dir.path().join("s.xlsx");
    export(&session, &xlsx);
    let resaved = dir.path().join("resaved");
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.path().join("profile").display()
    );
    let out = Command::new("soffice")
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
        ])
        .arg(&resaved)
        .arg(&xlsx)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out_path = dir.path().join("out.json");
    let out = import(&resaved.join("s.xlsx"), &session, &out_path, &["--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["changed"], json!([]), "{json}");
    assert_eq!(json["problems"], json!([]));
}

#[test]
fn a_workbook_exported_in_thai_comes_back_with_its_thai_words() {
    let Some(python) = openpyxl() else { return };
    let dir = tempfile::tempdir().unwrap();
    let session = answered_session(dir.path());
    let xlsx = dir.path().join("th.xlsx");
    let args = [
        "sheet",
        "export",
        arg(&session),
        "--lang",
        "th",
        "-o",
        arg(&xlsx),
    ];
    let out = run_normcheck(&args, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));

    let unchanged = dir.path().join("unchanged.json");
    let out = import(&xlsx, &session, &unchanged, &["--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["changed"],
        json!([]),
        "the Thai workbook reads back as it was"
    );

    // A Thai official picks a priority and a level in the Thai words of the drop-downs.
    let th = Catalog::shipped().tr("th").unwrap();
    let checklist = builtin().unwrap();
    let thai = checklist.localized("th", None).checklist;
    let level = thai.scale.level(3).unwrap().label.clone();
    let edits = dir.path().join("edits.json");
    let mut b1 = serde_json::Map::new();
    b1.insert(Column::Level.header_in(&th), json!(format!("3 {level}")));
    b1.insert(
        Column::Priority.header_in(&th),
        json!(Priority::High.label_in(&th)),
    );
    b1.insert(
        Column::Flagged.header_in(&th),
        json!(th.dynamic("sheet-yes")),
    );
    write_json(&edits, &json!({ "b.1": b1 }));
    let edited = dir.path().join("edited.xlsx");
    peer(python, &["edit", arg(&xlsx), arg(&edits), arg(&edited)]);
    let out_path = dir.path().join("out.json");
    let out = import(&edited, &session, &out_path, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let b1 = &load_session(&out_path).unwrap().answers["b.1"];
    assert_eq!(b1.level, Some(3));
    assert_eq!(b1.priority, Some(Priority::High));
    assert!(b1.flagged);
}
