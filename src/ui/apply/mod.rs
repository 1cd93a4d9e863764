//! Applies the actions a frame queued, by area: edits and navigation here, files in
//! [`files`], the assessment's life (new, replace, close) in [`document`], answers to dialogs
//! in [`answers`].

mod answers;
mod document;
mod edition;
mod files;
mod help;

use super::action::Action;
use super::app::{AppState, Mode, Screen};
use super::dialogs::Request;
use super::modal::{ErrorMessage, Guarded, Modal};
use super::protection::ProtectionDialog;
use super::screens::new_form::NewForm;

impl AppState {
    pub(super) fn apply_actions(&mut self, ctx: &egui::Context) {
        let actions = std::mem::take(&mut self.actions);
        if !actions.is_empty() {
            // Actions run after drawing: draw again so their results show at once.
            ctx.request_repaint();
        }
        for action in actions {
            self.apply(ctx, action);
        }
    }

    fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Edit(_) | Action::EditAll { .. } | Action::Undo | Action::Redo => {
                self.apply_edit(action);
            }
            Action::Show(_) | Action::JumpToItem(_) | Action::LeaveForm | Action::ShowRegional => {
                self.navigate(action);
            }
            Action::Answer(answer) => self.answered(ctx, answer),
            Action::Help(topic) => self.show_help(Some(topic)),
            Action::HelpForScreen => self.show_help(None),
            Action::OpenExample => self.open_example(ctx),
            Action::SaveGuide => self.ask_save_guide(),
            other => self.apply_file_action(ctx, other),
        }
    }

    fn apply_edit(&mut self, action: Action) {
        let result = match (action, &mut self.doc) {
            (Action::Edit(edit), Some(doc)) => doc.apply(edit),
            (Action::EditAll { label, edits }, Some(doc)) => doc.apply_all(&label, edits),
            (Action::Undo, _) => return self.undo_or_redo(true),
            (Action::Redo, _) => return self.undo_or_redo(false),
            _ => return,
        };
        if let Err(e) = result {
            let reason = crate::ui::words::said(&e);
            self.status = crate::ui_t!("status-not-changed", reason = reason);
        }
    }

    fn navigate(&mut self, action: Action) {
        match action {
            Action::Show(screen) => {
                if let Some(doc) = &self.doc {
                    if screen == Screen::Details {
                        self.views.details = NewForm::from_meta(&doc.session.meta);
                    }
                    self.mode = Mode::Assess(screen);
                }
            }
            Action::JumpToItem(item) => {
                if let Some(doc) = &self.doc {
                    self.views.assess.jump_to(&doc.checklist, &item);
                    self.mode = Mode::Assess(Screen::Walkthrough);
                }
            }
            Action::LeaveForm => {
                self.mode = if self.doc.is_some() {
                    Mode::Assess(Screen::Walkthrough)
                } else {
                    Mode::Start
                };
            }
            Action::ShowRegional => {
                let native = self.dialogs.native();
                self.regional
                    .get_or_insert_with(|| super::regional::RegionalView::new(native));
            }
            _ => {}
        }
    }

    /// Files, protection and the assessment's life; each asks for what it needs.
    fn apply_file_action(&mut self, ctx: &egui::Context, action: Action) {
        let has_doc = self.doc.is_some();
        let folder = self.suggested_folder();
        match action {
            Action::NewAssessment => self.guarded(ctx, Guarded::New),
            Action::Open => self
                .dialogs
                .request_in(Request::OpenSession, folder.as_deref(), ""),
            Action::OpenPath(path) => self.open(ctx, &path),
            Action::OpenWithChecklist { path, checklist } => {
                self.open_with(ctx, &path, Some(checklist));
            }
            Action::Recover(path) => self.recover(ctx, &path, None),
            Action::DiscardRecovery(path) => {
                self.recovery.store.remove(&path);
                self.recovery.found.retain(|(p, _)| p != &path);
            }
            Action::ForgetRecent(path) => self.recent.retain(|r| r.path != path),
            Action::Close => self.guarded(ctx, Guarded::Close),
            Action::CreateAssessment { meta, checklist } => self.create(*meta, checklist),
            Action::ChooseChecklist => self.dialogs.request(Request::OpenChecklist(None), ""),
            Action::Save => self.save(ctx, None),
            Action::SaveAs => self.ask_save_location(None),
            Action::SaveTo(path) => self.save_to(ctx, &path, None),
            Action::ChangePassphrase if has_doc => {
                self.modal = Some(Modal::Protection(ProtectionDialog::Change(
                    Default::default(),
                )));
            }
            Action::RemoveProtection if self.protected() => {
                self.modal = Some(Modal::Protection(ProtectionDialog::Remove));
            }
            Action::ExportPdf(paper) => {
                self.export.language = None;
                self.ask_export_pdf(paper);
            }
            Action::ExportPdfIn(code) => {
                self.export.language = Some(code);
                self.ask_export_pdf(crate::report::Paper::A4);
            }
            Action::ExportSheet => self.ask_export_sheet(),
            Action::ImportSheet => self.ask_import_sheet(),
            Action::PrepareContributions if has_doc => {
                let request = Request::ContributionsFolder;
                self.dialogs.request_in(request, folder.as_deref(), "");
            }
            Action::MergeContributions if has_doc => {
                let request = Request::MergeContributions;
                self.dialogs.request_in(request, folder.as_deref(), "");
            }
            Action::ShowEditionChanges => self.show_edition_changes(),
            Action::MoveToNewerEdition => self.move_to_newer_edition(ctx),
            Action::CompareWithEarlier if has_doc => {
                let request = Request::EarlierAssessment;
                self.dialogs.request_in(request, folder.as_deref(), "");
            }
            _ => {}
        }
    }

    fn protected(&self) -> bool {
        self.doc
            .as_ref()
            .is_some_and(|d| d.protection.is_protected())
    }

    /// Shows an error until dismissed (it replaces any other dialog), and logs it once.
    pub(super) fn show_error(&mut self, title: &str, detail: String) {
        crate::format::printable::warn(&format!("normcheck: {title}: {detail}"));
        self.modal = Some(Modal::Error(ErrorMessage {
            title: title.to_owned(),
            detail: crate::format::printable::printable_lines(&detail).into_owned(),
        }));
    }
}
