//! Reads JSON the way normcheck's files must be read: a leading UTF-8 byte-order mark (as
//! Windows Notepad writes) is ignored, and an object that names the same key twice is refused
//! with the key's JSON path — serde_json alone would silently keep the last one.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The bytes without a leading UTF-8 byte-order mark.
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BOM).unwrap_or(bytes)
}

/// Parses JSON, refusing duplicate keys. The error says where (JSON path, line and column).
pub fn from_slice(bytes: &[u8]) -> Result<Value, serde_json::Error> {
    let mut deserializer = serde_json::Deserializer::from_slice(strip_bom(bytes));
    let value = Strict {
        path: String::new(),
    }
    .deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(value)
}

/// A JSON value at `path` (e.g. `answers."a.1".note`), checked for duplicate keys.
struct Strict {
    path: String,
}

impl Strict {
    fn child(&self, segment: &str) -> Strict {
        let path = if self.path.is_empty() {
            segment.to_owned()
        } else if segment.starts_with('[') {
            format!("{}{segment}", self.path)
        } else {
            format!("{}.{segment}", self.path)
        };
        Strict { path }
    }
}

/// A key as it appears in a path: plain when it is a simple name, quoted (and escaped) otherwise.
fn path_segment(key: &str) -> String {
    let simple = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if simple {
        key.to_owned()
    } else {
        format!("{key:?}")
    }
}

impl<'de> DeserializeSeed<'de> for Strict {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        serde_json::Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom(format!("at {}: the number is out of range", self.where_())))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self.child(&format!("[{}]", items.len())))? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let child = self.child(&path_segment(&key));
            if object.contains_key(&key) {
                return Err(de::Error::custom(format!(
                    "the key {key:?} appears twice in {} (at {}); each key may appear only once",
                    self.where_(),
                    child.path
                )));
            }
            let value = map.next_value_seed(child)?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

impl Strict {
    fn where_(&self) -> String {
        if self.path.is_empty() {
            "the top level".to_owned()
        } else {
            self.path.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_duplicate_key_is_refused_with_its_path() {
        let err = from_slice(br#"{"format_version": 999, "format_version": 1}"#).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("\"format_version\" appears twice"), "{text}");
        assert!(text.contains("the top level"), "{text}");

        let nested = br#"{"answers": {"a.1": {"level": 1, "note": "x", "level": 2}}}"#;
        let text = from_slice(nested).unwrap_err().to_string();
        assert!(text.contains("answers.\"a.1\".level"), "{text}");

        let in_array = br#"{"norms": [{"id": "a"}, {"id": "b", "id": "c"}]}"#;
        let text = from_slice(in_array).unwrap_err().to_string();
        assert!(text.contains("norms[1].id"), "{text}");
    }

    #[test]
    fn a_leading_byte_order_mark_is_ignored() {
        let value = from_slice(b"\xEF\xBB\xBF{\"a\": [1, 2.5, null, true, \"x\"]}").unwrap();
        assert_eq!(value, serde_json::json!({"a": [1, 2.5, null, true, "x"]}));
    }

    #[test]
    fn the_same_key_in_different_objects_is_fine() {
        let value = from_slice(br#"{"a": {"id": 1}, "b": {"id": 2}}"#).unwrap();
        assert_eq!(value["b"]["id"], 2);
    }

    #[test]
    fn trailing_content_is_still_an_error() {
        assert!(from_slice(b"{} {}").is_err());
    }
}
