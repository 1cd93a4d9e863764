//! File → "Regional view…": several States' assessments combined into the regional figures
//! (the same as `normcheck aggregate`, with the same anonymity rules), shown as box plots and
//! tables, and exported as the regional PDF. A window of its own, so the open assessment (if
//! any) stays as it was.

mod figures;
mod worker;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::RichText;

use crate::files::WriteOptions;
use crate::regional::{DEFAULT_MIN_STATES, Options};
use crate::report::{Format, Paper, ReportOptions};
use crate::ui::focus::{ShowFocused as _, Shown};
use crate::ui::jobs::Job;
use crate::ui_t;
use worker::{Computed, compute, export, pick_files};

/// A native dialog answered faster than this was not shown (rfd reports both as "none").
const NO_DIALOG: Duration = Duration::from_millis(400);

/// What the regional view holds while open.
pub struct RegionalView {
    /// Native file dialogs may be used (`false` in tests: paths are typed).
    native: bool,
    /// The session files, one path per line (typed, pasted or picked).
    paths: String,
    /// The passphrase for protected files (one for all).
    passphrase: String,
    /// A checklist file to read every session with (empty: each session's built-in one).
    checklist: String,
    /// The anonymity threshold K.
    min_states: usize,
    /// Name the States (only when every State agreed).
    named: bool,
    computing: Option<Job<Result<Computed, String>>>,
    picking: Option<(Instant, Job<Option<Vec<PathBuf>>>)>,
    exporting: Option<Job<Result<crate::ui::export::Exported, String>>>,
    computed: Option<Computed>,
    /// Where the PDF goes.
    pdf_path: String,
    /// The PDF file is read-only: waiting for the user to agree to replace it.
    replace_asked: bool,
    paper: Paper,
    /// The last outcome, in one line.
    message: Option<(bool, String)>,
}

impl RegionalView {
    /// An empty view; `native` allows native file dialogs.
    pub fn new(native: bool) -> Self {
        RegionalView {
            native,
            paths: String::new(),
            passphrase: String::new(),
            checklist: String::new(),
            min_states: DEFAULT_MIN_STATES,
            named: false,
            computing: None,
            picking: None,
            exporting: None,
            computed: None,
            pdf_path: String::new(),
            replace_asked: false,
            paper: Paper::A4,
            message: None,
        }
    }

    /// The paths listed, one per line, blank lines left out.
    fn path_list(&self) -> Vec<PathBuf> {
        self.paths
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(PathBuf::from)
            .collect()
    }

    /// Collects what the worker threads have finished.
    fn poll(&mut self) {
        if let Some(result) = self.computing.as_ref().and_then(Job::poll) {
            self.computing = None;
            match result.unwrap_or_else(|| Err(ui_t!("regional-view-stopped"))) {
                Ok(c) => {
                    let count = c.regional.states;
                    self.message = Some((true, ui_t!("regional-view-combined", count = count)));
                    self.computed = Some(c);
                }
                Err(e) => {
                    self.message = Some((false, e));
                    self.computed = None;
                }
            }
        }
        if let Some((started, job)) = &self.picking
            && let Some(result) = job.poll()
        {
            let started = *started;
            self.picking = None;
            match result.flatten() {
                Some(paths) => {
                    for p in paths {
                        if !self.paths.is_empty() && !self.paths.ends_with('\n') {
                            self.paths.push('\n');
                        }
                        self.paths.push_str(&p.display().to_string());
                    }
                }
                None if started.elapsed() < NO_DIALOG => {
                    self.message = Some((false, ui_t!("regional-view-no-dialog")));
                }
                None => {}
            }
        }
        if let Some(result) = self.exporting.as_ref().and_then(Job::poll) {
            self.exporting = None;
            self.message = Some(
                match result.unwrap_or_else(|| Err(ui_t!("regional-view-stopped"))) {
                    Ok(done) => (true, done.describe(true)),
                    Err(e) => (false, ui_t!("regional-view-not-exported", reason = e)),
                },
            );
        }
    }

    fn busy(&self) -> bool {
        self.computing.is_some() || self.exporting.is_some()
    }

    fn start_compute(&mut self, ctx: &egui::Context) {
        let paths = self.path_list();
        let passphrase = Some(self.passphrase.clone()).filter(|p| !p.is_empty());
        let checklist = Some(self.checklist.trim())
            .filter(|c| !c.is_empty())
            .map(PathBuf::from);
        let options = Options {
            min_states: self.min_states,
            named: self.named,
            checklist_given: false,
        };
        self.message = None;
        let tr = crate::ui::lang::current();
        self.computing = Some(Job::spawn(ctx, move || {
            compute(paths, checklist, passphrase, options, &tr)
        }));
    }

    /// Exports the PDF, unless its file is read-only: then asks first (see [`export_row`]).
    fn export_or_ask(&mut self, ctx: &egui::Context) {
        if crate::ui::read_only::is_read_only_file(Path::new(self.pdf_path.trim())) {
            self.replace_asked = true;
            self.message = None;
        } else {
            self.start_export(ctx, WriteOptions::default());
        }
    }

    fn start_export(&mut self, ctx: &egui::Context, write: WriteOptions) {
        self.replace_asked = false;
        let Some(c) = &self.computed else { return };
        let path = PathBuf::from(self.pdf_path.trim());
        let (regional, checklist) = (c.regional.clone(), c.checklist.clone());
        let (generated, inputs, paper) = (c.report.cover.generated, c.inputs.clone(), self.paper);
        self.message = None;
        let tr = crate::ui::lang::current();
        self.exporting = Some(Job::spawn(ctx, move || {
            let options = ReportOptions {
                paper,
                format: Format::Pdf,
                generated,
                earlier: None,
                tr,
            };
            export(regional, checklist, inputs, path, &options, write)
        }));
    }
}

/// Shows the regional view's window while `slot` holds one; closing it empties `slot`.
/// Returns what was shown, for the keyboard focus.
pub fn window(ctx: &egui::Context, slot: &mut Option<RegionalView>) -> Option<Shown> {
    let view = slot.as_mut()?;
    let mut first = None;
    view.poll();
    let mut open = true;
    let screen = ctx.content_rect();
    let shown = egui::Window::new(ui_t!("regional-view-title"))
        .open(&mut open)
        .default_size([
            (screen.width() - 80.0).clamp(320.0, 1100.0),
            (screen.height() - 120.0).max(300.0),
        ])
        .default_pos(screen.min + egui::vec2(40.0, 60.0))
        .collapsible(false)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("regional-view")
                .auto_shrink([false, false])
                .show_focused(ui, |ui| {
                    first = Some(inputs(ui, view));
                    if let Some(c) = &view.computed {
                        ui.separator();
                        figures::show(ui, c);
                        ui.separator();
                        export_row(ui, view);
                    }
                });
        });
    if view.busy() || view.picking.is_some() {
        ctx.request_repaint_after(Duration::from_millis(100));
    }
    if !open {
        *slot = None;
    }
    let layer = shown?.response.layer_id;
    Some(Shown { layer, first })
}

/// The files, the passphrase, the threshold and naming, and the button that combines them;
/// returns the files field (where focus starts).
fn inputs(ui: &mut egui::Ui, view: &mut RegionalView) -> egui::Id {
    ui.label(ui_t!("regional-view-intro"));
    ui.add_space(6.0);
    let files = files_and_passphrase(ui, view);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(ui_t!("regional-view-checklist"));
        ui.add(
            egui::TextEdit::singleline(&mut view.checklist)
                .desired_width(360.0)
                .hint_text(ui_t!("regional-view-optional")),
        )
        .labelled_by(label.id);
    });
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(ui_t!("regional-view-threshold"));
        ui.add(
            egui::DragValue::new(&mut view.min_states)
                .range(1..=50)
                .suffix(ui_t!("regional-view-states-suffix")),
        )
        .labelled_by(label.id);
        ui.checkbox(&mut view.named, ui_t!("regional-view-named"));
    });
    ui.horizontal_wrapped(|ui| {
        let ready = !view.path_list().is_empty() && !view.busy();
        if ui
            .add_enabled(ready, egui::Button::new(ui_t!("regional-view-show")))
            .clicked()
        {
            view.start_compute(ui.ctx());
        }
        if view.computing.is_some() {
            ui.spinner();
            ui.label(ui_t!("regional-view-opening"));
        }
    });
    if view.computed.is_none() {
        message(ui, view);
    }
    files
}

/// The States' files (typed, or chosen in a dialog) and the passphrase of protected ones.
fn files_and_passphrase(ui: &mut egui::Ui, view: &mut RegionalView) -> egui::Id {
    let label = ui.label(ui_t!("regional-view-files"));
    let files = ui
        .add(
            egui::TextEdit::multiline(&mut view.paths)
                .desired_rows(4)
                .desired_width(f32::INFINITY)
                .hint_text(ui_t!(
                    "dialog-example",
                    path = "/home/me/Documents/viet-nam.json"
                )),
        )
        .labelled_by(label.id);
    ui.horizontal_wrapped(|ui| {
        if view.native
            && ui
                .add_enabled(
                    view.picking.is_none(),
                    egui::Button::new(ui_t!("regional-view-choose")),
                )
                .clicked()
        {
            let (title, filter) = (
                ui_t!("regional-view-dialog"),
                ui_t!("regional-view-files-filter"),
            );
            let job = Job::spawn(ui.ctx(), move || pick_files(title, filter));
            view.picking = Some((Instant::now(), job));
        }
        let label = ui.label(ui_t!("regional-view-passphrase"));
        ui.add(
            egui::TextEdit::singleline(&mut view.passphrase)
                .password(true)
                .desired_width(180.0),
        )
        .labelled_by(label.id);
    });
    files.id
}

/// Where the PDF goes and the button that writes it.
fn export_row(ui: &mut egui::Ui, view: &mut RegionalView) {
    ui.label(RichText::new(ui_t!("regional-view-export-heading")).strong());
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(ui_t!("regional-view-pdf-file"));
        ui.add(
            egui::TextEdit::singleline(&mut view.pdf_path)
                .desired_width(360.0)
                .hint_text(ui_t!(
                    "dialog-example",
                    path = "/home/me/Documents/regional.pdf"
                )),
        )
        .labelled_by(label.id);
        ui.radio_value(&mut view.paper, Paper::A4, ui_t!("regional-view-a4"));
        ui.radio_value(
            &mut view.paper,
            Paper::Letter,
            ui_t!("regional-view-letter"),
        );
        let ready = !view.pdf_path.trim().is_empty() && !view.busy() && !view.replace_asked;
        if ui
            .add_enabled(ready, egui::Button::new(ui_t!("regional-view-export")))
            .clicked()
        {
            view.export_or_ask(ui.ctx());
        }
        if view.exporting.is_some() {
            ui.spinner();
        }
    });
    if view.replace_asked {
        ui.horizontal_wrapped(|ui| {
            let name = view.pdf_path.trim().to_owned();
            ui.label(ui_t!("read-only-question", name = name));
            if ui.button(ui_t!("read-only-replace")).clicked() {
                let write = WriteOptions {
                    replace_read_only: true,
                };
                view.start_export(ui.ctx(), write);
            }
            if ui.button(ui_t!("form-cancel")).clicked() {
                view.replace_asked = false;
                view.message = Some((false, ui_t!("regional-view-nothing-written")));
            }
        });
    }
    message(ui, view);
}

fn message(ui: &mut egui::Ui, view: &RegionalView) {
    if let Some((ok, text)) = &view.message {
        let color = if *ok {
            ui.visuals().text_color()
        } else {
            ui.visuals().error_fg_color
        };
        ui.label(RichText::new(text).color(color));
    }
}
