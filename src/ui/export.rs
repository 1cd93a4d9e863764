//! PDF export on a worker thread, so a long report never freezes the window.

use crate::i18n::Said;
use std::path::PathBuf;
use std::sync::Arc;

use super::jobs::Job;
use crate::checklist::Checklist;
use crate::files::{WriteOptions, write_atomic_with};
use crate::report::{Earlier, Paper, ReportOptions, render_with_warnings};
use crate::session::Session;
use crate::ui_t;

/// A report export in progress, if any, and the paper size for the next one.
#[derive(Default)]
pub struct Export {
    /// Paper size of the next export.
    pub paper: Paper,
    /// The language of the next export when not the window's (File > Export PDF report in…).
    pub language: Option<String>,
    running: Option<Job<Result<Exported, String>>>,
}

/// A report written to disk.
pub struct Exported {
    /// Where.
    pub path: PathBuf,
    /// What the user should know about it (characters no bundled font has).
    pub warnings: Vec<String>,
}

impl Exported {
    /// One line for the user: "Report saved to PATH" (or the regional report), then each
    /// warning.
    pub fn describe(&self, regional: bool) -> String {
        let path = self.path.display().to_string();
        let mut text = if regional {
            ui_t!("export-regional-saved", path = path)
        } else {
            ui_t!("export-saved", path = path)
        };
        for warning in &self.warnings {
            text.push_str(&ui_t!("export-note", warning = warning.clone()));
        }
        text
    }
}

impl Export {
    /// Whether an export is running.
    pub fn running(&self) -> bool {
        self.running.is_some()
    }

    /// Renders and writes the report of a snapshot of the session in the background, with the
    /// progress since `earlier` when an earlier assessment is being compared; `write` says
    /// whether a read-only file may be replaced.
    pub fn start(
        &mut self,
        ctx: &egui::Context,
        checklist: Arc<Checklist>,
        session: Session,
        path: PathBuf,
        earlier: Option<Arc<Earlier>>,
        write: WriteOptions,
    ) {
        // The report is written in the window's language, or the one chosen for it.
        let tr = match &self.language {
            Some(code) => crate::ui::lang::catalog()
                .tr(code)
                .unwrap_or_else(|_| crate::ui::lang::current()),
            None => crate::ui::lang::current(),
        };
        let options = ReportOptions {
            paper: self.paper,
            earlier,
            tr,
            ..ReportOptions::default()
        };
        self.running = Some(Job::spawn(ctx, move || {
            let tr = &options.tr;
            render_with_warnings(&checklist, &session, &options)
                .map_err(|e| e.said(tr))
                .and_then(|rendered| {
                    write_atomic_with(&path, &rendered.bytes, write)
                        .map_err(|e| e.said(tr))
                        .map(|()| Exported {
                            path,
                            warnings: rendered.warnings,
                        })
                })
        }));
    }

    /// The outcome, once the export has finished.
    pub fn poll(&mut self) -> Option<Result<Exported, String>> {
        let result = self.running.as_ref()?.poll()?;
        self.running = None;
        Some(result.unwrap_or_else(|| Err(crate::ui_t!("export-stopped"))))
    }
}
