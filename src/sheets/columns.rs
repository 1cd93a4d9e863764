//! The columns of the "Assessment" sheet: their headers, widths and the answer field each
//! one holds. Import finds columns by their header, so users may reorder or drop columns.

/// One column of the "Assessment" sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The norm (for reading only).
    Norm,
    /// The item id: how rows are matched on import.
    Item,
    /// The practical action's text (for reading only).
    Action,
    /// The level, "3 Implemented" (a drop-down of the scale).
    Level,
    /// "Yes" when not applicable.
    NotApplicable,
    /// Why the item is not applicable.
    Justification,
    /// Free-text note.
    Note,
    /// Evidence references, one per line.
    Evidence,
    /// The responsible agency.
    Owner,
    /// The target date.
    TargetDate,
    /// High, Medium or Low.
    Priority,
    /// "Yes" when flagged for review.
    Flagged,
    /// The kinds of support wanted on the first line, a note on the following lines.
    Support,
}

impl Column {
    /// Every column in the order they are written.
    pub const ALL: [Column; 13] = [
        Column::Norm,
        Column::Item,
        Column::Action,
        Column::Level,
        Column::NotApplicable,
        Column::Justification,
        Column::Note,
        Column::Evidence,
        Column::Owner,
        Column::TargetDate,
        Column::Priority,
        Column::Flagged,
        Column::Support,
    ];

    /// The header cell's text.
    pub fn header(self) -> &'static str {
        match self {
            Column::Norm => "Norm",
            Column::Item => "Item",
            Column::Action => "Practical action",
            Column::Level => "Level",
            Column::NotApplicable => "Not applicable",
            Column::Justification => "Justification",
            Column::Note => "Note",
            Column::Evidence => "Evidence",
            Column::Owner => "Responsible agency",
            Column::TargetDate => "Target date",
            Column::Priority => "Priority",
            Column::Flagged => "Flagged",
            Column::Support => "Support needed",
        }
    }

    /// The column's width in characters.
    pub fn width(self) -> f64 {
        match self {
            Column::Norm => 22.0,
            Column::Item => 8.0,
            Column::Action => 50.0,
            Column::Level => 20.0,
            Column::NotApplicable => 13.0,
            Column::Justification => 30.0,
            Column::Note => 40.0,
            Column::Evidence => 30.0,
            Column::Owner => 22.0,
            Column::TargetDate => 12.0,
            Column::Priority => 10.0,
            Column::Flagged => 9.0,
            Column::Support => 28.0,
        }
    }

    /// The answer field (see [`crate::session::fields::FIELDS`]) the column holds; `None` for
    /// the columns that are only there to read. Level and Not applicable both hold `level`.
    pub fn field(self) -> Option<&'static str> {
        match self {
            Column::Norm | Column::Item | Column::Action => None,
            Column::Level | Column::NotApplicable => Some("level"),
            Column::Justification => Some("justification"),
            Column::Note => Some("note"),
            Column::Evidence => Some("evidence"),
            Column::Owner => Some("owner"),
            Column::TargetDate => Some("target_date"),
            Column::Priority => Some("priority"),
            Column::Flagged => Some("flagged"),
            Column::Support => Some("support"),
        }
    }

    /// The column with this header, in English or any shipped language (compared without
    /// case and surrounding spaces).
    pub fn from_header(text: &str) -> Option<Column> {
        let text = text.trim().to_lowercase();
        super::words::accepted()
            .headers
            .iter()
            .find(|(_, h)| *h == text)
            .map(|(c, _)| *c)
    }
}

/// The text of a yes/no cell.
pub fn yes_no(value: bool) -> &'static str {
    if value { "Yes" } else { "No" }
}

/// How a level is shown in its cell and drop-down: "3 Implemented".
pub fn level_text(value: i64, label: &str) -> String {
    format!("{value} {label}")
}
