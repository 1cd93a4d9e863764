//! normcheck: offline self-assessment of the 11 UN norms of responsible State behaviour in
//! cyberspace and the ASEAN Regional Action Plan's focus areas.
//!
//! The map: [`checklist`] (what is asked) → [`session`] (what was answered) → [`scoring`]
//! (pure numbers) → report (what to print, then layout and PDF). The GUI (`ui`) and the
//! command line (`cli`) are thin layers on top; nothing below them uses egui or printpdf.
#![forbid(unsafe_code)]

pub mod analysis;
pub mod checklist;
pub mod cli;
pub mod document;
pub mod fsutil;
pub mod problem;
pub mod report;
pub mod sample;
pub mod scoring;
pub mod session;
pub mod ui;
