//! Sessions that carry their checklist: a session made or opened with a checklist that is not
//! built in keeps a copy of it, so it opens anywhere and its report stays reproducible when the
//! checklist file later changes or is lost.

use super::model::Session;
use crate::checklist::{
    CHECKLIST_FORMAT, CHECKLIST_FORMAT_VERSION, Checklist, builtin_version, validate,
};
use crate::format::problem::Problem;
use crate::msg;

/// Whether `checklist` is exactly one of the built-in checklists (a file with a built-in id and
/// version but other content is not).
pub fn is_builtin(checklist: &Checklist) -> bool {
    builtin_version(&checklist.id, &checklist.version).is_some_and(|b| *b == *checklist)
}

impl Session {
    /// Keeps a copy of `checklist` in the session when it is not built in (and drops a copy
    /// when it is). Returns whether the session changed.
    pub fn carry_checklist(&mut self, checklist: &Checklist) -> bool {
        let wanted = (!is_builtin(checklist)).then(|| Box::new(checklist.clone()));
        if self.checklist_copy == wanted {
            return false;
        }
        self.checklist_copy = wanted;
        true
    }

    /// The checklist copy this session carries, checked like a checklist file: `Ok(None)` when
    /// it carries none, the problems when the copy is damaged (edited by hand, cut short).
    pub fn embedded_checklist(&self) -> Result<Option<&Checklist>, Vec<Problem>> {
        let Some(copy) = self.checklist_copy.as_deref() else {
            return Ok(None);
        };
        let mut problems = Vec::new();
        if copy.format != CHECKLIST_FORMAT {
            problems.push(Problem::error(
                "checklist_copy.format",
                msg!(
                    "problem-copy-format",
                    expected = CHECKLIST_FORMAT,
                    found = copy.format.clone()
                ),
            ));
        }
        if !(1..=CHECKLIST_FORMAT_VERSION).contains(&copy.format_version) {
            problems.push(Problem::error(
                "checklist_copy.format_version",
                msg!(
                    "problem-copy-version",
                    max = CHECKLIST_FORMAT_VERSION,
                    found = copy.format_version
                ),
            ));
        }
        if copy.id != self.checklist.id {
            problems.push(Problem::error(
                "checklist_copy.id",
                msg!(
                    "problem-copy-other-checklist",
                    copy = copy.id.clone(),
                    session = self.checklist.id.clone()
                ),
            ));
        }
        problems.extend(
            validate(copy)
                .into_iter()
                .filter(Problem::is_error)
                .map(|p| Problem {
                    path: format!("checklist_copy.{}", p.path),
                    ..p
                }),
        );
        if problems.is_empty() {
            Ok(Some(copy))
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::builtin;
    use crate::session::Meta;

    fn custom() -> Checklist {
        let mut checklist = (*builtin().unwrap()).clone();
        checklist.id = "national-2026".to_owned();
        checklist.norms.truncate(2);
        checklist
    }

    #[test]
    fn a_builtin_checklist_is_never_copied() {
        let checklist = builtin().unwrap();
        let mut session = Session::new(&checklist, Meta::default());
        assert!(!session.carry_checklist(&checklist));
        assert!(session.checklist_copy.is_none());
    }

    #[test]
    fn a_checklist_with_the_builtin_id_but_other_content_is_copied() {
        let mut edited = (*builtin().unwrap()).clone();
        edited.norms[0].items[0].text = "Reworded".to_owned();
        let mut session = Session::new(&edited, Meta::default());
        assert!(session.carry_checklist(&edited));
        assert_eq!(session.embedded_checklist().unwrap(), Some(&edited));
    }

    #[test]
    fn a_damaged_copy_is_refused_with_its_path() {
        let mut checklist = custom();
        let mut session = Session::new(&checklist, Meta::default());
        checklist.norms[1].items[0].weight = -1.0;
        session.checklist_copy = Some(Box::new(checklist));
        let problems = session.embedded_checklist().unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.path == "checklist_copy.norms[1].items[0].weight"),
            "{problems:?}"
        );
    }
}
