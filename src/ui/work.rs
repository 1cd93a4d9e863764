//! Slow work as background jobs: opening, recovering, saving (and so protecting), merging,
//! preparing contributions and reading an earlier assessment run on their own thread while a
//! "working…" dialog shows, so scrypt never freezes the window. Each job ends in a [`Done`]
//! that is applied on the UI thread.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::app::AppState;
use super::jobs::Job;
use super::modal::{Guarded, Modal, Working};
use super::opening::OpenRequest;
use crate::files::recovery::Recovered;
use crate::files::{OpenError, Opened, Protection, SaveError};
use crate::session::Session;

/// Work that is not worth a dialog: the "working…" dialog shows only after this long.
pub(super) const SHOW_WORKING_AFTER: Duration = Duration::from_millis(250);

/// What a background job came to.
pub(crate) enum Done {
    /// An assessment file was read and checked (or refused).
    Opened(OpenRequest, Box<Result<Opened, OpenError>>),
    /// A protected recovery copy was decrypted and checked (or refused).
    Recovered(PathBuf, Box<Result<Recovered, OpenError>>),
    /// The assessment was written (or not).
    Saved(Box<Saved>),
    /// Contributions were read and merged into the session (or not).
    Merged(Box<Result<Merged, String>>),
    /// Contribution files were written (the message says how many), or not.
    Prepared(Result<String, String>),
    /// An earlier assessment was read for comparison (or not).
    Compared(PathBuf, Box<Result<Opened, String>>),
}

/// A finished save, and what was waiting for it.
pub(crate) struct Saved {
    /// The file written.
    pub path: PathBuf,
    /// How it was stored; the document keeps it once saved.
    pub protection: Protection,
    /// The outcome.
    pub result: Result<(), SaveError>,
    /// What runs once it is saved (an unsaved-changes question answered "Save").
    pub then: Option<Guarded>,
    /// What the status bar says before "saved PATH" (a passphrase change), if anything.
    pub done: Option<String>,
}

/// A merge's result, to apply as one undo step.
pub(crate) struct Merged {
    /// The merged session.
    pub session: Session,
    /// How many contributions were merged.
    pub contributions: usize,
    /// How many fields were taken from them.
    pub taken: usize,
    /// How many conflicts are left to settle.
    pub conflicts: usize,
}

impl AppState {
    /// Starts `work` in the background (or at once where background work is off, as in
    /// tests); `what` is shown while it runs. Whatever dialog was open is replaced.
    pub(super) fn start_work(
        &mut self,
        ctx: &egui::Context,
        what: String,
        cancellable: bool,
        work: impl FnOnce() -> Done + Send + 'static,
    ) {
        let job = if self.background {
            Job::spawn(ctx, work)
        } else {
            Job::ready(work())
        };
        self.modal = Some(Modal::Working(Working {
            what,
            job,
            cancellable,
            started: Instant::now(),
        }));
    }

    /// Whether background work is running.
    pub fn working(&self) -> bool {
        matches!(self.modal, Some(Modal::Working(_)))
    }

    /// Applies the result of the running job once it has arrived.
    pub(super) fn poll_work(&mut self, ctx: &egui::Context) {
        let Some(Modal::Working(working)) = &self.modal else {
            return;
        };
        let Some(result) = working.job.poll() else {
            return;
        };
        let what = working.what.clone();
        self.modal = None;
        match result {
            Some(done) => self.finished(ctx, done),
            None => self.show_error(
                &crate::ui_t!("error-work-stopped"),
                crate::ui_t!("error-work-stopped-detail", what = what),
            ),
        }
        if self.close_when_idle {
            // The window was asked to close meanwhile: ask again now (unsaved changes are
            // still asked about).
            self.close_when_idle = false;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// The user stopped waiting: the job's result, when it comes, is dropped.
    pub(super) fn stop_waiting(&mut self) {
        if let Some(Modal::Working(working)) = &self.modal
            && working.cancellable
        {
            let what = working.what.trim_end_matches('…').to_owned();
            self.status = crate::ui_t!("status-stopped", what = what);
            self.modal = None;
        }
    }

    fn finished(&mut self, ctx: &egui::Context, done: Done) {
        match done {
            Done::Opened(request, result) => self.open_finished(ctx, request, *result),
            Done::Recovered(path, result) => self.recover_finished(ctx, &path, *result),
            Done::Saved(saved) => self.save_finished(ctx, *saved),
            Done::Merged(result) => self.merge_finished(*result),
            Done::Prepared(Ok(message)) => self.status = message,
            Done::Prepared(Err(e)) => {
                self.show_error(&crate::ui_t!("error-not-all-prepared"), e);
            }
            Done::Compared(path, result) => self.compare_finished(path, *result),
        }
    }
}
