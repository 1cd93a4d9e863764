//! The tagged PDF: marks the content of each page (marked-content sequences with an MCID for
//! what the structure names, `/Artifact` for decoration) and writes the structure tree that
//! screen readers and PDF/UA checkers read — structure elements in reading order, the parent
//! tree from page content back to them, `/MarkInfo` and `/StructParents`.

use std::collections::BTreeMap;

use lopdf_printpdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{DictItem, Op};

use super::layout::structure::{Role, Structure};

/// Marks page content as it is written, and remembers which node each MCID stands for.
pub(super) struct Marker<'a> {
    structure: &'a Structure,
    /// Per page, the node of each MCID (MCIDs count from 0 on every page).
    pub(super) pages: Vec<Vec<u32>>,
    /// What the open sequence marks: `Some(node)`, or `None` for an artifact.
    open: Option<Option<u32>>,
}

impl<'a> Marker<'a> {
    /// A marker for content of `structure`.
    pub(super) fn new(structure: &'a Structure) -> Self {
        Marker {
            structure,
            pages: Vec::new(),
            open: None,
        }
    }

    /// Starts a new page.
    pub(super) fn page(&mut self) {
        self.pages.push(Vec::new());
        self.open = None;
    }

    /// Makes what follows part of `node` (`None`: decoration), continuing the open sequence
    /// when it already marks the same.
    pub(super) fn mark(&mut self, ops: &mut Vec<Op>, node: Option<u32>) {
        if self.open == Some(node) {
            return;
        }
        self.close(ops);
        let role = node.and_then(|n| self.structure.nodes.get(n as usize));
        match (node, role, self.pages.last_mut()) {
            (Some(n), Some(role), Some(page)) => {
                let mut map = BTreeMap::new();
                map.insert("MCID".to_owned(), DictItem::Int(page.len() as i64));
                page.push(n);
                ops.push(Op::BeginMarkedContentWithProperties {
                    tag: role.role.name().to_owned(),
                    properties: DictItem::Dict { map },
                });
            }
            _ => ops.push(Op::BeginMarkedContent {
                tag: "Artifact".to_owned(),
            }),
        }
        self.open = Some(node);
    }

    /// Ends the open sequence, if any.
    pub(super) fn close(&mut self, ops: &mut Vec<Op>) {
        if self.open.take().is_some() {
            ops.push(Op::EndMarkedContent);
        }
    }
}

/// Writes the structure tree of `structure` for the content marked in `pages` into `lo`.
pub(super) fn write_structure(
    lo: &mut lopdf_printpdf::Document,
    structure: &Structure,
    pages: &[Vec<u32>],
) {
    let page_ids: Vec<ObjectId> = lo.get_pages().into_values().collect();
    let ids: Vec<ObjectId> = structure.nodes.iter().map(|_| lo.new_object_id()).collect();
    // Each node's kids in reading order: content (marked-content references) and child
    // nodes, a child taking its place where its first content appears.
    let mut kids: Vec<Vec<Object>> = vec![Vec::new(); ids.len()];
    let mut placed = vec![false; ids.len()];
    placed[0] = true;
    let mut parent_tree = Vec::new();
    let mut first_page: Vec<Option<ObjectId>> = vec![None; ids.len()];
    for (index, (marks, page)) in pages.iter().zip(&page_ids).enumerate() {
        for (mcid, &node) in marks.iter().enumerate() {
            let n = node as usize;
            place(n, structure, &ids, &mut kids, &mut placed);
            let own = *first_page[n].get_or_insert(*page);
            kids[n].push(content_ref(own, *page, mcid as i64));
        }
        let refs = marks.iter().map(|&n| Object::Reference(ids[n as usize]));
        parent_tree.push(Object::Integer(index as i64));
        parent_tree.push(Object::Array(refs.collect()));
        if let Ok(dict) = lo.get_dictionary_mut(*page) {
            dict.set("StructParents", Object::Integer(index as i64));
        }
    }
    let root_id = lo.new_object_id();
    for (n, node) in structure.nodes.iter().enumerate() {
        if placed[n] {
            let parent = node.parent.map_or(root_id, |p| ids[p as usize]);
            let mut element = element(node, parent, std::mem::take(&mut kids[n]));
            if let Some(page) = first_page[n] {
                element.set("Pg", Object::Reference(page));
            }
            lo.objects.insert(ids[n], Object::Dictionary(element));
        }
    }
    let mut numbers = Dictionary::new();
    numbers.set("Nums", Object::Array(parent_tree));
    let parent_tree_id = lo.add_object(Object::Dictionary(numbers));
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"StructTreeRoot".to_vec()));
    root.set("K", Object::Reference(ids[0]));
    root.set("ParentTree", Object::Reference(parent_tree_id));
    root.set("ParentTreeNextKey", Object::Integer(pages.len() as i64));
    lo.objects.insert(root_id, Object::Dictionary(root));
    if let Ok(catalog) = lo.catalog_mut() {
        catalog.set("StructTreeRoot", Object::Reference(root_id));
        let mut mark_info = Dictionary::new();
        mark_info.set("Marked", true);
        catalog.set("MarkInfo", Object::Dictionary(mark_info));
    }
}

/// The structure element of `node`, under `parent`, with `kids` in reading order; a figure's
/// text alternative, a header cell's scope.
fn element(
    node: &super::layout::structure::Node,
    parent: ObjectId,
    kids: Vec<Object>,
) -> Dictionary {
    // (/Type /StructElem is optional; left out, as there are hundreds of elements.)
    let mut element = Dictionary::new();
    element.set("S", Object::Name(node.role.name().as_bytes().to_vec()));
    element.set("P", Object::Reference(parent));
    element.set("K", Object::Array(kids));
    if let Some(alt) = &node.alt {
        element.set("Alt", text_string(alt));
    }
    if let Role::TH { column } = node.role {
        let mut attributes = Dictionary::new();
        attributes.set("O", Object::Name(b"Table".to_vec()));
        let scope: &[u8] = if column { b"Column" } else { b"Row" };
        attributes.set("Scope", Object::Name(scope.to_vec()));
        element.set("A", Object::Dictionary(attributes));
    }
    element
}

/// Marked content `mcid` on `page`, as a kid of an element whose own page (its /Pg, the page
/// it starts on) is `own`: a bare MCID there, a reference naming the page elsewhere.
fn content_ref(own: ObjectId, page: ObjectId, mcid: i64) -> Object {
    if own == page {
        return Object::Integer(mcid);
    }
    let mut reference = Dictionary::new();
    reference.set("Type", Object::Name(b"MCR".to_vec()));
    reference.set("Pg", Object::Reference(page));
    reference.set("MCID", Object::Integer(mcid));
    Object::Dictionary(reference)
}

/// Adds `node` (and, first, its unplaced ancestors) to its parent's kids.
fn place(
    node: usize,
    structure: &Structure,
    ids: &[ObjectId],
    kids: &mut [Vec<Object>],
    placed: &mut [bool],
) {
    if placed[node] {
        return;
    }
    placed[node] = true;
    if let Some(parent) = structure.nodes[node].parent {
        let parent = parent as usize;
        place(parent, structure, ids, kids, placed);
        kids[parent].push(Object::Reference(ids[node]));
    }
}

/// A PDF text string: UTF-16BE with its byte-order mark, so every script survives.
pub(super) fn text_string(text: &str) -> Object {
    let mut data = vec![0xFE, 0xFF];
    data.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    Object::String(data, StringFormat::Hexadecimal)
}

/// The document's language (`/Lang`: screen readers choose their voice by it) and the title,
/// not the file name, in the reader's window (`/DisplayDocTitle`).
pub(super) fn set_reader_hints(lo: &mut lopdf_printpdf::Document, language: &str) {
    let Ok(root) = lo.trailer.get(b"Root").and_then(|o| o.as_reference()) else {
        return;
    };
    if let Ok(catalog) = lo.get_dictionary_mut(root) {
        let lang = Object::String(language.as_bytes().to_vec(), StringFormat::Literal);
        catalog.set("Lang", lang);
        let mut preferences = Dictionary::new();
        preferences.set("DisplayDocTitle", true);
        catalog.set("ViewerPreferences", preferences);
    }
}
