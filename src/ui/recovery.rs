//! Autosaving in the app: recovery copies are written on a worker thread, into the user's data
//! folder. Their format and reading them back belong to the door, `crate::files::recovery`.

use super::jobs::Job;
use crate::i18n::Message;

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
    running: Option<Job<Result<(), Message>>>,
}

impl Autosaver {
    /// Whether an autosave is being written.
    pub fn busy(&self) -> bool {
        self.running.is_some()
    }

    /// Writes `snapshot` in the background (the window is woken when it is written).
    pub fn start(&mut self, ctx: &egui::Context, store: &RecoveryStore, snapshot: Snapshot) {
        let store = store.clone();
        self.running = Some(Job::spawn(ctx, move || store.write_snapshot(&snapshot)));
    }

    /// The outcome, once the autosave has finished.
    pub fn poll(&mut self) -> Option<Result<(), Message>> {
        let result = self.running.as_ref()?.poll()?;
        self.running = None;
        Some(result.unwrap_or_else(|| Err(crate::msg!("autosave-stopped"))))
    }
}
