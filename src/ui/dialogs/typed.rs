//! The typed-path prompt shown instead of a native dialog (tests, systems without dialogs).

use crate::ui::shortcuts::Command;
use std::path::{Path, PathBuf};

use super::{Chosen, Dialogs, Purpose};
use crate::ui_t;

/// An example path in the form this system uses, for a file with this extension.
fn path_example(extension: &str) -> String {
    if cfg!(windows) {
        let path = format!("C:\\Users\\me\\Documents\\assessment.{extension}");
        ui_t!("dialog-example", path = path)
    } else {
        let path = format!("/home/me/Documents/assessment.{extension}");
        ui_t!("dialog-example", path = path)
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
    pub(super) fn new(purpose: Purpose, folder: Option<&Path>, name: &str, reason: String) -> Self {
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

/// How the prompt ended in this frame, if it did.
enum Ended {
    /// With these paths.
    Paths(Vec<PathBuf>),
    /// Cancelled.
    Cancelled,
}

impl Dialogs {
    /// Shows the typed-path prompt, if open; returns the paths when confirmed (one per line
    /// where several may be given).
    pub(crate) fn typed_path_ui(&mut self, ctx: &egui::Context) -> Option<Chosen> {
        let typed = self.typed.as_mut()?;
        let mut ended = None;
        egui::Modal::new(egui::Id::unique("typed-path")).show(ctx, |ui| {
            crate::ui::theme::limit_width(ui, 560.0);
            crate::ui::widgets::dialog_title(ui, typed.purpose.title());
            if !typed.reason.is_empty() {
                ui.label(&typed.reason);
            }
            let enter = path_field(ui, typed);
            ui.horizontal_wrapped(|ui| {
                let ready = !typed.text.trim().is_empty();
                let ok = ui
                    .add_enabled(ready, egui::Button::new(ui_t!("dialog-use-file")))
                    .clicked();
                if (ok || enter) && ready {
                    ended = Some(Ended::Paths(typed.paths()));
                }
                if ui.button(ui_t!("form-cancel")).clicked() {
                    ended = Some(Ended::Cancelled);
                }
            });
        });
        let ended = ended?;
        self.typed = None;
        let request = self.request.take()?;
        Some(match ended {
            Ended::Paths(paths) => Chosen::Files(request, paths),
            Ended::Cancelled => Chosen::Cancelled(request),
        })
    }
}

impl TypedPath {
    /// The paths typed, one per line, "~" meaning the home folder.
    fn paths(&self) -> Vec<PathBuf> {
        self.text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(expand_home)
            .collect()
    }
}

/// The labelled path field, focused at first with the suggested name selected. Returns
/// whether Enter confirmed a single path.
fn path_field(ui: &mut egui::Ui, typed: &mut TypedPath) -> bool {
    let many = typed.purpose.picks_many();
    let label = ui.label(if typed.purpose.picks_folder() {
        ui_t!("dialog-folder-path")
    } else if many {
        ui_t!("dialog-file-paths")
    } else {
        ui_t!("dialog-file-path")
    });
    let field = egui::Id::unique("typed-path-field");
    if let Some((start, end)) = typed.select {
        // Until the field has the keyboard: focus it with the suggested name selected (the
        // modal's first frame only measures, so this may take two frames).
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
    let example = path_example(typed.purpose.filter().1.first().unwrap_or(&"json"));
    let edit = ui
        .add(
            text_edit
                .id(field)
                .desired_width(ui.available_width().min(520.0))
                .hint_text(example),
        )
        .labelled_by(label.id);
    if edit.has_focus() {
        typed.select = None;
    }
    !many
        && edit.lost_focus()
        && crate::ui::shortcuts::pressed(ui.ctx(), Command::Confirm).is_some()
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
