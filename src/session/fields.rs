//! An answer seen as named fields with JSON values — the unit of a three-way merge. The level
//! and "not applicable" are one field (`level`: a number, `"na"`, or `null`), so a merge can
//! never produce an answer that is both.

use crate::i18n::Message;
use crate::msg;
use serde_json::Value;

use super::model::{Answer, Priority, Support, format_date, parse_date};

/// The answer fields a merge compares, in the order they are reported.
pub const FIELDS: [&str; 9] = [
    "level",
    "justification",
    "note",
    "evidence",
    "owner",
    "target_date",
    "priority",
    "flagged",
    "support",
];

/// The value of `field` in `answer` (`null` when unset).
pub fn get(answer: &Answer, field: &str) -> Value {
    let text = |t: &Option<String>| t.clone().map_or(Value::Null, Value::String);
    match field {
        "level" => match (answer.not_applicable, answer.level) {
            (true, _) => Value::String("na".to_owned()),
            (false, Some(level)) => Value::from(level),
            (false, None) => Value::Null,
        },
        "justification" => text(&answer.justification),
        "note" => text(&answer.note),
        "evidence" if answer.evidence.is_empty() => Value::Null,
        "evidence" => Value::from(answer.evidence.clone()),
        "owner" => text(&answer.owner),
        "target_date" => answer
            .target_date
            .map_or(Value::Null, |d| Value::String(format_date(d))),
        "priority" => answer
            .priority
            .map_or(Value::Null, |p| Value::String(p.label().to_lowercase())),
        "flagged" => Value::Bool(answer.flagged),
        "support" => answer
            .support
            .as_ref()
            .and_then(|s| serde_json::to_value(s).ok())
            .unwrap_or(Value::Null),
        _ => Value::Null,
    }
}

/// Sets `field` of `answer` to `value`; an error says why the value does not fit.
pub fn set(answer: &mut Answer, field: &str, value: &Value) -> Result<(), Message> {
    match field {
        "level" => set_level(answer, value)?,
        "justification" => answer.justification = text(value)?,
        "note" => answer.note = text(value)?,
        "evidence" => answer.evidence = evidence(value)?,
        "owner" => answer.owner = text(value)?,
        "target_date" => {
            answer.target_date = match text(value)? {
                None => None,
                Some(s) => {
                    Some(parse_date(&s).ok_or_else(|| msg!("field-not-a-date", text = s.clone()))?)
                }
            }
        }
        "priority" => answer.priority = priority(value)?,
        "flagged" => {
            answer.flagged = match value {
                Value::Null => false,
                Value::Bool(b) => *b,
                other => return Err(msg!("field-not-true-false", found = other.to_string())),
            }
        }
        "support" => {
            answer.support = match value {
                Value::Null => None,
                v => Some(
                    serde_json::from_value::<Support>(v.clone())
                        .map_err(|e| msg!("field-not-support", detail = e.to_string()))?,
                ),
            }
        }
        other => return Err(msg!("field-unknown", field = other.to_owned())),
    }
    Ok(())
}

/// A text field's value: none when null or blank.
fn text(v: &Value) -> Result<Option<String>, Message> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) if s.trim().is_empty() => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        other => Err(msg!("field-not-text", found = other.to_string())),
    }
}

/// The level field: a number, "na" for not applicable, or null for unanswered.
fn set_level(answer: &mut Answer, value: &Value) -> Result<(), Message> {
    match value {
        Value::Null => {
            answer.level = None;
            answer.not_applicable = false;
        }
        Value::String(s) if s == "na" => {
            answer.level = None;
            answer.not_applicable = true;
        }
        Value::Number(n) => {
            let level = n.as_i64();
            answer.level =
                Some(level.ok_or_else(|| msg!("field-not-a-level", found = n.to_string()))?);
            answer.not_applicable = false;
        }
        other => return Err(msg!("field-not-level-na", found = other.to_string())),
    }
    Ok(())
}

/// The evidence field: a list of references (blank ones dropped), or null.
fn evidence(value: &Value) -> Result<Vec<String>, Message> {
    match value {
        Value::Null => Ok(Vec::new()),
        Value::Array(items) => items
            .iter()
            .map(|v| text(v).map(Option::unwrap_or_default))
            .filter(|r| r.as_ref().map_or(true, |s| !s.is_empty()))
            .collect(),
        other => Err(msg!("field-not-references", found = other.to_string())),
    }
}

/// The priority field: a priority's label in any case, or none.
fn priority(value: &Value) -> Result<Option<Priority>, Message> {
    match text(value)?.as_deref() {
        None => Ok(None),
        Some(p) => Priority::ALL
            .into_iter()
            .find(|x| x.label().eq_ignore_ascii_case(p))
            .map(Some)
            .ok_or_else(|| msg!("field-not-a-priority", text = p.to_owned())),
    }
}

/// A field's value in words, for conflict lists.
pub fn describe(value: &Value) -> String {
    match value {
        Value::Null => "(empty)".to_owned(),
        Value::String(s) if s == "na" => "not applicable".to_owned(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(describe).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_reads_back_what_was_set() {
        let samples = [
            ("level", serde_json::json!(2)),
            ("level", serde_json::json!("na")),
            ("justification", serde_json::json!("Not relevant")),
            ("note", serde_json::json!("Ghi chú")),
            (
                "evidence",
                serde_json::json!(["Decree 13/2023", "Law 24/2018"]),
            ),
            ("owner", serde_json::json!("National CERT")),
            ("target_date", serde_json::json!("2027-06-30")),
            ("priority", serde_json::json!("high")),
            ("flagged", serde_json::json!(true)),
            (
                "support",
                serde_json::json!({"kinds": ["training"], "note": "CSIRT staff"}),
            ),
        ];
        for (field, value) in samples {
            let mut answer = Answer::default();
            set(&mut answer, field, &value).unwrap();
            assert_eq!(get(&answer, field), value, "{field}");
            set(&mut answer, field, &Value::Null).unwrap();
            let cleared = get(&answer, field);
            assert!(
                cleared.is_null() || cleared == Value::Bool(false),
                "{field}"
            );
        }
    }

    #[test]
    fn a_level_and_not_applicable_never_coexist() {
        let mut answer = Answer::default();
        set(&mut answer, "level", &serde_json::json!("na")).unwrap();
        set(&mut answer, "level", &serde_json::json!(3)).unwrap();
        assert!(!answer.not_applicable && answer.level == Some(3));
    }
}
