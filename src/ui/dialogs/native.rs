//! The system's own file dialog, on a thread of its own so the window keeps drawing.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use super::Purpose;

/// Shows the native dialog for `purpose`; the chosen paths (none when cancelled or when no
/// dialog could be shown) arrive on the returned channel, and the window is woken then.
pub(super) fn show(
    purpose: Purpose,
    note: &str,
    folder: Option<&Path>,
    suggested: &str,
    ctx: Option<egui::Context>,
) -> Receiver<Vec<PathBuf>> {
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
    type Answer = std::pin::Pin<Box<dyn std::future::Future<Output = Vec<rfd::FileHandle>> + Send>>;
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
    rx
}
