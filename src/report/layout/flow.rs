//! Pagination: the report is a column of slices (a line, a table row, a bar), each with the
//! space above it and whether it must stay with the next one. Slices fill a page top to
//! bottom; a chain of slices that must stay together moves to the next page as a whole when
//! it fits on one, and so does a group marked keep-together (an item with its note).

use super::{Draw, Geometry, text::Line};

/// A horizontal strip of the column that is never split across pages.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Slice {
    /// Space above it, dropped at the top of a page.
    pub(crate) space_before: f32,
    /// Its height.
    pub(crate) height: f32,
    /// What it draws, with y measured from its top.
    pub(crate) draws: Vec<Draw>,
    /// It must be on the same page as the next slice (headings, a paragraph's first line).
    pub(crate) keep_with_next: bool,
    /// It starts a group of this many slices that should not be split when it fits a page.
    pub(crate) group: Option<usize>,
    /// It starts a new page.
    pub(crate) page_break_before: bool,
    /// A table header to repeat above it when it is the first slice on a page.
    pub(crate) repeat_header: Option<std::rc::Rc<Slice>>,
}

impl Slice {
    /// A slice holding one line of text, indented by `x`.
    pub(crate) fn line(line: Line, x: f32) -> Slice {
        let height = line.height;
        let draws = line
            .runs
            .into_iter()
            .map(|mut r| {
                r.x += x;
                Draw::Text(r)
            })
            .collect();
        Slice {
            height,
            draws,
            ..Slice::default()
        }
    }

    /// Empty space.
    pub(crate) fn space(height: f32) -> Slice {
        Slice {
            height,
            ..Slice::default()
        }
    }
}

/// Longest chain of keep-with-next slices looked at, so a long run of them cannot empty a
/// page.
const MAX_CHAIN: usize = 12;

/// Places the slices on pages; each page's draws are in page coordinates.
pub(crate) fn paginate(slices: Vec<Slice>, g: &Geometry) -> Vec<Vec<Draw>> {
    let room = g.text_height();
    let heights: Vec<f32> = slices.iter().map(|s| s.space_before + s.height).collect();
    let keeps: Vec<bool> = slices.iter().map(|s| s.keep_with_next).collect();
    let groups: Vec<Option<usize>> = slices.iter().map(|s| s.group).collect();
    let mut pages: Vec<Vec<Draw>> = vec![Vec::new()];
    let mut y = 0.0_f32;
    let mut in_chain = false;
    for (i, slice) in slices.into_iter().enumerate() {
        let page_empty = pages.last().is_none_or(Vec::is_empty) && y == 0.0;
        let mut new_page = slice.page_break_before;
        if !page_empty && !in_chain && !new_page {
            new_page = !fits_with_followers(i, y, room, &heights, &keeps, &groups);
        }
        if !page_empty && y + heights[i] > room {
            new_page = true;
        }
        if new_page && !page_empty {
            pages.push(Vec::new());
            y = 0.0;
            if let (Some(h), Some(page)) = (&slice.repeat_header, pages.last_mut()) {
                page.extend(h.draws.iter().cloned().map(|mut d| {
                    d.shift(g.side, g.top);
                    d
                }));
                y = h.height;
            }
        }
        let top = if y == 0.0 { 0.0 } else { slice.space_before };
        let dy = g.top + y + top;
        if let Some(page) = pages.last_mut() {
            for mut d in slice.draws {
                d.shift(g.side, dy);
                page.push(d);
            }
        }
        y += top + slice.height;
        in_chain = slice.keep_with_next;
    }
    pages
}

/// Whether slice `i`, the slices chained to it and a group starting within that chain fit
/// below `y` — or cannot fit on any page, in which case moving them would not help.
fn fits_with_followers(
    i: usize,
    y: f32,
    room: f32,
    heights: &[f32],
    keeps: &[bool],
    groups: &[Option<usize>],
) -> bool {
    let mut chain_end = i;
    while chain_end < heights.len() - 1 && keeps[chain_end] && chain_end - i < MAX_CHAIN {
        chain_end += 1;
    }
    let chain_end = chain_end + 1;
    let group_end = (i..chain_end)
        .filter_map(|j| groups[j].map(|n| j + n))
        .max()
        .unwrap_or(chain_end)
        .clamp(chain_end, heights.len());
    for end in [group_end, chain_end] {
        let needed: f32 = heights[i..end].iter().sum();
        if needed <= room {
            return y + needed <= room;
        }
    }
    true
}

/// Marks the slices of a chain: every slice but the last keeps with the next one.
pub(crate) fn chain(slices: &mut [Slice]) {
    let n = slices.len();
    for s in slices.iter_mut().take(n.saturating_sub(1)) {
        s.keep_with_next = true;
    }
}

/// Slices for a paragraph's lines: the first two lines stay together (no lone first line at
/// the foot of a page), as do the last two.
pub(crate) fn paragraph(lines: Vec<Line>, x: f32, space_before: f32) -> Vec<Slice> {
    let n = lines.len();
    let mut out: Vec<Slice> = lines.into_iter().map(|l| Slice::line(l, x)).collect();
    if let Some(first) = out.first_mut() {
        first.space_before = space_before;
    }
    if n >= 2 {
        out[0].keep_with_next = true;
        out[n - 2].keep_with_next = true;
    }
    out
}
