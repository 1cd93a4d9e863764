//! The trend document (`normcheck trend --format pdf`): the overall and per-norm scores of
//! several assessments over time, as a slope chart and a table, laid out like the report.

use crate::checklist::Checklist;
use crate::scoring::compare::{TrendPoint, trend};
use crate::session::{Session, strictest_marking};

use super::document::{Block, Document, Info, Paragraph, Series, SlopeChart, Widths, Words};
use super::documents::assessment::table;
use super::model::{Cover, Table};
use super::{Paper, ReportError};
use crate::i18n::Tr;
use crate::t;

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
    /// The language it is written in.
    pub tr: Tr,
}

impl TrendDocument {
    /// The document for `points` (oldest first), naming norms by `norms` (id, title), in
    /// `tr`'s language.
    pub fn new(points: &[TrendPoint], norms: &[(String, String)], cover: Cover, tr: &Tr) -> Self {
        let labels: Vec<String> = points.iter().map(|p| p.label.clone()).collect();
        let mut series = vec![(
            t!(tr, "compare-overall"),
            points.iter().map(|p| p.overall).collect::<Vec<_>>(),
        )];
        for (id, _) in norms {
            let values = points
                .iter()
                .map(|p| p.norms.iter().find(|(n, _)| n == id).and_then(|(_, s)| *s))
                .collect();
            series.push((format!("({id})"), values));
        }
        let cell = |v: &Option<f64>| v.map_or_else(|| "–".to_owned(), |v| tr.number(v, 1));
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
        let state = cover.member_state.clone();
        let intro = match (labels.first(), labels.last()) {
            (Some(first), Some(last)) if labels.len() > 1 => t!(
                tr,
                "trend-intro-span",
                count = points.len(),
                state = state,
                first = first.clone(),
                last = last.clone()
            ),
            _ => t!(tr, "trend-intro", count = points.len(), state = state),
        };
        TrendDocument {
            paragraphs: vec![intro],
            tr: tr.clone(),
            cover,
            labels,
            series,
            table: Table { header, rows },
        }
    }

    /// The document of several assessments (any order) in `tr`'s language: its cover names
    /// the newest one's State and organisation, the strictest marking of all, and the newest
    /// checklist.
    pub fn of_assessments(assessments: &[(&Checklist, &Session)], tr: &Tr) -> Option<Self> {
        let points = trend(assessments);
        let (newest_checklist, _) = assessments.last()?;
        let local = newest_checklist.localized(tr.code(), tr.checklist_texts(&newest_checklist.id));
        let checklist = &local.checklist;
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
            title: t!(tr, "trend-title"),
            member_state: newest
                .meta
                .member_state
                .clone()
                .unwrap_or_else(|| t!(tr, "report-no-member-state")),
            organisation: newest.meta.organisation.clone(),
            assessors: Vec::new(),
            reporting_period: None,
            date: generated.map_or_else(|| t!(tr, "report-undated"), |d| tr.date(d.date())),
            generated,
            checklist: t!(
                tr,
                "report-checklist-version",
                title = checklist.title.clone(),
                version = checklist.version.clone()
            ),
            marking: strictest_marking(
                assessments
                    .iter()
                    .filter_map(|(_, s)| s.meta.classification.as_deref()),
            ),
            draft: None,
        };
        Some(Self::new(&points, &norms, cover, tr))
    }

    /// The trend as a neutral document: title, a sentence, the slope chart and its figures.
    pub fn document(&self) -> Document {
        let tr = &self.tr;
        let mut blocks = vec![Block::Title {
            text: self.cover.title.clone(),
            cover: false,
        }];
        blocks.extend(self.paragraphs.iter().map(Paragraph::body));
        blocks.push(Block::SlopeChart(SlopeChart {
            title: t!(tr, "trend-chart"),
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
        blocks.push(Block::part(t!(tr, "trend-figures")));
        let widths = Widths::FirstTakesRest {
            others: self.labels.len(),
            each: 70.0,
        };
        blocks.push(table(&self.table, widths, false));
        Document {
            info: Info {
                title: format!("{} — {}", self.cover.title, self.cover.member_state),
                author: self.cover.organisation.clone().unwrap_or_default(),
                subject: t!(tr, "trend-title"),
                generated: self.cover.generated,
                marking: self.cover.marking.clone(),
                draft: None,
                language: tr.code().to_owned(),
            },
            words: Words::in_language(tr),
            blocks,
        }
    }

    /// The document as PDF bytes.
    pub fn to_pdf(&self, paper: Paper) -> Result<Vec<u8>, ReportError> {
        super::pdf_of(&self.document(), paper).map(|rendered| rendered.bytes)
    }
}
