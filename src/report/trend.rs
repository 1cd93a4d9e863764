//! The trend document (`normcheck trend --format pdf`): the overall and per-norm scores of
//! several assessments over time, as a slope chart and a table, laid out like the report.

use crate::checklist::Checklist;
use crate::scoring::compare::{TrendPoint, trend};
use crate::session::{Session, strictest_marking};

use super::document::{Block, Document, Info, Paragraph, Series, SlopeChart, Widths};
use super::documents::assessment::table;
use super::model::{Cover, Table};
use super::{Paper, ReportError};

/// What the trend document shows.
pub struct TrendDocument {
    /// Title, State, marking (the strictest of the assessments'), date.
    pub cover: Cover,
    /// A sentence or two under the title.
    pub paragraphs: Vec<String>,
    /// The assessments' labels, oldest first.
    pub labels: Vec<String>,
    /// "Overall" first, then one series per norm.
    pub series: Vec<(String, Vec<Option<f64>>)>,
    /// The same figures as a table.
    pub table: Table,
}

impl TrendDocument {
    /// The document for `points` (oldest first), naming norms by `norms` (id, title).
    pub fn new(points: &[TrendPoint], norms: &[(String, String)], cover: Cover) -> Self {
        let labels: Vec<String> = points.iter().map(|p| p.label.clone()).collect();
        let mut series = vec![(
            "Overall".to_owned(),
            points.iter().map(|p| p.overall).collect::<Vec<_>>(),
        )];
        for (id, _) in norms {
            let values = points
                .iter()
                .map(|p| p.norms.iter().find(|(n, _)| n == id).and_then(|(_, s)| *s))
                .collect();
            series.push((format!("({id})"), values));
        }
        let cell = |v: &Option<f64>| v.map_or_else(|| "–".to_owned(), |v| format!("{v:.1}"));
        let mut header = vec!["".to_owned()];
        header.extend(labels.iter().cloned());
        let rows = series
            .iter()
            .map(|(label, values)| {
                let name = norms
                    .iter()
                    .find(|(id, _)| format!("({id})") == *label)
                    .map_or_else(|| label.clone(), |(id, title)| format!("({id}) {title}"));
                let mut row = vec![name];
                row.extend(values.iter().map(cell));
                row
            })
            .collect();
        let span = match (labels.first(), labels.last()) {
            (Some(a), Some(b)) if labels.len() > 1 => format!("from {a} to {b}"),
            _ => String::new(),
        };
        TrendDocument {
            paragraphs: vec![format!(
                "{} assessments of {} {span}, ordered by reporting period (or by date when a period is missing). Scores follow the normal scoring rules of each assessment's checklist.",
                points.len(),
                cover.member_state
            )],
            cover,
            labels,
            series,
            table: Table { header, rows },
        }
    }

    /// The document of several assessments (any order): its cover names the newest one's
    /// State and organisation, the strictest marking of all, and the newest checklist.
    pub fn of_assessments(assessments: &[(&Checklist, &Session)]) -> Option<Self> {
        let points = trend(assessments);
        let (checklist, _) = assessments.last()?;
        let norms: Vec<(String, String)> = checklist
            .norms
            .iter()
            .map(|n| (n.id.clone(), n.title.clone()))
            .collect();
        let newest = assessments
            .iter()
            .map(|(_, s)| *s)
            .max_by_key(|s| s.meta.updated)?;
        let generated = super::generation_date(newest);
        let cover = Cover {
            title: "Scores over time".to_owned(),
            member_state: newest
                .meta
                .member_state
                .clone()
                .unwrap_or_else(|| "(Member State not given)".to_owned()),
            organisation: newest.meta.organisation.clone(),
            assessors: Vec::new(),
            reporting_period: None,
            date: generated.map_or_else(|| "undated".to_owned(), |d| d.date().to_string()),
            generated,
            checklist: format!("{}, version {}", checklist.title, checklist.version),
            marking: strictest_marking(
                assessments
                    .iter()
                    .filter_map(|(_, s)| s.meta.classification.as_deref()),
            ),
            draft: None,
        };
        Some(Self::new(&points, &norms, cover))
    }

    /// The trend as a neutral document: title, a sentence, the slope chart and its figures.
    pub fn document(&self) -> Document {
        let mut blocks = vec![Block::Title {
            text: self.cover.title.clone(),
            cover: false,
        }];
        blocks.extend(self.paragraphs.iter().map(Paragraph::body));
        blocks.push(Block::SlopeChart(SlopeChart {
            title: "Overall and per-norm scores (0–100)".to_owned(),
            labels: self.labels.clone(),
            series: self
                .series
                .iter()
                .enumerate()
                .map(|(i, (label, values))| Series {
                    label: label.clone(),
                    values: values.clone(),
                    strong: i == 0,
                })
                .collect(),
        }));
        blocks.push(Block::part("The figures"));
        let widths = Widths::FirstTakesRest {
            others: self.labels.len(),
            each: 70.0,
        };
        blocks.push(table(&self.table, widths, false));
        Document {
            info: Info {
                title: format!("{} — {}", self.cover.title, self.cover.member_state),
                author: self.cover.organisation.clone().unwrap_or_default(),
                subject: "Scores over time".to_owned(),
                generated: self.cover.generated,
                marking: self.cover.marking.clone(),
                draft: None,
                language: crate::i18n::ENGLISH.to_owned(),
            },
            words: Default::default(),
            blocks,
        }
    }

    /// The document as PDF bytes.
    pub fn to_pdf(&self, paper: Paper) -> Result<Vec<u8>, ReportError> {
        super::pdf_of(&self.document(), paper).map(|rendered| rendered.bytes)
    }
}
