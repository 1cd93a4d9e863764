//! The "Translations" sheet of a checklist workbook read back: each column after Key and
//! English is a language, headed by its code.

use crate::msg;
use std::collections::BTreeMap;

use calamine::{Data, Range};

use super::TRANSLATIONS;
use crate::sheets::CellProblem;
use crate::sheets::cells::sheet_cell;
use crate::sheets::parse;
use crate::sheets::table::Table;

/// What the sheet holds: the translations, where each came from, and its problems.
#[derive(Default)]
pub(super) struct Read {
    /// Language code, then text key, then text.
    pub(super) translations: BTreeMap<String, BTreeMap<String, String>>,
    /// `translations.<code>.<key>` and its cell.
    pub(super) cells: Vec<(String, String)>,
    /// Header cells that are not language codes.
    pub(super) problems: Vec<CellProblem>,
}

/// Reads the sheet (an empty range reads as no translations).
pub(super) fn read(range: &Range<Data>) -> Read {
    let mut out = Read::default();
    let (top, left) = range.start().unwrap_or((0, 0));
    let (_, right) = range.end().unwrap_or((0, 0));
    let mut languages: Vec<String> = Vec::new();
    for col in left..=right {
        let Some(code) = range.get_value((top, col)).and_then(parse::text) else {
            continue;
        };
        if TRANSLATIONS.1.iter().any(|h| h.eq_ignore_ascii_case(&code)) {
            continue;
        }
        if code.parse::<unic_langid::LanguageIdentifier>().is_err() {
            let message = msg!("cell-language-code", code = code.clone());
            out.problems.push(CellProblem::new(
                sheet_cell(TRANSLATIONS.0, top, col),
                message,
            ));
            continue;
        }
        languages.push(code);
    }
    let mut headers: Vec<&str> = TRANSLATIONS.1.to_vec();
    headers.extend(languages.iter().map(String::as_str));
    let table = Table::new(TRANSLATIONS.0, range, &headers);
    for row in table.rows() {
        let Some(key) = row.text(0) else { continue };
        for (i, code) in languages.iter().enumerate() {
            if let Some(text) = row.text(2 + i) {
                out.cells
                    .push((format!("translations.{code}.{key}"), row.name(2 + i)));
                let texts = out.translations.entry(code.clone()).or_default();
                texts.insert(key.clone(), text);
            }
        }
    }
    out
}
