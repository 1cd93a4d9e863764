//! What is asked: the checklist model, reading it from JSON, validating it, and the built-in one.

mod builtin;
mod changes;
mod load;
mod model;
mod translations;
mod upgrades;
mod validate;

pub use builtin::{BUILTIN_JSON, builtin, builtin_by_id, builtin_version, builtins, newer_builtin};
pub use changes::EditionChanges;
pub use load::{checklist_from_value, parse_checklist};
pub use model::*;
pub use translations::{Localized, Text};
pub use upgrades::{UPGRADE_FORMAT, UpgradeMap, upgrade_maps, upgrade_path};
pub use validate::validate;
