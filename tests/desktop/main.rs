//! The desktop app driven headless through its accessibility tree: what an official notices in
//! the first hour (details, zoom, selection, feedback, undo, theme, titles) and protected
//! sessions. The basic flows
//! are in `tests/gui.rs`.

#[path = "../common/mod.rs"]
mod common;
mod helpers;

mod carried;
mod dashboard;
mod details;
mod edition;
mod feedback;
mod help;
mod keyboard;
mod languages;
mod layout;
mod preferences;
mod prompts;
mod protection;
mod read_only;
mod regional;
mod selection;
mod sheets;
mod support;
mod team;
mod title;
mod undo;
mod working;
