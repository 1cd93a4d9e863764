//! The translator's workbook (`normcheck translate export/import`): the sheet "Messages" with
//! Id, English, Translation and Note, one row per message of the program, and the sheet
//! "Checklist" with Id, Field, English and Translation for the built-in checklist's texts.
//! The "About" sheet names the language.

use crate::msg;
use calamine::Reader;
use rust_xlsxwriter::{Format, FormatAlign, Workbook};

use super::bounded::{open_workbook, sheet_range};
use super::table::{Table, Value, write_table};
use super::{ABOUT_SHEET, CellProblem, SheetError};

/// The sheet of the program's messages and its columns.
pub const MESSAGES: (&str, [&str; 4]) = ("Messages", ["Id", "English", "Translation", "Note"]);
/// The sheet of the checklist's texts and its columns.
pub const CHECKLIST: (&str, [&str; 4]) = ("Checklist", ["Id", "Field", "English", "Translation"]);
/// The label beside the language's code on the "About" sheet (A1, the code in B1).
pub const LANGUAGE_LABEL: &str = "Language";

/// How to fill the workbook in, below the language on the "About" sheet.
const INSTRUCTIONS: [&str; 5] = [
    "This workbook holds normcheck's words for one language. Write each translation in the Translation column; a row left empty is shown in English.",
    "Keep every placeable exactly as the English has it, for example { $count } or { $title }: normcheck puts the number or name there. A message that chooses by number ({ $count -> ... }) may keep one form if the language has no plural.",
    "Messages: the app's, the report's and the spreadsheets' words. Note says where a message is shown.",
    "Checklist: the built-in checklist's texts (norm titles and summaries, practical actions, guidance, evidence hints, the scale, bands and focus areas).",
    "Then run: normcheck translate import FILE.xlsx. It checks the workbook, names the cell of every problem, and installs the language for this computer's user. Please also send the workbook to the normcheck maintainers so that everyone gets the corrections.",
];

/// One message as the workbook shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRow {
    /// Its id.
    pub id: String,
    /// Its English source.
    pub english: String,
    /// Its translation so far.
    pub translation: Option<String>,
    /// Where it is shown (the comment in the English file).
    pub note: Option<String>,
}

/// One checklist text as the workbook shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextRow {
    /// The text's key, e.g. "items.a.1.guidance".
    pub key: String,
    /// The English.
    pub english: String,
    /// Its translation so far.
    pub translation: Option<String>,
}

/// A translation read back, each text with its cell.
#[derive(Debug, Default)]
pub struct TranslationImport {
    /// The language's code from the "About" sheet.
    pub language: String,
    /// Message id, translation and cell, for every filled Translation cell.
    pub messages: Vec<(String, String, String)>,
    /// Text key, translation and cell, for every filled Translation cell.
    pub texts: Vec<(String, String, String)>,
    /// What is wrong with the workbook's layout, with cells.
    pub problems: Vec<CellProblem>,
}

/// The workbook for `language` (code and name) as the bytes of an `.xlsx` file.
pub fn write_translation(
    language: (&str, &str),
    messages: &[MessageRow],
    texts: &[TextRow],
) -> Result<Vec<u8>, SheetError> {
    let mut workbook = Workbook::new();
    let about = workbook.add_worksheet();
    about.set_name(ABOUT_SHEET)?;
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    about.set_column_width(0, 14)?;
    about.set_column_width(1, 100)?;
    about.write_string_with_format(0, 0, LANGUAGE_LABEL, &bold)?;
    about.write_string_with_format(0, 1, language.0, &bold)?;
    about.write_string(1, 1, language.1)?;
    for (row, text) in (3u32..).zip(INSTRUCTIONS) {
        about.write_string_with_format(row, 1, text, &wrap)?;
    }
    let rows = messages
        .iter()
        .map(|m| {
            vec![
                m.id.as_str().into(),
                m.english.as_str().into(),
                Value::from(m.translation.as_ref()),
                Value::from(m.note.as_ref()),
            ]
        })
        .collect();
    let sheet = workbook.add_worksheet();
    sheet.set_name(MESSAGES.0)?;
    let widths = [30.0, 60.0, 60.0, 40.0];
    let columns: Vec<(&str, f64)> = MESSAGES.1.into_iter().zip(widths).collect();
    write_table(sheet, &columns, rows)?;
    let rows = texts
        .iter()
        .map(|t| {
            let (id, field) = t.key.rsplit_once('.').unwrap_or((t.key.as_str(), ""));
            vec![
                id.into(),
                field.into(),
                t.english.as_str().into(),
                Value::from(t.translation.as_ref()),
            ]
        })
        .collect();
    let sheet = workbook.add_worksheet();
    sheet.set_name(CHECKLIST.0)?;
    let widths = [22.0, 14.0, 60.0, 60.0];
    let columns: Vec<(&str, f64)> = CHECKLIST.1.into_iter().zip(widths).collect();
    write_table(sheet, &columns, rows)?;
    Ok(workbook.save_to_buffer()?)
}

/// Reads a translator's workbook back: the language and every filled Translation cell.
pub fn read_translation(bytes: &[u8]) -> Result<TranslationImport, SheetError> {
    let mut workbook = open_workbook(bytes)?;
    let names = workbook.sheet_names();
    for needed in [ABOUT_SHEET, MESSAGES.0] {
        if !names.iter().any(|n| n == needed) {
            return Err(SheetError::MissingSheet(needed.to_owned()));
        }
    }
    let mut out = TranslationImport::default();
    let about = sheet_range(&mut workbook, ABOUT_SHEET)?;
    let label = about.get_value((0, 0)).and_then(super::parse::text);
    let code = about.get_value((0, 1)).and_then(super::parse::text);
    // The code names a folder in the user's data folder: letters, digits and hyphens only.
    let valid = |code: &str| {
        code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && code.parse::<unic_langid::LanguageIdentifier>().is_ok()
    };
    match (label, code) {
        (Some(l), Some(code)) if l.eq_ignore_ascii_case(LANGUAGE_LABEL) && valid(&code) => {
            out.language = code;
        }
        _ => out.problems.push(CellProblem::new(
            format!("{ABOUT_SHEET}!B1"),
            msg!("cell-language-here"),
        )),
    }
    let range = sheet_range(&mut workbook, MESSAGES.0)?;
    let table = Table::new(MESSAGES.0, &range, &MESSAGES.1);
    for row in table.rows() {
        if let (Some(id), Some(text)) = (row.text(0), row.text(2)) {
            out.messages.push((id, text, row.name(2)));
        }
    }
    if names.iter().any(|n| n == CHECKLIST.0) {
        let range = sheet_range(&mut workbook, CHECKLIST.0)?;
        let table = Table::new(CHECKLIST.0, &range, &CHECKLIST.1);
        for row in table.rows() {
            let (Some(id), Some(field)) = (row.text(0), row.text(1)) else {
                continue;
            };
            if let Some(text) = row.text(3) {
                out.texts.push((format!("{id}.{field}"), text, row.name(3)));
            }
        }
    }
    Ok(out)
}
