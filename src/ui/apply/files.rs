//! Files the user chose, and saving: what each request does with its file, what lapses when
//! a dialog is cancelled, and the save itself as background work.

use crate::ui::words::said;
use std::path::{Path, PathBuf};

use crate::files::protect::PROTECTED_EXTENSION;
use crate::files::{
    Protection, WriteOptions, load_checklist, refuse_input_as_output, save_session_as,
};
use crate::report::Paper;
use crate::ui::app::AppState;
use crate::ui::dialogs::Request;
use crate::ui::file_names;
use crate::ui::modal::Guarded;
use crate::ui::words::Worded;
use crate::ui::work::{Done, Saved};
use crate::ui_t;

impl AppState {
    /// What the user chose in a file dialog or typed-path prompt.
    pub(crate) fn files_chosen(
        &mut self,
        ctx: &egui::Context,
        request: Request,
        paths: Vec<PathBuf>,
    ) {
        if let Request::MergeContributions = request {
            return self.merge_contributions(ctx, paths);
        }
        if let Some(path) = paths.into_iter().next() {
            self.file_chosen(ctx, request, path, WriteOptions::default());
        }
    }

    /// Carries out `request` with `path`; `write` allows replacing a read-only file once the
    /// user agreed to.
    pub(crate) fn file_chosen(
        &mut self,
        ctx: &egui::Context,
        request: Request,
        path: PathBuf,
        write: WriteOptions,
    ) {
        match request {
            Request::ContributionsFolder => self.prepare_contributions(ctx, &path),
            Request::EarlierAssessment => self.compare_with(ctx, &path),
            Request::MergeContributions => self.merge_contributions(ctx, vec![path]),
            Request::OpenSession => self.open(ctx, &path),
            Request::SaveSession { protection, then } => {
                let path = with_extension(&path, &protection);
                let request = Request::SaveSession { protection, then };
                self.save_chosen(ctx, request, path, write);
            }
            Request::ExportReport => self.export_report(ctx, path, write),
            Request::ExportSheet => self.export_sheet(path, write),
            Request::ImportSheet => self.import_sheet(path),
            Request::SaveGuide => self.save_guide(path, write),
            Request::OpenChecklist(Some(mut open)) => {
                open.checklist = Some(path);
                self.try_open(ctx, open);
            }
            Request::OpenChecklist(None) => match load_checklist(&path) {
                Ok(checklist) => {
                    self.views.new_form.checklist = Some((path, checklist.title.clone()));
                }
                Err(e) => self.show_error(&ui_t!("error-checklist-unusable"), e.worded()),
            },
        }
    }

    /// A dialog was cancelled: what was waiting for its file lapses, and the status bar says
    /// so where something had been announced.
    pub(crate) fn request_lapsed(&mut self, request: Request) {
        match request {
            Request::SaveSession {
                then: Some(action), ..
            } => self.guard_cancelled(action),
            Request::OpenChecklist(Some(open)) => {
                let file = open.path.display().to_string();
                self.status = crate::ui_t!("status-no-checklist-chosen", file = file);
            }
            _ => {}
        }
    }

    /// Saves to the current file, or asks for one; `then` runs once saved.
    pub(crate) fn save(&mut self, ctx: &egui::Context, then: Option<Guarded>) {
        match self
            .doc
            .as_ref()
            .map(|d| (d.path.clone(), d.protection.clone()))
        {
            Some((Some(path), protection)) => {
                let request = Request::SaveSession { protection, then };
                self.save_chosen(ctx, request, path, WriteOptions::default());
            }
            Some((None, _)) => self.ask_save_location(then),
            None => {}
        }
    }

    /// Saves to `path` as the document is stored (plain or protected).
    pub(super) fn save_to(&mut self, ctx: &egui::Context, path: &Path, then: Option<Guarded>) {
        let Some(doc) = &self.doc else { return };
        let protection = doc.protection.clone();
        let path = with_extension(path, &protection);
        let request = Request::SaveSession { protection, then };
        self.save_chosen(ctx, request, path, WriteOptions::default());
    }

    /// A save's file is known: refused over the assessment's checklist file, asked about when
    /// read-only, otherwise written in the background.
    fn save_chosen(
        &mut self,
        ctx: &egui::Context,
        request: Request,
        path: PathBuf,
        write: WriteOptions,
    ) {
        let Some(doc) = &self.doc else { return };
        let checklist_file: Vec<&Path> = doc.checklist_path.iter().map(PathBuf::as_path).collect();
        if let Err(e) = refuse_input_as_output(&path, &checklist_file) {
            return self.show_error(&crate::ui_t!("error-not-saved"), said(&e));
        }
        let Some(Request::SaveSession { protection, then }) =
            self.ask_if_read_only(request, &path, write)
        else {
            return;
        };
        self.write_session(ctx, path, protection, write, then, None);
    }

    /// Writes the open assessment to `path` with `protection` in the background (encrypting
    /// takes a second); the document takes the new file and protection once it is written.
    pub(crate) fn write_session(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        protection: Protection,
        write: WriteOptions,
        then: Option<Guarded>,
        done: Option<String>,
    ) {
        let Some(doc) = &self.doc else { return };
        let (session, checklist) = (doc.session.clone(), doc.checklist.clone());
        let what = ui_t!("status-saving", file = file_names::shown_name(&path));
        self.start_work(ctx, what, false, move || {
            let result = save_session_as(&path, &session, &checklist, &protection, write);
            Done::Saved(Box::new(Saved {
                path,
                protection,
                result,
                then,
                done,
            }))
        });
    }

    /// A save finished: the document is saved (and carries on with what waited), or the
    /// error is shown with the work still open.
    pub(crate) fn save_finished(&mut self, ctx: &egui::Context, saved: Saved) {
        let Some(doc) = &mut self.doc else { return };
        if let Err(e) = saved.result {
            let detail = ui_t!("error-not-saved-detail", error = said(&e));
            return self.show_error(&ui_t!("error-not-saved"), detail);
        }
        doc.protection = saved.protection;
        doc.path = Some(saved.path.clone());
        doc.mark_saved();
        self.recovery.store.clear();
        let file = saved.path.display().to_string();
        self.status = match saved.done {
            Some(done) => ui_t!("status-done-saved", done = done, file = file),
            None => ui_t!("status-saved-file", file = file),
        };
        self.remember(&saved.path);
        if let Some(action) = saved.then {
            self.run_guarded(ctx, action);
        }
    }

    /// Asks where to write the PDF report, saying what the user should know about it.
    pub(super) fn ask_export_pdf(&mut self, paper: Paper) {
        self.export.paper = paper;
        let Some(doc) = &self.doc else { return };
        let name = file_names::report_file_name(&doc.session.meta);
        let protected = if doc.protection.is_protected() {
            ui_t!("export-not-encrypted")
        } else {
            String::new()
        };
        let progress = self.views.comparison.as_ref().map(|c| {
            let since = crate::report::period_pair(
                &crate::ui::lang::current(),
                &c.earlier.session,
                &doc.session,
            )
            .0;
            ui_t!("export-shows-progress", since = since)
        });
        let note = [protected.as_str(), progress.as_deref().unwrap_or("")]
            .into_iter()
            .filter(|n| !n.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let folder = self.suggested_folder();
        self.dialogs
            .request_with_note(Request::ExportReport, folder.as_deref(), &name, &note);
    }

    /// Starts writing the report to `path` in the background.
    fn export_report(&mut self, ctx: &egui::Context, path: PathBuf, write: WriteOptions) {
        let Some(doc) = &self.doc else { return };
        let path = file_names::with_default_extension(path, "pdf");
        if let Err(e) = refuse_input_as_output(&path, &doc.input_files()) {
            return self.show_error(&ui_t!("export-failed"), said(&e));
        }
        let (checklist, session) = (doc.checklist.clone(), doc.session.clone());
        if self
            .ask_if_read_only(Request::ExportReport, &path, write)
            .is_none()
        {
            return;
        }
        self.status = ui_t!("status-exporting", file = path.display().to_string());
        let earlier = self.views.comparison.as_ref().map(|c| c.earlier.clone());
        self.export
            .start(ctx, checklist, session, path, earlier, write);
    }
}

/// Adds `.json` (or `.normcheck.age` when protected) to a save path that has no extension.
pub(crate) fn with_extension(path: &Path, protection: &Protection) -> PathBuf {
    match (path.extension(), protection) {
        (Some(_), _) => path.to_path_buf(),
        (None, Protection::Plain) => path.with_extension("json"),
        (None, Protection::Passphrase(_)) => path.with_extension(PROTECTED_EXTENSION),
    }
}
