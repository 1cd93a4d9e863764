//! The desktop app (egui/eframe): a thin layer over the model. Only this module uses egui.

mod action;
mod app;
mod apply;
mod dialogs;
mod document;
mod export;
mod file_names;
mod focus;
mod fonts;
mod frame;
pub mod graphics_probe;
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

use std::cell::Cell;
use std::path::PathBuf;
use std::rc::Rc;

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
/// and runs until the window closes. When a graphics interface cannot draw the window, the next
/// one is tried (see [`renderer::attempts`]); the error names every one that failed.
pub fn run(file: Option<PathBuf>, checklist: Option<PathBuf>) -> Result<(), String> {
    let (attempts, mut failed) = renderer::attempts();
    let mut reasons: Vec<String> = failed.clone();
    for backends in attempts {
        let started = Rc::new(Cell::new(false));
        let start = Start {
            file: file.clone(),
            checklist: checklist.clone(),
            failed: failed.clone(),
            started: Rc::clone(&started),
        };
        match eframe::run_native("normcheck", native_options(backends), start.creator()) {
            Ok(()) => return Ok(()),
            // The interface could not make a device before the app started: try the next.
            Err(eframe::Error::Wgpu(error)) if !started.get() => {
                let name = renderer::backends_name(backends);
                reasons.push(format!("{name}: {error}"));
                failed.push(name);
            }
            Err(error) => return Err(window_error(&error.to_string())),
        }
    }
    Err(window_error(&reasons.join("; ")))
}

fn window_error(reason: &str) -> String {
    crate::t!(&system_words(), "error-window", reason = reason.to_owned())
}

/// The window's settings, drawing with `backends`.
fn native_options(backends: eframe::wgpu::Backends) -> eframe::NativeOptions {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("normcheck")
        .with_app_id("normcheck")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([960.0, 600.0]);
    // The icon is our own bundled PNG; if it ever failed to decode, the window simply has none.
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON_PNG) {
        viewport = viewport.with_icon(icon);
    }
    eframe::NativeOptions {
        renderer: eframe::Renderer::Wgpu,
        wgpu_options: renderer::wgpu_options(backends),
        viewport,
        // So that a failed graphics interface returns here and the next one can be tried.
        run_and_return: true,
        ..Default::default()
    }
}

/// What the app starts with: the file to open and the graphics interfaces that failed before.
struct Start {
    file: Option<PathBuf>,
    checklist: Option<PathBuf>,
    failed: Vec<String>,
    /// Set once the app is made: an error after that is not the interface's failing to start.
    started: Rc<Cell<bool>>,
}

impl Start {
    fn creator(self) -> eframe::AppCreator<'static> {
        Box::new(move |cc| {
            self.started.set(true);
            install_fonts(&cc.egui_ctx);
            let recent = recent::load(cc.storage);
            let config = AppConfig {
                native_dialogs: true,
                recovery: recovery::recovery_store_in_data_dir(),
                background_work: true,
            };
            let mut state = AppState::new(config, recent);
            state.preferences = Preferences::load(cc.storage);
            match (self.file, self.checklist) {
                (Some(path), Some(checklist)) => {
                    state.push(Action::OpenWithChecklist { path, checklist });
                }
                (Some(path), None) => state.push(Action::OpenPath(path)),
                (None, _) => {}
            }
            Ok(Box::new(DesktopApp {
                state,
                failed_backends: self.failed,
                adapter_checked: false,
            }))
        })
    }
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
    /// The graphics interfaces that could not draw the window before the one in use.
    failed_backends: Vec<String>,
    /// Whether the graphics adapter was looked at (once, on the first frame).
    adapter_checked: bool,
}

impl eframe::App for DesktopApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.state.ui(ui);
        // After the frame, so that the window's language is chosen when the notice is worded.
        if !self.adapter_checked {
            self.adapter_checked = true;
            if let Some(render) = frame.wgpu_render_state() {
                let info = render.adapter.get_info();
                let notice = renderer::drawing_notice(&info, &self.failed_backends);
                // Also on the error output, for support staff and tests (none on Windows).
                crate::format::printable::warn(&format!("normcheck: {notice}"));
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
