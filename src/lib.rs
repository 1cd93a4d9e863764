//! normcheck: offline self-assessment of the 11 UN norms of responsible State behaviour in
//! cyberspace and the ASEAN Regional Action Plan's focus areas.
//!
//! The map, lowest layer first — each module uses only those above it in this list:
//!
//! - [`format`]: how our JSON files are read (strict JSON, header and version check), their
//!   problems with JSON paths, what would help with an error ([`format::remedy`]) and file
//!   content made printable in messages.
//! - [`i18n`]: the message seam — every word for people comes from the chosen language's
//!   Fluent messages, English behind each; numbers and dates as the language writes them.
//! - [`checklist`]: what is asked — the model, reading and validating it, the built-in one.
//! - [`session`]: what was answered — the model, its one mutation point with undo, its checks
//!   against the checklist, the format's migrations, the team's records.
//! - [`scoring`]: pure numbers — scores, gaps and completeness, comparisons over time.
//! - [`team`]: contributions handed out per agency and merged back.
//! - [`example`]: Exampleland, the fictional assessment to practise on.
//! - [`regional`]: the regional figures of several States, without exposing one.
//! - [`report`]: the documents (assessment, regional, trend) built as a neutral document,
//!   then typeset to PDF or written as Markdown.
//! - [`help`]: the user guide's sections, for the Help window and the printable guide.
//! - [`sheets`]: assessments and checklists to and from spreadsheets.
//! - [`files`]: the one door — every file is recognised, opened, saved and recovered here.
//! - `user_data`: the user's data folder and the languages installed there, for both front ends.
//! - `cli` and `ui`: the command line and the desktop app, thin layers on top; nothing below
//!   them uses egui, and only `report`'s PDF writer uses printpdf.
//!
//! Scoring an assessment without any window:
//! ```
//! use normcheck::checklist::builtin;
//! use normcheck::scoring::score;
//! use normcheck::session::{Edit, Meta, Session, timestamp_now};
//!
//! let checklist = builtin().expect("the built-in checklist");
//! let mut session = Session::new(&checklist, Meta::default());
//! let top = checklist.scale.max_value().expect("a scale with levels");
//! let edit = Edit::SetLevel { item: "a.1".into(), level: Some(top) };
//! session.apply(&checklist, edit, timestamp_now()).expect("a valid edit");
//! let scores = score(&checklist, &session);
//! let a = &scores.norms[0];
//! assert_eq!(a.id, "a");
//! assert!(a.score.expect("norm (a) has applicable items") > 0.0);
//! assert!(scores.overall.completion.expect("items exist") > 0.0);
//! ```
#![forbid(unsafe_code)]

pub mod checklist;
pub mod cli;
pub mod example;
pub mod files;
pub mod format;
pub mod help;
pub mod i18n;
pub mod regional;
pub mod report;
pub mod scoring;
pub mod session;
pub mod sheets;
pub mod team;
pub mod text;
pub mod ui;
pub mod user_data;
