//! Cell values read back into answer fields: each function takes one cell as calamine read
//! it and returns the field's value (JSON, as [`crate::session::fields`] takes it) or why not.

use crate::i18n::Message;
use crate::session::Priority;
use crate::{msg, t};
use calamine::Data;
use serde_json::{Value, json};
use time::{Date, Month};

use crate::checklist::Scale;
use crate::session::{SupportKind, format_date, parse_date};

/// The cell's text, trimmed; `None` when the cell is empty or blank.
pub fn text(cell: &Data) -> Option<String> {
    let text = match cell {
        Data::Empty | Data::Error(_) => return None,
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => super::columns::yes_no(*b).to_owned(),
        Data::DateTime(d) => date_of(d).map_or_else(|| d.as_f64().to_string(), format_date),
    };
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// The date of a date cell (its time of day ignored).
fn date_of(cell: &calamine::ExcelDateTime) -> Option<Date> {
    let (year, month, day, ..) = cell.to_ymd_hms_milli();
    Date::from_calendar_date(i32::from(year), Month::try_from(month).ok()?, day).ok()
}

/// A text field: the text, or `null` for an empty cell.
pub fn plain(cell: &Data) -> Value {
    text(cell).map_or(Value::Null, Value::String)
}

/// The Level cell: "3 Implemented", "3", 3, or the label alone; `None` when empty.
pub fn level(cell: &Data, scale: &Scale, names: &[(i64, String)]) -> Result<Option<i64>, Message> {
    let Some(text) = text(cell) else {
        return Ok(None);
    };
    let values = || {
        scale
            .levels
            .iter()
            .map(|l| l.value.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (number, rest) = match text.split_once(char::is_whitespace) {
        Some((n, rest)) => (n, rest.trim()),
        None => (text.as_str(), ""),
    };
    let value = match number.parse::<f64>() {
        Ok(v) if v.fract() == 0.0 && v.abs() < 1e15 => v as i64,
        Ok(_) => {
            return Err(msg!(
                "cell-not-a-level",
                text = text.clone(),
                levels = values()
            ));
        }
        Err(_) => {
            let named = |l: &&crate::checklist::Level| {
                l.label.eq_ignore_ascii_case(text.trim())
                    || names
                        .iter()
                        .any(|(v, n)| *v == l.value && n.eq_ignore_ascii_case(text.trim()))
            };
            return scale
                .levels
                .iter()
                .find(named)
                .map(|l| Some(l.value))
                .ok_or_else(|| msg!("cell-not-a-level", text = text.clone(), levels = values()));
        }
    };
    let Some(level) = scale.level(value) else {
        return Err(msg!(
            "cell-number-not-level",
            value = value.to_string(),
            levels = values()
        ));
    };
    let translated = names
        .iter()
        .any(|(v, n)| *v == value && n.eq_ignore_ascii_case(rest));
    if !rest.is_empty() && !rest.eq_ignore_ascii_case(&level.label) && !translated {
        return Err(msg!(
            "cell-level-mismatch",
            value = value,
            label = level.label.clone(),
            text = rest.to_owned()
        ));
    }
    Ok(Some(value))
}

/// A Yes/No cell (empty is No).
pub fn yes_no(cell: &Data) -> Result<bool, Message> {
    if let Data::Bool(b) = cell {
        return Ok(*b);
    }
    let words = super::words::accepted();
    match text(cell).map(|t| t.to_lowercase()).as_deref() {
        None | Some("no" | "n" | "false" | "0") => Ok(false),
        Some("yes" | "y" | "true" | "1" | "x") => Ok(true),
        Some(other) if words.no.iter().any(|w| w == other) => Ok(false),
        Some(other) if words.yes.iter().any(|w| w == other) => Ok(true),
        Some(other) => Err(msg!("cell-not-yes-no", text = other.to_owned())),
    }
}

/// The Target date cell: a date cell or the text YYYY-MM-DD.
pub fn date(cell: &Data) -> Result<Value, Message> {
    match cell {
        Data::DateTime(d) if d.is_datetime() => date_of(d)
            .map(|d| Value::String(format_date(d)))
            .ok_or_else(|| msg!("cell-not-a-date")),
        Data::Float(_) | Data::Int(_) => Err(msg!(
            "cell-number-not-date",
            text = text(cell).unwrap_or_default()
        )),
        _ => match text(cell) {
            None => Ok(Value::Null),
            Some(t) => {
                // ISO date-times from some writers: keep the date part.
                let day = t.get(..10).unwrap_or(&t);
                parse_date(day)
                    .map(|d| Value::String(format_date(d)))
                    .ok_or_else(|| msg!("cell-text-not-date", text = t.clone()))
            }
        },
    }
}

/// The Priority cell: High, Medium, Low or empty.
pub fn priority(cell: &Data) -> Result<Value, Message> {
    let Some(t) = text(cell) else {
        return Ok(Value::Null);
    };
    let t = t.to_lowercase();
    super::words::accepted()
        .priorities
        .iter()
        .find(|(_, name)| *name == t)
        .map(|(p, _)| Value::String(p.label().to_lowercase()))
        .ok_or_else(|| {
            Message::new(move |tr| {
                let names: Vec<String> = Priority::ALL.iter().map(|p| p.label_in(tr)).collect();
                t!(
                    tr,
                    "cell-not-a-priority",
                    text = t.clone(),
                    priorities = names.join(", ")
                )
            })
        })
}

/// The Evidence cell: one reference per line.
pub fn evidence(cell: &Data) -> Value {
    let Some(t) = text(cell) else {
        return Value::Null;
    };
    let lines: Vec<&str> = t.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    json!(lines)
}

/// The Support needed cell: kinds on the first line (separated by `;` or `,`), a note below.
pub fn support(cell: &Data) -> Result<Value, Message> {
    let Some(t) = text(cell) else {
        return Ok(Value::Null);
    };
    let (first, note) = t.split_once('\n').unwrap_or((&t, ""));
    let mut kinds = Vec::new();
    for name in first
        .split([';', ','])
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        let lower = name.to_lowercase();
        let named = super::words::accepted()
            .kinds
            .iter()
            .find(|(_, n)| *n == lower)
            .map(|(k, _)| *k);
        let kind = named
            .or_else(|| {
                SupportKind::ALL
                    .into_iter()
                    .find(|k| k.id().eq_ignore_ascii_case(name))
            })
            .ok_or_else(|| {
                let name = name.to_owned();
                Message::new(move |tr| {
                    let all: Vec<String> =
                        SupportKind::ALL.iter().map(|k| k.label_in(tr)).collect();
                    t!(
                        tr,
                        "cell-not-a-support-kind",
                        text = name.clone(),
                        kinds = all.join("; ")
                    )
                })
            })?;
        kinds.push(kind.id());
    }
    if kinds.is_empty() {
        return Err(msg!("cell-no-support-kind"));
    }
    let note = note.trim();
    Ok(if note.is_empty() {
        json!({ "kinds": kinds })
    } else {
        json!({ "kinds": kinds, "note": note })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::builtin;

    #[test]
    fn a_level_cell_may_hold_the_number_alone_or_the_number_and_its_label() {
        let checklist = builtin().unwrap();
        let scale = &checklist.scale;
        let top = scale.levels.last().unwrap();
        let shown = Data::String(format!("{} {}", top.value, top.label));
        assert_eq!(level(&shown, scale, &[]), Ok(Some(top.value)));
        assert_eq!(
            level(&Data::Float(top.value as f64), scale, &[]),
            Ok(Some(top.value))
        );
        assert_eq!(
            level(&Data::String(top.value.to_string()), scale, &[]),
            Ok(Some(top.value))
        );
        assert_eq!(level(&Data::Empty, scale, &[]), Ok(None));
        assert!(
            level(&Data::Int(99), scale, &[])
                .unwrap_err()
                .to_string()
                .contains("99 is not a level")
        );
        let mislabelled = Data::String(format!("{} Nonsense", top.value));
        assert!(level(&mislabelled, scale, &[]).is_err());
    }

    #[test]
    fn support_reads_kinds_then_a_note() {
        let cell = Data::String("Training; Legal drafting\nCSIRT staff".to_owned());
        assert_eq!(
            support(&cell).unwrap(),
            json!({"kinds": ["training", "legal_drafting"], "note": "CSIRT staff"})
        );
        assert!(support(&Data::String("Money".to_owned())).is_err());
    }
}
