//! Checks a language's messages against English: the file parses, every message exists in
//! English, and each keeps English's placeables (`{ $count }`). Used by the tests of the
//! shipped languages and by `normcheck translate import`.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// What is wrong with one message of a translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageProblem {
    /// A part of the file is not Fluent; the text it starts with.
    Syntax(String),
    /// The message is not one of normcheck's.
    UnknownId(String),
    /// English has the message; the translation does not.
    Missing(String),
    /// The message lacks placeables English has, or has ones English lacks.
    Placeables {
        /// The message.
        id: String,
        /// Placeables of the English message the translation lacks, e.g. "$count".
        lost: Vec<String>,
        /// Placeables the English message does not have.
        unknown: Vec<String>,
    },
}

impl std::fmt::Display for MessageProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MessageProblem::Syntax(start) => write!(f, "not valid Fluent: {start:?}"),
            MessageProblem::UnknownId(id) => write!(f, "{id}: normcheck has no such message"),
            MessageProblem::Missing(id) => write!(f, "{id}: missing"),
            MessageProblem::Placeables { id, lost, unknown } => {
                write!(f, "{id}:")?;
                if !lost.is_empty() {
                    write!(f, " lost {}", braced(lost))?;
                }
                if !unknown.is_empty() {
                    write!(f, " has {} that English does not", braced(unknown))?;
                }
                Ok(())
            }
        }
    }
}

fn braced(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("{{ {n} }}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The messages of a Fluent file: id and the variables it uses (`$count`), or the start of
/// each part that does not parse.
pub fn messages(ftl: &str) -> Result<BTreeMap<String, BTreeSet<String>>, Vec<String>> {
    let resource = match fluent_syntax::parser::parse(ftl) {
        Ok(r) => r,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                .map(|e| {
                    let start = e.pos.start.min(ftl.len());
                    ftl.get(start..)
                        .unwrap_or_default()
                        .chars()
                        .take(40)
                        .collect()
                })
                .collect());
        }
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_variables(p, &mut vars);
            }
            for a in &m.attributes {
                pattern_variables(&a.value, &mut vars);
            }
            out.insert(m.id.name.to_owned(), vars);
        }
    }
    Ok(out)
}

/// Every problem of `translation` measured against `english`; `complete` asks that every
/// English message be there (shipped languages), else missing ones fall back to English.
pub fn check(english: &str, translation: &str, complete: bool) -> Vec<MessageProblem> {
    let english = match messages(english) {
        Ok(m) => m,
        Err(e) => return e.into_iter().map(MessageProblem::Syntax).collect(),
    };
    let translated = match messages(translation) {
        Ok(m) => m,
        Err(e) => return e.into_iter().map(MessageProblem::Syntax).collect(),
    };
    let mut problems = Vec::new();
    for (id, vars) in &translated {
        let Some(english_vars) = english.get(id) else {
            problems.push(MessageProblem::UnknownId(id.clone()));
            continue;
        };
        let lost: Vec<String> = english_vars.difference(vars).cloned().collect();
        let unknown: Vec<String> = vars.difference(english_vars).cloned().collect();
        if !lost.is_empty() || !unknown.is_empty() {
            problems.push(MessageProblem::Placeables {
                id: id.clone(),
                lost,
                unknown,
            });
        }
    }
    if complete {
        for id in english.keys().filter(|id| !translated.contains_key(*id)) {
            problems.push(MessageProblem::Missing(id.clone()));
        }
    }
    problems
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(format!("${}", id.name));
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for a in &arguments.named {
                inline_variables(&a.value, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: &str = "a = Saved { $count } files\nb = Hello\n";

    #[test]
    fn a_lost_placeable_an_unknown_id_and_a_missing_message_are_named() {
        let problems = check(ENGLISH, "a = Đã lưu tệp\nc = ?\n", true);
        assert_eq!(
            problems,
            vec![
                MessageProblem::Placeables {
                    id: "a".into(),
                    lost: vec!["$count".into()],
                    unknown: vec![],
                },
                MessageProblem::UnknownId("c".into()),
                MessageProblem::Missing("b".into()),
            ]
        );
        assert!(check(ENGLISH, "a = { $count } ok\n", false).is_empty());
    }

    #[test]
    fn a_placeable_inside_a_select_counts_and_broken_syntax_is_reported() {
        let select = "a = { $count ->\n    [one] one file\n   *[other] { $count } files\n}\n";
        assert!(check(ENGLISH, select, false).is_empty());
        let broken = check(ENGLISH, "a = { $count\n", false);
        assert!(
            matches!(broken.first(), Some(MessageProblem::Syntax(_))),
            "{broken:?}"
        );
    }
}
