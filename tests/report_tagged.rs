//! Every kind of PDF report is a tagged PDF a screen reader can follow (the structural checks
//! of PDF/UA-1 that veraPDF makes, read back here with lopdf): all content is either tagged
//! or an artifact, every tag is reachable from the structure tree, figures have text
//! alternatives, tables have header cells, headings do not skip levels, and the catalog and
//! XMP metadata say what the document is, its language and its title.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{arg, run_normcheck, text};
use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};
use normcheck::checklist::builtin;
use normcheck::files::save_session;
use normcheck::session::{Edit, Meta, Session, timestamp_now};

/// A session of `state` with `level` on some items and a note, saved as `name` in `dir`.
fn assessment(dir: &Path, name: &str, state: &str, level: i64) -> PathBuf {
    let checklist = builtin().unwrap();
    let meta = Meta {
        member_state: Some(state.into()),
        reporting_period: Some(name.into()),
        classification: Some("TLP:AMBER".into()),
        ..Meta::default()
    };
    let mut session = Session::new(&checklist, meta);
    for item in ["a.1", "a.2", "b.1", "c.1"] {
        let edit = Edit::SetLevel {
            item: item.into(),
            level: Some(level),
        };
        session.apply(&checklist, edit, timestamp_now()).unwrap();
    }
    session.answers.get_mut("a.1").unwrap().evidence = vec!["Decree 12/2025".into()];
    let path = dir.join(format!("{name}.json"));
    save_session(&path, &session).unwrap();
    path
}

/// The four kinds of report (and the guide), written by the command line into `dir`.
fn every_kind_of_report(dir: &Path) -> Vec<(&'static str, PathBuf)> {
    let old = assessment(dir, "2025", "Cambodia", 1);
    let new = assessment(dir, "2026", "Cambodia", 3);
    let other = assessment(dir, "th", "Thailand", 2);
    let third = assessment(dir, "vn", "Viet Nam", 4);
    let out = |name: &str| dir.join(name);
    let runs: Vec<(&'static str, PathBuf, Vec<String>)> = vec![
        (
            "assessment",
            out("a.pdf"),
            vec!["report".into(), arg(&new).into()],
        ),
        (
            "comparison",
            out("c.pdf"),
            vec![
                "report".into(),
                arg(&new).into(),
                "--compare".into(),
                arg(&old).into(),
            ],
        ),
        (
            "regional",
            out("r.pdf"),
            [
                "aggregate",
                "--format",
                "pdf",
                arg(&new),
                arg(&other),
                arg(&third),
            ]
            .map(String::from)
            .to_vec(),
        ),
        (
            "trend",
            out("t.pdf"),
            ["trend", arg(&old), arg(&new), "--format", "pdf"]
                .map(String::from)
                .to_vec(),
        ),
        ("guide", out("g.pdf"), vec!["guide".into()]),
    ];
    runs.into_iter()
        .map(|(kind, pdf, mut args)| {
            args.extend(["-o".to_owned(), arg(&pdf).to_owned()]);
            let refs: Vec<&str> = args.iter().map(String::as_str).collect();
            let result = run_normcheck(&refs, &[]);
            assert!(result.status.success(), "{kind}: {}", text(&result.stderr));
            (kind, pdf)
        })
        .collect()
}

fn dict<'a>(doc: &'a Document, object: &'a Object) -> &'a Dictionary {
    match object {
        Object::Reference(id) => doc.get_dictionary(*id).unwrap(),
        Object::Dictionary(d) => d,
        other => panic!("not a dictionary: {other:?}"),
    }
}

fn name<'a>(d: &'a Dictionary, key: &[u8]) -> &'a [u8] {
    d.get(key).and_then(Object::as_name).unwrap_or_default()
}

/// An entry of a marked-content operator's property list (`/Tag <<…>> BDC`).
fn property<'a>(op: &'a lopdf::content::Operation, key: &[u8]) -> Option<&'a Object> {
    let properties = op.operands.get(1)?.as_dict().ok()?;
    properties.get(key).ok()
}

/// The MCIDs each page's content marks, checking on the way that every piece of content
/// (text, pictures, paths) is inside a marked sequence: tagged (with an MCID) or an artifact.
fn marked_content(doc: &Document, kind: &str) -> BTreeMap<ObjectId, Vec<i64>> {
    let mut pages = BTreeMap::new();
    for (number, page) in doc.get_pages() {
        let content = Content::decode(&doc.get_page_content(page)).unwrap();
        let mut open: Vec<Option<i64>> = Vec::new(); // per sequence: its MCID, or None
        let mut artifact_depth = 0;
        let mut mcids = Vec::new();
        for op in &content.operations {
            match op.operator.as_str() {
                "BDC" | "BMC" => {
                    let tag = op.operands[0].as_name().unwrap();
                    let mcid = property(op, b"MCID").and_then(|m| m.as_i64().ok());
                    if tag == b"Artifact" {
                        artifact_depth += 1;
                    }
                    if let Some(m) = mcid {
                        mcids.push(m);
                    }
                    open.push(if tag == b"Artifact" { Some(-1) } else { mcid });
                }
                "EMC" if open.pop() == Some(Some(-1)) => artifact_depth -= 1,
                "Tj" | "TJ" | "'" | "\"" | "Do" | "f" | "S" | "B" | "f*" | "b" => {
                    let tagged = open.iter().any(|m| m.is_some_and(|m| m >= 0));
                    assert!(
                        tagged || artifact_depth > 0,
                        "{kind}, page {number}: `{}` is neither tagged nor an artifact",
                        op.operator
                    );
                }
                _ => {}
            }
        }
        assert!(
            open.is_empty(),
            "{kind}, page {number}: unclosed marked content"
        );
        pages.insert(page, mcids);
    }
    pages
}

/// Walks the structure tree from `element`: collects each element's type and, per page, the
/// MCIDs it reaches; checks figures' Alt and that every element's /P is its parent.
struct Tree<'a> {
    doc: &'a Document,
    kind: &'a str,
    types: Vec<Vec<u8>>,
    reached: BTreeMap<ObjectId, Vec<i64>>,
    tables_without_th: usize,
}

impl Tree<'_> {
    fn walk(&mut self, id: ObjectId, parent: Option<ObjectId>) -> bool {
        let element = self.doc.get_dictionary(id).unwrap();
        let s = name(element, b"S").to_vec();
        self.types.push(s.clone()); // in reading order: an element before its kids
        if let Some(parent) = parent {
            let p = element.get(b"P").and_then(Object::as_reference).unwrap();
            assert_eq!(p, parent, "{}: /P of a {:?} element", self.kind, text(&s));
        }
        if s == b"Figure" {
            let alt = element
                .get(b"Alt")
                .and_then(Object::as_str)
                .unwrap_or_default();
            assert!(
                alt.len() > 4,
                "{}: a Figure without a text alternative",
                self.kind
            );
        }
        let mut has_th = s == b"TH";
        let kids = element.get(b"K").and_then(Object::as_array).cloned();
        for kid in kids.unwrap_or_default() {
            match kid {
                Object::Reference(child) => has_th |= self.walk(child, Some(id)),
                Object::Dictionary(mcr) => {
                    let page = mcr.get(b"Pg").and_then(Object::as_reference).unwrap();
                    let mcid = mcr.get(b"MCID").and_then(Object::as_i64).unwrap();
                    self.reached.entry(page).or_default().push(mcid);
                }
                Object::Integer(mcid) => {
                    let page = element.get(b"Pg").and_then(Object::as_reference).unwrap();
                    self.reached.entry(page).or_default().push(mcid);
                }
                other => panic!("{}: unexpected kid {other:?}", self.kind),
            }
        }
        if s == b"Table" && !has_th {
            self.tables_without_th += 1;
        }
        has_th
    }
}

fn check_structure(kind: &str, pdf: &Path) {
    let doc = Document::load(pdf).unwrap();
    let catalog = doc.catalog().unwrap();
    let mark_info = dict(&doc, catalog.get(b"MarkInfo").unwrap());
    assert_eq!(
        mark_info.get(b"Marked").and_then(Object::as_bool).ok(),
        Some(true)
    );
    let lang = catalog.get(b"Lang").and_then(Object::as_str).unwrap();
    assert_eq!(lang, b"en", "{kind}: /Lang");
    assert_eq!(doc.version, "1.7", "{kind}: PDF/UA-1 is based on PDF 1.7");

    let metadata = catalog
        .get(b"Metadata")
        .and_then(Object::as_reference)
        .unwrap();
    let xmp = text(
        &doc.get_object(metadata)
            .unwrap()
            .as_stream()
            .unwrap()
            .content,
    );
    assert!(
        xmp.contains("<pdfuaid:part>1</pdfuaid:part>"),
        "{kind}: {xmp}"
    );
    assert!(xmp.contains("<dc:title>"), "{kind}: no dc:title in {xmp}");
    check_archival(kind, &doc, catalog, &xmp);

    let content = marked_content(&doc, kind);
    let root = dict(&doc, catalog.get(b"StructTreeRoot").unwrap());
    let document = root.get(b"K").and_then(Object::as_reference).unwrap();
    let mut tree = Tree {
        doc: &doc,
        kind,
        types: Vec::new(),
        reached: BTreeMap::new(),
        tables_without_th: 0,
    };
    tree.walk(document, None);
    assert_eq!(
        tree.tables_without_th, 0,
        "{kind}: tables without header cells"
    );
    for (page, mcids) in &content {
        let mut reached = tree.reached.get(page).cloned().unwrap_or_default();
        reached.sort_unstable();
        let mut marked = mcids.clone();
        marked.sort_unstable();
        assert_eq!(
            reached, marked,
            "{kind}: every MCID is in the tree exactly once"
        );
    }
    // The parent tree maps each page's MCIDs back to their elements.
    let parent_tree = dict(&doc, root.get(b"ParentTree").unwrap());
    let nums = parent_tree.get(b"Nums").and_then(Object::as_array).unwrap();
    for (page, mcids) in &content {
        let key = doc
            .get_dictionary(*page)
            .unwrap()
            .get(b"StructParents")
            .and_then(Object::as_i64)
            .unwrap();
        let at = nums
            .iter()
            .position(|n| n.as_i64().ok() == Some(key))
            .unwrap();
        let parents = nums[at + 1].as_array().unwrap();
        assert_eq!(parents.len(), mcids.len(), "{kind}: parent tree of a page");
    }
    let headings: Vec<usize> = tree
        .types
        .iter()
        .filter_map(|t| match t.as_slice() {
            [b'H', d] if d.is_ascii_digit() => Some(usize::from(d - b'0')),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings.first(),
        Some(&1),
        "{kind}: the title comes first, as H1"
    );
    for pair in headings.windows(2) {
        assert!(
            pair[1] <= pair[0] + 1,
            "{kind}: a heading level skipped: {headings:?}"
        );
    }
    assert!(
        tree.types.iter().any(|t| t == b"P"),
        "{kind}: no paragraphs"
    );
}

#[test]
fn every_kind_of_report_is_a_tagged_pdf_whose_content_the_structure_tree_reaches() {
    let dir = tempfile::tempdir().unwrap();
    for (kind, pdf) in every_kind_of_report(dir.path()) {
        check_structure(kind, &pdf);
        if let Ok(out) = Command::new("pdfinfo").arg(&pdf).output() {
            assert!(text(&out.stdout).contains("Tagged:          yes"), "{kind}");
        }
    }
}

#[test]
fn charts_state_their_data_and_pages_furniture_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let session = assessment(dir.path(), "2026", "Cambodia", 3);
    let pdf = dir.path().join("a.pdf");
    let out = run_normcheck(&["report", arg(&session), "-o", arg(&pdf)], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let Ok(out) = Command::new("pdfinfo")
        .arg("-struct-text")
        .arg(&pdf)
        .output()
    else {
        eprintln!("note: pdfinfo (poppler-utils) is not installed; check skipped");
        return;
    };
    let tree = text(&out.stdout);
    // The page header and footer ("TLP:AMBER", "Page 3 of 20") are artifacts: the marking is
    // read once, on the cover, and no page number is read at all.
    assert_eq!(tree.matches("\"TLP:AMBER\"").count(), 1, "{tree}");
    assert!(!tree.contains("Page 3 of"), "{tree}");
    // Words at line ends stay apart.
    assert!(tree.contains("norms of responsible"), "{tree}");
    let doc = Document::load(&pdf).unwrap();
    let alts: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| name(d, b"S") == b"Figure")
        .filter_map(|d| d.get(b"Alt").and_then(Object::as_str).ok())
        .map(|alt| {
            // UTF-16BE with a byte-order mark.
            let units: Vec<u16> = alt[2..]
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16_lossy(&units)
        })
        .collect();
    let per_norm = alts
        .iter()
        .find(|a| a.starts_with("Score per norm"))
        .unwrap_or_else(|| panic!("no chart of the norms' scores among {alts:?}"));
    assert!(
        per_norm.contains("(a) Cooperate for stability and security"),
        "{per_norm}"
    );
    assert_eq!(
        per_norm.matches("; ").count(),
        10,
        "eleven norms: {per_norm}"
    );
}

/// PDF/A-2b: identified in XMP (with the extension schema describing pdfuaid), an sRGB output
/// intent, and a document information dictionary whose title the XMP repeats and which no
/// longer claims PDF/X.
fn check_archival(kind: &str, doc: &Document, catalog: &Dictionary, xmp: &str) {
    assert!(
        xmp.contains("<pdfaid:part>2</pdfaid:part>"),
        "{kind}: {xmp}"
    );
    assert!(
        xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
        "{kind}"
    );
    assert!(
        xmp.contains("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"),
        "{kind}"
    );
    let intents = catalog
        .get(b"OutputIntents")
        .and_then(Object::as_array)
        .unwrap();
    let intent = dict(doc, &intents[0]);
    assert_eq!(name(intent, b"S"), b"GTS_PDFA1", "{kind}");
    let profile = intent
        .get(b"DestOutputProfile")
        .and_then(Object::as_reference)
        .unwrap();
    let profile = doc.get_object(profile).unwrap().as_stream().unwrap();
    assert_eq!(
        profile.dict.get(b"N").and_then(Object::as_i64).ok(),
        Some(3),
        "{kind}: RGB"
    );
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .unwrap();
    let info = doc.get_dictionary(info).unwrap();
    assert!(
        info.get(b"GTS_PDFXVersion").is_err(),
        "{kind}: still claims PDF/X"
    );
    let title = info.get(b"Title").and_then(Object::as_str).unwrap();
    let units: Vec<u16> = title[2..]
        .chunks(2)
        .map(|c| u16::from_be_bytes([c[0], c[1]]))
        .collect();
    let title = String::from_utf16_lossy(&units).replace('&', "&amp;");
    assert!(
        xmp.contains(&title),
        "{kind}: the XMP title differs from {title:?}"
    );
    check_nothing_pdf_a_forbids(kind, doc);
}

/// Every font embedded; no transparency (soft masks, constant alpha below 1, blend modes,
/// transparency groups), no encryption, no JavaScript or other actions.
fn check_nothing_pdf_a_forbids(kind: &str, doc: &Document) {
    assert!(doc.trailer.get(b"Encrypt").is_err(), "{kind}: encrypted");
    let mut descriptors = 0;
    for (id, object) in &doc.objects {
        let d = match object {
            Object::Dictionary(d) => d,
            Object::Stream(s) => &s.dict,
            _ => continue,
        };
        if d.get(b"Type").and_then(Object::as_name).ok() == Some(b"FontDescriptor") {
            descriptors += 1;
            let embedded = [&b"FontFile"[..], b"FontFile2", b"FontFile3"]
                .iter()
                .any(|key| d.get(key).is_ok());
            assert!(embedded, "{kind}: font {id:?} is not embedded");
        }
        assert!(d.get(b"SMask").is_err(), "{kind}: soft mask in {id:?}");
        assert!(d.get(b"BM").is_err(), "{kind}: blend mode in {id:?}");
        for alpha in [&b"ca"[..], b"CA"] {
            let value = d.get(alpha).ok().and_then(|v| v.as_float().ok());
            assert!(value.is_none_or(|v| v >= 1.0), "{kind}: alpha in {id:?}");
        }
        let group = d.get(b"Group").ok().map(|g| match g {
            Object::Reference(r) => doc.get_dictionary(*r).ok().cloned(),
            Object::Dictionary(g) => Some(g.clone()),
            _ => None,
        });
        let transparency = group
            .flatten()
            .is_some_and(|g| g.get(b"S").and_then(Object::as_name).ok() == Some(b"Transparency"));
        assert!(!transparency, "{kind}: transparency group in {id:?}");
        for action in [&b"JS"[..], b"JavaScript", b"Launch"] {
            assert!(d.get(action).is_err(), "{kind}: {action:?} in {id:?}");
        }
    }
    assert!(descriptors > 0, "{kind}: no fonts found");
}

/// The languages the page content's spans say of themselves (`/Lang` in their properties).
fn span_languages(doc: &Document) -> Vec<Vec<u8>> {
    let mut found = Vec::new();
    for page in doc.get_pages().into_values() {
        let content = Content::decode(&doc.get_page_content(page)).unwrap();
        for op in content.operations.iter().filter(|op| op.operator == "BDC") {
            let lang = property(op, b"Lang").and_then(|l| l.as_str().ok());
            found.extend(lang.map(<[u8]>::to_vec));
        }
    }
    found
}

#[test]
fn a_passage_in_another_script_says_its_language() {
    let mut session = common::small_session();
    session.answers.entry("p.1".into()).or_default().note =
        Some("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม".into());
    session.answers.entry("p.2".into()).or_default().note = Some("ក្រសួងការពារជាតិ".into());
    let checklist = common::small_checklist();
    let english = normcheck::report::render(&checklist, &session, &Default::default()).unwrap();
    let languages = span_languages(&Document::load_mem(&english).unwrap());
    assert!(languages.contains(&b"th".to_vec()), "{languages:?}");
    assert!(languages.contains(&b"km".to_vec()), "{languages:?}");
    // In a Thai report, Thai is the document's language: only the Khmer note says its own.
    let options = normcheck::report::ReportOptions {
        tr: normcheck::user_data::catalog().tr("th").unwrap(),
        ..Default::default()
    };
    let thai = normcheck::report::render(&checklist, &session, &options).unwrap();
    let languages = span_languages(&Document::load_mem(&thai).unwrap());
    assert!(!languages.contains(&b"th".to_vec()), "{languages:?}");
    assert!(languages.contains(&b"km".to_vec()), "{languages:?}");
}
