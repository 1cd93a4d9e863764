//! Native file dialogs run off the UI thread, with a typed-path fallback where none can be shown.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

/// What a chosen file is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// A session to open.
    OpenSession,
    /// Where to save the session.
    SaveSession,
    /// A checklist for a new assessment.
    OpenChecklist,
    /// Where to write the PDF report.
    ExportReport,
    /// The folder to write one contribution per agency into.
    ContributionsFolder,
    /// Contribution files to merge into the open assessment (several at once).
    MergeContributions,
    /// An earlier assessment to compare the open one with.
    EarlierAssessment,
    /// Where to write the assessment as a spreadsheet.
    ExportSheet,
    /// An edited spreadsheet to read into the assessment.
    ImportSheet,
}

impl Purpose {
    /// Title of the dialog or prompt.
    pub fn title(self) -> &'static str {
        match self {
            Purpose::OpenSession => "Open assessment",
            Purpose::SaveSession => "Save assessment as",
            Purpose::OpenChecklist => "Choose a checklist file",
            Purpose::ExportReport => "Export the report as PDF",
            Purpose::ContributionsFolder => "Folder for the contribution files",
            Purpose::MergeContributions => "Contributions to merge",
            Purpose::EarlierAssessment => "Earlier assessment to compare with",
            Purpose::ExportSheet => "Export the assessment as a spreadsheet",
            Purpose::ImportSheet => "Import an edited spreadsheet",
        }
    }

    /// Whether a folder is chosen rather than a file.
    pub fn picks_folder(self) -> bool {
        matches!(self, Purpose::ContributionsFolder)
    }

    /// Whether several files may be chosen at once.
    pub fn picks_many(self) -> bool {
        matches!(self, Purpose::MergeContributions)
    }

    fn saves(self) -> bool {
        matches!(
            self,
            Purpose::SaveSession | Purpose::ExportReport | Purpose::ExportSheet
        )
    }

    fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            Purpose::ExportReport => ("PDF document", &["pdf"]),
            Purpose::ExportSheet | Purpose::ImportSheet => ("Excel workbook", &["xlsx"]),
            Purpose::OpenChecklist => ("Checklists (JSON, Excel workbook)", &["json", "xlsx"]),
            _ => ("normcheck files (JSON, protected .age)", &["json", "age"]),
        }
    }
}

/// What a file chosen in a dialog is for, with what is needed to carry on once it is chosen.
pub(crate) enum Request {
    /// A session to open.
    OpenSession,
    /// Where to save the session, stored with `protection`; `then` runs once it is saved.
    SaveSession {
        /// Plain, or the passphrase to protect the file with.
        protection: crate::files::Protection,
        /// What was waiting for the save (an unsaved-changes question answered "Save").
        then: Option<super::modal::Guarded>,
    },
    /// A checklist: for the new-assessment form, or for an assessment being opened.
    OpenChecklist(Option<super::opening::OpenRequest>),
    /// Where to write the PDF report.
    ExportReport,
    /// The folder for one contribution per agency.
    ContributionsFolder,
    /// Contribution files to merge.
    MergeContributions,
    /// An earlier assessment to compare with.
    EarlierAssessment,
    /// Where to write the spreadsheet.
    ExportSheet,
    /// An edited spreadsheet to read back.
    ImportSheet,
}

impl Request {
    /// The dialog's purpose (title, filter, file or folder).
    pub(crate) fn purpose(&self) -> Purpose {
        match self {
            Request::OpenSession => Purpose::OpenSession,
            Request::SaveSession { .. } => Purpose::SaveSession,
            Request::OpenChecklist(_) => Purpose::OpenChecklist,
            Request::ExportReport => Purpose::ExportReport,
            Request::ContributionsFolder => Purpose::ContributionsFolder,
            Request::MergeContributions => Purpose::MergeContributions,
            Request::EarlierAssessment => Purpose::EarlierAssessment,
            Request::ExportSheet => Purpose::ExportSheet,
            Request::ImportSheet => Purpose::ImportSheet,
        }
    }
}

/// How a file dialog or typed-path prompt ended.
pub(crate) enum Chosen {
    /// With these files (one unless the request picks several).
    Files(Request, Vec<PathBuf>),
    /// Without any: the request lapses.
    Cancelled(Request),
}

/// A dialog answer faster than this means no dialog could be shown (rfd reports both as "none").
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(400);

/// An example path in the form this system uses, for a file with this extension.
fn path_example(extension: &str) -> String {
    if cfg!(windows) {
        format!("e.g. C:\\Users\\me\\Documents\\assessment.{extension}")
    } else {
        format!("e.g. /home/me/Documents/assessment.{extension}")
    }
}

/// The typed-path prompt shown instead of a native dialog.
pub struct TypedPath {
    /// What the path is for.
    pub purpose: Purpose,
    /// The text typed so far (at first the suggested folder and file name).
    pub text: String,
    /// Why the prompt is shown.
    pub reason: String,
    /// Characters to select when the prompt opens (the suggested name without its
    /// extension, so typing replaces just the name); `None` once the field has the keyboard.
    select: Option<(usize, usize)>,
}

impl TypedPath {
    /// A prompt filled with `folder` and `name` (a folder alone when opening).
    fn new(purpose: Purpose, folder: Option<&Path>, name: &str, reason: String) -> Self {
        let mut text = folder.map_or_else(String::new, |f| f.display().to_string());
        if !text.is_empty() && !text.ends_with(std::path::MAIN_SEPARATOR) {
            text.push(std::path::MAIN_SEPARATOR);
        }
        let start = text.chars().count();
        let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
        if purpose.saves() {
            text.push_str(name);
        }
        let end = if purpose.saves() {
            start + stem.chars().count()
        } else {
            start
        };
        Self {
            purpose,
            text,
            reason,
            select: Some((start, end)),
        }
    }
}

/// Dialog state: at most one native dialog or one typed-path prompt at a time.
pub struct Dialogs {
    native: bool,
    pending: Option<(Instant, Receiver<Vec<PathBuf>>)>,
    /// What the open dialog or prompt is for.
    request: Option<Request>,
    ctx: Option<egui::Context>,
    /// The typed-path prompt, when open.
    pub typed: Option<TypedPath>,
    /// The folder and name suggested by the last request (for the fallback prompt).
    folder: Option<PathBuf>,
    suggested: String,
}

impl Dialogs {
    /// `native: false` always uses the typed-path prompt (tests, systems without dialogs).
    pub fn new(native: bool) -> Self {
        Self {
            native,
            pending: None,
            request: None,
            ctx: None,
            typed: None,
            folder: None,
            suggested: String::new(),
        }
    }

    /// Whether native dialogs may be shown (`false`: paths are typed).
    pub fn native(&self) -> bool {
        self.native
    }

    /// Whether a dialog or prompt is open (other file actions wait).
    pub fn busy(&self) -> bool {
        self.pending.is_some() || self.typed.is_some()
    }

    /// Remembers the context to wake when a dialog is answered (called every frame).
    pub fn set_context(&mut self, ctx: &egui::Context) {
        if self.ctx.is_none() {
            self.ctx = Some(ctx.clone());
        }
    }

    /// Asks for a file. `suggested` is the file name offered when saving.
    pub(crate) fn request(&mut self, request: Request, suggested: &str) {
        self.request_in(request, None, suggested);
    }

    /// Asks for a file, starting in `folder`; `suggested` is the file name offered when saving.
    pub(crate) fn request_in(&mut self, request: Request, folder: Option<&Path>, suggested: &str) {
        self.request_with_note(request, folder, suggested, "");
    }

    /// Like [`Self::request_in`], telling the user `note` (in the dialog's title, or above the
    /// typed path).
    pub(crate) fn request_with_note(
        &mut self,
        request: Request,
        folder: Option<&Path>,
        suggested: &str,
        note: &str,
    ) {
        if self.busy() {
            return;
        }
        let purpose = request.purpose();
        self.request = Some(request);
        self.folder = folder.map(Path::to_path_buf);
        self.suggested = suggested.to_owned();
        if !self.native {
            self.typed = Some(TypedPath::new(purpose, folder, suggested, note.to_owned()));
            return;
        }
        let title = if note.is_empty() {
            purpose.title().to_owned()
        } else {
            format!("{} — {note}", purpose.title())
        };
        let (filter_name, extensions) = purpose.filter();
        let mut dialog = rfd::AsyncFileDialog::new()
            .set_title(title)
            .add_filter(filter_name, extensions);
        if let Some(folder) = folder {
            dialog = dialog.set_directory(folder);
        }
        type Answer =
            std::pin::Pin<Box<dyn std::future::Future<Output = Vec<rfd::FileHandle>> + Send>>;
        let future: Answer = if purpose.saves() {
            let save = dialog.set_file_name(suggested).save_file();
            Box::pin(async move { save.await.into_iter().collect() })
        } else if purpose.picks_folder() {
            let pick = dialog.pick_folder();
            Box::pin(async move { pick.await.into_iter().collect() })
        } else if purpose.picks_many() {
            let pick = dialog.pick_files();
            Box::pin(async move { pick.await.unwrap_or_default() })
        } else {
            let pick = dialog.pick_file();
            Box::pin(async move { pick.await.into_iter().collect() })
        };
        let (tx, rx) = channel();
        let ctx = self.ctx.clone();
        std::thread::spawn(move || {
            let chosen: Vec<PathBuf> = pollster::block_on(future)
                .iter()
                .map(|h| h.path().to_path_buf())
                .collect();
            // The receiver is gone only if the app closed meanwhile; nothing to do then.
            let _ = tx.send(chosen);
            if let Some(ctx) = ctx {
                ctx.request_repaint();
            }
        });
        self.pending = Some((Instant::now(), rx));
    }

    /// How the native dialog ended, once it has been answered. When no dialog could be shown
    /// at all, the typed-path prompt opens instead (the request stays).
    pub(crate) fn poll(&mut self) -> Option<Chosen> {
        let (started, rx) = self.pending.as_ref()?;
        let started = *started;
        let answer = match rx.try_recv() {
            Ok(answer) => answer,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Vec::new(),
        };
        self.pending = None;
        let request = self.request.take()?;
        if !answer.is_empty() {
            return Some(Chosen::Files(request, answer));
        }
        if started.elapsed() >= NO_DIALOG_THRESHOLD {
            return Some(Chosen::Cancelled(request));
        }
        let reason =
            "No file dialog could be shown on this system. Type the full path of the file instead.";
        self.typed = Some(TypedPath::new(
            request.purpose(),
            self.folder.as_deref(),
            &self.suggested,
            reason.to_owned(),
        ));
        self.request = Some(request);
        None
    }

    /// Shows the typed-path prompt, if open; returns the paths when confirmed (one per line
    /// where several may be given).
    pub(crate) fn typed_path_ui(&mut self, ctx: &egui::Context) -> Option<Chosen> {
        let typed = self.typed.as_mut()?;
        let mut result = None;
        let mut close = false;
        egui::Modal::new(egui::Id::unique("typed-path")).show(ctx, |ui| {
            crate::ui::theme::limit_width(ui, 560.0);
            ui.heading(typed.purpose.title());
            if !typed.reason.is_empty() {
                ui.label(&typed.reason);
            }
            let many = typed.purpose.picks_many();
            let label = ui.label(if typed.purpose.picks_folder() {
                "Folder path:"
            } else if many {
                "File paths, one per line:"
            } else {
                "File path:"
            });
            let field = egui::Id::unique("typed-path-field");
            if let Some((start, end)) = typed.select {
                // Until the field has the keyboard: focus it with the suggested name selected
                // (the modal's first frame only measures, so this may take two frames).
                let mut state = egui::TextEdit::load_state(ui.ctx(), field).unwrap_or_default();
                state
                    .cursor
                    .set_char_range(Some(egui::text::CCursorRange::two(
                        egui::text::CCursor::new(start),
                        egui::text::CCursor::new(end),
                    )));
                egui::TextEdit::store_state(ui.ctx(), field, state);
                ui.memory_mut(|m| m.request_focus(field));
            }
            let text_edit = if many {
                egui::TextEdit::multiline(&mut typed.text).desired_rows(4)
            } else {
                egui::TextEdit::singleline(&mut typed.text)
            };
            let edit = ui.add(
                text_edit
                    .id(field)
                    .desired_width(ui.available_width().min(520.0))
                    .hint_text(path_example(
                        typed.purpose.filter().1.first().unwrap_or(&"json"),
                    )),
            );
            let edit = edit.labelled_by(label.id);
            if edit.has_focus() {
                typed.select = None;
            }
            let enter = !many && edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal_wrapped(|ui| {
                let ok = ui
                    .add_enabled(
                        !typed.text.trim().is_empty(),
                        egui::Button::new("Use this file"),
                    )
                    .clicked();
                if (ok || enter) && !typed.text.trim().is_empty() {
                    let paths = typed
                        .text
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(expand_home)
                        .collect();
                    result = Some(paths);
                    close = true;
                }
                if ui.button("Cancel").clicked() {
                    close = true;
                }
            });
        });
        if !close {
            return None;
        }
        self.typed = None;
        let request = self.request.take()?;
        Some(match result {
            Some(paths) => Chosen::Files(request, paths),
            None => Chosen::Cancelled(request),
        })
    }
}

/// Turns a typed "~/…" into a path in the user's home folder.
fn expand_home(text: &str) -> PathBuf {
    let home = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"));
    match (
        text.strip_prefix("~/").or_else(|| text.strip_prefix("~\\")),
        home,
    ) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_tilde_path_means_the_home_folder() {
        let Some(home) = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"))
        else {
            return;
        };
        assert_eq!(
            expand_home("~/a/b.json"),
            PathBuf::from(home).join("a/b.json")
        );
        assert_eq!(expand_home("/x/~/y.json"), PathBuf::from("/x/~/y.json"));
    }
}
