//! Applies queued actions: edits, opening, saving, recovery and the unsaved-changes guard.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::action::Action;
use super::app::{AppState, ErrorMessage, Guarded, Mode, Screen};
use super::dialogs::Purpose;
use super::document::OpenDocument;
use super::file_names;
use super::screens::new_form::NewForm;
use crate::checklist::{Checklist, builtin, builtin_by_id, load_checklist};
use crate::session::{Session, check_session, load_session, save_session, timestamp_now};

impl AppState {
    pub(super) fn apply_actions(&mut self, ctx: &egui::Context) {
        let actions = std::mem::take(&mut self.actions);
        if !actions.is_empty() {
            // Actions run after drawing: draw again so their results show at once.
            ctx.request_repaint();
        }
        for action in actions {
            self.apply(ctx, action);
        }
    }

    fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Edit(edit) => {
                if let Some(doc) = &mut self.doc
                    && let Err(e) = doc.apply(edit)
                {
                    self.status = format!("Not changed: {e}");
                }
            }
            Action::EditAll { label, edits } => {
                if let Some(doc) = &mut self.doc
                    && let Err(e) = doc.apply_all(&label, edits)
                {
                    self.status = format!("Not changed: {e}");
                }
            }
            Action::Undo => self.undo_or_redo(true),
            Action::Redo => self.undo_or_redo(false),
            Action::NewAssessment => self.guarded(ctx, Guarded::New),
            Action::Open => {
                let folder = self.suggested_folder();
                self.dialogs
                    .request_in(Purpose::OpenSession, folder.as_deref(), "");
            }
            Action::OpenPath(path) => self.open(ctx, &path),
            Action::Recover(path) => self.recover(ctx, &path),
            Action::Close => self.guarded(ctx, Guarded::Close),
            Action::CreateAssessment { meta, checklist } => self.create(*meta, checklist),
            Action::ChooseChecklist => self.dialogs.request(Purpose::OpenChecklist, ""),
            Action::Save => self.save(),
            Action::SaveAs => self.ask_where_to_save(),
            Action::ExportPdf(paper) => {
                self.export.paper = paper;
                if let Some(doc) = &self.doc {
                    let name = file_names::report_file_name(&doc.session.meta);
                    let folder = self.suggested_folder();
                    self.dialogs
                        .request_in(Purpose::ExportReport, folder.as_deref(), &name);
                }
            }
            Action::SaveTo(path) => {
                self.save_to(&path);
            }
            Action::DiscardRecovery(path) => {
                self.recovery.remove(&path);
                self.recovered.retain(|(p, _)| p != &path);
            }
            Action::LeaveForm => {
                self.mode = if self.doc.is_some() {
                    Mode::Assess(Screen::Walkthrough)
                } else {
                    Mode::Start
                };
            }
            Action::ForgetRecent(path) => self.recent.retain(|r| r.path != path),
            Action::Show(screen) => {
                if let Some(doc) = &self.doc {
                    if screen == Screen::Details {
                        self.details_form = NewForm::from_meta(&doc.session.meta);
                    }
                    self.mode = Mode::Assess(screen);
                }
            }
            Action::JumpToItem(item) => {
                if let Some(doc) = &self.doc {
                    self.assess.jump_to(&doc.checklist, &item);
                    self.mode = Mode::Assess(Screen::Walkthrough);
                }
            }
        }
    }

    /// Runs `action` now if nothing unsaved would be lost, otherwise asks first.
    fn guarded(&mut self, ctx: &egui::Context, action: Guarded) {
        if self.doc.as_ref().is_some_and(|d| d.dirty) {
            self.guard = Some(action);
        } else {
            self.run_guarded(ctx, action);
        }
    }

    /// Carries out an action after the unsaved-changes question was answered (or not needed).
    pub(super) fn run_guarded(&mut self, ctx: &egui::Context, action: Guarded) {
        match action {
            Guarded::New => {
                self.new_form = Default::default();
                self.mode = Mode::NewForm;
            }
            Guarded::Replace { doc, status } => {
                self.set_document(*doc);
                self.status = status;
            }
            Guarded::Close => self.close_document(),
            Guarded::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// The unsaved-changes question (or the save dialog it led to) was cancelled: nothing
    /// happens, and the status bar says so where it had announced something.
    pub(super) fn guard_cancelled(&mut self, action: Guarded) {
        if let Guarded::Replace { doc, .. } = action {
            self.status = format!(
                "Nothing was opened: {} stays closed and your work is unchanged.",
                doc.display_name()
            );
        }
    }

    /// The user chose "Discard" in the unsaved-changes prompt.
    pub(super) fn discard_and_continue(&mut self, ctx: &egui::Context) {
        if let Some(action) = self.guard.take() {
            // The user chose to drop the changes: the assessment goes, with its recovery copy.
            self.doc = None;
            self.recovery.clear();
            self.run_guarded(ctx, action);
        }
    }

    /// The user chose "Save" in the unsaved-changes prompt.
    pub(super) fn save_and_continue(&mut self, ctx: &egui::Context) {
        let Some(action) = self.guard.take() else {
            return;
        };
        match self.doc.as_ref().and_then(|d| d.path.clone()) {
            Some(path) => {
                if self.save_to(&path) {
                    self.run_guarded(ctx, action);
                }
            }
            None => {
                self.after_save = Some(action);
                self.ask_where_to_save();
            }
        }
    }

    pub(super) fn file_chosen(&mut self, ctx: &egui::Context, purpose: Purpose, path: PathBuf) {
        match purpose {
            Purpose::OpenSession => self.open(ctx, &path),
            Purpose::SaveSession => {
                if self.save_to(&path)
                    && let Some(action) = self.after_save.take()
                {
                    self.run_guarded(ctx, action);
                }
            }
            Purpose::ExportReport => {
                if let Some(doc) = &self.doc {
                    let path = if path.extension().is_none() {
                        path.with_extension("pdf")
                    } else {
                        path
                    };
                    self.status = format!("Exporting the report to {}…", path.display());
                    self.export
                        .start(ctx, doc.checklist.clone(), doc.session.clone(), path);
                }
            }
            Purpose::OpenChecklist => {
                if let Some(session_path) = self.pending_open.take() {
                    return self.open_with_checklist(ctx, &session_path, Some(&path));
                }
                match load_checklist(&path) {
                    Ok(checklist) => {
                        self.new_form.checklist = Some((path, checklist.title.clone()));
                    }
                    Err(e) => self.show_error("The checklist could not be used", e.to_string()),
                }
            }
        }
    }

    fn create(&mut self, meta: crate::session::Meta, checklist_path: Option<PathBuf>) {
        let checklist = match &checklist_path {
            Some(path) => match load_checklist(path) {
                Ok(c) => Arc::new(c),
                Err(e) => return self.show_error("The checklist could not be used", e.to_string()),
            },
            None => match builtin() {
                Ok(c) => c,
                Err(e) => return self.show_error("The built-in checklist is damaged", e),
            },
        };
        let now = timestamp_now();
        let mut meta = meta;
        meta.created = Some(now);
        meta.updated = Some(now);
        let session = Session::new(&checklist, meta);
        let mut doc = OpenDocument::new(session, checklist, None);
        doc.checklist_path = checklist_path;
        doc.mark_unsaved();
        self.set_document(doc);
        self.status = "New assessment created. Save it with Ctrl+S.".to_owned();
    }

    /// Opens a session file; on any problem shows why and keeps the current work as it is.
    /// The file is read and checked before anything is asked about unsaved changes.
    fn open(&mut self, ctx: &egui::Context, path: &Path) {
        if let Ok(session) = load_session(path)
            && builtin_by_id(&session.checklist.id).is_none()
        {
            // Not made with the built-in checklist: ask for its file, then open.
            self.pending_open = Some(path.to_path_buf());
            self.status = format!(
                "{} uses the checklist {:?}: choose that checklist's file.",
                path.display(),
                session.checklist.id
            );
            self.dialogs.request(Purpose::OpenChecklist, "");
            return;
        }
        self.open_with_checklist(ctx, path, None);
    }

    fn open_with_checklist(&mut self, ctx: &egui::Context, path: &Path, checklist: Option<&Path>) {
        match open_session(path, checklist) {
            Ok((mut doc, warnings)) => {
                doc.checklist_path = checklist.map(Path::to_path_buf);
                self.remember(path);
                let status = match warnings {
                    0 => format!("Opened {}", path.display()),
                    n => format!(
                        "Opened {} with {n} note(s): answers for items this checklist lacks are kept unchanged; run `normcheck validate` for details",
                        path.display()
                    ),
                };
                let doc = Box::new(doc);
                self.guarded(ctx, Guarded::Replace { doc, status });
            }
            Err(detail) => self.show_error("The assessment could not be opened", detail),
        }
    }

    /// Restores a leftover recovery file. Its content is first written to this app's own
    /// recovery file; only then is the leftover removed, so a crash in between loses nothing.
    fn recover(&mut self, ctx: &egui::Context, path: &Path) {
        let Some(index) = self.recovered.iter().position(|(p, _)| p == path) else {
            return;
        };
        let found = match &self.recovered[index].1 {
            Ok(found) => found.clone(),
            Err(problem) => {
                return self.show_error("The unsaved work could not be recovered", problem.clone());
            }
        };
        let checklist = match &found.checklist_path {
            Some(p) => load_checklist(p).map(Arc::new).map_err(|e| e.to_string()),
            None => find_builtin(&found.session),
        };
        let checklist = match checklist {
            Ok(c) => c,
            Err(detail) => {
                return self.show_error("The unsaved work could not be recovered", detail);
            }
        };
        let mut doc = OpenDocument::new(found.session, checklist, found.original_path);
        doc.checklist_path = found.checklist_path;
        doc.mark_unsaved();
        let kept = self.recovery.write(
            &doc.session,
            doc.path.as_deref(),
            doc.checklist_path.as_deref(),
        );
        if kept.is_ok() {
            self.recovery.remove(path);
            let _recovered_now = self.recovered.remove(index);
        }
        let status = "Recovered unsaved work. Save it to keep it (Ctrl+S).".to_owned();
        let doc = Box::new(doc);
        self.guarded(ctx, Guarded::Replace { doc, status });
    }

    pub(super) fn set_document(&mut self, doc: OpenDocument) {
        self.assess = Default::default();
        self.assess.select_first(&doc.checklist, &doc.session);
        self.doc = Some(doc);
        self.mode = Mode::Assess(Screen::Walkthrough);
        self.last_autosave = None;
    }

    fn close_document(&mut self) {
        self.doc = None;
        self.mode = Mode::Start;
        self.recovered = self.recovery.leftovers();
    }

    fn save(&mut self) {
        match self.doc.as_ref().and_then(|d| d.path.clone()) {
            Some(path) => {
                self.save_to(&path);
            }
            None => self.ask_where_to_save(),
        }
    }

    /// Saves atomically; on success the recovery copy is removed. Returns whether it saved.
    fn save_to(&mut self, path: &Path) -> bool {
        let Some(doc) = &mut self.doc else {
            return false;
        };
        let path = with_json_extension(path);
        match save_session(&path, &doc.session) {
            Ok(()) => {
                doc.path = Some(path.clone());
                doc.mark_saved();
                self.recovery.clear();
                self.status = format!("Saved {}", path.display());
                self.remember(&path);
                true
            }
            Err(e) => {
                self.show_error(
                    "The assessment could not be saved",
                    format!("{e}\nYour work is still open; try another folder or file name."),
                );
                false
            }
        }
    }

    pub(super) fn show_error(&mut self, title: &str, detail: String) {
        eprintln!("normcheck: {title}: {detail}");
        self.error = Some(ErrorMessage {
            title: title.to_owned(),
            detail,
        });
    }
}

/// Loads a session and its checklist and checks them together; returns the number of warnings.
fn open_session(
    path: &Path,
    checklist_path: Option<&Path>,
) -> Result<(OpenDocument, usize), String> {
    let session = load_session(path).map_err(|e| e.to_string())?;
    let checklist: Arc<Checklist> = match checklist_path {
        Some(p) => Arc::new(load_checklist(p).map_err(|e| e.to_string())?),
        None => find_builtin(&session).map_err(|e| format!("{}: {e}", path.display()))?,
    };
    let problems = check_session(&session, &checklist);
    if let Some(first) = problems.iter().find(|p| p.is_error()) {
        return Err(format!(
            "{}: {first}\nRun `normcheck validate` on the file for the full list.",
            path.display()
        ));
    }
    for warning in &problems {
        eprintln!("normcheck: {}: {warning}", path.display());
    }
    Ok((
        OpenDocument::new(session, checklist, Some(path.to_path_buf())),
        problems.len(),
    ))
}

fn find_builtin(session: &Session) -> Result<Arc<Checklist>, String> {
    builtin_by_id(&session.checklist.id).ok_or_else(|| {
        format!(
            "it uses the checklist {:?}, which is not built in. Open it from the command line with --checklist, or ask for the checklist file.",
            session.checklist.id
        )
    })
}

/// Adds `.json` to a save path that has no extension.
fn with_json_extension(path: &Path) -> PathBuf {
    if path.extension().is_none() {
        path.with_extension("json")
    } else {
        path.to_path_buf()
    }
}
