//! Fixed choices offered for a session's metadata.

/// The eleven ASEAN Member States, in ASEAN's alphabetical order (Timor-Leste joined on 26 October 2025).
pub const MEMBER_STATES: [&str; 11] = [
    "Brunei Darussalam",
    "Cambodia",
    "Indonesia",
    "Lao PDR",
    "Malaysia",
    "Myanmar",
    "Philippines",
    "Singapore",
    "Thailand",
    "Timor-Leste",
    "Viet Nam",
];

/// Traffic Light Protocol 2.0 sensitivity markings offered for a session.
pub const CLASSIFICATIONS: [&str; 5] = [
    "TLP:CLEAR",
    "TLP:GREEN",
    "TLP:AMBER",
    "TLP:AMBER+STRICT",
    "TLP:RED",
];

/// The marking a new session gets unless the user chooses another.
pub const DEFAULT_CLASSIFICATION: &str = "TLP:AMBER";
