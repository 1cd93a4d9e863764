//! Writes an assessment as a workbook: an "About" sheet (what, whose, marking, how to fill
//! in, the scale) and an "Assessment" sheet with one row per item.

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, ExcelDateTime, Format, FormatAlign,
    FormatBorder, Formula, Workbook, Worksheet,
};
use time::OffsetDateTime;

use super::columns::{Column, level_text, yes_no};
use super::{ABOUT_SHEET, ASSESSMENT_SHEET, SheetError};
use crate::checklist::{Checklist, Item, Norm};
use crate::session::{Answer, Priority, Session};

/// What the export says about itself on the "About" sheet.
pub struct ExportInfo {
    /// When the workbook was made.
    pub exported: OffsetDateTime,
}

/// The instructions on the "About" sheet, one paragraph a line.
pub const INSTRUCTIONS: [&str; 7] = [
    "Fill in the Assessment sheet: one row per practical action. Rows are matched by the Item column when the workbook is imported, so do not change the Item cells; the order of rows and columns does not matter, and a row removed leaves its item unchanged.",
    "Level: choose from the list, or type the level's number alone (for example 3). Leave Level empty for an item not yet assessed or not applicable.",
    "Not applicable and Flagged: Yes or No. Priority: High, Medium or Low. Target date: a date (YYYY-MM-DD).",
    "Evidence: one reference per line (Alt+Enter starts a new line in a cell).",
    "Support needed: the kinds of support on the first line, separated by semicolons (Training; Legal drafting; Technical assistance; Equipment; Funding; Exchange of practice; Other), and a note on the lines below.",
    "An empty cell clears that field when the workbook is imported: clearing a Note cell deletes the note.",
    "Import: normcheck sheet import FILE.xlsx --into SESSION -o OUT (add --json for a list of changes), or File → Import spreadsheet… in the app, which lists the changes before applying them.",
];

/// The workbook for `session` answered against `checklist`, as the bytes of an `.xlsx` file.
pub fn export_assessment(
    checklist: &Checklist,
    session: &Session,
    info: &ExportInfo,
) -> Result<Vec<u8>, SheetError> {
    let mut workbook = Workbook::new();
    let marking = session.meta.classification.as_deref().unwrap_or("");
    let levels = {
        let about = workbook.add_worksheet();
        about.set_name(ABOUT_SHEET)?;
        mark(about, marking);
        write_about(about, checklist, session, info)?
    };
    let sheet = workbook.add_worksheet();
    sheet.set_name(ASSESSMENT_SHEET)?;
    mark(sheet, marking);
    write_assessment(sheet, checklist, session, levels)?;
    Ok(workbook.save_to_buffer()?)
}

/// The marking in the page header and footer of a sheet (escaped: `&` is a code there).
fn mark(sheet: &mut Worksheet, marking: &str) {
    let marking: String = marking.replace('&', "&&").chars().take(100).collect();
    if marking.is_empty() {
        sheet.set_footer("&RPage &P of &N");
    } else {
        sheet.set_header(format!("&C&\"-,Bold\"{marking}"));
        sheet.set_footer(format!("&L{marking}&RPage &P of &N"));
    }
}

/// The width of the About sheet's text column, in characters.
const ABOUT_WIDTH: f64 = 90.0;

/// The first and last rows (zero-based) of the level list on the About sheet.
struct LevelRows(u32, u32);

fn write_about(
    sheet: &mut Worksheet,
    checklist: &Checklist,
    session: &Session,
    info: &ExportInfo,
) -> Result<Option<LevelRows>, SheetError> {
    let heading = Format::new().set_bold().set_font_size(14);
    let bold = Format::new().set_bold().set_align(FormatAlign::Top);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    sheet.set_column_width(0, 24)?;
    sheet.set_column_width(1, ABOUT_WIDTH)?;
    let meta = &session.meta;
    let mut row = 0;
    if let Some(marking) = meta.classification.as_deref().filter(|m| !m.is_empty()) {
        let red = Format::new()
            .set_bold()
            .set_font_color(Color::RGB(0xB0_00_20));
        sheet.write_string_with_format(row, 0, marking, &red)?;
        row += 1;
    }
    let title = meta.title.as_deref().unwrap_or("Self-assessment");
    sheet.write_string_with_format(row, 0, format!("normcheck — {title}"), &heading)?;
    row += 2;
    for (label, value) in about_pairs(checklist, session, info) {
        sheet.write_string_with_format(row, 0, label, &bold)?;
        set_lines(sheet, row, lines_needed(&value, ABOUT_WIDTH))?;
        sheet.write_string_with_format(row, 1, value, &wrap)?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(row, 0, "How to fill in", &bold)?;
    for text in INSTRUCTIONS {
        sheet.write_string_with_format(row, 1, text, &wrap)?;
        set_lines(sheet, row, lines_needed(text, ABOUT_WIDTH))?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(row, 0, "Levels", &bold)?;
    row += 1;
    let first = row;
    for level in &checklist.scale.levels {
        sheet.write_string_with_format(row, 0, level_text(level.value, &level.label), &wrap)?;
        let description = level.description.as_deref().unwrap_or("");
        sheet.write_string_with_format(row, 1, description, &wrap)?;
        set_lines(sheet, row, lines_needed(description, ABOUT_WIDTH))?;
        row += 1;
    }
    Ok((row > first).then(|| LevelRows(first, row - 1)))
}

/// The About sheet's details: what the workbook holds and when it was made.
fn about_pairs(
    checklist: &Checklist,
    session: &Session,
    info: &ExportInfo,
) -> [(&'static str, String); 7] {
    let meta = &session.meta;
    let exported = info
        .exported
        .to_offset(time::UtcOffset::UTC)
        .format(time::macros::format_description!(
            "[year]-[month]-[day] [hour]:[minute] UTC"
        ))
        .unwrap_or_default();
    [
        ("Title", meta.title.clone().unwrap_or_default()),
        ("State", meta.member_state.clone().unwrap_or_default()),
        (
            "Organisation",
            meta.organisation.clone().unwrap_or_default(),
        ),
        (
            "Reporting period",
            meta.reporting_period.clone().unwrap_or_default(),
        ),
        ("Marking", meta.classification.clone().unwrap_or_default()),
        (
            "Checklist",
            format!(
                "{} (id {}, version {})",
                checklist.title, checklist.id, checklist.version
            ),
        ),
        ("Exported", exported),
    ]
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
    checklist: &Checklist,
    session: &Session,
    levels: Option<LevelRows>,
) -> Result<(), SheetError> {
    let formats = Formats::new();
    let mut lines = 1;
    for (col, column) in (0u16..).zip(Column::ALL) {
        sheet.set_column_width(col, column.width())?;
        sheet.write_string_with_format(0, col, column.header(), &formats.header)?;
        // The filter button takes about two characters of the header cell.
        lines = lines.max(lines_needed(column.header(), column.width() - 2.0));
    }
    set_lines(sheet, 0, lines)?;
    let mut row = 0u32;
    let empty = Answer::default();
    for (norm, item) in checklist.items() {
        row += 1;
        let answer = session.answers.get(&item.id).unwrap_or(&empty);
        write_row(sheet, row, checklist, norm, item, answer, &formats)?;
    }
    let last_col = (Column::ALL.len() - 1) as u16;
    sheet.set_freeze_panes(1, 2)?;
    sheet.autofilter(0, 0, row.max(1), last_col)?;
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    if row > 0 {
        add_drop_downs(sheet, row, checklist, levels)?;
    }
    Ok(())
}

fn write_row(
    sheet: &mut Worksheet,
    row: u32,
    checklist: &Checklist,
    norm: &Norm,
    item: &Item,
    answer: &Answer,
    formats: &Formats,
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
        let text = cell_text(column, checklist, norm, item, answer);
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
    norm: &Norm,
    item: &Item,
    answer: &Answer,
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
        Column::NotApplicable => yes_no(answer.not_applicable).to_owned(),
        Column::Justification => answer.justification.clone().unwrap_or_default(),
        Column::Note => answer.note.clone().unwrap_or_default(),
        Column::Evidence => answer.evidence.join("\n"),
        Column::Owner => answer.owner.clone().unwrap_or_default(),
        Column::TargetDate => String::new(),
        Column::Priority => answer
            .priority
            .map(Priority::label)
            .unwrap_or_default()
            .to_owned(),
        Column::Flagged => yes_no(answer.flagged).to_owned(),
        Column::Support => support_text(answer),
    }
}

/// The most characters a spreadsheet cell holds (Excel's limit).
pub const MAX_CELL_CHARS: usize = 32_767;

/// The most lines a row is made tall for; longer cells scroll inside the cell.
const MAX_ROW_LINES: usize = 12;

/// About how many lines `text` wraps to in a column `width` characters wide (spreadsheet
/// programs do not all fit row heights to wrapped text when they open a file).
fn lines_needed(text: &str, width: f64) -> usize {
    // Most characters of a proportional font are narrower than the "0" widths are counted in.
    let per_line = (width * 1.2 - 1.0).max(1.0);
    text.split('\n')
        .map(|line| ((line.chars().count() as f64 / per_line).ceil() as usize).max(1))
        .sum()
}

/// Makes `row` tall enough for `lines` lines of 11-point text.
fn set_lines(sheet: &mut Worksheet, row: u32, lines: usize) -> Result<(), SheetError> {
    if lines > 1 {
        sheet.set_row_height(row, 15.0 * lines.min(MAX_ROW_LINES) as f64)?;
    }
    Ok(())
}

/// The "Support needed" cell: the kinds on the first line, the note below.
pub fn support_text(answer: &Answer) -> String {
    let Some(support) = &answer.support else {
        return String::new();
    };
    let kinds: Vec<&str> = support.kinds.iter().map(|k| k.label()).collect();
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
) -> Result<(), SheetError> {
    let list = |values: &[&str]| -> Result<DataValidation, SheetError> {
        Ok(DataValidation::new()
            .allow_list_strings(values)?
            .set_error_title("Not on the list")?
            .set_error_message("Choose a value from the list.")?)
    };
    if let Some(LevelRows(first, last)) = levels {
        let range = format!("={ABOUT_SHEET}!$A${}:$A${}", first + 1, last + 1);
        // A warning, not a stop: typing the level's number alone is allowed too.
        let level = DataValidation::new()
            .allow_list_formula(Formula::new(range))
            .set_error_style(DataValidationErrorStyle::Warning)
            .set_error_title("Not a level of the scale")?
            .set_error_message("Choose a level from the list, or type its number alone.")?;
        let col = col_of(Column::Level);
        sheet.add_data_validation(1, col, last_row, col, &level)?;
    }
    let mut yes_no_columns = vec![Column::Flagged];
    if checklist.scale.not_applicable {
        yes_no_columns.push(Column::NotApplicable);
    }
    for column in yes_no_columns {
        let col = col_of(column);
        sheet.add_data_validation(1, col, last_row, col, &list(&["Yes", "No"])?)?;
    }
    let priorities: Vec<&str> = Priority::ALL.iter().map(|p| p.label()).collect();
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
