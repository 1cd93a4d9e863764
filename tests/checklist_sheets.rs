//! `normcheck checklist export|template|import`: a checklist goes to a workbook and comes back
//! equal; a workbook with mistakes (made by openpyxl, independent of our writer) is refused
//! with every problem named by its cell.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{arg, fixture, openpyxl, run_normcheck, text};
use normcheck::checklist::{builtin, parse_checklist};
use normcheck::files::load_checklist;
use serde_json::json;

fn round_trip(dir: &Path, checklist: &Path) -> (PathBuf, std::process::Output) {
    let xlsx = dir.join("checklist.xlsx");
    let out = run_normcheck(
        &["checklist", "export", arg(checklist), "-o", arg(&xlsx)],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json = dir.join("back.json");
    let out = run_normcheck(&["checklist", "import", arg(&xlsx), "-o", arg(&json)], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    (json, out)
}

/// The small test checklist exported as a workbook named `name` in `dir`.
fn small_checklist_workbook(dir: &Path, name: &str) -> PathBuf {
    let xlsx = dir.join(name);
    let out = run_normcheck(
        &[
            "checklist",
            "export",
            arg(&fixture("small-checklist.json")),
            "-o",
            arg(&xlsx),
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    xlsx
}

#[test]
fn the_builtin_checklist_comes_back_equal_from_a_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("checklists/nic-reference.json");
    let (json, _) = round_trip(dir.path(), &source);
    assert_eq!(load_checklist(&json).unwrap(), *builtin().unwrap());
}

#[test]
fn a_checklist_with_a_0_to_3_scale_weights_and_an_unused_area_comes_back_equal() {
    let dir = tempfile::tempdir().unwrap();
    let mut value: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("small-checklist.json")).unwrap()).unwrap();
    value["scale"]["levels"]
        .as_array_mut()
        .unwrap()
        .push(json!({"value": 3, "label": "Beyond", "description": "Reviewed yearly"}));
    value["norms"][0]["items"][1]["weight"] = json!(2.5);
    let bytes = serde_json::to_vec(&value).unwrap();
    let original = parse_checklist(&bytes).unwrap();
    assert_eq!(original.scale.max_value(), Some(3));
    let source = dir.path().join("small.json");
    std::fs::write(&source, &bytes).unwrap();

    let (json, out) = round_trip(dir.path(), &source);
    assert_eq!(load_checklist(&json).unwrap(), original);
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("'Focus areas'!A4")
            && stderr.contains("no item uses focus area \"unused\""),
        "the unused area is a warning naming its cell: {stderr}"
    );
}

#[test]
fn the_template_has_instructions_and_is_refused_until_filled_in() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("template.xlsx");
    let out = run_normcheck(&["checklist", "template", "-o", arg(&xlsx)], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json = dir.path().join("c.json");
    let out = run_normcheck(&["checklist", "import", arg(&xlsx), "-o", arg(&json)], &[]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    for wanted in [
        "Checklist!B2: must not be empty",
        "Scale!A1: the scale has no levels",
        "Norms!A1",
    ] {
        assert!(stderr.contains(wanted), "{wanted} in {stderr}");
    }
    assert!(!json.exists());
    if let Some(python) = openpyxl() {
        let script = "import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); \
                      print(wb.sheetnames[0]); print(wb['About']['A3'].value)";
        let out = Command::new(python)
            .args(["-c", script, arg(&xlsx)])
            .output()
            .unwrap();
        let shown = text(&out.stdout);
        assert!(shown.starts_with("About\n"), "{shown}");
        assert!(shown.contains("normcheck checklist import"), "{shown}");
    }
}

#[test]
fn every_mistake_in_a_checklist_workbook_is_named_by_its_cell() {
    let Some(python) = openpyxl() else { return };
    let dir = tempfile::tempdir().unwrap();
    let xlsx = small_checklist_workbook(dir.path(), "c.xlsx");
    // Items: p.1 on row 2, p.2 on row 3, p.3 on row 4, q.1 on row 5.
    let cells = dir.path().join("cells.json");
    std::fs::write(
        &cells,
        serde_json::to_vec(&json!({
            "Items!G3": -1,
            "Items!A4": "p.1",
            "Items!B5": "zz",
            "Items!F2": "x, nowhere",
            "Scale!A3": "one"
        }))
        .unwrap(),
    )
    .unwrap();
    let edited = dir.path().join("edited.xlsx");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/xlsx_peer.py");
    let out = Command::new(python)
        .arg(script)
        .args(["setcells", arg(&xlsx), arg(&cells), arg(&edited)])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));

    let json = dir.path().join("c.json");
    let out = run_normcheck(
        &["checklist", "import", arg(&edited), "-o", arg(&json)],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    for cell in [
        "Items!G3:",
        "Items!A4:",
        "Items!B5:",
        "Items!F2:",
        "Scale!A3:",
    ] {
        assert!(stderr.contains(cell), "{cell} in {stderr}");
    }
    assert!(
        stderr.contains("unknown focus area \"nowhere\""),
        "{stderr}"
    );
    assert!(!json.exists());
}

#[test]
fn a_checklist_workbook_is_used_directly_wherever_a_checklist_file_is() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = small_checklist_workbook(dir.path(), "small.xlsx");

    let out = run_normcheck(&["validate", arg(&xlsx)], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("valid checklist"),
        "{}",
        text(&out.stdout)
    );

    let session = dir.path().join("s.json");
    let out = run_normcheck(
        &[
            "new",
            "--checklist",
            arg(&xlsx),
            "--member-state",
            "Viet Nam",
            "-o",
            arg(&session),
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let small = load_checklist(&fixture("small-checklist.json")).unwrap();
    assert_eq!(load_checklist(&xlsx).unwrap(), small);
    let out = run_normcheck(&["score", "--checklist", arg(&xlsx), arg(&session)], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}
