//! Brings session documents written by older normcheck versions up to the current format.
//!
//! # Adding a format version
//! 1. Bump [`SESSION_FORMAT_VERSION`](super::SESSION_FORMAT_VERSION) and change the model.
//! 2. Append one step to [`STEPS`]: a function that takes a document of version N (as JSON) and
//!    returns it as version N + 1. `STEPS[0]` upgrades version 1 to 2, and so on.
//! 3. Freeze a fixture of the old version under `tests/fixtures/` and test that it loads.
//!
//! Steps work on `serde_json::Value`, so old Rust types never need to be kept.

use serde_json::Value;

use crate::format::document::DocumentError;

/// Upgrades a document from one version to the next.
pub type Step = fn(Value) -> Result<Value, String>;

/// The production chain: `STEPS[0]` upgrades version 1 to 2, and so on.
///
/// - 1 → 2: sessions get an `id` (contributions name the session they came from); answers may
///   record who changed them and when; contributions, merges and conflicts are recorded.
///   Old files get a stable id derived from what identifies them.
/// - 2 → 3: answers may record the support the State would welcome (`support`).
/// - 3 → 4: a session may carry a copy of a checklist that is not built in (`checklist_copy`).
pub const STEPS: &[Step] = &[v1_to_v2, only_new_optional_fields, only_new_optional_fields];

/// A step whose version only adds optional fields: the document is valid as it is.
fn only_new_optional_fields(value: Value) -> Result<Value, String> {
    Ok(value)
}

/// Version 1 → 2: adds the session id; every other new field is optional.
fn v1_to_v2(mut value: Value) -> Result<Value, String> {
    let id = super::team::legacy_session_id(&value);
    let object = value
        .as_object_mut()
        .ok_or_else(|| "the session is not a JSON object".to_owned())?;
    object.entry("id").or_insert(Value::String(id));
    Ok(value)
}

/// Runs the steps needed to bring `value` from version `from` to the newest version the chain
/// knows (`1 + steps.len()`), one at a time, updating `format_version` after each.
pub fn migrate(mut value: Value, from: u64, steps: &[Step]) -> Result<Value, DocumentError> {
    let mut version = from;
    while let Some(step) = usize::try_from(version - 1).ok().and_then(|i| steps.get(i)) {
        value = step(value).map_err(|message| DocumentError::Migration {
            from: version,
            message,
        })?;
        version += 1;
        match value.as_object_mut() {
            Some(object) => {
                object.insert("format_version".to_owned(), Value::from(version));
            }
            None => {
                return Err(DocumentError::Migration {
                    from: version - 1,
                    message: "the upgrade step did not return an object".to_owned(),
                });
            }
        }
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rename_note_to_comment(mut v: Value) -> Result<Value, String> {
        v["renamed"] = json!(true);
        Ok(v)
    }

    fn count_steps(mut v: Value) -> Result<Value, String> {
        let n = v["steps"].as_u64().unwrap_or(0);
        v["steps"] = json!(n + 1);
        Ok(v)
    }

    fn failing(_: Value) -> Result<Value, String> {
        Err("field x is malformed".into())
    }

    #[test]
    fn each_step_runs_once_in_order_and_bumps_the_version() {
        let steps: &[Step] = &[count_steps, rename_note_to_comment, count_steps];
        let out = migrate(json!({"format_version": 1}), 1, steps).unwrap();
        assert_eq!(out["format_version"], 4);
        assert_eq!(out["steps"], 2);
        assert_eq!(out["renamed"], true);

        let from_three = migrate(json!({"format_version": 3}), 3, steps).unwrap();
        assert_eq!(from_three["format_version"], 4);
        assert_eq!(from_three["steps"], 1);
        assert!(from_three.get("renamed").is_none());
    }

    #[test]
    fn the_current_version_passes_through_unchanged() {
        let current = super::super::SESSION_FORMAT_VERSION;
        let doc = json!({"format_version": current, "answers": {}});
        assert_eq!(migrate(doc.clone(), current, STEPS).unwrap(), doc);
    }

    #[test]
    fn a_version_1_session_gets_a_stable_id() {
        let doc = json!({"format_version": 1, "meta": {"created": "2026-01-01T00:00:00Z", "member_state": "Viet Nam"}});
        let once = migrate(doc.clone(), 1, STEPS).unwrap();
        let twice = migrate(doc, 1, STEPS).unwrap();
        assert_eq!(once["format_version"], super::super::SESSION_FORMAT_VERSION);
        assert!(once["id"].as_str().unwrap().starts_with("v1-"));
        assert_eq!(
            once["id"], twice["id"],
            "the same old file always gets the same id"
        );
        let other = json!({"format_version": 1, "meta": {"created": "2026-01-01T00:00:00Z", "member_state": "Lao PDR"}});
        assert_ne!(migrate(other, 1, STEPS).unwrap()["id"], once["id"]);
    }

    #[test]
    fn a_failing_step_names_the_version_it_started_from() {
        let steps: &[Step] = &[count_steps, failing];
        let err = migrate(json!({}), 1, steps).unwrap_err();
        assert!(
            matches!(&err, DocumentError::Migration { from: 2, message } if message.contains("field x")),
            "{err}"
        );
    }
}
