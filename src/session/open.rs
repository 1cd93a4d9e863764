//! The one door through which every assessment is opened — by the command line, the desktop
//! app, recovery and the commands that read several sessions: read the file, decode it, find
//! its checklist, check the two together. Errors are typed so the GUI can answer and retry
//! (choose the checklist file, ask for a passphrase) and the CLI can print one line.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::check::check_session;
use super::codec::{Decoded, decode_session};
use super::model::Session;
use crate::checklist::{Checklist, builtin_by_id, load_checklist};
use crate::document::DocumentError;
use crate::fsutil::{MAX_FILE_BYTES, read_limited};
use crate::printable;
use crate::problem::{FileError, Problem};
use crate::protect::Protection;

/// What to open an assessment with, besides its path.
#[derive(Default)]
pub struct OpenOptions<'a> {
    /// A checklist file to read the session with (default: the built-in one with its id).
    pub checklist: Option<&'a Path>,
    /// Asked for the passphrase when the file is protected; `None` answers "not known".
    pub passphrase: Option<&'a mut dyn PassphraseSource>,
}

/// Where a passphrase comes from when a protected file is opened: the GUI's prompt, the CLI's
/// `--passphrase-file` or terminal prompt.
pub trait PassphraseSource {
    /// The passphrase for `path`, or `Ok(None)` when none is known yet (the GUI then asks).
    fn passphrase(&mut self, path: &Path) -> Result<Option<super::Passphrase>, String>;
}

/// An assessment that opened: the session, its checklist and what is worth a look.
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
}

/// Why an assessment could not be opened. Every message starts with the file's path.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The session file is unreadable, damaged, foreign or too new.
    #[error(transparent)]
    Session(FileError<DocumentError>),
    /// The checklist file given for it is unreadable or invalid.
    #[error(transparent)]
    Checklist(FileError<DocumentError>),
    /// The session names a checklist that is not built in, and no file was given.
    #[error(
        "{}: the session uses checklist {id:?}, which is not built in; give its file with --checklist FILE",
        printable::path(path)
    )]
    ChecklistNotBuiltIn {
        /// The session file.
        path: PathBuf,
        /// The checklist id it names.
        id: String,
    },
    /// The session's answers do not fit the checklist (a level off the scale, another checklist).
    #[error("{}: {}", printable::path(path), first_of(problems))]
    Mismatch {
        /// The session file.
        path: PathBuf,
        /// Every problem found, errors and warnings.
        problems: Vec<Problem>,
    },
    /// The file is protected and no passphrase is known yet.
    #[error(
        "{} is protected: give --passphrase-file or run in a terminal",
        printable::path(path)
    )]
    PassphraseNeeded {
        /// The session file.
        path: PathBuf,
    },
    /// The passphrase does not open the file.
    #[error("{}: the passphrase is wrong", printable::path(path))]
    WrongPassphrase {
        /// The session file.
        path: PathBuf,
    },
    /// Asking for the passphrase failed (its file is unreadable, no terminal, ...).
    #[error("{}: {message}", printable::path(path))]
    PassphraseSource {
        /// The session file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
}

impl OpenError {
    /// The message without the leading file name (for lists already prefixed with it).
    pub fn reason(&self) -> String {
        let full = self.to_string();
        let path = match self {
            OpenError::Session(e) | OpenError::Checklist(e) => {
                return printable::printable(&e.source.to_string()).into_owned();
            }
            OpenError::ChecklistNotBuiltIn { path, .. }
            | OpenError::Mismatch { path, .. }
            | OpenError::WrongPassphrase { path }
            | OpenError::PassphraseSource { path, .. }
            | OpenError::PassphraseNeeded { path } => path,
        };
        let prefix = format!("{}: ", printable::path(path));
        full.strip_prefix(&prefix)
            .map_or(full.clone(), str::to_owned)
    }
}

/// The first error of a mismatch, with a pointer to the full list when there are more.
fn first_of(problems: &[Problem]) -> String {
    let mut errors = problems.iter().filter(|p| p.is_error());
    let Some(first) = errors.next() else {
        return "the session does not fit its checklist".to_owned();
    };
    match errors.count() {
        0 => first.to_string(),
        more => format!("{first} (and {more} more; run normcheck validate)"),
    }
}

/// Opens the assessment at `path`: reads and decodes it, resolves its checklist (the file in
/// `options`, else the built-in one with the session's id), and checks the session against it.
pub fn open_assessment(path: &Path, options: OpenOptions<'_>) -> Result<Opened, OpenError> {
    let Decoded {
        session,
        protection,
    } = read_and_decode(path, options.passphrase)?;
    let (checklist, checklist_path) = resolve_checklist(path, &session, options.checklist)?;
    checked(path, session, checklist, checklist_path, protection)
}

/// Opens one of several assessments read together (compare, trend, aggregate): a checklist in
/// `known` whose id matches the session's is used (a file the user gave), otherwise the
/// session's own checklist as [`open_assessment`] finds it.
pub fn open_with_known_checklists(
    path: &Path,
    known: &[(PathBuf, Arc<Checklist>)],
    passphrase: Option<&mut dyn PassphraseSource>,
) -> Result<Opened, OpenError> {
    let Decoded {
        session,
        protection,
    } = read_and_decode(path, passphrase)?;
    let (checklist, checklist_path) = match known.iter().find(|(_, c)| c.id == session.checklist.id)
    {
        Some((file, checklist)) => (checklist.clone(), Some(file.clone())),
        None => resolve_checklist(path, &session, None)?,
    };
    checked(path, session, checklist, checklist_path, protection)
}

fn read_and_decode(
    path: &Path,
    passphrase: Option<&mut dyn PassphraseSource>,
) -> Result<Decoded, OpenError> {
    let session_error = |e: DocumentError| OpenError::Session(FileError::new(path, e));
    let bytes = read_limited(path, MAX_FILE_BYTES).map_err(|e| session_error(e.into()))?;
    decode_session(&bytes, path, passphrase)
}

/// Checks the session against its checklist: errors refuse it, warnings travel along.
fn checked(
    path: &Path,
    session: Session,
    checklist: Arc<Checklist>,
    checklist_path: Option<PathBuf>,
    protection: Protection,
) -> Result<Opened, OpenError> {
    let problems = check_session(&session, &checklist);
    if problems.iter().any(Problem::is_error) {
        return Err(OpenError::Mismatch {
            path: path.to_path_buf(),
            problems,
        });
    }
    Ok(Opened {
        session,
        checklist,
        checklist_path,
        warnings: problems,
        protection,
    })
}

/// The checklist for `session`: the file given, else the built-in one with the session's id.
pub fn resolve_checklist(
    path: &Path,
    session: &Session,
    explicit: Option<&Path>,
) -> Result<(Arc<Checklist>, Option<PathBuf>), OpenError> {
    match explicit {
        Some(file) => load_checklist(file)
            .map(|c| (Arc::new(c), Some(file.to_path_buf())))
            .map_err(OpenError::Checklist),
        None => builtin_by_id(&session.checklist.id)
            .map(|c| (c, None))
            .ok_or_else(|| OpenError::ChecklistNotBuiltIn {
                path: path.to_path_buf(),
                id: session.checklist.id.clone(),
            }),
    }
}
