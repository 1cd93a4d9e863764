//! What was answered: the session model, its single mutation point, checks, session files
//! (plain or passphrase-protected) and the one door through which assessments are opened.

mod check;
mod codec;
mod edit;
mod member_states;
pub mod migrate;
mod model;
mod open;

pub use crate::protect::{Passphrase, Protection};
pub use check::check_session;
pub use codec::{
    Decoded, decode_session, encode_session, load_session, parse_session, save_session,
    save_session_as, session_from_value, session_to_bytes,
};
pub use edit::{Edit, EditError};
pub use member_states::{CLASSIFICATIONS, DEFAULT_CLASSIFICATION, MEMBER_STATES};
pub use model::*;
pub use open::{
    OpenError, OpenOptions, Opened, PassphraseSource, open_assessment, resolve_checklist,
};
