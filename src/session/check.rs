//! Checks a session against its checklist: errors make it unusable, warnings are worth a look.

use super::model::Session;
use crate::checklist::Checklist;
use crate::format::problem::Problem;

/// Everything wrong or notable about `session` when read with `checklist`.
///
/// Errors: a level not on the scale, N/A where the scale does not allow it, a different
/// checklist id. Warnings: a different checklist version, answers for items the checklist
/// does not have (they are kept in the file), N/A without a justification.
pub fn check_session(session: &Session, checklist: &Checklist) -> Vec<Problem> {
    let mut problems = Vec::new();
    if session.checklist.id != checklist.id {
        problems.push(Problem::error(
            "checklist.id",
            format!(
                "the session was made for checklist {:?}, not {:?}",
                session.checklist.id, checklist.id
            ),
        ));
    } else if session.checklist.version != checklist.version {
        problems.push(Problem::warning(
            "checklist.version",
            format!(
                "the session was made with checklist version {:?}; reading it with version {:?}",
                session.checklist.version, checklist.version
            ),
        ));
    }
    for (id, answer) in &session.answers {
        let path = format!("answers.{id:?}");
        if checklist.item(id).is_none() {
            problems.push(Problem::warning(
                path,
                "the checklist has no such item; the answer is kept but not scored",
            ));
            continue;
        }
        if let Some(level) = answer.level
            && checklist.scale.level(level).is_none()
        {
            let values: Vec<String> = checklist
                .scale
                .levels
                .iter()
                .map(|l| l.value.to_string())
                .collect();
            problems.push(Problem::error(
                format!("{path}.level"),
                format!(
                    "{level} is not a level of the scale (allowed: {})",
                    values.join(", ")
                ),
            ));
        }
        if answer.not_applicable && !checklist.scale.not_applicable {
            problems.push(Problem::error(
                format!("{path}.not_applicable"),
                "this checklist does not allow items to be marked not applicable",
            ));
        } else if answer.lacks_justification() {
            problems.push(Problem::warning(
                format!("{path}.justification"),
                "marked not applicable without a justification",
            ));
        }
    }
    problems
}
