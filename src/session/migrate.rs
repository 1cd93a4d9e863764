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

use crate::document::DocumentError;

/// Upgrades a document from one version to the next.
pub type Step = fn(Value) -> Result<Value, String>;

/// The production chain. Version 1 is the first released format, so there is no step yet.
pub const STEPS: &[Step] = &[];

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
        let doc = json!({"format_version": 1, "answers": {}});
        assert_eq!(migrate(doc.clone(), 1, STEPS).unwrap(), doc);
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
