//! The desktop app (egui/eframe): a thin layer over the model. Only this module uses egui.

mod action;
mod app;
mod apply;
mod dialogs;
mod document;
mod export;
mod file_names;
mod fonts;
mod frame;
mod help_window;
mod jobs;
pub mod lang;
mod local_time;
mod modal;
mod opening;
mod preferences;
mod protection;
mod read_only;
mod recent;
mod recovery;
mod regional;
mod renderer;
mod screens;
mod sheets;
pub mod shortcuts;
mod team;
mod theme;
mod undo;
mod widgets;
mod words;
mod work;
mod zoom;

use std::path::PathBuf;

pub use action::Action;
pub use app::{AppConfig, AppState, Screen};
pub use document::OpenDocument;
pub use fonts::install_fonts;
pub use preferences::Preferences;
pub use recent::Recent;
pub use recovery::{RecoveryStore, Snapshot};
pub use theme::ThemeChoice;

/// The window icon (a shield with a check mark, drawn for normcheck).
const ICON_PNG: &[u8] = include_bytes!("../../assets/icons/icon.png");

/// Opens the desktop app, optionally with a session file (read with `checklist` when given),
/// and runs until the window closes.
pub fn run(file: Option<PathBuf>, checklist: Option<PathBuf>) -> Result<(), String> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("normcheck")
        .with_app_id("normcheck")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([960.0, 600.0]);
    // The icon is our own bundled PNG; if it ever failed to decode, the window simply has none.
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON_PNG) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Wgpu,
        wgpu_options: renderer::wgpu_options(),
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "normcheck",
        options,
        Box::new(move |cc| {
            install_fonts(&cc.egui_ctx);
            let recent = recent::load(cc.storage);
            let config = AppConfig {
                native_dialogs: true,
                recovery: recovery::recovery_store_in_data_dir(),
                background_work: true,
            };
            let mut state = AppState::new(config, recent);
            state.preferences = Preferences::load(cc.storage);
            match (file, checklist) {
                (Some(path), Some(checklist)) => {
                    state.push(Action::OpenWithChecklist { path, checklist });
                }
                (Some(path), None) => state.push(Action::OpenPath(path)),
                (None, _) => {}
            }
            Ok(Box::new(DesktopApp {
                state,
                adapter_checked: false,
            }))
        }),
    )
    .map_err(|e| crate::t!(&system_words(), "error-window", reason = e.to_string()))
}

/// Tells the user that the window could not open. On Windows, where `normcheck.exe` has no
/// console for its error output, a message box says it; elsewhere the error on stderr is enough.
pub fn show_startup_error(message: &str) {
    #[cfg(windows)]
    let words = system_words();
    #[cfg(windows)]
    rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title(crate::t!(&words, "startup-failed"))
        .set_description(message)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
    #[cfg(not(windows))]
    let _ = message;
}

/// Words in the system's language, for what is said before the window (and its chosen
/// language) exists.
fn system_words() -> crate::i18n::Tr {
    let catalog = crate::user_data::catalog();
    let code = catalog.system_language();
    catalog.tr(&code).unwrap_or_else(|_| catalog.english())
}

/// eframe's view of the app: forwards frames to [`AppState`] and keeps recent files.
struct DesktopApp {
    state: AppState,
    /// Whether the graphics adapter was looked at (once, on the first frame).
    adapter_checked: bool,
}

impl eframe::App for DesktopApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.state.ui(ui);
        // After the frame, so that the window's language is chosen when the notice is worded.
        if !self.adapter_checked {
            self.adapter_checked = true;
            let adapter = frame.wgpu_render_state().map(|r| r.adapter.get_info());
            if let Some(notice) = adapter.as_ref().and_then(renderer::software_notice) {
                self.state.set_status(notice);
                ui.ctx().request_repaint();
            }
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        recent::save(storage, &self.state.recent);
        self.state.preferences.save(storage);
    }

    fn on_exit(&mut self) {
        self.state.on_exit();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_bundled_window_icon_decodes() {
        let icon = eframe::icon_data::from_png_bytes(super::ICON_PNG).unwrap();
        assert_eq!((icon.width, icon.height), (256, 256));
    }
}

/// An in-memory [`eframe::Storage`] for tests of what is remembered between runs.
#[cfg(test)]
mod test_storage {
    use std::collections::BTreeMap;

    #[derive(Default)]
    pub struct MemoryStorage(BTreeMap<String, String>);

    impl eframe::Storage for MemoryStorage {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }

        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_owned(), value);
        }

        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }

        fn flush(&mut self) {}
    }
}
