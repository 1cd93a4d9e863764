//! The regional view's slow work on worker threads — opening the States' files (a protected
//! one takes a second), picking files in a native dialog, writing the PDF — so the window
//! never freezes.

use crate::format::remedy::{Remedied, Remedy};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::checklist::Checklist;
use crate::files::load_checklist;
use crate::files::{Passphrase, PassphraseSource, open_with_known_checklists};
use crate::files::{WriteOptions, refuse_input_as_output, write_atomic_with};
use crate::format::printable;
use crate::i18n::{Said, Tr};
use crate::regional::{Input, Options, Regional, aggregate};
use crate::report::ReportOptions;
use crate::report::regional::{
    RegionalReport, regional_generation_date, regional_report, render_regional,
};
use crate::t;
use crate::ui::export::Exported;

/// The figures of one aggregation, ready to show and export.
pub(super) struct Computed {
    /// What may be published.
    pub(super) regional: Regional,
    /// The checklist the assessments answer.
    pub(super) checklist: Arc<Checklist>,
    /// For the person running it only: superseded and incomplete files, by name.
    pub(super) notes: Vec<String>,
    /// The same tables as the PDF.
    pub(super) report: RegionalReport,
    /// The files read, which the PDF must not overwrite.
    pub(super) inputs: Vec<PathBuf>,
}

/// The one passphrase typed in the view, for every protected file.
struct Typed(Option<String>, Tr);

impl PassphraseSource for Typed {
    fn passphrase(&mut self, path: &Path) -> Result<Option<Passphrase>, String> {
        match &self.0 {
            Some(p) => Ok(Some(Passphrase::from(p.clone()))),
            None => Err(t!(
                &self.1,
                "regional-view-type-passphrase",
                file = printable::path(path)
            )),
        }
    }
}

/// Opens every file through the one door and aggregates them. With `checklist`, every
/// session with its id is read with that file (as `--checklist` on the command line).
pub(super) fn compute(
    paths: Vec<PathBuf>,
    checklist: Option<PathBuf>,
    passphrase: Option<String>,
    mut options: Options,
    tr: &Tr,
) -> Result<Computed, String> {
    let known = match checklist {
        Some(path) => {
            let loaded = load_checklist(&path).map_err(|e| in_this_window(&e, tr))?;
            vec![(path, Arc::new(loaded))]
        }
        None => Vec::new(),
    };
    options.checklist_given = !known.is_empty();
    let mut source = Typed(passphrase, tr.clone());
    let mut inputs = Vec::with_capacity(paths.len());
    for path in &paths {
        let opened = open_with_known_checklists(path, &known, Some(&mut source))
            .map_err(|e| in_this_window(&e, tr))?;
        inputs.push(Input {
            source: printable::path(path),
            session: opened.session,
            checklist: opened.checklist,
        });
    }
    let outcome = aggregate(&inputs, options).map_err(|e| in_this_window(&e, tr))?;
    let checklist = inputs
        .first()
        .map(|i| i.checklist.clone())
        .ok_or_else(|| "no assessments were given".to_owned())?;
    let report_options = ReportOptions {
        generated: regional_generation_date(inputs.iter().map(|i| &i.session)),
        tr: tr.clone(),
        ..ReportOptions::default()
    };
    let report = regional_report(&outcome.regional, &checklist, &report_options, None);
    Ok(Computed {
        regional: outcome.regional,
        checklist,
        notes: outcome.notes.iter().map(|n| n.said(tr)).collect(),
        report,
        inputs: paths,
    })
}

/// An error in the words of this window: a checklist file is given under “Checklist file”.
fn in_this_window(error: &(impl Said + Remedied), tr: &Tr) -> String {
    match error.remedy() {
        Some(Remedy::GiveChecklistFile) => {
            t!(tr, "regional-view-give-checklist", error = error.said(tr))
        }
        Some(remedy) => format!("{}; {}", error.said(tr), crate::ui::words::hint(tr, remedy)),
        None => error.said(tr),
    }
}

/// Writes the regional PDF of `computed` to `path`; never over one of the States' files, and
/// over a read-only file only when `write` allows it.
pub(super) fn export(
    regional: Regional,
    checklist: Arc<Checklist>,
    inputs: Vec<PathBuf>,
    path: PathBuf,
    options: &ReportOptions,
    write: WriteOptions,
) -> Result<Exported, String> {
    let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
    refuse_input_as_output(&path, &inputs).map_err(|e| e.to_string())?;
    let rendered =
        render_regional(&regional, &checklist, options, None).map_err(|e| e.to_string())?;
    write_atomic_with(&path, &rendered.bytes, write).map_err(|e| e.to_string())?;
    Ok(Exported {
        path,
        warnings: rendered.warnings,
    })
}

/// Asks for several session files in a native dialog; `None` when cancelled or no dialog
/// could be shown.
pub(super) fn pick_files(title: String, filter: String) -> Option<Vec<PathBuf>> {
    let dialog = rfd::AsyncFileDialog::new()
        .set_title(title)
        .add_filter(filter, &["json", "age"]);
    let picked = pollster::block_on(dialog.pick_files())?;
    Some(picked.iter().map(|h| h.path().to_path_buf()).collect())
}
