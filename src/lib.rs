//! normcheck: offline self-assessment of the 11 UN norms of responsible State behaviour in
//! cyberspace and the ASEAN Regional Action Plan's focus areas.
//!
//! The map: [`format`] (how our JSON files are read and their problems told) → [`checklist`]
//! (what is asked) → [`session`] (what was answered) → [`scoring`] (pure numbers) → report
//! (what to print, then layout and PDF); [`sheets`] carries assessments and checklists to and
//! from spreadsheets. [`files`] is the one door through which every file is recognised, opened,
//! saved and recovered. The GUI (`ui`) and the command line (`cli`) are thin layers on top;
//! nothing below them uses egui or printpdf.
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

pub mod analysis;
pub mod checklist;
pub mod cli;
pub mod compare;
pub mod files;
pub mod format;
pub mod regional;
pub mod report;
pub mod scoring;
pub mod session;
pub mod sheets;
pub mod team;
pub mod ui;
