//! The national team's traces in a session: the session's id, a contribution's origin, the
//! contributions merged into it, and the conflicts a merge left for the coordinator.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::OffsetDateTime;

/// Marks a file as one agency's part of a session, prepared by the coordinator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    /// The agency it is for (its items' `owner`).
    pub agency: String,
    /// The id of the session it was prepared from.
    pub origin: String,
    /// When it was prepared.
    #[serde(with = "time::serde::rfc3339")]
    pub prepared: OffsetDateTime,
    /// The original session's title, for the banner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The items handed to the agency (its answers to exactly these are merged back).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    /// Those items' answers when handed out: the common ancestor of the three-way merge, so a
    /// change the coordinator made meanwhile is not mistaken for the agency's.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub original: std::collections::BTreeMap<String, super::model::Answer>,
}

/// A contribution already merged into this session (so it is never merged twice).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MergeRecord {
    /// The contributing agency.
    pub agency: String,
    /// When the contribution was prepared (with the agency, it names the contribution).
    #[serde(with = "time::serde::rfc3339")]
    pub prepared: OffsetDateTime,
    /// When it was merged.
    #[serde(with = "time::serde::rfc3339")]
    pub merged: OffsetDateTime,
}

/// Two contributions changed the same field of the same item differently; the session keeps
/// the base value until the coordinator chooses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// The item id.
    pub item: String,
    /// The answer field (`level`, `note`, `owner`, ...).
    pub field: String,
    /// The value before the contributions (JSON; `null` when unset).
    pub base: Value,
    /// Each contribution's value.
    pub values: Vec<ConflictValue>,
}

/// One side of a conflict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConflictValue {
    /// Who proposed it (the contributing agency).
    pub from: String,
    /// The proposed value (JSON; `null` clears the field).
    pub value: Value,
}

/// A new random session id (128 bits, hex). Falls back to the clock and process id if the
/// system's random source fails, which only has to be unique, not secret.
pub fn new_session_id() -> String {
    let mut bytes = [0u8; 16];
    if getrandom::fill(&mut bytes).is_err() {
        let now = OffsetDateTime::now_utc().unix_timestamp_nanos();
        bytes[..16].copy_from_slice(&now.to_le_bytes());
        bytes[0] ^= (std::process::id() & 0xff) as u8;
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A stable id for a session written before sessions had ids (format version 1): derived from
/// what identifies it, so the same old file always gets the same id.
pub fn legacy_session_id(document: &Value) -> String {
    let meta = &document["meta"];
    let key = format!(
        "{}|{}|{}|{}|{}",
        meta["created"],
        meta["member_state"],
        meta["title"],
        meta["organisation"],
        document["checklist"]
    );
    // FNV-1a, twice with different offsets: an identifier, not a security measure.
    let fnv = |offset: u64| {
        key.bytes().fold(offset, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    };
    format!(
        "v1-{:016x}{:016x}",
        fnv(0xcbf2_9ce4_8422_2325),
        fnv(0x6c62_272e_07bb_0142)
    )
}
