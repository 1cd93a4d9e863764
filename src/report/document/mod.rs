//! The neutral document every report is built as: a title and metadata, then blocks in
//! reading order — headings with their level, paragraphs, lists, tables with their header
//! row, charts with their data as numbers (and, from it, their text alternative), and item
//! cards. The assessment, regional and trend documents each build one; the typesetter
//! (`layout`), the PDF writer and the one Markdown writer ([`markdown`]) take only this.

mod alt;
pub mod markdown;

pub use alt::chart_alt;

use time::OffsetDateTime;

use crate::i18n::Tr;
use crate::t;

/// A document ready to be typeset or written as Markdown.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// What the document is, for its metadata and running header and footer.
    pub info: Info,
    /// The few words the typesetter and the Markdown writer add, in the document's language.
    pub words: Words,
    /// The content, in reading order.
    pub blocks: Vec<Block>,
}

/// The document's metadata and what the running header and footer show.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Info {
    /// The title in the document's metadata.
    pub title: String,
    /// Who made it (an organisation), if known.
    pub author: String,
    /// What it is about.
    pub subject: String,
    /// When it was generated; `None` leaves the dates out.
    pub generated: Option<OffsetDateTime>,
    /// The sensitivity marking on every page, e.g. "TLP:AMBER".
    pub marking: Option<String>,
    /// "Draft — …" on every page while the assessment is incomplete.
    pub draft: Option<String>,
    /// The language of its words, e.g. "th" (the PDF's /Lang).
    pub language: String,
}

/// The words the typesetter and the Markdown writer print around a document's content.
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    /// The page number, with `{page}` and `{total}` where the numbers go.
    pub page: String,
    /// Beside a chart bar without a score.
    pub no_score: String,
    /// Beside a range chart's bar, with `{value}` where the median goes.
    pub median: String,
    /// Beside a range's numbers in Markdown, with `{value}` where the mean goes.
    pub mean: String,
    /// How to read a range chart.
    pub range_how: String,
    /// After the title of an item flagged for review.
    pub flagged: String,
    /// The sign between whole and decimal digits.
    pub decimal_sign: String,
}

impl Words {
    /// The words in `tr`'s language.
    pub fn in_language(tr: &Tr) -> Words {
        Words {
            page: t!(tr, "report-page", page = "{page}", total = "{total}"),
            no_score: t!(tr, "report-no-score"),
            median: t!(tr, "report-range-median", value = "{value}"),
            mean: t!(tr, "report-range-mean", value = "{value}"),
            range_how: t!(tr, "report-range-how"),
            flagged: t!(tr, "report-item-flagged"),
            decimal_sign: t!(tr, "number-decimal-sign"),
        }
    }

    /// `value` with one decimal, written with the language's decimal sign.
    pub fn number(&self, value: f64) -> String {
        let plain = format!("{value:.1}");
        if self.decimal_sign == "." {
            plain
        } else {
            plain.replace('.', &self.decimal_sign)
        }
    }

    /// The page number of page `page` of `total`.
    pub fn page_of(&self, page: usize, total: usize) -> String {
        self.page
            .replace("{page}", &page.to_string())
            .replace("{total}", &total.to_string())
    }
}

impl Default for Words {
    fn default() -> Words {
        Words::in_language(&Tr::english())
    }
}

/// A picture and its caption.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The picture, a PNG file's bytes.
    pub png: &'static [u8],
    /// What it shows.
    pub caption: String,
}

/// One block of content.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The marking, large and in its colours, at the top of the cover.
    Marking(String),
    /// The document's title; on a cover page it is set larger.
    Title {
        /// The title.
        text: String,
        /// Whether it heads a cover page of its own.
        cover: bool,
    },
    /// A line that stands out under the title ("Draft — 60 % complete").
    Subtitle(String),
    /// Label–value pairs in two columns (a cover's details).
    Facts(Vec<(String, String)>),
    /// A section heading: level 1 for sections, 2 for the parts of a section.
    Heading {
        /// 1 or 2.
        level: u8,
        /// The heading.
        text: String,
    },
    /// A paragraph.
    Paragraph(Paragraph),
    /// Label–value facts about a section, on one line ("Score: 62.5 · Completion: 80 %").
    FactLine(Vec<(String, String)>),
    /// A bulleted list.
    List(Vec<String>),
    /// A table with a header row.
    Table(Table),
    /// Horizontal bars on a 0–100 scale.
    BarChart(BarChart),
    /// Ranges (lowest, median, highest, mean) on a 0–100 scale.
    RangeChart(RangeChart),
    /// Lines from one assessment to the next.
    SlopeChart(SlopeChart),
    /// One practical action with its answer, as a card.
    Item(ItemCard),
    /// A picture (a PNG screenshot) across the column, with its caption below.
    Figure(Figure),
    /// Start a new page.
    PageBreak,
    /// Blocks kept on one page where they fit.
    Together(Vec<Block>),
}

/// A paragraph: text runs in one tone.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    /// The runs, in order.
    pub spans: Vec<Span>,
    /// How prominent the paragraph is.
    pub tone: Tone,
}

/// How prominent a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Body text.
    Body,
    /// An explanation beside the content (a legend, a note), set smaller and muted.
    Note,
}

/// A run of text, strong or not.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// The text.
    pub text: String,
    /// Set in bold.
    pub strong: bool,
}

impl Paragraph {
    /// Body text in one run.
    pub fn body(text: impl Into<String>) -> Block {
        Block::Paragraph(Paragraph {
            spans: vec![Span {
                text: text.into(),
                strong: false,
            }],
            tone: Tone::Body,
        })
    }

    /// A note in one run.
    pub fn note(text: impl Into<String>) -> Block {
        Block::Paragraph(Paragraph {
            spans: vec![Span {
                text: text.into(),
                strong: false,
            }],
            tone: Tone::Note,
        })
    }

    /// The paragraph's text, runs joined.
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

impl Block {
    /// A section heading (level 1).
    pub fn section(text: impl Into<String>) -> Block {
        Block::Heading {
            level: 1,
            text: text.into(),
        }
    }

    /// A heading within a section (level 2).
    pub fn part(text: impl Into<String>) -> Block {
        Block::Heading {
            level: 2,
            text: text.into(),
        }
    }
}

/// A table: a header row, body rows of the same width, and how wide each column should be.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Column headings.
    pub header: Vec<String>,
    /// Body rows.
    pub rows: Vec<Vec<String>>,
    /// How the width is shared between the columns.
    pub widths: Widths,
    /// The first column names the row (set in bold, the table boxed).
    pub row_names: bool,
}

/// How a table's width is shared between its columns.
#[derive(Debug, Clone, PartialEq)]
pub enum Widths {
    /// Each column this many points wide (a narrow table).
    Points(Vec<f32>),
    /// Each column its share of the width (the shares need not add up to 1).
    Shares(Vec<f32>),
    /// The first column takes what the others leave; each other column about `each` points
    /// (narrower if the first would get less than a third of the width).
    FirstTakesRest {
        /// The columns after the first.
        others: usize,
        /// Their width in points.
        each: f32,
    },
}

/// Horizontal bars on a 0–100 scale.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    /// Caption.
    pub title: String,
    /// One bar per row.
    pub bars: Vec<Bar>,
}

/// One bar: a label and a score, or none (every item not applicable).
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// What the bar measures.
    pub label: String,
    /// Score 0–100.
    pub value: Option<f64>,
}

/// Ranges of scores, one row per norm or focus area.
#[derive(Debug, Clone, PartialEq)]
pub struct RangeChart {
    /// Caption.
    pub title: String,
    /// One row per group.
    pub rows: Vec<RangeRow>,
}

/// One row of a range chart.
#[derive(Debug, Clone, PartialEq)]
pub struct RangeRow {
    /// The group's name.
    pub label: String,
    /// The figures, or none (withheld or no scores).
    pub range: Option<Range>,
    /// Why there is no range, shown in its place.
    pub note: String,
}

/// Lowest, median, highest and mean of a set of scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    /// Lowest.
    pub min: f64,
    /// Median.
    pub median: f64,
    /// Highest.
    pub max: f64,
    /// Mean.
    pub mean: f64,
}

/// Scores at successive points in time, one line per series.
#[derive(Debug, Clone, PartialEq)]
pub struct SlopeChart {
    /// Caption.
    pub title: String,
    /// The points in time, oldest first.
    pub labels: Vec<String>,
    /// The lines.
    pub series: Vec<Series>,
}

/// One line of a slope chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// What it measures.
    pub label: String,
    /// One value per point in time (none where there is no score).
    pub values: Vec<Option<f64>>,
    /// Drawn heavier (the overall score).
    pub strong: bool,
}

/// One practical action and its answer.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemCard {
    /// "a.1 The action".
    pub title: String,
    /// Marked for review.
    pub flagged: bool,
    /// Label and value, in order; a value of several lines keeps its lines.
    pub fields: Vec<(String, String)>,
}
