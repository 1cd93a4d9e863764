//! The choice offered when a checklist file given for an assessment differs from the copy of
//! that checklist saved in it: keep the saved copy (the default, already in use) or use the file.

use egui::Modal;

use crate::ui::app::AppState;
use crate::ui::theme;

/// Shows the choice while one is pending for the open assessment.
pub fn checklist_choice(ctx: &egui::Context, app: &mut AppState) {
    let Some(choice) = &app.checklist_choice else {
        return;
    };
    let open_here = app
        .doc
        .as_ref()
        .is_some_and(|d| d.path.as_deref() == Some(choice.request.path.as_path()));
    if !open_here {
        // Another assessment is open (the opening was cancelled): the question lapses.
        app.checklist_choice = None;
        return;
    }
    let file = choice.file.display().to_string();
    let mut use_file = None;
    let response = Modal::new(egui::Id::unique("checklist-choice")).show(ctx, |ui| {
        theme::limit_width(ui, 560.0);
        ui.heading("The checklist file differs from the assessment's copy");
        ui.label(format!(
            "{file} has the same checklist id and version as the copy saved in this assessment, but different content. The assessment is open with its saved copy, so its scores and report stay as they were."
        ));
        ui.label(
            "Use the file instead if it is the corrected checklist: the assessment then keeps a copy of the file's checklist when you save it.",
        );
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button("Keep the saved copy").clicked() {
                use_file = Some(false);
            }
            if ui.button("Use the checklist file").clicked() {
                use_file = Some(true);
            }
        });
    });
    if response.should_close() && use_file.is_none() {
        use_file = Some(false);
    }
    match use_file {
        Some(true) => {
            if let Some(choice) = app.checklist_choice.take() {
                let mut request = choice.request;
                request.checklist = Some(choice.file);
                request.use_checklist_file = true;
                app.try_open(ctx, request);
            }
        }
        Some(false) => {
            app.checklist_choice = None;
            app.status = "Kept the checklist saved in the assessment.".to_owned();
        }
        None => {}
    }
}
