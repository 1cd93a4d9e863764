//! Reading workbooks without trusting their size. An .xlsx file is a zip archive: a small file
//! can unpack to gigabytes, so how far it really unpacks is measured (not what its headers
//! claim) before calamine reads it. And calamine builds a dense grid from the first to the last
//! used cell of a sheet, so one stray value at row 1,048,576 (a slip of Ctrl+Down, or a damaged
//! file) would need gigabytes and minutes: sheets are read cell by cell instead, and a value
//! beyond the rows and columns a checklist or an assessment can need is refused, naming its
//! cell.

use std::io::{Cursor, Read, Seek};

use calamine::{Cell, Data, Range, Xlsx, open_workbook_from_rs};

use super::SheetError;
use super::cells::sheet_cell;

/// The most rows a sheet may use: ten times the largest checklist we have measured.
pub const MAX_ROWS: u32 = 20_000;
/// The most columns a sheet may use (A to BL), room for columns of the user's own.
pub const MAX_COLUMNS: u32 = 64;

/// The most a workbook may unpack to, all its parts together (the 2,000-item assessment
/// unpacks to under 5 MB).
pub const MAX_UNPACKED_BYTES: u64 = 256 << 20;

/// Opens a workbook for reading once it is known to unpack to at most [`MAX_UNPACKED_BYTES`].
pub fn open_workbook(bytes: &[u8]) -> Result<Xlsx<Cursor<&[u8]>>, SheetError> {
    open_workbook_within(bytes, MAX_UNPACKED_BYTES)
}

fn open_workbook_within(bytes: &[u8], limit: u64) -> Result<Xlsx<Cursor<&[u8]>>, SheetError> {
    let read_error = |e: &dyn std::fmt::Display| SheetError::Read(e.to_string());
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| read_error(&e))?;
    let mut unpacked = 0u64;
    for index in 0..archive.len() {
        let part = archive.by_index(index).map_err(|e| read_error(&e))?;
        let room = limit - unpacked;
        // Read at most one byte past the room left: enough to know it is too much.
        unpacked += std::io::copy(&mut part.take(room + 1), &mut std::io::sink())
            .map_err(|e| read_error(&e))?;
        if unpacked > limit {
            return Err(SheetError::TooBig);
        }
    }
    open_workbook_from_rs(Cursor::new(bytes)).map_err(|e: calamine::XlsxError| read_error(&e))
}

/// The used cells of sheet `name`, refused if any value lies beyond [`MAX_ROWS`] or
/// [`MAX_COLUMNS`]. At most 20,000 × 64 cells are ever held (about 40 MB at worst).
pub fn sheet_range<RS: Read + Seek>(
    workbook: &mut Xlsx<RS>,
    name: &str,
) -> Result<Range<Data>, SheetError> {
    let read_error = |e: calamine::XlsxError| SheetError::Read(e.to_string());
    let mut reader = workbook.worksheet_cells_reader(name).map_err(read_error)?;
    let mut cells = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(read_error)? {
        let (row, column) = cell.get_position();
        let value = Data::from(cell.get_value().clone());
        if value == Data::Empty {
            continue;
        }
        if row >= MAX_ROWS || column >= MAX_COLUMNS {
            return Err(SheetError::TooFar {
                cell: sheet_cell(name, row, column),
            });
        }
        cells.push(Cell::new((row, column), value));
    }
    Ok(Range::from_sparse(cells))
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use calamine::open_workbook_from_rs;

    use super::*;

    /// A workbook with one sheet "Items" holding `cells` ((row, column), text).
    fn workbook(cells: &[((u32, u16), &str)]) -> Xlsx<Cursor<Vec<u8>>> {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet().set_name("Items").unwrap();
        for ((row, column), text) in cells {
            sheet.write_string(*row, *column, *text).unwrap();
        }
        let bytes = book.save_to_buffer().unwrap();
        open_workbook_from_rs(Cursor::new(bytes)).unwrap()
    }

    #[test]
    fn a_workbook_unpacking_past_the_limit_is_refused_before_it_is_read() {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet().set_name("Items").unwrap();
        sheet.write_string(0, 0, "a".repeat(30_000)).unwrap();
        let bytes = book.save_to_buffer().unwrap();
        assert!(bytes.len() < 20_000, "compressed: {}", bytes.len());
        let refused = open_workbook_within(&bytes, 20_000);
        assert!(matches!(refused, Err(SheetError::TooBig)));
        assert!(open_workbook(&bytes).is_ok());
    }

    #[test]
    fn a_stray_value_in_the_last_row_is_refused_by_name_without_building_the_grid() {
        let mut book = workbook(&[((0, 0), "id"), ((1_048_575, 0), "oops")]);
        let err = sheet_range(&mut book, "Items").unwrap_err();
        assert!(
            matches!(&err, SheetError::TooFar { cell } if cell == "Items!A1048576"),
            "{err}"
        );
    }

    #[test]
    fn a_value_far_to_the_right_is_refused_too() {
        let mut book = workbook(&[((0, 0), "id"), ((3, 16_383), "oops")]);
        let err = sheet_range(&mut book, "Items").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("Items!XFD4 holds a value beyond"),
            "{err}"
        );
    }

    #[test]
    fn values_within_the_bounds_come_back_where_they_were() {
        let mut book = workbook(&[
            ((0, 0), "id"),
            ((MAX_ROWS - 1, MAX_COLUMNS as u16 - 1), "last"),
        ]);
        let range = sheet_range(&mut book, "Items").unwrap();
        assert_eq!(
            range.get_value((MAX_ROWS - 1, MAX_COLUMNS - 1)),
            Some(&Data::String("last".into()))
        );
        assert_eq!(range.get_value((0, 0)), Some(&Data::String("id".into())));
    }
}
