//! What was answered: the session model, its single mutation point (with undo), checks, and
//! session files.

mod check;
mod edit;
mod file;
mod history;
mod member_states;
pub mod migrate;
mod model;

pub use check::check_session;
pub use edit::{Edit, EditError};
pub use file::{load_session, parse_session, save_session, session_to_bytes};
pub use history::History;
pub use member_states::{CLASSIFICATIONS, DEFAULT_CLASSIFICATION, MEMBER_STATES};
pub use model::*;
