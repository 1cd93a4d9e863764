//! What Exampleland answered: a level for every practical action, and for some of them a
//! note, evidence, an agency, a target date, a priority, support wanted or N/A with its
//! justification. All of it is invented for practice.

use crate::session::{Priority, SupportKind};

/// The agencies that answer for Exampleland.
pub const FOREIGN_AFFAIRS: &str = "Exampleland Ministry of Foreign Affairs";
/// The national CERT.
pub const CERT: &str = "Exampleland National CERT";
/// The ministry of justice.
pub const JUSTICE: &str = "Exampleland Ministry of Justice";

/// The agency answering for each norm (by norm id), so that contributions can be handed out.
pub fn agency_of(norm: &str) -> &'static str {
    match norm {
        "a" | "b" | "f" | "k" => FOREIGN_AFFAIRS,
        "c" | "d" | "e" => JUSTICE,
        _ => CERT,
    }
}

/// This year's level of the `index`-th practical action of a norm: varied, higher for the
/// norms Exampleland has worked on longest (a, g, h), lower for the supply chain (i).
pub fn level(norm: &str, index: usize) -> i64 {
    let base = match norm {
        "a" | "g" | "h" => 3,
        "b" | "c" | "j" | "k" => 2,
        "i" => 1,
        _ => 2,
    };
    let wobble = [0, 1, -1, 0, -2, 1, 0, -1, 1, 0, -1];
    (base + wobble[index % wobble.len()]).clamp(0, 4)
}

/// What is written on some practical actions, by item id.
pub struct Detail {
    /// The item.
    pub item: &'static str,
    /// A note.
    pub note: Option<&'static str>,
    /// Evidence references.
    pub evidence: &'static [&'static str],
    /// A target date (YYYY-MM-DD).
    pub target: Option<&'static str>,
    /// A priority.
    pub priority: Option<Priority>,
    /// Support wanted, with a note.
    pub support: Option<(&'static [SupportKind], &'static str)>,
    /// Flagged for review.
    pub flagged: bool,
}

const fn detail(item: &'static str) -> Detail {
    Detail {
        item,
        note: None,
        evidence: &[],
        target: None,
        priority: None,
        support: None,
        flagged: false,
    }
}

/// The practical actions with more than a level.
pub const DETAILS: [Detail; 8] = [
    Detail {
        note: Some(
            "Exampleland's position on the norms was presented at the 2025 regional dialogue.",
        ),
        evidence: &["Statement to the regional dialogue, March 2025 (fictional)"],
        ..detail("a.1")
    },
    Detail {
        note: Some("A points-of-contact directory exists but has not been tested this year."),
        target: Some("2027-03-31"),
        priority: Some(Priority::High),
        ..detail("a.3")
    },
    Detail {
        note: Some("The cybercrime bill is in its second reading."),
        evidence: &[
            "Draft Cybercrime Bill 2026 (fictional)",
            "Parliamentary record no. 12",
        ],
        target: Some("2027-06-30"),
        priority: Some(Priority::Medium),
        support: Some((
            &[SupportKind::LegalDrafting, SupportKind::ExchangeOfPractice],
            "Comparison with neighbours' laws on electronic evidence.",
        )),
        ..detail("d.2")
    },
    Detail {
        note: Some("Critical infrastructure sectors were named in the 2024 strategy."),
        evidence: &["National Cybersecurity Strategy 2024–2028 (fictional), section 4"],
        ..detail("g.1")
    },
    Detail {
        note: Some("Sector exercises are planned but not funded."),
        target: Some("2027-12-31"),
        priority: Some(Priority::High),
        support: Some((
            &[SupportKind::Training, SupportKind::Funding],
            "A tabletop exercise for the energy and water sectors.",
        )),
        flagged: true,
        ..detail("g.5")
    },
    Detail {
        note: Some("No supplier assessment scheme yet."),
        target: Some("2028-06-30"),
        priority: Some(Priority::Low),
        support: Some((&[SupportKind::TechnicalAssistance], "")),
        ..detail("i.2")
    },
    Detail {
        note: Some("The national CERT publishes a disclosure policy on its website."),
        evidence: &["https://cert.exampleland.invalid/disclosure (fictional)"],
        ..detail("j.1")
    },
    Detail {
        note: Some("Agreed with the Ministry of Foreign Affairs; to be confirmed by the CERT."),
        flagged: true,
        ..detail("k.3")
    },
];

/// Practical actions marked not applicable, with the justification.
pub const NOT_APPLICABLE: [(&str, &str); 2] = [
    (
        "f.6",
        "Exampleland has no military cyber capability; the action does not apply.",
    ),
    (
        "c.8",
        "Exampleland has no overseas territories; the action does not apply.",
    ),
];
