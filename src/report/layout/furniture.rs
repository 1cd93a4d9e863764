//! The running header and footer of every page: the sensitivity marking (in its FIRST
//! TLP 2.0 colours on black when it is a TLP label), the draft state and "Page N of M".

use super::super::shape::Shaper;
use super::text::{Style, lines};
use super::{Color, Draw, Geometry, mm};

/// Size of the header and footer text.
const FURNITURE_PT: f32 = 8.0;

/// Text and background colours of a marking: a TLP label's FIRST TLP 2.0 colour on black
/// (TLP:RED #FF2B2B, TLP:AMBER and AMBER+STRICT #FFC000, TLP:GREEN #33FF00, TLP:CLEAR white);
/// anything else black on white.
pub(crate) fn marking_style(marking: &str) -> (Color, Color) {
    let label: String = marking
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    let level = label
        .strip_prefix("TLP:")
        .or_else(|| label.strip_prefix("TLP"));
    let fg = match level {
        Some(l) if l.starts_with("RED") => Some(Color(0xFF, 0x2B, 0x2B)),
        Some(l) if l.starts_with("AMBER") => Some(Color(0xFF, 0xC0, 0x00)),
        Some(l) if l.starts_with("GREEN") => Some(Color(0x33, 0xFF, 0x00)),
        Some(l) if l.starts_with("CLEAR") || l.starts_with("WHITE") => Some(Color::WHITE),
        _ => None,
    };
    match fg {
        Some(fg) => (fg, Color::BLACK),
        None => (Color::BLACK, Color::WHITE),
    }
}

/// What the header and footer of every page show besides the page number.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Furniture<'a> {
    /// The sensitivity marking, top centre and bottom left.
    pub(crate) marking: Option<&'a str>,
    /// "Draft — NN % complete", bottom centre.
    pub(crate) draft: Option<&'a str>,
    /// The page number's words.
    pub(crate) words: &'a crate::report::document::Words,
}

/// Adds the header and footer to every page.
pub(crate) fn add(pages: &mut [Vec<Draw>], f: Furniture<'_>, shaper: &mut Shaper, g: &Geometry) {
    let total = pages.len();
    let left = g.side;
    let right = g.width - g.side;
    // Baselines 10 mm from the top and bottom edges, as before.
    let top = mm(10.0);
    let bottom = g.height - mm(10.0);
    for (i, page) in pages.iter_mut().enumerate() {
        if let Some(m) = f.marking {
            let w = width(shaper, m, true);
            marking(page, shaper, m, (left + right - w) / 2.0, top);
            marking(page, shaper, m, left, bottom);
        }
        if let Some(d) = f.draft {
            let w = width(shaper, d, false);
            text(
                page,
                shaper,
                d,
                (left + right - w) / 2.0,
                bottom,
                Style::regular(FURNITURE_PT),
            );
        }
        let number = f.words.page_of(i + 1, total);
        let w = width(shaper, &number, false);
        text(
            page,
            shaper,
            &number,
            right - w,
            bottom,
            Style::regular(FURNITURE_PT),
        );
    }
}

fn style(bold: bool) -> Style {
    let s = if bold {
        Style::bold(FURNITURE_PT)
    } else {
        Style::regular(FURNITURE_PT)
    };
    s.colored(Color::MUTED)
}

fn width(shaper: &mut Shaper, s: &str, bold: bool) -> f32 {
    lines(shaper, &[(s, style(bold))], f32::MAX)
        .iter()
        .map(|l| l.width)
        .fold(0.0, f32::max)
}

/// Draws `s` with its baseline at `y`, starting at `x`.
fn text(page: &mut Vec<Draw>, shaper: &mut Shaper, s: &str, x: f32, y: f32, st: Style) {
    if let Some(l) = lines(shaper, &[(s, st.colored(Color::MUTED))], f32::MAX)
        .into_iter()
        .next()
    {
        page.extend(l.runs.into_iter().map(|mut r| {
            r.x += x;
            r.y = y;
            Draw::Text(r)
        }));
    }
}

/// The marking at `x` on baseline `y`: coloured on a black box for TLP labels.
fn marking(page: &mut Vec<Draw>, shaper: &mut Shaper, m: &str, x: f32, y: f32) {
    let (fg, bg) = marking_style(m);
    let w = width(shaper, m, true);
    if bg != Color::WHITE {
        page.push(Draw::Fill {
            x: x - 2.0,
            y: y - FURNITURE_PT,
            w: w + 4.0,
            h: FURNITURE_PT * 1.35,
            color: bg,
        });
    }
    if let Some(l) = lines(
        shaper,
        &[(m, Style::bold(FURNITURE_PT).colored(fg))],
        f32::MAX,
    )
    .into_iter()
    .next()
    {
        page.extend(l.runs.into_iter().map(|mut r| {
            r.x += x;
            r.y = y;
            Draw::Text(r)
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tlp_labels_get_their_first_colours_on_black() {
        assert_eq!(
            marking_style("TLP:RED"),
            (Color(0xFF, 0x2B, 0x2B), Color::BLACK)
        );
        assert_eq!(
            marking_style("tlp:amber+strict"),
            (Color(0xFF, 0xC0, 0x00), Color::BLACK)
        );
        assert_eq!(
            marking_style("TLP: GREEN"),
            (Color(0x33, 0xFF, 0x00), Color::BLACK)
        );
        assert_eq!(marking_style("TLP:CLEAR"), (Color::WHITE, Color::BLACK));
        assert_eq!(marking_style("Confidential"), (Color::BLACK, Color::WHITE));
    }
}
