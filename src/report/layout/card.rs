//! An item card: the practical action's title (a heading), then its answer's fields, with a
//! grey border on the left, kept together where it fits.

use super::super::document::ItemCard;
use super::blocks::{BODY, Column};
use super::flow::Slice;
use super::structure::Role;
use super::text::Style;
use super::{Color, Draw};

/// Left border of an item and the indent of its text.
const ITEM_BORDER: f32 = 1.5;
const ITEM_INDENT: f32 = 7.5;

impl Column<'_> {
    pub(super) fn item(&mut self, i: &ItemCard) {
        let start = self.out.len();
        let flag = if i.flagged {
            format!(" [{}]", self.words.flagged)
        } else {
            String::new()
        };
        let title = format!("{}{flag}", i.title);
        let head = self.para(&[(&title, Style::bold(BODY))], ITEM_INDENT, 0.0, 2.0);
        let card = self.structure.add(Role::Sect, self.parent);
        // Each card's title one level below the section's heading, all cards alike.
        let section = self.last_heading;
        let title = self.heading(4);
        self.last_heading = section;
        self.structure
            .claim(&mut self.out, head.clone(), title, card);
        // The title stays with the first field's first line.
        for s in &mut self.out[head] {
            s.keep_with_next = true;
        }
        for (n, (label, value)) in i.fields.iter().enumerate() {
            let first = self.out.len();
            self.field(label, value);
            let field = first..self.out.len();
            self.structure.claim(&mut self.out, field, Role::P, card);
            if n == 0
                && let Some(s) = self.out.get_mut(first)
            {
                s.keep_with_next = true;
            }
        }
        let end = self.out.len();
        for s in &mut self.out[start..end] {
            let h = s.height;
            s.draws.push(Draw::Line {
                x1: ITEM_BORDER / 2.0 + 0.5,
                y1: 0.0,
                x2: ITEM_BORDER / 2.0 + 0.5,
                y2: h,
                width: ITEM_BORDER,
                color: Color(0x77, 0x77, 0x77),
            });
        }
        if let Some(last) = self.out.last_mut() {
            last.keep_with_next = false;
        }
        self.out[start].group = Some(end - start);
        self.out.push(Slice::space(8.0));
    }

    /// "Label: value"; a value of several lines is set line by line, the label on the first.
    fn field(&mut self, name: &str, value: &str) {
        let label = format!("{name}: ");
        let mut label = label.as_str();
        for line in value.lines().filter(|l| !l.trim().is_empty()) {
            let spans = [(label, Style::bold(BODY)), (line, Style::regular(BODY))];
            let after = if value.contains('\n') { 3.0 } else { 0.0 };
            self.para(
                &spans[usize::from(label.is_empty())..],
                ITEM_INDENT,
                0.0,
                after,
            );
            label = "";
        }
    }
}
