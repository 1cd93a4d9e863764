//! The app's screens; each draws from the narrowest data it needs and queues actions.

pub mod assess;
pub mod checklist_choice;
pub mod chrome;
pub mod dashboard;
pub mod groups;
pub mod new_form;
pub mod progress;
pub mod prompts;
pub mod protection;
pub mod sheet_import;
pub mod start;
pub mod support_list;
pub mod team;
