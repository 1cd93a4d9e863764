//! The one door through which every assessment is opened — by the command line, the desktop
//! app, recovery and the commands that read several sessions: read the file, decode it, find
//! its checklist, check the two together. Errors are typed so the GUI can answer and retry
//! (choose the checklist file, ask for a passphrase) and the CLI can print one line.

use crate::msg;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::protect::{Passphrase, Protection};
use super::read::{MAX_FILE_BYTES, read_limited};
use super::resolve::{Resolved, choose, embedded, resolve_checklist_with};
use super::session::{Decoded, decode_session};
use crate::checklist::Checklist;
use crate::format::document::DocumentError;
use crate::format::printable;
use crate::format::problem::{FileError, Problem};
use crate::format::remedy::{Remedied, Remedy};
use crate::session::{Session, check_session};

/// What to open an assessment with, besides its path.
#[derive(Default)]
pub struct OpenOptions<'a> {
    /// A checklist file to read the session with (default: the built-in one with its id).
    pub checklist: Option<&'a Path>,
    /// Asked for the passphrase when the file is protected; `None` answers "not known".
    pub passphrase: Option<&'a mut dyn PassphraseSource>,
    /// Read the session with `checklist` even when the session carries a copy of the same
    /// checklist id and version that differs from it (default: the copy wins, and
    /// [`Opened::differing_file`] says so).
    pub use_checklist_file: bool,
}

/// Where a passphrase comes from when a protected file is opened: the GUI's prompt, the CLI's
/// `--passphrase-file` or terminal prompt.
pub trait PassphraseSource {
    /// The passphrase for `path`, or `Ok(None)` when none is known yet (the GUI then asks).
    fn passphrase(&mut self, path: &Path) -> Result<Option<Passphrase>, String>;
}

/// An assessment that opened: the session, its checklist and what is worth a look.
#[derive(Clone)]
pub struct Opened {
    /// The answers.
    pub session: Session,
    /// The checklist they belong to.
    pub checklist: Arc<Checklist>,
    /// The checklist file it was read with, when not built in.
    pub checklist_path: Option<PathBuf>,
    /// Warnings from checking the session against the checklist (answers kept but not scored,
    /// another checklist version, N/A without a justification).
    pub warnings: Vec<Problem>,
    /// How the file was stored: plain, or protected with this passphrase.
    pub protection: Protection,
    /// The checklist file given, when it differs from the copy of the same checklist id and
    /// version that the session carries, which was used instead (a warning says so too).
    pub differing_file: Option<PathBuf>,
    /// The session did not carry a copy of its checklist (or carried another one) and now
    /// does: saving it writes the copy, so it opens without the checklist file.
    pub checklist_copied: bool,
}

/// The path of the warning that a checklist file differs from the session's own copy.
pub const DIFFERING_CHECKLIST: &str = "checklist_copy";

/// Why an assessment could not be opened. Every message starts with the file's path.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The session file is unreadable, damaged, foreign or too new.
    Session(FileError<DocumentError>),
    /// The checklist file given for it is unreadable or invalid.
    Checklist(FileError<DocumentError>),
    /// The session names a checklist that is not built in and carries no copy of it, and no
    /// file was given.
    ChecklistNotBuiltIn {
        /// The session file.
        path: PathBuf,
        /// The checklist id it names.
        id: String,
    },
    /// The copy of its checklist that the session carries is damaged.
    EmbeddedChecklist {
        /// The session file.
        path: PathBuf,
        /// Every problem found in the copy.
        problems: Vec<Problem>,
    },
    /// The session's answers do not fit the checklist (a level off the scale, another checklist).
    Mismatch {
        /// The session file.
        path: PathBuf,
        /// Every problem found, errors and warnings.
        problems: Vec<Problem>,
    },
    /// The file is protected and no passphrase is known yet.
    PassphraseNeeded {
        /// The session file.
        path: PathBuf,
    },
    /// The passphrase does not open the file.
    WrongPassphrase {
        /// The session file.
        path: PathBuf,
    },
    /// Asking for the passphrase failed (its file is unreadable, no terminal, ...).
    PassphraseSource {
        /// The session file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
}

impl Remedied for OpenError {
    fn remedy(&self) -> Option<Remedy> {
        match self {
            OpenError::Session(e) | OpenError::Checklist(e) => e.remedy(),
            OpenError::ChecklistNotBuiltIn { .. } => Some(Remedy::GiveChecklistFile),
            OpenError::PassphraseNeeded { .. } => Some(Remedy::GivePassphrase),
            OpenError::Mismatch { problems, .. } => {
                (problems.iter().filter(|p| p.is_error()).count() > 1)
                    .then_some(Remedy::SeeEveryProblem)
            }
            _ => None,
        }
    }
}

/// Opens the assessment at `path`: reads and decodes it, resolves its checklist (see
/// [`resolve_checklist_with`]), checks the session against it, and keeps a copy of the
/// checklist in the session when it is not built in.
pub fn open_assessment(path: &Path, options: OpenOptions<'_>) -> Result<Opened, OpenError> {
    let bytes = read_limited(path, MAX_FILE_BYTES)
        .map_err(|e| OpenError::Session(FileError::new(path, e.into())))?;
    checked_file(path, &bytes, options)
}

/// [`open_assessment`] for the bytes of the file at `path`, already read.
pub(super) fn checked_file(
    path: &Path,
    bytes: &[u8],
    options: OpenOptions<'_>,
) -> Result<Opened, OpenError> {
    let Decoded {
        session,
        protection,
    } = decode_session(bytes, path, options.passphrase)?;
    let resolved = resolve_checklist_with(
        path,
        &session,
        options.checklist,
        options.use_checklist_file,
    )?;
    checked(path, session, resolved, protection)
}

/// Opens one of several assessments read together (compare, trend, aggregate): a checklist in
/// `known` whose id matches the session's is used (a file the user gave) unless the session
/// carries a differing copy of the same version, otherwise the session's own checklist as
/// [`open_assessment`] finds it.
pub fn open_with_known_checklists(
    path: &Path,
    known: &[(PathBuf, Arc<Checklist>)],
    passphrase: Option<&mut dyn PassphraseSource>,
) -> Result<Opened, OpenError> {
    open_with_known_checklists_using(path, known, passphrase, false)
}

/// [`open_with_known_checklists`], where `use_file` lets a known checklist win over a
/// differing copy of the same version saved in the session.
pub fn open_with_known_checklists_using(
    path: &Path,
    known: &[(PathBuf, Arc<Checklist>)],
    passphrase: Option<&mut dyn PassphraseSource>,
    use_file: bool,
) -> Result<Opened, OpenError> {
    let Decoded {
        session,
        protection,
    } = read_and_decode(path, passphrase)?;
    let resolved = match known.iter().find(|(_, c)| c.id == session.checklist.id) {
        Some((file, checklist)) => {
            let embedded = embedded(path, &session)?;
            choose(embedded, file, checklist.clone(), use_file)
        }
        None => resolve_checklist_with(path, &session, None, use_file)?,
    };
    checked(path, session, resolved, protection)
}

/// The passphrase for the protected file at `path`, from `source`; none known is
/// [`OpenError::PassphraseNeeded`].
pub(super) fn ask_passphrase(
    path: &Path,
    source: Option<&mut dyn PassphraseSource>,
) -> Result<Passphrase, OpenError> {
    let needed = || OpenError::PassphraseNeeded {
        path: path.to_path_buf(),
    };
    source
        .ok_or_else(needed)?
        .passphrase(path)
        .map_err(|message| OpenError::PassphraseSource {
            path: path.to_path_buf(),
            message,
        })?
        .ok_or_else(needed)
}

/// Reads a plain session file through the door, checked against its checklist (its saved copy,
/// else the built-in one with its id): for tools and tests that need only the session.
pub fn load_session(path: &Path) -> Result<Session, OpenError> {
    open_assessment(path, OpenOptions::default()).map(|opened| opened.session)
}

fn read_and_decode(
    path: &Path,
    passphrase: Option<&mut dyn PassphraseSource>,
) -> Result<Decoded, OpenError> {
    let session_error = |e: DocumentError| OpenError::Session(FileError::new(path, e));
    let bytes = read_limited(path, MAX_FILE_BYTES).map_err(|e| session_error(e.into()))?;
    decode_session(&bytes, path, passphrase)
}

/// Checks the session against its checklist: errors refuse it, warnings travel along. The
/// session then carries the checklist when it is not built in.
pub(super) fn checked(
    path: &Path,
    mut session: Session,
    resolved: Resolved,
    protection: Protection,
) -> Result<Opened, OpenError> {
    let mut problems = check_session(&session, &resolved.checklist);
    if problems.iter().any(Problem::is_error) {
        return Err(OpenError::Mismatch {
            path: path.to_path_buf(),
            problems,
        });
    }
    if let Some(file) = &resolved.differing_file {
        problems.insert(0, differing_warning(file, &resolved.checklist));
    }
    let checklist_copied = session.carry_checklist(&resolved.checklist);
    Ok(Opened {
        session,
        checklist: resolved.checklist,
        checklist_path: resolved.path,
        warnings: problems,
        protection,
        differing_file: resolved.differing_file,
        checklist_copied,
    })
}

/// The warning that `file` differs from the session's copy of `checklist`.
fn differing_warning(file: &Path, checklist: &Checklist) -> Problem {
    Problem::warning(
        DIFFERING_CHECKLIST,
        msg!(
            "problem-differing-checklist",
            file = printable::path(file),
            id = checklist.id.clone(),
            version = checklist.version.clone()
        ),
    )
}
