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

/// The strictest of several markings, by the TLP order CLEAR < GREEN < AMBER < AMBER+STRICT <
/// RED. A marking outside TLP (an organisation's own) counts as stricter than any TLP one, so a
/// document combining assessments never shows less care than one of them asked for.
pub fn strictest_marking<'a>(markings: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let rank = |m: &str| {
        CLASSIFICATIONS
            .iter()
            .position(|c| c.eq_ignore_ascii_case(m.trim()))
            .unwrap_or(CLASSIFICATIONS.len())
    };
    markings
        .into_iter()
        .filter(|m| !m.trim().is_empty())
        .max_by_key(|m| rank(m))
        .map(|m| m.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::strictest_marking;

    #[test]
    fn the_strictest_marking_wins_and_unknown_ones_count_as_strict() {
        assert_eq!(
            strictest_marking(["TLP:GREEN", "TLP:AMBER+STRICT", "TLP:CLEAR"]).as_deref(),
            Some("TLP:AMBER+STRICT")
        );
        assert_eq!(
            strictest_marking(["TLP:RED", "Restricted"]).as_deref(),
            Some("Restricted")
        );
        assert_eq!(strictest_marking(["", " "]), None);
    }
}
