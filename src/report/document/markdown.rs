//! The one Markdown writer: any [`Document`] as plain Markdown, readable in any editor and
//! diffable in snapshots. Every block is separated from the next by one blank line.

use std::fmt::Write as _;

use super::{BarChart, Block, Document, ItemCard, Paragraph, RangeChart, Table, Tone, Words};

/// The whole document as Markdown.
pub fn to_markdown(document: &Document) -> String {
    let mut out = String::new();
    for block in &document.blocks {
        write_block(&mut out, block, &document.words);
    }
    // One final newline, never a blank line at the end.
    let end = out.trim_end().len();
    out.truncate(end);
    out.push('\n');
    out
}

fn write_block(out: &mut String, block: &Block, words: &Words) {
    match block {
        Block::Marking(m) | Block::Subtitle(m) => paragraph(out, &format!("**{}**", esc(m))),
        Block::Title { text, .. } => paragraph(out, &format!("# {}", esc(text))),
        Block::Heading { level, text } => {
            let hashes = "#".repeat(usize::from(*level) + 1);
            paragraph(out, &format!("{hashes} {}", esc(text)));
        }
        Block::Facts(facts) | Block::FactLine(facts) => {
            let lines: Vec<String> = facts.iter().map(|(l, v)| fact(l, v)).collect();
            paragraph(out, &lines.join("\n"));
        }
        Block::Paragraph(p) => paragraph(out, &text_of(p)),
        Block::List(entries) => {
            let lines: Vec<String> = entries.iter().map(|e| format!("- {}", esc(e))).collect();
            paragraph(out, &lines.join("\n"));
        }
        Block::Table(t) => paragraph(out, &table(t)),
        Block::BarChart(c) => bar_chart(out, c, words),
        Block::RangeChart(c) => range_chart(out, c, words),
        // The figures of a slope chart follow it as a table.
        Block::SlopeChart(c) => paragraph(out, &format!("### {}", esc(&c.title))),
        Block::Item(item) => item_card(out, item, words),
        Block::Figure(f) => paragraph(out, &format!("*{}*", esc(&f.caption))),
        Block::PageBreak => {}
        Block::Together(blocks) => {
            for b in blocks {
                write_block(out, b, words);
            }
        }
    }
}

/// `text` as a block of its own, followed by a blank line.
fn paragraph(out: &mut String, text: &str) {
    let _ = writeln!(out, "{text}\n");
}

fn fact(label: &str, value: &str) -> String {
    format!("- **{}:** {}", esc(label), esc(value))
}

fn text_of(p: &Paragraph) -> String {
    let text: String = p
        .spans
        .iter()
        .map(|s| {
            let t = esc(&s.text);
            let t = if s.strong && !t.is_empty() {
                format!("**{t}**")
            } else {
                t
            };
            // Escaping joins the text to one line and trims it: keep the space between runs.
            let before = if s.text.starts_with(char::is_whitespace) {
                " "
            } else {
                ""
            };
            let after = if s.text.ends_with(char::is_whitespace) {
                " "
            } else {
                ""
            };
            format!("{before}{t}{after}")
        })
        .collect();
    match p.tone {
        Tone::Body => text,
        Tone::Note => format!("*{text}*"),
    }
}

fn bar_chart(out: &mut String, chart: &BarChart, words: &Words) {
    let mut lines = Vec::new();
    for bar in &chart.bars {
        let (blocks, value) = match bar.value {
            Some(v) => (
                "█".repeat((v / 5.0).round().clamp(0.0, 20.0) as usize),
                words.number(v),
            ),
            None => (String::new(), words.no_score.clone()),
        };
        lines.push(format!("- {}: `{blocks:<20}` {value}", esc(&bar.label)));
    }
    paragraph(out, &format!("### {}", esc(&chart.title)));
    paragraph(out, &lines.join("\n"));
}

fn range_chart(out: &mut String, chart: &RangeChart, words: &Words) {
    let lines: Vec<String> = chart
        .rows
        .iter()
        .map(|row| {
            let text = match row.range {
                Some(r) => format!(
                    "{} – {} ({}, {})",
                    words.number(r.min),
                    words.number(r.max),
                    words.median.replace("{value}", &words.number(r.median)),
                    words.mean.replace("{value}", &words.number(r.mean)),
                ),
                None => row.note.clone(),
            };
            format!("- {}: {}", esc(&row.label), esc(&text))
        })
        .collect();
    paragraph(out, &format!("### {}", esc(&chart.title)));
    paragraph(out, &lines.join("\n"));
}

fn item_card(out: &mut String, item: &ItemCard, words: &Words) {
    let flag = if item.flagged {
        format!(" ⚑ {}", words.flagged)
    } else {
        String::new()
    };
    paragraph(out, &format!("### {}{flag}", esc(&item.title)));
    if !item.fields.is_empty() {
        let lines: Vec<String> = item.fields.iter().map(|(l, v)| fact(l, v)).collect();
        paragraph(out, &lines.join("\n"));
    }
}

/// A Markdown table; cells on one line, `|` escaped.
fn table(table: &Table) -> String {
    let cells = |row: &[String]| {
        row.iter()
            .map(|c| esc(c).replace('|', "\\|"))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let mut out = format!("| {} |\n", cells(&table.header));
    let _ = writeln!(out, "|{}", "---|".repeat(table.header.len()));
    let rows: Vec<String> = table
        .rows
        .iter()
        .map(|row| format!("| {} |", cells(row)))
        .collect();
    out.push_str(&rows.join("\n"));
    out.trim_end().to_owned()
}

/// Keeps user text from being read as Markdown structure: line breaks become spaces and
/// markup characters are escaped; control characters are dropped.
pub(crate) fn esc(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(one_line.len());
    for ch in one_line.chars().filter(|c| !c.is_control()) {
        if matches!(ch, '\\' | '`' | '*' | '_' | '<' | '>' | '[' | ']' | '#') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{Span, Widths};
    use super::*;

    #[test]
    fn blocks_are_separated_by_one_blank_line_and_user_text_is_escaped() {
        let doc = Document {
            info: Default::default(),
            words: Default::default(),
            blocks: vec![
                Block::Title {
                    text: "Report #1".into(),
                    cover: true,
                },
                Block::Facts(vec![("Member State".into(), "Viet Nam".into())]),
                Block::section("Summary"),
                Block::Paragraph(Paragraph {
                    spans: vec![
                        Span {
                            text: "Score: ".into(),
                            strong: true,
                        },
                        Span {
                            text: "50 *high*".into(),
                            strong: false,
                        },
                    ],
                    tone: Tone::Body,
                }),
                Block::Table(Table {
                    header: vec!["A".into(), "B".into()],
                    rows: vec![vec!["1 | 2".into(), "3".into()]],
                    widths: Widths::Shares(vec![1.0, 1.0]),
                    row_names: false,
                }),
            ],
        };
        assert_eq!(
            to_markdown(&doc),
            "# Report \\#1\n\n- **Member State:** Viet Nam\n\n## Summary\n\n**Score:** 50 \\*high\\*\n\n| A | B |\n|---|---|\n| 1 \\| 2 | 3 |\n"
        );
    }
}
