//! Native file dialogs run off the UI thread, with a typed-path fallback where none can be shown.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

/// A dialog answer faster than this means no dialog could be shown (rfd reports both as "none").
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(400);

mod native;
mod purpose;
mod typed;

pub use purpose::Purpose;
pub(crate) use purpose::{Chosen, Request};
pub use typed::TypedPath;

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
        let rx = native::show(purpose, note, folder, suggested, self.ctx.clone());
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
        let reason = crate::ui_t!("dialog-none");
        self.typed = Some(TypedPath::new(
            request.purpose(),
            self.folder.as_deref(),
            &self.suggested,
            reason.to_owned(),
        ));
        self.request = Some(request);
        None
    }
}
