//! The one door for files: every normcheck file is recognised, read, opened, saved and
//! recovered here, and nowhere else; the parse and encode steps are private to it.
//!
//! - [`file_kind`]: what a file is, told from its bytes (the one place that sniffs).
//! - [`open_assessment`] and friends: read, decrypt, decode, find the checklist, check the two
//!   together — for the command line, the app, recovery and the commands reading several files.
//! - [`save_session_as`]: check against the checklist (no save writes a file opening would
//!   refuse), encode, encrypt when protected, write atomically.
//! - [`load_checklist`]: a checklist file, JSON or spreadsheet.
//! - [`recovery`]: the app's autosaved copies, read back and checked like opened files.
//! - bounded reads and atomic writes (write beside, flush, rename), and [`same_file`] so that
//!   no command writes over its own input; [`protect`]: age passphrase encryption.

mod checklist;
mod inspect;
mod kind;
mod open;
pub mod protect;
mod read;
pub mod recovery;
mod resolve;
mod same;
mod session;
mod words;
mod write;

pub use checklist::load_checklist;
pub use inspect::{Inspected, inspect};
pub use kind::{FileKind, file_kind, is_protected, is_workbook, read_workbook};
pub use open::{
    DIFFERING_CHECKLIST, OpenError, OpenOptions, Opened, PassphraseSource, load_session,
    open_assessment, open_with_known_checklists, open_with_known_checklists_using,
};
pub use protect::{Passphrase, Protection};
pub use read::{MAX_FILE_BYTES, ReadError, read_limited};
pub use resolve::{Resolved, resolve_checklist, resolve_checklist_with};
pub use same::{refuse_input_as_output, same_file};
pub use session::{SaveError, save_session, save_session_as};
pub use write::{
    STALE_TEMP_AGE, WriteError, WriteOptions, describe_io, remove_stale_temps,
    remove_stale_temps_of, write_atomic, write_atomic_with,
};
