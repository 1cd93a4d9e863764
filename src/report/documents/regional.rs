//! The regional report as a document: cover, summary, the distribution of scores per norm and
//! focus area (a range chart and its figures), the bands, the hardest practical actions, the
//! support wanted and the method.

use super::super::document::{Block, Document, Info, Paragraph, Widths, Words};
use super::super::regional::RegionalReport;
use super::assessment::table;
use crate::t;

/// The regional report as a document.
pub fn document(report: &RegionalReport) -> Document {
    let cover = &report.cover;
    let tr = &report.tr;
    let mut blocks = Vec::new();
    if let Some(m) = &cover.marking {
        blocks.push(Block::Marking(m.clone()));
    }
    blocks.push(Block::Title {
        text: cover.title.clone(),
        cover: false,
    });
    blocks.push(Block::Facts(cover.rows.clone()));
    blocks.push(Block::section(t!(tr, "regional-section-summary")));
    blocks.extend(report.summary.iter().map(Paragraph::body));
    if !report.withheld_all {
        blocks.push(Block::PageBreak);
        figures(report, &mut blocks);
    }
    blocks.push(Block::section(t!(tr, "regional-section-method")));
    blocks.push(Block::List(report.method.clone()));
    let mut about = vec![Block::part(t!(tr, "regional-section-about"))];
    about.extend(report.provenance.iter().map(Paragraph::body));
    blocks.push(Block::Together(about));
    Document {
        info: Info {
            title: cover.title.clone(),
            author: String::new(),
            subject: report.provenance.first().cloned().unwrap_or_default(),
            generated: cover.generated,
            marking: cover.marking.clone(),
            draft: None,
            language: tr.code().to_owned(),
        },
        words: Words::in_language(tr),
        blocks,
    }
}

/// Everything that shows figures (left out when fewer States than the threshold took part).
fn figures(report: &RegionalReport, blocks: &mut Vec<Block>) {
    let tr = &report.tr;
    let rest = |others: usize, each: f32| Widths::FirstTakesRest { others, each };
    blocks.push(Block::section(t!(tr, "regional-section-norms")));
    blocks.push(Block::RangeChart(report.norm_ranges.clone()));
    blocks.push(table(&report.norm_figures, rest(5, 56.0), false));
    blocks.push(Block::section(t!(tr, "regional-section-areas")));
    blocks.push(Block::RangeChart(report.area_ranges.clone()));
    blocks.push(table(&report.area_figures, rest(5, 56.0), false));
    if report.bands.header.len() > 1 {
        blocks.push(Block::section(t!(tr, "regional-section-bands")));
        blocks.push(Paragraph::note(&report.bands_legend));
        let bands = report.bands.header.len() - 1;
        blocks.push(table(&report.bands, rest(bands, 70.0), true));
    }
    blocks.push(Block::section(t!(tr, "regional-section-hardest")));
    blocks.push(Paragraph::note(&report.hardest_legend));
    let answers = report.hardest.header.len().saturating_sub(1);
    blocks.push(table(&report.hardest, rest(answers, 42.0), true));
    blocks.push(Block::section(t!(tr, "regional-section-support")));
    blocks.push(Paragraph::note(t!(tr, "regional-support-intro")));
    let norms = report.support.header.len().saturating_sub(1);
    blocks.push(table(&report.support, rest(norms, 34.0), true));
}
