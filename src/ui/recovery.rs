//! Autosaving in the app: recovery copies are written on a worker thread, into the user's data
//! folder. Their format and reading them back belong to the door, `crate::files::recovery`.

use std::sync::mpsc::{Receiver, TryRecvError, channel};

pub use crate::files::recovery::{Found, Leftover, RecoveryStore, Snapshot};

/// The recovery store in the app's data folder (e.g. `~/.local/share/normcheck`,
/// `%APPDATA%\\normcheck\\data`).
pub fn recovery_store_in_data_dir() -> RecoveryStore {
    RecoveryStore::at(eframe::storage_dir("normcheck"))
}

/// One autosave at a time on a worker thread, so encrypting a protected copy (about a second
/// of scrypt) never freezes the window.
#[derive(Default)]
pub struct Autosaver {
    running: Option<Receiver<Result<(), String>>>,
}

impl Autosaver {
    /// Whether an autosave is being written.
    pub fn busy(&self) -> bool {
        self.running.is_some()
    }

    /// Writes `snapshot` in the background; `done` is called (to repaint) when it is written.
    pub fn start(
        &mut self,
        store: &RecoveryStore,
        snapshot: Snapshot,
        done: impl FnOnce() + Send + 'static,
    ) {
        let (tx, rx) = channel();
        let store = store.clone();
        std::thread::spawn(move || {
            let _ = tx.send(store.write_snapshot(&snapshot));
            done();
        });
        self.running = Some(rx);
    }

    /// The outcome, once the autosave has finished.
    pub fn poll(&mut self) -> Option<Result<(), String>> {
        let rx = self.running.as_ref()?;
        let result = match rx.try_recv() {
            Ok(result) => result,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Err("the autosave stopped unexpectedly".to_owned()),
        };
        self.running = None;
        Some(result)
    }
}
