//! The app's screens; each draws from the narrowest data it needs and queues actions. The
//! dialogs covering them are in [`modals`].

pub mod assess;
pub mod chrome;
pub mod dashboard;
pub mod group_header;
pub mod groups;
pub mod modals;
pub mod new_form;
pub mod progress;
pub mod start;
pub mod support_list;
pub mod team;
