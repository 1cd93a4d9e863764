//! Which files count, names and aliases, refusals, and the Markdown and PDF outputs.

use serde_json::{Value, json};

use super::*;

use std::path::PathBuf;

use common::{arg, run_normcheck, text};

#[test]
fn only_the_newest_file_of_a_state_counts_and_the_older_is_listed_without_names() {
    let dir = tempfile::tempdir().unwrap();
    let files = five_states(dir.path());
    let out = aggregate(&files, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    // Had the old file (all 0) counted, P's lowest would be 0, not 30.
    assert_eq!(group(&json, "norms", "p")["min"], json!(30.0));
    let superseded = json["superseded"].as_array().unwrap();
    assert_eq!(superseded.len(), 1);
    let alias = superseded[0]["state"].as_str().unwrap();
    assert!(alias.starts_with("State "), "{alias}");
    let published = text(&out.stdout);
    for name in ["Malaysia", "my-old", "my-new", "Brunei", "Cambodia"] {
        assert!(!published.contains(name), "{name} appears in:\n{published}");
    }
    assert!(json.get("members").is_none());
    // Whoever runs it is told which file was left out.
    let said = text(&out.stderr);
    assert!(
        said.contains("my-old.json") && said.contains("superseded"),
        "{said}"
    );
}

#[test]
fn named_shows_the_states_and_their_files_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let json = aggregate_json(&five_states(dir.path()), &["--named"]);
    assert_eq!(
        json["members"],
        json!([
            "Brunei Darussalam",
            "Cambodia",
            "Indonesia",
            "Lao PDR",
            "Malaysia"
        ])
    );
    let s = &json["superseded"][0];
    assert_eq!(s["state"], "Malaysia");
    assert!(s["file"].as_str().unwrap().ends_with("my-old.json"));
    assert!(s["kept"].as_str().unwrap().ends_with("my-new.json"));
    // The figures are the same regional figures, with no per-State column.
    assert_eq!(group(&json, "norms", "p")["median"], json!(50.0));
    let published = json.to_string();
    assert_eq!(published.matches("Cambodia").count(), 1, "{published}");
}

#[test]
fn aliases_follow_neither_the_names_nor_the_order_of_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = five_states(dir.path());
    let first = aggregate_json(&files, &[]);
    // Same files in another order, under other names: same aliases, same figures.
    files.reverse();
    let renamed: Vec<PathBuf> = files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let to = dir.path().join(format!("{i}-renamed.json"));
            std::fs::copy(f, &to).unwrap();
            to
        })
        .collect();
    assert_eq!(first, aggregate_json(&renamed, &[]));
}

#[test]
fn a_file_without_a_member_state_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = five_states(dir.path());
    files.push(write_session(
        dir.path(),
        "nobody.json",
        None,
        "2026-10-06T08:00:00Z",
        json!({}),
    ));
    let out = aggregate(&files, &[]);
    assert!(!out.status.success());
    let said = text(&out.stderr);
    assert!(
        said.contains("nobody.json") && said.contains("names no Member State"),
        "{said}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn mixed_checklist_versions_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let builtin = ("normcheck-nic-reference", "1.0.0");
    let older = ("normcheck-nic-reference", "0.9.0");
    let files = [
        write_session_for(
            dir.path(),
            "a.json",
            Some("A"),
            "2026-10-01T08:00:00Z",
            json!({}),
            builtin,
        ),
        write_session_for(
            dir.path(),
            "b.json",
            Some("B"),
            "2026-10-01T08:00:00Z",
            json!({}),
            builtin,
        ),
        write_session_for(
            dir.path(),
            "c.json",
            Some("C"),
            "2026-10-01T08:00:00Z",
            json!({}),
            older,
        ),
    ];
    let args: Vec<&str> = std::iter::once("aggregate")
        .chain(files.iter().map(|f| arg(f)))
        .collect();
    let out = run_normcheck(&args, &[]);
    assert!(!out.status.success());
    let said = text(&out.stderr);
    assert!(
        said.contains("c.json") && said.contains("0.9.0") && said.contains("1.0.0"),
        "{said}"
    );
}

#[test]
fn markdown_says_fewer_than_k_states_where_figures_are_withheld() {
    let dir = tempfile::tempdir().unwrap();
    let files = five_states(dir.path());
    let out = aggregate(&files, &["--format", "md", "--min-states", "5"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let md = text(&out.stdout);
    assert!(md.contains("fewer than 5 States"), "{md}");
    assert!(md.contains("## Support wanted"), "{md}");
    assert!(!md.contains("Malaysia") && !md.contains("Cambodia"), "{md}");
}

#[test]
fn the_pdf_is_written_with_the_strictest_marking() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = five_states(dir.path());
    let mut red = levels([1, 1, 1], [Some(1), Some(1)], Some(1));
    red = with_support(red, "p.1", &["other"]);
    let path = write_session(
        dir.path(),
        "ph.json",
        Some("Philippines"),
        "2026-10-07T08:00:00Z",
        red,
    );
    let mut s: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    s["meta"]["classification"] = json!("TLP:AMBER");
    std::fs::write(&path, serde_json::to_vec(&s).unwrap()).unwrap();
    files.push(path);
    let pdf = dir.path().join("regional.pdf");
    let out = aggregate(&files, &["--format", "pdf", "-o", arg(&pdf)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let doc = lopdf::Document::load(&pdf).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let all = doc.extract_text(&pages).unwrap_or_default();
    assert!(all.contains("TLP:AMBER"), "{all}");
    assert!(!all.contains("Philippines"), "a State is named in the PDF");
}

#[test]
fn a_protected_file_is_read_with_the_passphrase_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = five_states(dir.path());
    let plain = aggregate_json(&files, &[]);
    let pass = dir.path().join("pass.txt");
    std::fs::write(&pass, "correct horse battery staple\n").unwrap();
    let protected = dir.path().join("kh.normcheck.age");
    let checklist = fixture("small-checklist.json");
    let out = run_normcheck(
        &[
            "protect",
            arg(&files[1]),
            "--checklist",
            arg(&checklist),
            "-o",
            arg(&protected),
            "--passphrase-file",
            arg(&pass),
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    files[1] = protected;
    // Without the passphrase the protected file is refused by name; with it, same figures.
    let out = aggregate(&files, &[]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("kh.normcheck.age"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        aggregate_json(&files, &["--passphrase-file", arg(&pass)]),
        plain
    );
}
