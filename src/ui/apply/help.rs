//! Help: the Help window's topics, F1 at the section of the screen shown, the example
//! assessment (Exampleland) and the printable guide.

use std::path::PathBuf;

use super::super::app::{AppState, Mode, Screen};
use super::super::dialogs::Request;
use super::super::document::OpenDocument;
use super::super::help_window::Topic;
use super::super::modal::Guarded;
use crate::files::{WriteOptions, write_atomic_with};
use crate::help::Section;
use crate::report::Paper;
use crate::ui::file_names;
use crate::ui::words::said;
use crate::ui_t;

impl AppState {
    /// Opens the Help window at `topic`, or the guide at the section about what is shown.
    pub(super) fn show_help(&mut self, topic: Option<Topic>) {
        let section = if self.regional.is_some() {
            Section::Regional
        } else {
            match self.mode {
                Mode::Start | Mode::NewForm => Section::Start,
                Mode::Assess(Screen::Walkthrough) => Section::Walkthrough,
                Mode::Assess(Screen::Dashboard) => Section::Dashboard,
                Mode::Assess(Screen::Details) => Section::Saving,
                Mode::Assess(Screen::Team | Screen::Progress) => Section::Team,
            }
        };
        self.help = Some(topic.unwrap_or(Topic::Guide(section)));
    }

    /// Shows Exampleland, made afresh, without a file: saving it asks for a new name, and no
    /// real assessment is touched.
    pub(super) fn open_example(&mut self, ctx: &egui::Context) {
        let checklist = match crate::checklist::builtin() {
            Ok(c) => c,
            Err(e) => return self.show_error(&ui_t!("error-builtin-damaged"), e),
        };
        let example = crate::example::example(checklist);
        let doc = OpenDocument::new(example.this_year, example.checklist, None);
        let status = ui_t!("status-example-opened");
        self.guarded(
            ctx,
            Guarded::Replace {
                doc: Box::new(doc),
                status,
                then_ask: None,
            },
        );
    }

    /// Asks where to write the user guide.
    pub(super) fn ask_save_guide(&mut self) {
        let folder = self.suggested_folder();
        self.dialogs
            .request_in(Request::SaveGuide, folder.as_deref(), "normcheck-guide.pdf");
    }

    /// Writes the user guide, on A4 in the window's language, to `path`.
    pub(super) fn save_guide(&mut self, path: PathBuf, write: WriteOptions) {
        let path = file_names::with_default_extension(path, "pdf");
        let tr = crate::ui::lang::current();
        let written = crate::help::guide_pdf(&tr, Paper::A4)
            .map_err(|e| said(&e))
            .and_then(|r| write_atomic_with(&path, &r.bytes, write).map_err(|e| said(&e)));
        match written {
            Ok(()) => self.status = ui_t!("export-saved", path = path.display().to_string()),
            Err(e) => self.show_error(&ui_t!("export-failed"), e),
        }
    }
}
