//! The report's logical structure, for a tagged PDF: what each piece of text is (heading,
//! paragraph, list item, table cell, figure…) and what it belongs to, in reading order. The
//! typesetter builds it beside the pages; every text run and picture it draws names its node,
//! and what names none (page headers, footers, repeated table headers, rules and fills) is
//! decoration, an artifact that screen readers skip.

use std::ops::Range;

use super::Draw;
use super::flow::Slice;

/// What a node of the structure is (the PDF's standard structure types).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// The whole document (the root).
    Document,
    /// A self-contained part (an item card).
    Sect,
    /// Headings, by level.
    H1,
    /// Section headings.
    H2,
    /// Headings of a section's parts (norms, focus areas).
    H3,
    /// An item's title.
    H4,
    /// A paragraph.
    P,
    /// A list and its items.
    L,
    /// A list item.
    LI,
    /// A table, its rows, header cells and data cells.
    Table,
    /// A table row.
    TR,
    /// A header cell; `column` says whether it heads a column (else a row).
    TH {
        /// Heads a column (true) or a row (false).
        column: bool,
    },
    /// A data cell.
    TD,
    /// A chart or picture, with a text alternative.
    Figure,
    /// A figure's caption.
    Caption,
}

impl Role {
    /// The PDF's name for it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::Sect => "Sect",
            Role::H1 => "H1",
            Role::H2 => "H2",
            Role::H3 => "H3",
            Role::H4 => "H4",
            Role::P => "P",
            Role::L => "L",
            Role::LI => "LI",
            Role::Table => "Table",
            Role::TR => "TR",
            Role::TH { .. } => "TH",
            Role::TD => "TD",
            Role::Figure => "Figure",
            Role::Caption => "Caption",
        }
    }
}

/// One node: its role, its parent, and for a figure its text alternative.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    /// What it is.
    pub(crate) role: Role,
    /// The node it belongs to (`None` for the root).
    pub(crate) parent: Option<u32>,
    /// The text alternative (figures).
    pub(crate) alt: Option<String>,
}

/// The nodes, the root first; children come after their parents, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Structure {
    /// All nodes; a node's id is its index.
    pub(crate) nodes: Vec<Node>,
}

impl Default for Structure {
    fn default() -> Self {
        Structure {
            nodes: vec![Node {
                role: Role::Document,
                parent: None,
                alt: None,
            }],
        }
    }
}

/// The root node's id.
pub(crate) const ROOT: u32 = 0;

impl Structure {
    /// Adds a node under `parent` and returns its id.
    pub(crate) fn add(&mut self, role: Role, parent: u32) -> u32 {
        self.nodes.push(Node {
            role,
            parent: Some(parent),
            alt: None,
        });
        u32::try_from(self.nodes.len() - 1).unwrap_or(u32::MAX)
    }

    /// Adds a node under `parent` for what `slices[range]` draw and names it in their text
    /// and pictures that name no node yet; returns its id.
    pub(crate) fn claim(
        &mut self,
        slices: &mut [Slice],
        range: Range<usize>,
        role: Role,
        parent: u32,
    ) -> u32 {
        let node = self.add(role, parent);
        for slice in slices.get_mut(range).unwrap_or_default() {
            claim_draws(&mut slice.draws, node);
        }
        node
    }
}

/// Names `node` in the text runs and pictures of `draws` that name none yet.
fn claim_draws(draws: &mut [Draw], node: u32) {
    for draw in draws {
        match draw {
            Draw::Text(run) if run.node.is_none() => run.node = Some(node),
            Draw::Image { node: n @ None, .. } => *n = Some(node),
            _ => {}
        }
    }
}
