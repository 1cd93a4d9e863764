//! Checks a session against its checklist: errors make it unusable, warnings are worth a look.

use super::model::Session;
use crate::checklist::Checklist;
use crate::format::problem::Problem;
use crate::msg;

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
            msg!(
                "problem-other-checklist",
                session = session.checklist.id.clone(),
                checklist = checklist.id.clone()
            ),
        ));
    } else if session.checklist.version != checklist.version {
        problems.push(Problem::warning(
            "checklist.version",
            msg!(
                "problem-other-version",
                session = session.checklist.version.clone(),
                checklist = checklist.version.clone()
            ),
        ));
    }
    for (id, answer) in &session.answers {
        let path = format!("answers.{id:?}");
        if checklist.item(id).is_none() {
            problems.push(Problem::warning(path, msg!("problem-no-such-item")));
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
                msg!(
                    "problem-not-a-level",
                    level = level,
                    allowed = values.join(", ")
                ),
            ));
        }
        if answer.not_applicable && !checklist.scale.not_applicable {
            problems.push(Problem::error(
                format!("{path}.not_applicable"),
                msg!("problem-na-not-allowed"),
            ));
        } else if answer.lacks_justification() {
            problems.push(Problem::warning(
                format!("{path}.justification"),
                msg!("problem-na-unjustified"),
            ));
        }
    }
    problems
}
