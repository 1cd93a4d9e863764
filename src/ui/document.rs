//! The open assessment: session, checklist, file path, unsaved-changes state, undo history and
//! derived scores.

use std::path::PathBuf;
use std::sync::Arc;

use super::recovery::Snapshot;
use crate::checklist::Checklist;
use crate::files::protect::Protection;
use crate::scoring::{Scores, score};
use crate::session::{Edit, EditError, History, Session, available_upgrade, timestamp_now};

/// An assessment open in the app.
pub struct OpenDocument {
    /// The answers.
    pub session: Session,
    /// The checklist the answers belong to.
    pub checklist: Arc<Checklist>,
    /// The checklist as shown: its texts in the window's language where it has them (same
    /// ids, scale and weights as `checklist`). Screens show this one; files get `checklist`.
    pub shown: Arc<Checklist>,
    shown_language: String,
    /// Where the session is saved; `None` until first saved.
    pub path: Option<PathBuf>,
    /// Where the checklist came from when it is not built in.
    pub checklist_path: Option<PathBuf>,
    /// Changed since last saved. Follows the undo history (undoing back to the saved state
    /// clears it); code that sets it directly (a save, new or recovered work) is honoured at
    /// the next edit, undo or redo.
    pub dirty: bool,
    /// Plain, or protected with the passphrase it was opened or saved with (kept in memory
    /// only while the assessment is open; wiped when it is closed).
    pub protection: Protection,
    /// Scores of the current answers (derived, never saved).
    pub scores: Scores,
    /// The version of a newer built-in edition of the checklist the answers can be moved to.
    pub newer_edition: Option<String>,
    history: History,
}

impl OpenDocument {
    /// Wraps a session; scores are computed now.
    pub fn new(session: Session, checklist: Arc<Checklist>, path: Option<PathBuf>) -> Self {
        let tr = super::lang::current();
        let shown = Arc::new(
            checklist
                .localized(tr.code(), tr.checklist_texts(&checklist.id))
                .checklist,
        );
        let scores = score(&shown, &session);
        let newer_edition = available_upgrade(&session).map(|(to, _)| to.version.clone());
        Self {
            session,
            shown,
            shown_language: tr.code().to_owned(),
            checklist,
            path,
            checklist_path: None,
            dirty: false,
            protection: Protection::Plain,
            scores,
            newer_edition,
            history: History::new(),
        }
    }

    /// Applies an edit through the session's single mutation point, as one undo step (typing
    /// into one field joins the previous step), and rescores.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        self.sync_saved_state();
        let now = timestamp_now();
        if self
            .history
            .apply(&mut self.session, &self.checklist, edit, now)?
        {
            self.changed();
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

    /// Applies several edits as one undo step, all or nothing (an import, an agency for a
    /// whole norm). `label` names the step in the Edit menu.
    pub fn apply_all(&mut self, label: &str, edits: Vec<Edit>) -> Result<(), EditError> {
        self.sync_saved_state();
        let now = timestamp_now();
        if self
            .history
            .apply_all(&mut self.session, &self.checklist, label, edits, now)?
        {
            self.changed();
        }
        Ok(())
    }

    /// Replaces the session with `new` (a merge's result) as one undo step, and rescores.
    pub fn replace_session(&mut self, label: &str, new: Session) {
        self.sync_saved_state();
        if self.history.replace(&mut self.session, new, label) {
            self.changed();
        }
    }

    /// The files this assessment was read from (session and checklist): no export may
    /// overwrite them.
    pub fn input_files(&self) -> Vec<&std::path::Path> {
        self.path
            .iter()
            .chain(&self.checklist_path)
            .map(PathBuf::as_path)
            .collect()
    }

    /// How many merge conflicts wait for the coordinator.
    pub fn open_conflicts(&self) -> usize {
        self.session.conflicts.len()
    }

    /// Takes back the last change; returns what it was, or `None` if there was none.
    pub fn undo(&mut self) -> Option<String> {
        self.sync_saved_state();
        let label = self.history.undo(&mut self.session)?;
        self.changed();
        Some(label)
    }

    /// Makes the last undone change again; returns what it was, or `None` if there was none.
    pub fn redo(&mut self) -> Option<String> {
        self.sync_saved_state();
        let label = self.history.redo(&mut self.session)?;
        self.changed();
        Some(label)
    }

    /// What Undo would take back, for the Edit menu.
    pub fn undo_label(&self) -> Option<&str> {
        self.history.undo_label()
    }

    /// What Redo would make again, for the Edit menu.
    pub fn redo_label(&self) -> Option<&str> {
        self.history.redo_label()
    }

    /// Records that the assessment was just saved.
    pub fn mark_saved(&mut self) {
        self.history.mark_saved();
        self.dirty = false;
    }

    /// Records that nothing of this assessment is on disk yet (new or recovered work).
    pub fn mark_unsaved(&mut self) {
        self.history.mark_unsaved();
        self.dirty = true;
    }

    /// Takes over a `dirty` flag set directly since the last change.
    fn sync_saved_state(&mut self) {
        if self.dirty == self.history.is_saved() {
            if self.dirty {
                self.history.mark_unsaved();
            } else {
                self.history.mark_saved();
            }
        }
    }

    fn changed(&mut self) {
        self.dirty = !self.history.is_saved();
        self.scores = score(&self.shown, &self.session);
    }

    /// Shows the checklist's texts (and the score bands) in `tr`'s language, if they are not
    /// already.
    pub fn localize(&mut self, tr: &crate::i18n::Tr) {
        if self.shown_language == tr.code() {
            return;
        }
        let local = self
            .checklist
            .localized(tr.code(), tr.checklist_texts(&self.checklist.id));
        self.shown = Arc::new(local.checklist);
        self.shown_language = tr.code().to_owned();
        self.scores = score(&self.shown, &self.session);
    }

    /// The file name shown in the title bar.
    pub fn display_name(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || crate::ui_t!("title-untitled"),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// What the assessment is called: its title, or else its Member State, on one line.
    pub fn assessment_name(&self) -> Option<String> {
        let meta = &self.session.meta;
        [&meta.title, &meta.member_state]
            .into_iter()
            .flatten()
            .map(|s| one_line(s))
            .find(|s| !s.is_empty())
    }

    /// The window title: `<title> — <file name> — normcheck` (see [`Self::assessment_name`]),
    /// with a marker while there are unsaved changes.
    pub fn window_title(&self) -> String {
        let marker = if self.dirty { "● " } else { "" };
        let draft = match self.open_conflicts() {
            0 => String::new(),
            n => format!(" — {}", crate::ui_t!("dash-conflicts", count = n)),
        };
        match self.assessment_name() {
            Some(name) => format!(
                "{marker}{name} — {}{draft} — normcheck",
                self.display_name()
            ),
            None => format!("{marker}{}{draft} — normcheck", self.display_name()),
        }
    }
}

/// Text on one line: runs of whitespace and control characters become one space.
fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
