//! Moving the open assessment to a newer edition of its built-in checklist: first what
//! changes, then a new unsaved assessment with the answers carried (the file it came from is
//! left as it is).

use crate::checklist::builtin_version;
use crate::session::{available_upgrade, upgrade_session};
use crate::ui::app::AppState;
use crate::ui::document::OpenDocument;
use crate::ui::modal::{EditionView, Guarded, Modal};
use crate::ui_t;

impl AppState {
    /// Shows what the newer edition changes, with the choice to move the answers.
    pub(super) fn show_edition_changes(&mut self) {
        let Some(doc) = &self.doc else {
            return;
        };
        let from = builtin_version(&doc.session.checklist.id, &doc.session.checklist.version);
        match (from, available_upgrade(&doc.session)) {
            (Some(from), Some((to, changes))) => {
                self.modal = Some(Modal::EditionChanges(Box::new(EditionView {
                    from,
                    to,
                    changes,
                })));
            }
            _ => self.status = ui_t!("status-no-newer-edition"),
        }
    }

    /// Replaces the open assessment by its answers moved to the newer edition, unsaved and
    /// without a file, after asking about unsaved changes.
    pub(super) fn move_to_newer_edition(&mut self, ctx: &egui::Context) {
        let Some(doc) = &self.doc else {
            return;
        };
        let upgraded = match upgrade_session(&doc.session, None) {
            Ok(upgraded) => upgraded,
            Err(e) => {
                return self.show_error(&ui_t!("error-not-moved"), crate::ui::words::said(&e));
            }
        };
        let mut status = ui_t!(
            "status-moved",
            version = upgraded.checklist.version.clone(),
            count = upgraded.carried
        );
        if !upgraded.merged.is_empty() {
            let pairs: Vec<String> = upgraded
                .merged
                .iter()
                .map(|(old, into, _)| {
                    ui_t!(
                        "edition-merged-into",
                        old = old.clone(),
                        into = into.clone()
                    )
                })
                .collect();
            status.push_str(&ui_t!("status-moved-merged", pairs = pairs.join(", ")));
        }
        if !upgraded.dropped.is_empty() {
            let removed = upgraded.dropped.join(", ");
            status.push_str(&ui_t!("status-moved-removed", items = removed));
        }
        status.push_str(&ui_t!(
            "status-moved-new",
            count = upgraded.added.len(),
            name = doc.display_name()
        ));
        let mut moved = OpenDocument::new(upgraded.session, upgraded.checklist, None);
        moved.protection = doc.protection.clone();
        moved.mark_unsaved();
        let action = Guarded::MoveToEdition {
            doc: Box::new(moved),
            status,
        };
        self.guarded(ctx, action);
    }
}
