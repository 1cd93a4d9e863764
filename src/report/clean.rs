//! Control characters never reach a report: user text may hold NUL, ESC or other C0/C1
//! controls (pasted, or from a crafted file). Tabs and other whitespace controls become
//! spaces, line breaks stay line breaks (`\r\n` and `\r` become `\n`), the rest is dropped.

use super::model::{Report, Table};

/// `text` without control characters (see the module docs); borrowed when already clean.
pub(crate) fn clean(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| c.is_control() && c != '\n') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' => out.push('\n'),
            c if c.is_control() && c.is_whitespace() => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.into()
}

fn fix(s: &mut String) {
    if let std::borrow::Cow::Owned(c) = clean(s) {
        *s = c;
    }
}

fn fix_opt(s: &mut Option<String>) {
    if let Some(s) = s {
        fix(s);
    }
}

fn fix_table(t: &mut Table) {
    t.header.iter_mut().for_each(fix);
    t.rows.iter_mut().flatten().for_each(fix);
}

/// Cleans every piece of text in the report.
pub(crate) fn clean_report(r: &mut Report) {
    clean_cover(&mut r.cover);
    r.summary.paragraphs.iter_mut().for_each(fix);
    fix_table(&mut r.summary.counts);
    for chart in [&mut r.norm_chart, &mut r.area_chart] {
        fix(&mut chart.title);
        chart.bars.iter_mut().for_each(|b| fix(&mut b.label));
    }
    r.norms.iter_mut().for_each(clean_norm);
    for a in &mut r.action_plan {
        for s in [&mut a.item_id, &mut a.action, &mut a.status] {
            fix(s);
        }
        for s in [&mut a.owner, &mut a.target_date, &mut a.priority] {
            fix_opt(s);
        }
    }
    fix_table(&mut r.support);
    let m = &mut r.methodology;
    fix_table(&mut m.levels);
    m.rules.iter_mut().for_each(fix);
    m.provenance.iter_mut().for_each(fix);
}

/// Cleans the title page's texts.
fn clean_cover(c: &mut super::model::Cover) {
    for s in [
        &mut c.title,
        &mut c.member_state,
        &mut c.date,
        &mut c.checklist,
    ] {
        fix(s);
    }
    for s in [
        &mut c.organisation,
        &mut c.reporting_period,
        &mut c.marking,
        &mut c.draft,
    ] {
        fix_opt(s);
    }
    c.assessors.iter_mut().for_each(fix);
}

/// Cleans a norm section and its items.
fn clean_norm(n: &mut super::model::NormSection) {
    for s in [&mut n.id, &mut n.heading, &mut n.score, &mut n.completion] {
        fix(s);
    }
    fix_opt(&mut n.source);
    fix_opt(&mut n.summary);
    for i in &mut n.items {
        for s in [&mut i.id, &mut i.text, &mut i.answer] {
            fix(s);
        }
        for s in [
            &mut i.note,
            &mut i.owner,
            &mut i.target_date,
            &mut i.priority,
            &mut i.support,
        ] {
            fix_opt(s);
        }
        i.evidence.iter_mut().for_each(fix);
    }
}

/// Cleans every piece of text in the regional report.
pub(crate) fn clean_regional(r: &mut super::regional::RegionalReport) {
    let c = &mut r.cover;
    fix(&mut c.title);
    fix(&mut c.date);
    fix_opt(&mut c.marking);
    for (label, value) in &mut c.rows {
        fix(label);
        fix(value);
    }
    r.summary.iter_mut().for_each(fix);
    for chart in [&mut r.norm_ranges, &mut r.area_ranges] {
        fix(&mut chart.title);
        for row in &mut chart.rows {
            fix(&mut row.label);
            fix(&mut row.note);
        }
    }
    for t in [
        &mut r.norm_figures,
        &mut r.area_figures,
        &mut r.bands,
        &mut r.hardest,
        &mut r.support,
    ] {
        fix_table(t);
    }
    fix(&mut r.hardest_legend);
    fix(&mut r.bands_legend);
    r.method.iter_mut().for_each(fix);
    r.provenance.iter_mut().for_each(fix);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_dropped_whitespace_kept_and_line_breaks_normalised() {
        assert_eq!(clean("a\u{0}b\u{1b}[31mc\u{9b}d"), "ab[31mcd");
        assert_eq!(clean("x\ty\r\nz\rw"), "x y\nz\nw");
        assert!(matches!(
            clean("plain\ntext"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
