//! What was answered: the session model, its single mutation point (with undo), its checks
//! against the checklist and its format's migrations. Session files are read and written
//! through the door, `crate::files`.

mod carry;
mod check;
mod edit;
pub mod fields;
mod history;
mod member_states;
pub(crate) mod migrate;
mod model;
mod team;
mod upgrade;
mod words;

pub use carry::is_builtin;
pub use check::check_session;
pub use edit::{Edit, EditError};
pub use history::History;
pub use member_states::{
    CLASSIFICATIONS, DEFAULT_CLASSIFICATION, MEMBER_STATES, strictest_marking,
};
pub use model::*;
pub use team::{
    Conflict, ConflictValue, Contribution, MergeRecord, legacy_session_id, new_session_id,
};
pub use upgrade::{UpgradeError, Upgraded, available_upgrade, combine_answers, upgrade_session};
