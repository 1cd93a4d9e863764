//! The "About" sheet of an assessment's workbook: what it holds and whose it is, how to fill it
//! in, and the scale (whose first column the Level drop-down lists), in the export's language.

use rust_xlsxwriter::{Color, Format, FormatAlign, Worksheet};

use super::SheetError;
use super::columns::level_text;
use super::export::{ExportInfo, lines_needed, set_lines};
use crate::checklist::Checklist;
use crate::i18n::Tr;
use crate::session::Session;
use crate::t;

/// The width of the About sheet's text column, in characters.
const ABOUT_WIDTH: f64 = 90.0;

/// The first and last rows (zero-based) of the level list on the About sheet.
pub(super) struct LevelRows(pub(super) u32, pub(super) u32);

/// How to fill the workbook in, one paragraph a line.
fn instructions(tr: &Tr) -> [String; 7] {
    [
        t!(tr, "sheet-howto-rows"),
        t!(tr, "sheet-howto-level"),
        t!(tr, "sheet-howto-values"),
        t!(tr, "sheet-howto-evidence"),
        t!(tr, "sheet-howto-support"),
        t!(tr, "sheet-howto-empty"),
        t!(tr, "sheet-howto-import"),
    ]
}

/// Writes the About sheet; returns where the level list is, for the Level drop-down.
pub(super) fn write_about(
    sheet: &mut Worksheet,
    checklist: &Checklist,
    session: &Session,
    info: &ExportInfo,
) -> Result<Option<LevelRows>, SheetError> {
    let tr = &info.tr;
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
    let title = meta
        .title
        .clone()
        .unwrap_or_else(|| t!(tr, "sheet-about-untitled"));
    sheet.write_string_with_format(row, 0, format!("normcheck — {title}"), &heading)?;
    row += 2;
    for (label, value) in about_pairs(checklist, session, info) {
        sheet.write_string_with_format(row, 0, label, &bold)?;
        set_lines(sheet, row, lines_needed(&value, ABOUT_WIDTH))?;
        sheet.write_string_with_format(row, 1, value, &wrap)?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(row, 0, t!(tr, "sheet-about-how"), &bold)?;
    for text in instructions(tr) {
        set_lines(sheet, row, lines_needed(&text, ABOUT_WIDTH))?;
        sheet.write_string_with_format(row, 1, text, &wrap)?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(row, 0, t!(tr, "sheet-about-levels"), &bold)?;
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
) -> [(String, String); 7] {
    let tr = &info.tr;
    let meta = &session.meta;
    let exported = info
        .exported
        .to_offset(time::UtcOffset::UTC)
        .format(time::macros::format_description!(
            "[year]-[month]-[day] [hour]:[minute] UTC"
        ))
        .unwrap_or_default();
    let text = |value: &Option<String>| value.clone().unwrap_or_default();
    [
        (t!(tr, "sheet-about-title"), text(&meta.title)),
        (t!(tr, "sheet-about-state"), text(&meta.member_state)),
        (t!(tr, "sheet-about-organisation"), text(&meta.organisation)),
        (t!(tr, "sheet-about-period"), text(&meta.reporting_period)),
        (t!(tr, "sheet-about-marking"), text(&meta.classification)),
        (
            t!(tr, "sheet-about-checklist"),
            t!(
                tr,
                "sheet-about-checklist-value",
                title = checklist.title.clone(),
                id = checklist.id.clone(),
                version = checklist.version.clone()
            ),
        ),
        (t!(tr, "sheet-about-exported"), exported),
    ]
}
