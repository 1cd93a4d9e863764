//! The open assessment: session, checklist, file path, unsaved-changes state and derived scores.

use std::path::PathBuf;
use std::sync::Arc;

use super::recovery::Snapshot;
use crate::checklist::Checklist;
use crate::protect::Protection;
use crate::scoring::{Scores, score};
use crate::session::{Edit, EditError, Session, timestamp_now};

/// An assessment open in the app.
pub struct OpenDocument {
    /// The answers.
    pub session: Session,
    /// The checklist the answers belong to.
    pub checklist: Arc<Checklist>,
    /// Where the session is saved; `None` until first saved.
    pub path: Option<PathBuf>,
    /// Where the checklist came from when it is not built in.
    pub checklist_path: Option<PathBuf>,
    /// Changed since last saved.
    pub dirty: bool,
    /// Plain, or protected with the passphrase it was opened or saved with (kept in memory
    /// only while the assessment is open; wiped when it is closed).
    pub protection: Protection,
    /// Scores of the current answers (derived, never saved).
    pub scores: Scores,
}

impl OpenDocument {
    /// Wraps a session; scores are computed now.
    pub fn new(session: Session, checklist: Arc<Checklist>, path: Option<PathBuf>) -> Self {
        let scores = score(&checklist, &session);
        Self {
            session,
            checklist,
            path,
            checklist_path: None,
            dirty: false,
            protection: Protection::Plain,
            scores,
        }
    }

    /// Applies an edit through the session's single mutation point and rescores.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        if self.session.apply(&self.checklist, edit, timestamp_now())? {
            self.dirty = true;
            self.scores = score(&self.checklist, &self.session);
        }
        Ok(())
    }

    /// What an autosave writes for this assessment.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            session: self.session.clone(),
            original_path: self.path.clone(),
            checklist_path: self.checklist_path.clone(),
            protection: self.protection.clone(),
        }
    }

    /// The file name shown in the title bar.
    pub fn display_name(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || "Untitled assessment".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// The window title: `<file name> — normcheck`, with a marker while there are unsaved changes.
    pub fn window_title(&self) -> String {
        let marker = if self.dirty { "● " } else { "" };
        format!("{marker}{} — normcheck", self.display_name())
    }
}
