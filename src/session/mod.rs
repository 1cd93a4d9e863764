//! What was answered: the session model, its single mutation point (with undo), checks,
//! session files (plain or passphrase-protected) and the one door through which assessments
//! are opened.

mod carry;
mod check;
mod codec;
mod edit;
pub mod fields;
mod history;
mod member_states;
pub mod migrate;
mod model;
mod open;
mod team;

pub use crate::protect::{Passphrase, Protection};
pub use carry::is_builtin;
pub use check::check_session;
pub use codec::{
    Decoded, decode_session, encode_session, load_session, parse_session, save_session,
    save_session_as, session_from_value, session_to_bytes,
};
pub use edit::{Edit, EditError};
pub use history::History;
pub use member_states::{
    CLASSIFICATIONS, DEFAULT_CLASSIFICATION, MEMBER_STATES, strictest_marking,
};
pub use model::*;
pub use open::{
    DIFFERING_CHECKLIST, OpenError, OpenOptions, Opened, PassphraseSource, Resolved,
    open_assessment, open_with_known_checklists, open_with_known_checklists_using,
    resolve_checklist, resolve_checklist_with,
};
pub use team::{
    Conflict, ConflictValue, Contribution, MergeRecord, legacy_session_id, new_session_id,
};
