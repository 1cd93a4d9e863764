//! Sheets as tables: a header row naming the columns, one record per row below. Writing
//! gives every table the same look; reading finds columns by header, so their order is free.

use calamine::{Data, Range};
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Worksheet};

use super::SheetError;
use super::cells::sheet_cell;
use super::parse;

/// A value to write in a cell.
pub enum Value {
    /// Text (empty writes nothing).
    Text(String),
    /// A number.
    Number(f64),
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::Text(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Text(text)
    }
}

impl From<Option<&String>> for Value {
    fn from(text: Option<&String>) -> Self {
        Value::Text(text.cloned().unwrap_or_default())
    }
}

/// Writes a table: bold wrapped header with the given widths, frozen, and the rows below.
pub fn write_table(
    sheet: &mut Worksheet,
    columns: &[(&str, f64)],
    rows: Vec<Vec<Value>>,
) -> Result<(), SheetError> {
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(0xDD_E4_EE))
        .set_border_bottom(FormatBorder::Thin);
    let text = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    for (col, (name, width)) in (0u16..).zip(columns) {
        sheet.set_column_width(col, *width)?;
        sheet.write_string_with_format(0, col, *name, &header)?;
    }
    for (row, values) in (1u32..).zip(rows) {
        for (col, value) in (0u16..).zip(values) {
            match value {
                Value::Text(t) if t.is_empty() => {}
                Value::Text(t) => {
                    sheet.write_string_with_format(row, col, t, &text)?;
                }
                Value::Number(n) => {
                    sheet.write_number_with_format(row, col, n, &text)?;
                }
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// A table read from a sheet: where each wanted column is.
pub struct Table<'a> {
    sheet: &'a str,
    range: &'a Range<Data>,
    columns: Vec<Option<u32>>,
    top: u32,
    bottom: u32,
}

/// One record of a [`Table`].
pub struct Row<'a> {
    table: &'a Table<'a>,
    /// The zero-based sheet row.
    pub row: u32,
}

const EMPTY: Data = Data::Empty;

impl<'a> Table<'a> {
    /// Finds the columns named `headers` in the first row of `range` (missing ones read as
    /// empty cells).
    pub fn new(sheet: &'a str, range: &'a Range<Data>, headers: &[&str]) -> Self {
        let (top, left) = range.start().unwrap_or((0, 0));
        let (bottom, right) = range.end().unwrap_or((0, 0));
        let found: Vec<(u32, String)> = (left..=right)
            .filter_map(|col| {
                let text = range.get_value((top, col)).and_then(parse::text)?;
                Some((col, text))
            })
            .collect();
        let columns = headers
            .iter()
            .map(|h| {
                found
                    .iter()
                    .find(|(_, t)| t.eq_ignore_ascii_case(h))
                    .map(|(c, _)| *c)
            })
            .collect();
        Table {
            sheet,
            range,
            columns,
            top,
            bottom: if range.is_empty() { top } else { bottom },
        }
    }

    /// The rows below the header that have any wanted cell filled.
    pub fn rows(&'a self) -> impl Iterator<Item = Row<'a>> + 'a {
        (self.top + 1..=self.bottom)
            .map(move |row| Row { table: self, row })
            .filter(|r| (0..r.table.columns.len()).any(|i| parse::text(r.cell(i)).is_some()))
    }
}

impl Row<'_> {
    /// The cell of the `index`th wanted column.
    pub fn cell(&self, index: usize) -> &Data {
        match self.table.columns.get(index).copied().flatten() {
            Some(col) => self
                .table
                .range
                .get_value((self.row, col))
                .unwrap_or(&EMPTY),
            None => &EMPTY,
        }
    }

    /// The trimmed text of the `index`th wanted column, if any.
    pub fn text(&self, index: usize) -> Option<String> {
        parse::text(self.cell(index))
    }

    /// The name of the `index`th wanted column's cell (its row's first cell when the column
    /// is missing).
    pub fn name(&self, index: usize) -> String {
        let col = self
            .table
            .columns
            .get(index)
            .copied()
            .flatten()
            .unwrap_or(0);
        sheet_cell(self.table.sheet, self.row, col)
    }
}
