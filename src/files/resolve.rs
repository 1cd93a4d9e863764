//! Finding a session's checklist: the file given, the copy the session carries, or the
//! built-in one with its id — and which wins when a file differs from the saved copy.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::checklist::load_checklist;
use super::open::OpenError;
use crate::checklist::{Checklist, builtin_by_id, builtin_version};
use crate::session::Session;

/// A session's checklist and where it came from.
pub struct Resolved {
    /// The checklist to read the session with.
    pub checklist: Arc<Checklist>,
    /// The checklist file it was read from, when it came from a file.
    pub path: Option<PathBuf>,
    /// The file given, when the session's own copy was used instead of it (see
    /// [`Opened::differing_file`](super::Opened::differing_file)).
    pub differing_file: Option<PathBuf>,
}

/// The checklist for `session`: the file given, else the copy the session carries, else the
/// built-in one with the session's id. A file differing from the copy of the same id and
/// version gives way to the copy (see [`resolve_checklist_with`] to choose otherwise).
pub fn resolve_checklist(
    path: &Path,
    session: &Session,
    explicit: Option<&Path>,
) -> Result<(Arc<Checklist>, Option<PathBuf>), OpenError> {
    resolve_checklist_with(path, session, explicit, false).map(|r| (r.checklist, r.path))
}

/// The checklist for `session`:
/// - no file given: the copy the session carries (checked like a checklist file; a damaged
///   copy is [`OpenError::EmbeddedChecklist`]), else the built-in checklist with its id;
/// - a file given: that file, except when the session carries a copy of the same checklist id
///   and version that differs from it and `use_file` is false — then the copy, and
///   [`Resolved::differing_file`] names the file.
pub fn resolve_checklist_with(
    path: &Path,
    session: &Session,
    explicit: Option<&Path>,
    use_file: bool,
) -> Result<Resolved, OpenError> {
    let embedded = embedded(path, session)?;
    match explicit {
        Some(file) => {
            let loaded = load_checklist(file).map_err(OpenError::Checklist)?;
            Ok(choose(embedded, file, Arc::new(loaded), use_file))
        }
        None => {
            let checklist = embedded
                .or_else(|| builtin_version(&session.checklist.id, &session.checklist.version))
                .or_else(|| builtin_by_id(&session.checklist.id))
                .ok_or_else(|| OpenError::ChecklistNotBuiltIn {
                    path: path.to_path_buf(),
                    id: session.checklist.id.clone(),
                })?;
            Ok(Resolved {
                checklist,
                path: None,
                differing_file: None,
            })
        }
    }
}

/// The session's own checklist copy, checked.
pub(super) fn embedded(
    path: &Path,
    session: &Session,
) -> Result<Option<Arc<Checklist>>, OpenError> {
    session
        .embedded_checklist()
        .map(|copy| copy.map(|c| Arc::new(c.clone())))
        .map_err(|problems| OpenError::EmbeddedChecklist {
            path: path.to_path_buf(),
            problems,
        })
}

/// A file given for a session that may carry its own copy: the copy wins when it is of the
/// same id and version but differs, unless `use_file`.
pub(super) fn choose(
    embedded: Option<Arc<Checklist>>,
    file: &Path,
    loaded: Arc<Checklist>,
    use_file: bool,
) -> Resolved {
    match embedded {
        Some(copy)
            if !use_file
                && copy.id == loaded.id
                && copy.version == loaded.version
                && copy != loaded =>
        {
            Resolved {
                checklist: copy,
                path: None,
                differing_file: Some(file.to_path_buf()),
            }
        }
        _ => Resolved {
            checklist: loaded,
            path: Some(file.to_path_buf()),
            differing_file: None,
        },
    }
}
