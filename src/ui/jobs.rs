//! Slow work off the frame: a job runs on its own thread and wakes the window when its result
//! is ready, so scrypt (about a second per protected file), merging and writing never freeze
//! the window.

use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// Work running on another thread; its result arrives once.
pub(crate) struct Job<T> {
    rx: Receiver<T>,
}

impl<T: Send + 'static> Job<T> {
    /// Runs `work` on a new thread and wakes the window when it is done.
    pub(crate) fn spawn(ctx: &egui::Context, work: impl FnOnce() -> T + Send + 'static) -> Self {
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            // The receiver is gone only if the window or view was closed meanwhile, or the
            // user stopped waiting: the result is not needed then.
            let _ = tx.send(work());
            ctx.request_repaint();
        });
        Job { rx }
    }

    /// A job whose result is already there (work done at once, where background work is off).
    pub(crate) fn ready(result: T) -> Self {
        let (tx, rx) = channel();
        // The receiver is right here: sending cannot fail.
        let _ = tx.send(result);
        Job { rx }
    }

    /// The result once there is one; `Some(None)` if the thread died without one.
    pub(crate) fn poll(&self) -> Option<Option<T>> {
        match self.rx.try_recv() {
            Ok(result) => Some(Some(result)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(None),
        }
    }
}
