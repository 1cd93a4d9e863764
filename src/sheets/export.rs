//! Writes an assessment as a workbook: an "About" sheet (what, whose, marking, how to fill
//! in, the scale) and an "Assessment" sheet with one row per item.

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, ExcelDateTime, Format, FormatAlign,
    FormatBorder, Formula, Workbook, Worksheet,
};
use time::OffsetDateTime;

use super::about::{LevelRows, write_about};
use super::columns::{Column, level_text};
use super::words::yes_no_in;
use super::{ABOUT_SHEET, ASSESSMENT_SHEET, SheetError};
use crate::checklist::{Checklist, Item, Norm};
use crate::i18n::Tr;
use crate::session::{Answer, Priority, Session};
use crate::t;

/// What the export says about itself on the "About" sheet, and its language.
pub struct ExportInfo {
    /// When the workbook was made.
    pub exported: OffsetDateTime,
    /// The language of its headers, words and texts (import reads any).
    pub tr: Tr,
}

/// The workbook for `session` answered against `checklist`, as the bytes of an `.xlsx` file.
pub fn export_assessment(
    checklist: &Checklist,
    session: &Session,
    info: &ExportInfo,
) -> Result<Vec<u8>, SheetError> {
    let tr = &info.tr;
    // The checklist's texts in the export's language where it has them.
    let local = checklist.localized(tr.code(), tr.checklist_texts(&checklist.id));
    let checklist = &local.checklist;
    let mut workbook = Workbook::new();
    let marking = session.meta.classification.as_deref().unwrap_or("");
    let levels = {
        let about = workbook.add_worksheet();
        about.set_name(ABOUT_SHEET)?;
        mark(about, marking, tr);
        write_about(about, checklist, session, info)?
    };
    let sheet = workbook.add_worksheet();
    sheet.set_name(ASSESSMENT_SHEET)?;
    mark(sheet, marking, tr);
    write_assessment(sheet, (checklist, session), levels, tr)?;
    Ok(workbook.save_to_buffer()?)
}

/// The marking in the page header and footer of a sheet (escaped: `&` is a code there).
fn mark(sheet: &mut Worksheet, marking: &str, tr: &Tr) {
    let marking: String = marking.replace('&', "&&").chars().take(100).collect();
    // &P and &N are the page number and count in a spreadsheet's footer.
    let page = t!(tr, "report-page", page = "&P", total = "&N");
    if marking.is_empty() {
        sheet.set_footer(format!("&R{page}"));
    } else {
        sheet.set_header(format!("&C&\"-,Bold\"{marking}"));
        sheet.set_footer(format!("&L{marking}&R{page}"));
    }
}

/// Cell formats of the Assessment sheet.
struct Formats {
    header: Format,
    text: Format,
    fixed: Format,
    date: Format,
}

impl Formats {
    fn new() -> Self {
        let text = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        Formats {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(Color::RGB(0xDD_E4_EE))
                .set_border_bottom(FormatBorder::Thin),
            fixed: text.clone().set_background_color(Color::RGB(0xF2_F2_F2)),
            date: Format::new()
                .set_num_format("yyyy-mm-dd")
                .set_align(FormatAlign::Top),
            text,
        }
    }
}

fn write_assessment(
    sheet: &mut Worksheet,
    (checklist, session): (&Checklist, &Session),
    levels: Option<LevelRows>,
    tr: &Tr,
) -> Result<(), SheetError> {
    let formats = Formats::new();
    let mut lines = 1;
    for (col, column) in (0u16..).zip(Column::ALL) {
        let header = column.header_in(tr);
        sheet.set_column_width(col, column.width())?;
        sheet.write_string_with_format(0, col, &header, &formats.header)?;
        // The filter button takes about two characters of the header cell.
        lines = lines.max(lines_needed(&header, column.width() - 2.0));
    }
    set_lines(sheet, 0, lines)?;
    let mut row = 0u32;
    let empty = Answer::default();
    for (norm, item) in checklist.items() {
        row += 1;
        let answer = session.answers.get(&item.id).unwrap_or(&empty);
        write_row(sheet, (row, checklist), (norm, item, answer), &formats, tr)?;
    }
    let last_col = (Column::ALL.len() - 1) as u16;
    sheet.set_freeze_panes(1, 2)?;
    sheet.autofilter(0, 0, row.max(1), last_col)?;
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    if row > 0 {
        add_drop_downs(sheet, row, checklist, levels, tr)?;
    }
    Ok(())
}

fn write_row(
    sheet: &mut Worksheet,
    (row, checklist): (u32, &Checklist),
    (norm, item, answer): (&Norm, &Item, &Answer),
    formats: &Formats,
    tr: &Tr,
) -> Result<(), SheetError> {
    let mut lines = 1;
    for (col, column) in (0u16..).zip(Column::ALL) {
        if let Column::TargetDate = column {
            if let Some(date) = answer.target_date {
                let cell = ExcelDateTime::from_ymd(
                    u16::try_from(date.year()).unwrap_or(1900),
                    u8::from(date.month()),
                    date.day(),
                )?;
                sheet.write_datetime_with_format(row, col, cell, &formats.date)?;
            }
            continue;
        }
        let text = cell_text(column, checklist, (norm, item, answer), tr);
        let format = match column {
            Column::Norm | Column::Item | Column::Action => &formats.fixed,
            _ => &formats.text,
        };
        if text.chars().count() > MAX_CELL_CHARS {
            return Err(SheetError::TooLong {
                item: item.id.clone(),
                column: column.header(),
            });
        }
        lines = lines.max(lines_needed(&text, column.width()));
        if text.is_empty() {
            sheet.write_blank(row, col, format)?;
        } else {
            sheet.write_string_with_format(row, col, text, format)?;
        }
    }
    set_lines(sheet, row, lines)
}

/// The text of one cell of an item's row (the target date is written as a date instead).
fn cell_text(
    column: Column,
    checklist: &Checklist,
    (norm, item, answer): (&Norm, &Item, &Answer),
    tr: &Tr,
) -> String {
    match column {
        Column::Norm => format!("({}) {}", norm.id, norm.title),
        Column::Item => item.id.clone(),
        Column::Action => item.text.clone(),
        Column::Level => match answer.level {
            Some(v) => checklist
                .scale
                .level(v)
                .map_or_else(|| v.to_string(), |l| level_text(v, &l.label)),
            None => String::new(),
        },
        Column::NotApplicable => yes_no_in(tr, answer.not_applicable),
        Column::Justification => answer.justification.clone().unwrap_or_default(),
        Column::Note => answer.note.clone().unwrap_or_default(),
        Column::Evidence => answer.evidence.join("\n"),
        Column::Owner => answer.owner.clone().unwrap_or_default(),
        Column::TargetDate => String::new(),
        Column::Priority => answer.priority.map(|p| p.label_in(tr)).unwrap_or_default(),
        Column::Flagged => yes_no_in(tr, answer.flagged),
        Column::Support => support_text(answer, tr),
    }
}

/// The most characters a spreadsheet cell holds (Excel's limit).
pub const MAX_CELL_CHARS: usize = 32_767;

/// The most lines a row is made tall for; longer cells scroll inside the cell.
const MAX_ROW_LINES: usize = 12;

/// About how many lines `text` wraps to in a column `width` characters wide (spreadsheet
/// programs do not all fit row heights to wrapped text when they open a file).
pub(super) fn lines_needed(text: &str, width: f64) -> usize {
    // Most characters of a proportional font are narrower than the "0" widths are counted in.
    let per_line = (width * 1.2 - 1.0).max(1.0);
    text.split('\n')
        .map(|line| ((line.chars().count() as f64 / per_line).ceil() as usize).max(1))
        .sum()
}

/// Makes `row` tall enough for `lines` lines of 11-point text.
pub(super) fn set_lines(sheet: &mut Worksheet, row: u32, lines: usize) -> Result<(), SheetError> {
    if lines > 1 {
        sheet.set_row_height(row, 15.0 * lines.min(MAX_ROW_LINES) as f64)?;
    }
    Ok(())
}

/// The "Support needed" cell: the kinds on the first line, the note below.
pub fn support_text(answer: &Answer, tr: &Tr) -> String {
    let Some(support) = &answer.support else {
        return String::new();
    };
    let kinds: Vec<String> = support.kinds.iter().map(|k| k.label_in(tr)).collect();
    let mut text = kinds.join("; ");
    if let Some(note) = support.note.as_deref().filter(|n| !n.trim().is_empty()) {
        text.push('\n');
        text.push_str(note);
    }
    text
}

fn col_of(column: Column) -> u16 {
    Column::ALL.iter().position(|c| *c == column).unwrap_or(0) as u16
}

fn add_drop_downs(
    sheet: &mut Worksheet,
    last_row: u32,
    checklist: &Checklist,
    levels: Option<LevelRows>,
    tr: &Tr,
) -> Result<(), SheetError> {
    let list = |values: &[String]| -> Result<DataValidation, SheetError> {
        Ok(DataValidation::new()
            .allow_list_strings(values)?
            .set_error_title(t!(tr, "sheet-not-on-list"))?
            .set_error_message(t!(tr, "sheet-choose-from-list"))?)
    };
    if let Some(LevelRows(first, last)) = levels {
        let range = format!("={ABOUT_SHEET}!$A${}:$A${}", first + 1, last + 1);
        // A warning, not a stop: typing the level's number alone is allowed too.
        let level = DataValidation::new()
            .allow_list_formula(Formula::new(range))
            .set_error_style(DataValidationErrorStyle::Warning)
            .set_error_title(t!(tr, "sheet-not-a-level"))?
            .set_error_message(t!(tr, "sheet-choose-level"))?;
        let col = col_of(Column::Level);
        sheet.add_data_validation(1, col, last_row, col, &level)?;
    }
    let mut yes_no_columns = vec![Column::Flagged];
    if checklist.scale.not_applicable {
        yes_no_columns.push(Column::NotApplicable);
    }
    for column in yes_no_columns {
        let col = col_of(column);
        let yes_no = [yes_no_in(tr, true), yes_no_in(tr, false)];
        sheet.add_data_validation(1, col, last_row, col, &list(&yes_no)?)?;
    }
    let priorities: Vec<String> = Priority::ALL.iter().map(|p| p.label_in(tr)).collect();
    let col = col_of(Column::Priority);
    sheet.add_data_validation(1, col, last_row, col, &list(&priorities)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::builtin;
    use crate::session::Meta;

    #[test]
    fn a_note_too_long_for_a_cell_is_refused_naming_the_item_not_cut_short() {
        let checklist = builtin().unwrap();
        let mut session = Session::new(&checklist, Meta::default());
        session.answers.entry("b.2".into()).or_default().note = Some("x".repeat(40_000));
        let info = ExportInfo {
            exported: OffsetDateTime::UNIX_EPOCH,
            tr: Tr::english(),
        };
        let Err(e) = export_assessment(&checklist, &session, &info) else {
            panic!("exported a note a cell cannot hold");
        };
        let message = e.to_string();
        assert!(
            message.contains("b.2") && message.contains("Note"),
            "{message}"
        );
    }
}
