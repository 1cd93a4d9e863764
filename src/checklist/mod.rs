//! What is asked: the checklist model, reading it from JSON, validating it, and the built-in one.

mod builtin;
mod load;
mod model;
mod validate;

pub use builtin::{BUILTIN_JSON, builtin, builtin_by_id};
pub use load::{checklist_from_value, parse_checklist};
pub use model::*;
pub use validate::validate;
