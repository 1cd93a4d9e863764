//! Cell names as spreadsheet users read them: `Assessment!D17`.

/// The letters of a zero-based column index: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub fn column_letters(col: u32) -> String {
    let mut n = u64::from(col) + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// The A1 name of a zero-based (row, column): (16, 3) → `D17`.
pub fn cell_name(row: u32, col: u32) -> String {
    format!("{}{}", column_letters(col), u64::from(row) + 1)
}

/// A cell named with its sheet: `Assessment!D17` (quoted when the sheet name has spaces).
pub fn sheet_cell(sheet: &str, row: u32, col: u32) -> String {
    if sheet.chars().all(|c| c.is_alphanumeric() || c == '_') {
        format!("{sheet}!{}", cell_name(row, col))
    } else {
        format!("'{}'!{}", sheet.replace('\'', "''"), cell_name(row, col))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_spreadsheets_show_them() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(16, 3), "D17");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
        assert_eq!(sheet_cell("Assessment", 16, 3), "Assessment!D17");
        assert_eq!(sheet_cell("Focus areas", 1, 0), "'Focus areas'!A2");
    }
}
