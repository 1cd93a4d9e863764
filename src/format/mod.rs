//! What normcheck's JSON files look like and how their problems are told: the strict JSON
//! reader (duplicate keys refused), the header and version check every document goes through,
//! problems with their JSON path, and file content made printable in messages.

pub mod document;
pub mod io_errors;
pub mod printable;
pub mod problem;
pub mod remedy;
pub mod strict_json;
