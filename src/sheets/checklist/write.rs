//! Writes a checklist (or an empty template) as a workbook.

use rust_xlsxwriter::{DataValidation, Format, FormatAlign, Workbook, Worksheet};

use super::{
    AREAS, BANDS, DETAIL_FIELDS, DETAILS, DETAILS_COLUMNS, INSTRUCTIONS, ITEMS, NORMS, SCALE,
    SOURCES, TRANSLATIONS,
};
use crate::checklist::{Checklist, NormKind};
use crate::i18n::Tr;
use crate::sheets::table::{Value, write_table};
use crate::sheets::{ABOUT_SHEET, SheetError};
use crate::t;

/// The workbook of `checklist`, as the bytes of an `.xlsx` file.
/// Its instructions are in `tr`'s language; its sheet and column names, which import reads
/// back, stay as they are.
pub fn export_checklist(checklist: &Checklist, tr: &Tr) -> Result<Vec<u8>, SheetError> {
    write(Some(checklist), tr)
}

/// An empty checklist workbook with instructions on its first sheet.
/// (in `tr`'s language).
pub fn checklist_template(tr: &Tr) -> Result<Vec<u8>, SheetError> {
    write(None, tr)
}

fn write(checklist: Option<&Checklist>, tr: &Tr) -> Result<Vec<u8>, SheetError> {
    let mut workbook = Workbook::new();
    about(workbook.add_worksheet(), checklist, tr)?;
    details_sheet(&mut workbook, checklist)?;
    let rows = checklist.map_or_else(Vec::new, |c| {
        c.sources
            .iter()
            .map(|s| vec![s.id.as_str().into(), s.title.as_str().into(), text(&s.note)])
            .collect()
    });
    let sheet = named(&mut workbook, SOURCES.0)?;
    write_table(sheet, &widths(&SOURCES.1, &[16.0, 60.0, 50.0]), rows)?;
    scale_and_bands(&mut workbook, checklist)?;
    let rows = checklist.map_or_else(Vec::new, |c| {
        c.focus_areas
            .iter()
            .map(|a| {
                vec![
                    a.id.as_str().into(),
                    a.title.as_str().into(),
                    text(&a.description),
                ]
            })
            .collect()
    });
    let sheet = named(&mut workbook, AREAS.0)?;
    write_table(sheet, &widths(&AREAS.1, &[16.0, 40.0, 70.0]), rows)?;
    norms_sheet(&mut workbook, checklist)?;
    items_sheet(&mut workbook, checklist)?;
    translations_sheet(&mut workbook, checklist)?;
    Ok(workbook.save_to_buffer()?)
}

/// An optional text as a cell value (empty when none).
fn text(t: &Option<String>) -> Value {
    Value::from(t.as_ref())
}

/// The checklist's id, version, title, description and whether N/A is allowed.
fn details_sheet(workbook: &mut Workbook, checklist: Option<&Checklist>) -> Result<(), SheetError> {
    let details = checklist.map_or_else(
        || {
            vec![
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                "Yes".to_owned(),
            ]
        },
        |c| {
            vec![
                c.id.clone(),
                c.version.clone(),
                c.title.clone(),
                c.description.clone().unwrap_or_default(),
                crate::sheets::columns::yes_no(c.scale.not_applicable).to_owned(),
            ]
        },
    );
    let rows = DETAIL_FIELDS
        .iter()
        .zip(details)
        .map(|(field, value)| vec![Value::from(*field), Value::from(value)])
        .collect();
    let sheet = named(workbook, DETAILS)?;
    write_table(sheet, &widths(&DETAILS_COLUMNS, &[24.0, 80.0]), rows)?;
    let yes_no = DataValidation::new().allow_list_strings(&["Yes", "No"])?;
    sheet.add_data_validation(5, 1, 5, 1, &yes_no)?;
    Ok(())
}

/// The answer scale's levels and the score bands.
fn scale_and_bands(
    workbook: &mut Workbook,
    checklist: Option<&Checklist>,
) -> Result<(), SheetError> {
    let rows = checklist.map_or_else(Vec::new, |c| {
        c.scale
            .levels
            .iter()
            .map(|l| {
                vec![
                    Value::Number(l.value as f64),
                    l.label.as_str().into(),
                    text(&l.description),
                ]
            })
            .collect()
    });
    let sheet = named(workbook, SCALE.0)?;
    write_table(sheet, &widths(&SCALE.1, &[8.0, 22.0, 80.0]), rows)?;
    let rows = checklist.map_or_else(Vec::new, |c| {
        c.bands
            .iter()
            .map(|b| vec![Value::Number(b.min), b.label.as_str().into()])
            .collect()
    });
    let sheet = named(workbook, BANDS.0)?;
    write_table(sheet, &widths(&BANDS.1, &[14.0, 30.0]), rows)?;
    Ok(())
}

/// The norms, with a drop-down for their kind.
fn norms_sheet(workbook: &mut Workbook, checklist: Option<&Checklist>) -> Result<(), SheetError> {
    let rows = checklist.map_or_else(Vec::new, |c| {
        c.norms
            .iter()
            .map(|n| {
                vec![
                    n.id.as_str().into(),
                    n.title.as_str().into(),
                    text(&n.summary),
                    text(&n.source),
                    n.kind.map_or("", kind_name).into(),
                ]
            })
            .collect()
    });
    let norms = rows.len().max(1) as u32;
    let sheet = named(workbook, NORMS.0)?;
    write_table(
        sheet,
        &widths(&NORMS.1, &[8.0, 40.0, 70.0, 28.0, 12.0]),
        rows,
    )?;
    let kinds = DataValidation::new().allow_list_strings(&["positive", "restraint", "mixed"])?;
    sheet.add_data_validation(1, 4, norms.max(200), 4, &kinds)?;
    Ok(())
}

/// The practical actions, one row each.
fn items_sheet(workbook: &mut Workbook, checklist: Option<&Checklist>) -> Result<(), SheetError> {
    let rows = checklist.map_or_else(Vec::new, |c| {
        c.items()
            .map(|(n, i)| {
                vec![
                    i.id.as_str().into(),
                    n.id.as_str().into(),
                    i.text.as_str().into(),
                    text(&i.guidance),
                    text(&i.evidence_hint),
                    i.focus_areas.join(", ").into(),
                    Value::Number(i.weight),
                    text(&i.basis),
                ]
            })
            .collect()
    });
    let sheet = named(workbook, ITEMS.0)?;
    write_table(
        sheet,
        &widths(&ITEMS.1, &[8.0, 8.0, 60.0, 50.0, 30.0, 18.0, 8.0, 24.0]),
        rows,
    )?;
    Ok(())
}

/// Every text with its key and English, then a column per language it is translated into.
fn translations_sheet(
    workbook: &mut Workbook,
    checklist: Option<&Checklist>,
) -> Result<(), SheetError> {
    let languages: Vec<&str> = checklist.map_or_else(Vec::new, |c| c.languages().collect());
    let mut columns = vec![(TRANSLATIONS.1[0], 26.0), (TRANSLATIONS.1[1], 60.0)];
    columns.extend(languages.iter().map(|l| (*l, 60.0)));
    let rows = checklist.map_or_else(Vec::new, |c| {
        c.texts()
            .into_iter()
            .map(|t| {
                let mut row: Vec<Value> = vec![t.key.as_str().into(), t.english.into()];
                row.extend(languages.iter().map(|l| {
                    Value::from(c.translations.get(*l).and_then(|texts| texts.get(&t.key)))
                }));
                row
            })
            .collect()
    });
    let sheet = named(workbook, TRANSLATIONS.0)?;
    write_table(sheet, &columns, rows)?;
    Ok(())
}

/// How a norm's kind is written.
pub fn kind_name(kind: NormKind) -> &'static str {
    match kind {
        NormKind::Positive => "positive",
        NormKind::Restraint => "restraint",
        NormKind::Mixed => "mixed",
    }
}

fn widths<'a>(headers: &[&'a str], widths: &[f64]) -> Vec<(&'a str, f64)> {
    headers
        .iter()
        .copied()
        .zip(widths.iter().copied())
        .collect()
}

fn named<'a>(workbook: &'a mut Workbook, name: &str) -> Result<&'a mut Worksheet, SheetError> {
    let sheet = workbook.add_worksheet();
    sheet.set_name(name)?;
    Ok(sheet)
}

fn about(sheet: &mut Worksheet, checklist: Option<&Checklist>, tr: &Tr) -> Result<(), SheetError> {
    sheet.set_name(ABOUT_SHEET)?;
    let heading = Format::new().set_bold().set_font_size(14);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    sheet.set_column_width(0, 100)?;
    let title = match checklist {
        Some(c) => t!(
            tr,
            "checklist-sheet-title",
            title = c.title.clone(),
            version = c.version.clone()
        ),
        None => t!(tr, "checklist-sheet-template-title"),
    };
    sheet.write_string_with_format(0, 0, title, &heading)?;
    for (row, id) in (2u32..).zip(INSTRUCTIONS) {
        sheet.write_string_with_format(row, 0, tr.dynamic(id), &wrap)?;
    }
    Ok(())
}
