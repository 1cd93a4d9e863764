//! Help: the user guide's sections, in the reader's language, for the app's Help window and
//! for the printable guide (`normcheck guide`), which typesets them through the report's
//! engine. Plain Rust: no egui, no PDF types.

use crate::i18n::Tr;
use crate::report::document::{Block, Document, Figure, Info, Paragraph, Words};
use crate::report::{Paper, Rendered, ReportError};
use crate::t;

/// A section of the user guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The start screen, new and open, the example.
    Start,
    /// The walk-through.
    Walkthrough,
    /// Answering, evidence, not applicable.
    Answering,
    /// The dashboard: scores and bands.
    Dashboard,
    /// Saving, autosave and protection.
    Saving,
    /// The team's year: contributions, merging, progress.
    Team,
    /// Reports.
    Reports,
    /// Spreadsheets.
    Spreadsheets,
    /// The regional view.
    Regional,
    /// Troubleshooting.
    Troubleshooting,
}

impl Section {
    /// Every section, in the guide's order.
    pub const ALL: [Section; 10] = [
        Section::Start,
        Section::Walkthrough,
        Section::Answering,
        Section::Dashboard,
        Section::Saving,
        Section::Team,
        Section::Reports,
        Section::Spreadsheets,
        Section::Regional,
        Section::Troubleshooting,
    ];

    /// The section's title in `tr`'s language.
    pub fn title(self, tr: &Tr) -> String {
        match self {
            Section::Start => t!(tr, "guide-start-title"),
            Section::Walkthrough => t!(tr, "guide-walk-title"),
            Section::Answering => t!(tr, "guide-answer-title"),
            Section::Dashboard => t!(tr, "guide-dash-title"),
            Section::Saving => t!(tr, "guide-save-title"),
            Section::Team => t!(tr, "guide-team-title"),
            Section::Reports => t!(tr, "guide-report-title"),
            Section::Spreadsheets => t!(tr, "guide-sheet-title"),
            Section::Regional => t!(tr, "guide-regional-title"),
            Section::Troubleshooting => t!(tr, "guide-trouble-title"),
        }
    }

    /// The section's paragraphs in `tr`'s language.
    pub fn paragraphs(self, tr: &Tr) -> Vec<String> {
        match self {
            Section::Start => vec![t!(tr, "guide-start-1"), t!(tr, "guide-start-2")],
            Section::Walkthrough => vec![
                t!(tr, "guide-walk-1"),
                t!(tr, "guide-walk-2"),
                t!(tr, "guide-walk-3"),
            ],
            Section::Answering => vec![t!(tr, "guide-answer-1"), t!(tr, "guide-answer-2")],
            Section::Dashboard => vec![t!(tr, "guide-dash-1"), t!(tr, "guide-dash-2")],
            Section::Saving => vec![t!(tr, "guide-save-1"), t!(tr, "guide-save-2")],
            Section::Team => vec![t!(tr, "guide-team-1"), t!(tr, "guide-team-2")],
            Section::Reports => vec![t!(tr, "guide-report-1"), t!(tr, "guide-report-2")],
            Section::Spreadsheets => vec![t!(tr, "guide-sheet-1")],
            Section::Regional => vec![t!(tr, "guide-regional-1")],
            Section::Troubleshooting => vec![t!(tr, "guide-trouble-1"), t!(tr, "guide-trouble-2")],
        }
    }
}

impl Section {
    /// The screenshot that goes with the section in the printed guide, if any.
    pub fn figure(self, tr: &Tr) -> Option<Figure> {
        let (png, caption): (&'static [u8], String) = match self {
            Section::Walkthrough => (WALKTHROUGH, t!(tr, "guide-figure-walk")),
            Section::Dashboard => (DASHBOARD, t!(tr, "guide-figure-dash")),
            Section::Team => (TEAM, t!(tr, "guide-figure-team")),
            _ => return None,
        };
        Some(Figure { png, caption })
    }
}

/// Screenshots of the app with the example open (English, 960×600).
const WALKTHROUGH: &[u8] = include_bytes!("../../assets/guide/walk.png");
const DASHBOARD: &[u8] = include_bytes!("../../assets/guide/dash.png");
const TEAM: &[u8] = include_bytes!("../../assets/guide/team.png");

/// The whole guide as a document for the report's typesetter: title, introduction, then each
/// section.
pub fn guide_document(tr: &Tr) -> Document {
    let title = t!(tr, "guide-title");
    let mut blocks = vec![
        Block::Title {
            text: title.clone(),
            cover: false,
        },
        Paragraph::body(t!(tr, "guide-subtitle")),
    ];
    blocks.push(Paragraph::note(t!(tr, "guide-figure-note")));
    for section in Section::ALL {
        blocks.push(Block::section(section.title(tr)));
        blocks.extend(section.paragraphs(tr).into_iter().map(Paragraph::body));
        if let Some(figure) = section.figure(tr) {
            blocks.push(Block::Figure(figure));
        }
    }
    Document {
        info: Info {
            title,
            author: String::new(),
            subject: t!(tr, "guide-subtitle"),
            generated: None,
            marking: None,
            draft: None,
            language: tr.code().to_owned(),
        },
        words: Words::in_language(tr),
        blocks,
    }
}

/// The printable guide as PDF bytes on `paper`, in `tr`'s language.
pub fn guide_pdf(tr: &Tr, paper: Paper) -> Result<Rendered, ReportError> {
    crate::report::pdf_of(&guide_document(tr), paper)
}
