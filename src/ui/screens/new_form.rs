//! The new-assessment form: who, what, how sensitive, and which checklist.

use std::path::PathBuf;

use egui::RichText;

use crate::session::{CLASSIFICATIONS, DEFAULT_CLASSIFICATION, Edit, MEMBER_STATES, Meta};
use crate::ui::action::Action;
use crate::ui::focus::ShowFocused as _;
use crate::ui::local_time::local_time;
use crate::ui::theme;
use crate::ui::widgets::accessible_name;
use crate::ui_t;

/// What has been typed into the form.
#[derive(Debug, Clone, PartialEq)]
pub struct NewForm {
    /// Member State (one of the list or free text).
    pub member_state: String,
    /// Organisation leading the assessment.
    pub organisation: String,
    /// Assessors, one per line or separated by commas.
    pub assessors: String,
    /// Title of the assessment.
    pub title: String,
    /// Reporting period.
    pub reporting_period: String,
    /// Sensitivity marking.
    pub classification: String,
    /// A checklist file (path, title), or `None` for the built-in one.
    pub checklist: Option<(PathBuf, String)>,
}

impl Default for NewForm {
    fn default() -> Self {
        Self {
            member_state: String::new(),
            organisation: String::new(),
            assessors: String::new(),
            title: crate::ui_t!("form-default-title"),
            reporting_period: String::new(),
            classification: DEFAULT_CLASSIFICATION.to_owned(),
            checklist: None,
        }
    }
}

impl NewForm {
    /// The form filled from an assessment's metadata.
    pub fn from_meta(meta: &Meta) -> Self {
        let text = |s: &Option<String>| s.clone().unwrap_or_default();
        Self {
            member_state: text(&meta.member_state),
            organisation: text(&meta.organisation),
            assessors: meta.assessors.join("\n"),
            title: text(&meta.title),
            reporting_period: text(&meta.reporting_period),
            classification: text(&meta.classification),
            checklist: None,
        }
    }

    fn meta(&self) -> Meta {
        let text = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
        Meta {
            member_state: text(&self.member_state),
            organisation: text(&self.organisation),
            assessors: self
                .assessors
                .split([',', '\n', ';'])
                .filter_map(text)
                .collect(),
            title: text(&self.title),
            reporting_period: text(&self.reporting_period),
            classification: text(&self.classification),
            created: None,
            updated: None,
        }
    }
}

/// Draws the new-assessment form.
pub fn ui(ui: &mut egui::Ui, form: &mut NewForm, actions: &mut Vec<Action>) {
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show_focused(ui, |ui| {
            theme::limit_width(ui, 720.0);
            ui.heading(ui_t!("form-new-heading"));
            ui.label(ui_t!("form-new-intro"));
            ui.add_space(8.0);
            meta_fields(ui, form, Some(actions));
            ui.add_space(12.0);
            let ready = !form.member_state.trim().is_empty();
            ui.horizontal_wrapped(|ui| {
                if ui
                    .add_enabled(
                        ready,
                        egui::Button::new(RichText::new(ui_t!("form-create")).strong()),
                    )
                    .clicked()
                {
                    actions.push(Action::CreateAssessment {
                        meta: Box::new(form.meta()),
                        checklist: form.checklist.as_ref().map(|(p, _)| p.clone()),
                    });
                }
                if ui.button(ui_t!("form-cancel")).clicked() {
                    actions.push(Action::LeaveForm);
                }
                if !ready {
                    ui.label(RichText::new(ui_t!("form-need-state")).weak());
                }
            });
        });
    });
}

/// Draws the details of an open assessment. Each change applies as it is typed, like answers
/// (one undo step per field); a change made elsewhere (undo, redo) refills the fields.
pub fn details_ui(
    ui: &mut egui::Ui,
    form: &mut NewForm,
    current: &Meta,
    actions: &mut Vec<Action>,
) {
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show_focused(ui, |ui| {
            theme::limit_width(ui, 720.0);
            ui.heading(ui_t!("form-details-heading"));
            ui.label(RichText::new(ui_t!("form-details-intro")).weak());
            ui.add_space(8.0);
            let before = form.clone();
            meta_fields(ui, form, None);
            let mut edited = form.meta();
            edited.created = current.created;
            edited.updated = current.updated;
            if edited != *current {
                if *form != before {
                    actions.push(Action::Edit(Edit::SetMeta(Box::new(edited))));
                } else {
                    *form = NewForm::from_meta(current);
                }
            }
            ui.add_space(12.0);
            if let Some(created) = current.created {
                let when = local_time(created);
                ui.label(RichText::new(ui_t!("form-created", when = when)).weak());
            }
            if let Some(updated) = current.updated {
                let when = local_time(updated);
                ui.label(RichText::new(ui_t!("form-changed", when = when)).weak());
            }
        });
    });
}

/// Below this width the form puts each label above its field instead of beside it.
const STACK_BELOW: f32 = 640.0;

/// The metadata fields; the checklist choice is shown when `actions` is given (new form only).
/// Labels sit beside their fields on wide windows and above them on narrow or zoomed ones.
fn meta_fields(ui: &mut egui::Ui, form: &mut NewForm, actions: Option<&mut Vec<Action>>) {
    if ui.available_width() < STACK_BELOW {
        ui.vertical(|ui| {
            ui.spacing_mut().item_spacing.y = 6.0;
            let width = ui.available_width();
            fields(ui, form, actions, width);
        });
    } else {
        egui::Grid::new("meta-form")
            .num_columns(2)
            .spacing([12.0, 10.0])
            .show(ui, |ui| fields(ui, form, actions, 400.0));
    }
}

/// The fields as label, field, end of row (a new grid row, or nothing when stacked), with
/// text fields at most `width` wide.
fn fields(ui: &mut egui::Ui, form: &mut NewForm, actions: Option<&mut Vec<Action>>, width: f32) {
    let label = ui.label(ui_t!("form-member-state"));
    ui.horizontal_wrapped(|ui| {
        ui.add(
            egui::TextEdit::singleline(&mut form.member_state)
                .desired_width(width.min(260.0))
                .hint_text(ui_t!("form-member-state-hint")),
        )
        .labelled_by(label.id);
        let list = egui::ComboBox::from_id_salt("member-state-list")
            .selected_text(ui_t!("form-member-states"))
            .show_ui(ui, |ui| {
                for state in MEMBER_STATES {
                    ui.selectable_value(&mut form.member_state, state.to_owned(), state);
                }
            });
        accessible_name(ui, &list.response, ui_t!("form-choose-state"));
    });
    ui.end_row();
    field(
        ui,
        &ui_t!("form-organisation"),
        &mut form.organisation,
        &ui_t!("form-organisation-hint"),
        width,
    );
    let label = ui.label(ui_t!("form-assessors"));
    ui.add(
        egui::TextEdit::multiline(&mut form.assessors)
            .desired_rows(2)
            .desired_width(width)
            .hint_text(ui_t!("form-assessors-hint")),
    )
    .labelled_by(label.id);
    ui.end_row();
    field(ui, &ui_t!("form-title"), &mut form.title, "", width);
    field(
        ui,
        &ui_t!("form-period"),
        &mut form.reporting_period,
        &ui_t!("form-period-hint"),
        width,
    );
    let label = ui.label(ui_t!("form-marking"));
    egui::ComboBox::from_id_salt("classification")
        .selected_text(&form.classification)
        .show_ui(ui, |ui| {
            for c in CLASSIFICATIONS {
                ui.selectable_value(&mut form.classification, c.to_owned(), c);
            }
        })
        .response
        .labelled_by(label.id);
    ui.end_row();
    if let Some(actions) = actions {
        checklist_choice(ui, form, actions);
    }
}

/// Built-in checklist or a checklist file (new assessments only).
fn checklist_choice(ui: &mut egui::Ui, form: &mut NewForm, actions: &mut Vec<Action>) {
    ui.label(ui_t!("form-checklist"));
    ui.vertical(|ui| {
        let builtin = form.checklist.is_none();
        if ui.radio(builtin, ui_t!("form-checklist-builtin")).clicked() {
            form.checklist = None;
        }
        let file_label = match &form.checklist {
            Some((path, title)) => format!("{title} ({})", path.display()),
            None => ui_t!("form-checklist-file"),
        };
        if ui.radio(!builtin, file_label).clicked() {
            actions.push(Action::ChooseChecklist);
        }
    });
    ui.end_row();
}

fn field(ui: &mut egui::Ui, name: &str, value: &mut String, hint: &str, width: f32) {
    let label = ui.label(name);
    ui.add(
        egui::TextEdit::singleline(value)
            .desired_width(width)
            .hint_text(hint),
    )
    .labelled_by(label.id);
    ui.end_row();
}
