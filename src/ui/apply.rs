//! Applies queued actions: edits, opening, saving, recovery and the unsaved-changes guard.

use crate::ui::words::Worded;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::action::Action;
use super::app::{AppState, ErrorMessage, Guarded, Mode, Screen};
use super::dialogs::Purpose;
use super::document::OpenDocument;
use super::file_names;
use super::protection::ProtectionDialog;
use super::screens::new_form::NewForm;
use crate::checklist::builtin;
use crate::files::load_checklist;
use crate::files::protect::{PROTECTED_EXTENSION, Protection};
use crate::files::refuse_input_as_output;
use crate::files::save_session_as;
use crate::session::{Session, timestamp_now};

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
            Action::OpenWithChecklist { path, checklist } => {
                self.open_with(ctx, &path, Some(checklist));
            }
            Action::Recover(path) => self.recover(ctx, &path, None),
            Action::Close => self.guarded(ctx, Guarded::Close),
            Action::CreateAssessment { meta, checklist } => self.create(*meta, checklist),
            Action::ChooseChecklist => self.dialogs.request(Purpose::OpenChecklist, ""),
            Action::Save => self.save(),
            Action::SaveAs => self.ask_save_location(),
            Action::ChangePassphrase => {
                if self.doc.is_some() {
                    self.protection_dialog = Some(ProtectionDialog::Change(Default::default()));
                }
            }
            Action::RemoveProtection => {
                if self
                    .doc
                    .as_ref()
                    .is_some_and(|d| d.protection.is_protected())
                {
                    self.protection_dialog = Some(ProtectionDialog::Remove);
                }
            }
            Action::ExportPdf(paper) => {
                self.export.paper = paper;
                if let Some(doc) = &self.doc {
                    let name = file_names::report_file_name(&doc.session.meta);
                    let protected = if doc.protection.is_protected() {
                        "The assessment is protected, but the report itself is not encrypted: store and send it with care."
                    } else {
                        ""
                    };
                    let progress = self.comparison.as_ref().map(|c| {
                        let since = crate::report::period_pair(&c.earlier.session, &doc.session).0;
                        format!("The report shows the progress since {since} (Progress screen).")
                    });
                    let note = [protected, progress.as_deref().unwrap_or("")]
                        .into_iter()
                        .filter(|n| !n.is_empty())
                        .collect::<Vec<_>>()
                        .join(" ");
                    let folder = self.suggested_folder();
                    self.dialogs.request_with_note(
                        Purpose::ExportReport,
                        folder.as_deref(),
                        &name,
                        &note,
                    );
                }
            }
            Action::PrepareContributions
            | Action::MergeContributions
            | Action::CompareWithEarlier
                if self.doc.is_some() =>
            {
                let purpose = match action {
                    Action::PrepareContributions => Purpose::ContributionsFolder,
                    Action::MergeContributions => Purpose::MergeContributions,
                    _ => Purpose::EarlierAssessment,
                };
                let folder = self.suggested_folder();
                self.dialogs.request_in(purpose, folder.as_deref(), "");
            }
            Action::PrepareContributions
            | Action::MergeContributions
            | Action::CompareWithEarlier => {}
            Action::ExportSheet => self.ask_export_sheet(),
            Action::ImportSheet => self.ask_import_sheet(),
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
    pub(super) fn guarded(&mut self, ctx: &egui::Context, action: Guarded) {
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
                if self.asks_before_replacing(Purpose::SaveSession, &path) {
                    // Saved (and then continued) once the user agrees; dropped if not.
                    self.after_save = Some(action);
                } else if self.save_to(&path) {
                    self.run_guarded(ctx, action);
                }
            }
            None => {
                self.after_save = Some(action);
                self.ask_save_location();
            }
        }
    }

    /// What the user chose in a file dialog or typed-path prompt.
    pub(super) fn files_chosen(
        &mut self,
        ctx: &egui::Context,
        purpose: Purpose,
        paths: Vec<PathBuf>,
    ) {
        if purpose == Purpose::MergeContributions {
            return self.merge_contributions(&paths);
        }
        if let Some(path) = paths.into_iter().next() {
            self.file_chosen(ctx, purpose, path);
        }
    }

    pub(super) fn file_chosen(&mut self, ctx: &egui::Context, purpose: Purpose, path: PathBuf) {
        match purpose {
            Purpose::ContributionsFolder => self.prepare_contributions(&path),
            Purpose::EarlierAssessment => self.compare_with(&path),
            Purpose::MergeContributions => self.merge_contributions(&[path]),
            Purpose::OpenSession => self.open(ctx, &path),
            Purpose::SaveSession => {
                let Some(doc) = &self.doc else {
                    return;
                };
                let path = with_extension(
                    &path,
                    self.save_protection.as_ref().unwrap_or(&doc.protection),
                );
                if let Err(e) = refuse_input_as_output(
                    &path,
                    &doc.checklist_path
                        .iter()
                        .map(PathBuf::as_path)
                        .collect::<Vec<_>>(),
                ) {
                    self.save_protection = None;
                    return self.show_error("The assessment was not saved", e.to_string());
                }
                if self.asks_before_replacing(purpose, &path) {
                    return;
                }
                let protection = self.save_protection.take();
                let saved = match protection {
                    Some(protection) => self.save_to_with(&path, protection),
                    None => self.save_to(&path),
                };
                if saved && let Some(action) = self.after_save.take() {
                    self.run_guarded(ctx, action);
                }
            }
            Purpose::ExportReport => {
                if let Some(doc) = &self.doc {
                    let path = file_names::with_default_extension(path, "pdf");
                    if let Err(e) = refuse_input_as_output(&path, &doc.input_files()) {
                        return self.show_error("The report was not exported", e.to_string());
                    }
                    let (checklist, session) = (doc.checklist.clone(), doc.session.clone());
                    if self.asks_before_replacing(purpose, &path) {
                        return;
                    }
                    self.status = format!("Exporting the report to {}…", path.display());
                    let earlier = self.comparison.as_ref().map(|c| c.earlier.clone());
                    let write = self.write_options(&path);
                    self.export
                        .start(ctx, checklist, session, path, earlier, write);
                }
            }
            Purpose::ExportSheet => self.export_sheet(path),
            Purpose::ImportSheet => self.import_sheet(path),
            Purpose::OpenChecklist => {
                if let Some(mut request) = self.pending_open.take() {
                    request.checklist = Some(path);
                    return self.try_open(ctx, request);
                }
                match load_checklist(&path) {
                    Ok(checklist) => {
                        self.new_form.checklist = Some((path, checklist.title.clone()));
                    }
                    Err(e) => self.show_error("The checklist could not be used", e.worded()),
                }
            }
        }
    }

    fn create(&mut self, meta: crate::session::Meta, checklist_path: Option<PathBuf>) {
        let checklist = match &checklist_path {
            Some(path) => match load_checklist(path) {
                Ok(c) => Arc::new(c),
                Err(e) => return self.show_error("The checklist could not be used", e.worded()),
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
        let mut session = Session::new(&checklist, meta);
        session.carry_checklist(&checklist);
        let mut doc = OpenDocument::new(session, checklist, None);
        doc.checklist_path = checklist_path;
        doc.mark_unsaved();
        self.set_document(doc);
        self.status = "New assessment created. Save it with Ctrl+S.".to_owned();
    }

    pub(super) fn set_document(&mut self, doc: OpenDocument) {
        self.assess = Default::default();
        self.assess.select_first(&doc.checklist, &doc.session);
        // What belonged to the previous assessment goes with it.
        self.team = Default::default();
        self.comparison = None;
        self.doc = Some(doc);
        self.mode = Mode::Assess(Screen::Walkthrough);
        self.last_autosave = None;
    }

    fn close_document(&mut self) {
        self.doc = None;
        self.team = Default::default();
        self.comparison = None;
        self.mode = Mode::Start;
        self.recovered = self.recovery.leftovers();
    }

    fn save(&mut self) {
        match self.doc.as_ref().and_then(|d| d.path.clone()) {
            Some(path) => {
                if !self.asks_before_replacing(Purpose::SaveSession, &path) {
                    self.save_to(&path);
                }
            }
            None => self.ask_save_location(),
        }
    }

    /// Saves atomically as the document is stored (plain or protected); on success the
    /// recovery copy is removed. Returns whether it saved.
    pub(super) fn save_to(&mut self, path: &Path) -> bool {
        let Some(doc) = &self.doc else {
            return false;
        };
        let protection = doc.protection.clone();
        self.save_to_with(path, protection)
    }

    /// Saves atomically with `protection`, which the document keeps from then on.
    pub(super) fn save_to_with(&mut self, path: &Path, protection: Protection) -> bool {
        let path = with_extension(path, &protection);
        let write = self.write_options(&path);
        let Some(doc) = &mut self.doc else {
            return false;
        };
        match save_session_as(&path, &doc.session, &doc.checklist, &protection, write) {
            Ok(()) => {
                doc.protection = protection;
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
        crate::format::printable::warn(&format!("normcheck: {title}: {detail}"));
        self.error = Some(ErrorMessage {
            title: title.to_owned(),
            detail: crate::format::printable::printable_lines(&detail).into_owned(),
        });
    }
}

/// Adds `.json` (or `.normcheck.age` when protected) to a save path that has no extension.
fn with_extension(path: &Path, protection: &Protection) -> PathBuf {
    match (path.extension(), protection) {
        (Some(_), _) => path.to_path_buf(),
        (None, Protection::Plain) => path.with_extension("json"),
        (None, Protection::Passphrase(_)) => path.with_extension(PROTECTED_EXTENSION),
    }
}
