//! The marking of a regional report: the strictest among the assessments it is made from.

/// The rank of a Traffic Light Protocol label, strictest highest: CLEAR (or the older WHITE)
/// 0, GREEN 1, AMBER 2, AMBER+STRICT 3, RED 4; `None` for anything else. Spaces and case
/// are ignored ("tlp: amber+strict").
pub fn tlp_rank(marking: &str) -> Option<u8> {
    let label: String = marking
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    let level = label.strip_prefix("TLP:").or(label.strip_prefix("TLP"))?;
    match level {
        "CLEAR" | "WHITE" => Some(0),
        "GREEN" => Some(1),
        "AMBER" => Some(2),
        "AMBER+STRICT" => Some(3),
        "RED" => Some(4),
        _ => None,
    }
}

const TLP_LABELS: [&str; 5] = [
    "TLP:CLEAR",
    "TLP:GREEN",
    "TLP:AMBER",
    "TLP:AMBER+STRICT",
    "TLP:RED",
];

/// The strictest of the inputs' markings: TLP labels in the order CLEAR < GREEN < AMBER <
/// AMBER+STRICT < RED (written in their standard form). A marking that is not a TLP label
/// cannot be put in that order, so it is taken as stricter than any TLP label (several
/// different ones are joined with " / "). Inputs without a marking are left out; `None` when
/// no input has one.
pub fn strictest_marking<'a>(
    markings: impl IntoIterator<Item = Option<&'a str>>,
) -> Option<String> {
    let mut best_tlp: Option<u8> = None;
    let mut other: Vec<String> = Vec::new();
    for m in markings.into_iter().flatten() {
        let m = m.trim();
        if m.is_empty() {
            continue;
        }
        match tlp_rank(m) {
            Some(rank) => best_tlp = best_tlp.max(Some(rank)),
            None => {
                if !other.iter().any(|o| o.eq_ignore_ascii_case(m)) {
                    other.push(m.to_owned());
                }
            }
        }
    }
    if !other.is_empty() {
        other.sort();
        return Some(other.join(" / "));
    }
    best_tlp
        .and_then(|r| TLP_LABELS.get(usize::from(r)))
        .map(|l| (*l).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_strictest_tlp_label_wins() {
        let m = strictest_marking([
            Some("TLP:GREEN"),
            Some("tlp:amber+strict"),
            Some("TLP:AMBER"),
        ]);
        assert_eq!(m.as_deref(), Some("TLP:AMBER+STRICT"));
        let m = strictest_marking([Some("TLP:CLEAR"), None, Some("TLP:RED")]);
        assert_eq!(m.as_deref(), Some("TLP:RED"));
    }

    #[test]
    fn a_marking_outside_tlp_counts_as_stricter_and_unmarked_inputs_are_left_out() {
        let m = strictest_marking([Some("TLP:RED"), Some("Confidential")]);
        assert_eq!(m.as_deref(), Some("Confidential"));
        assert_eq!(strictest_marking([None, Some("  ")]), None);
    }
}
