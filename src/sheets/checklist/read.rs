//! Reads a checklist workbook back: every sheet into the checklist model, then the same
//! validation as a JSON checklist file, each problem named by its cell.

use crate::i18n::Message;
use crate::msg;
use std::collections::BTreeMap;

use calamine::{Data, Range, Reader};

use super::{
    AREAS, BANDS, DETAIL_FIELDS, DETAILS, DETAILS_COLUMNS, ITEMS, NORMS, SCALE, SOURCES,
    TRANSLATIONS,
};
use crate::checklist::{
    Band, CHECKLIST_FORMAT, CHECKLIST_FORMAT_VERSION, Checklist, FocusArea, Item, Level, Norm,
    NormKind, Scale, Source, validate,
};
use crate::sheets::bounded::{open_workbook, sheet_range};
use crate::sheets::cells::sheet_cell;
use crate::sheets::table::{Row, Table};
use crate::sheets::{CellProblem, SheetError, parse};

/// A checklist read from a workbook.
#[derive(Debug)]
pub struct ChecklistImport {
    /// The checklist, when no cell has an error.
    pub checklist: Option<Checklist>,
    /// Every error, with its cell.
    pub problems: Vec<CellProblem>,
    /// Everything worth a look (an unused focus area), with its cell.
    pub warnings: Vec<CellProblem>,
}

/// Where each part of the checklist came from: JSON paths (`norms[1].items[0].weight`) to
/// cells, so validation problems can name the cell.
#[derive(Default)]
struct Cells(BTreeMap<String, String>);

impl Cells {
    fn put(&mut self, path: String, cell: String) {
        self.0.insert(path, cell);
    }

    /// The cell of `path`, or of the nearest part that contains it.
    fn of(&self, path: &str) -> String {
        let mut path = path;
        loop {
            if let Some(cell) = self.0.get(path) {
                return cell.clone();
            }
            match path.rfind(['.', '[']) {
                Some(cut) => path = &path[..cut],
                None => return path.to_owned(),
            }
        }
    }
}

/// The sheets of a checklist workbook (optional ones empty when missing).
struct Sheets {
    details: Range<Data>,
    sources: Range<Data>,
    scale: Range<Data>,
    bands: Range<Data>,
    areas: Range<Data>,
    norms: Range<Data>,
    items: Range<Data>,
    translations: Range<Data>,
}

impl Sheets {
    fn read(bytes: &[u8]) -> Result<Self, SheetError> {
        let mut workbook = open_workbook(bytes)?;
        let names = workbook.sheet_names();
        let has = |name: &str| names.iter().any(|n| n == name);
        if !has(DETAILS) && has(crate::sheets::ASSESSMENT_SHEET) {
            return Err(SheetError::AssessmentNotChecklist);
        }
        let mut range = |name: &str, required: bool| -> Result<Range<Data>, SheetError> {
            if !names.iter().any(|n| n == name) {
                return if required {
                    Err(SheetError::MissingSheet(name.to_owned()))
                } else {
                    Ok(Range::empty())
                };
            }
            sheet_range(&mut workbook, name)
        };
        Ok(Sheets {
            details: range(DETAILS, true)?,
            sources: range(SOURCES.0, false)?,
            scale: range(SCALE.0, true)?,
            bands: range(BANDS.0, false)?,
            areas: range(AREAS.0, false)?,
            norms: range(NORMS.0, true)?,
            items: range(ITEMS.0, true)?,
            translations: range(TRANSLATIONS.0, false)?,
        })
    }
}

/// The checklist as read so far, where its parts came from, and the problems met.
struct Reading {
    checklist: Checklist,
    cells: Cells,
    problems: Vec<CellProblem>,
}

/// Reads the checklist workbook `bytes`.
pub fn read_checklist(bytes: &[u8]) -> Result<ChecklistImport, SheetError> {
    let sheets = Sheets::read(bytes)?;
    let mut reading = Reading {
        checklist: Checklist {
            format: CHECKLIST_FORMAT.to_owned(),
            format_version: CHECKLIST_FORMAT_VERSION,
            id: String::new(),
            version: String::new(),
            title: String::new(),
            description: None,
            sources: Vec::new(),
            scale: Scale {
                levels: Vec::new(),
                not_applicable: true,
                implemented_hint: None,
            },
            bands: Vec::new(),
            focus_areas: Vec::new(),
            norms: Vec::new(),
            translations: Default::default(),
        },
        cells: Cells::default(),
        problems: Vec::new(),
    };
    reading.details(&Table::new(DETAILS, &sheets.details, &DETAILS_COLUMNS));
    reading.sources(&Table::new(SOURCES.0, &sheets.sources, &SOURCES.1));
    reading.scale(&Table::new(SCALE.0, &sheets.scale, &SCALE.1));
    reading.bands(&Table::new(BANDS.0, &sheets.bands, &BANDS.1));
    reading.areas(&Table::new(AREAS.0, &sheets.areas, &AREAS.1));
    reading.norms(&Table::new(NORMS.0, &sheets.norms, &NORMS.1));
    reading.items(&Table::new(ITEMS.0, &sheets.items, &ITEMS.1));
    reading.translations(&sheets.translations);
    Ok(reading.finish())
}

impl Reading {
    fn problem(&mut self, cell: String, message: impl Into<Message>) {
        self.problems.push(CellProblem {
            cell,
            message: message.into(),
        });
    }

    fn details(&mut self, table: &Table<'_>) {
        for row in table.rows() {
            let Some(field) = row.text(0) else { continue };
            let value = row.text(1);
            let cell = row.name(1);
            let checklist = &mut self.checklist;
            match DETAIL_FIELDS
                .iter()
                .position(|f| f.eq_ignore_ascii_case(&field))
            {
                Some(0) => {
                    checklist.id = value.unwrap_or_default();
                    self.cells.put("id".into(), cell);
                }
                Some(1) => {
                    checklist.version = value.unwrap_or_default();
                    self.cells.put("version".into(), cell);
                }
                Some(2) => {
                    checklist.title = value.unwrap_or_default();
                    self.cells.put("title".into(), cell);
                }
                Some(3) => checklist.description = value,
                Some(_) => match parse::yes_no(row.cell(1)) {
                    Ok(allowed) => checklist.scale.not_applicable = allowed,
                    Err(message) => self.problem(cell, message),
                },
                None => self.problem(
                    row.name(0),
                    msg!(
                        "cell-not-a-checklist-field",
                        field = field.clone(),
                        fields = DETAIL_FIELDS.join(", ")
                    ),
                ),
            }
        }
        for (path, field) in [("id", 0), ("title", 2)] {
            if !self.cells.0.contains_key(path) {
                let cell = format!("{DETAILS}!A1 ({} row)", DETAIL_FIELDS[field]);
                self.cells.put(path.into(), cell);
            }
        }
    }

    fn sources(&mut self, table: &Table<'_>) {
        for row in table.rows() {
            self.checklist.sources.push(Source {
                id: row.text(0).unwrap_or_default(),
                title: row.text(1).unwrap_or_default(),
                note: row.text(2),
            });
        }
    }

    fn scale(&mut self, table: &Table<'_>) {
        self.cells
            .put("scale.levels".into(), sheet_cell(SCALE.0, 0, 0));
        for row in table.rows() {
            let path = format!("scale.levels[{}]", self.checklist.scale.levels.len());
            let value = match number(row.cell(0)) {
                Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => v as i64,
                _ => {
                    self.problem(row.name(0), msg!("cell-level-whole-number"));
                    continue;
                }
            };
            note_cells(
                &mut self.cells,
                &path,
                &row,
                &["value", "label", "description"],
            );
            self.checklist.scale.levels.push(Level {
                value,
                label: row.text(1).unwrap_or_default(),
                description: row.text(2),
            });
        }
    }

    fn bands(&mut self, table: &Table<'_>) {
        for row in table.rows() {
            let path = format!("bands[{}]", self.checklist.bands.len());
            let Some(min) = number(row.cell(0)) else {
                self.problem(row.name(0), msg!("cell-band-number"));
                continue;
            };
            note_cells(&mut self.cells, &path, &row, &["min", "label"]);
            self.checklist.bands.push(Band {
                min,
                label: row.text(1).unwrap_or_default(),
            });
        }
    }

    fn areas(&mut self, table: &Table<'_>) {
        for (i, row) in table.rows().enumerate() {
            let path = format!("focus_areas[{i}]");
            note_cells(
                &mut self.cells,
                &path,
                &row,
                &["id", "title", "description"],
            );
            self.checklist.focus_areas.push(FocusArea {
                id: row.text(0).unwrap_or_default(),
                title: row.text(1).unwrap_or_default(),
                description: row.text(2),
            });
        }
    }

    fn norms(&mut self, table: &Table<'_>) {
        self.cells.put("norms".into(), sheet_cell(NORMS.0, 0, 0));
        for (i, row) in table.rows().enumerate() {
            let path = format!("norms[{i}]");
            let fields = ["id", "title", "summary", "source", "kind"];
            note_cells(&mut self.cells, &path, &row, &fields);
            self.cells.put(format!("{path}.items"), row.name(0));
            let kind = match row.text(4).map(|k| k.to_lowercase()).as_deref() {
                None => None,
                Some("positive") => Some(NormKind::Positive),
                Some("restraint") => Some(NormKind::Restraint),
                Some("mixed") => Some(NormKind::Mixed),
                Some(other) => {
                    let message = msg!("cell-not-a-kind", kind = other.to_owned());
                    self.problem(row.name(4), message);
                    None
                }
            };
            self.checklist.norms.push(Norm {
                id: row.text(0).unwrap_or_default(),
                title: row.text(1).unwrap_or_default(),
                summary: row.text(2),
                source: row.text(3),
                kind,
                items: Vec::new(),
            });
        }
    }

    fn items(&mut self, table: &Table<'_>) {
        for row in table.rows() {
            let norm_id = row.text(1).unwrap_or_default();
            let Some(n) = self.checklist.norms.iter().position(|n| n.id == norm_id) else {
                let message = msg!("cell-not-a-norm", norm = norm_id.clone(), sheet = NORMS.0);
                self.problem(row.name(1), message);
                continue;
            };
            let weight = match row.text(6) {
                None => 1.0,
                Some(_) => match number(row.cell(6)) {
                    Some(w) => w,
                    None => {
                        self.problem(row.name(6), msg!("cell-weight-number"));
                        continue;
                    }
                },
            };
            let path = format!("norms[{n}].items[{}]", self.checklist.norms[n].items.len());
            let fields = [
                "id",
                "",
                "text",
                "guidance",
                "evidence_hint",
                "focus_areas",
                "weight",
                "basis",
            ];
            note_cells(&mut self.cells, &path, &row, &fields);
            let focus_areas: Vec<String> = row
                .text(5)
                .map(|t| {
                    t.split([',', ';', '\n'])
                        .map(str::trim)
                        .filter(|a| !a.is_empty())
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default();
            self.checklist.norms[n].items.push(Item {
                id: row.text(0).unwrap_or_default(),
                text: row.text(2).unwrap_or_default(),
                guidance: row.text(3),
                evidence_hint: row.text(4),
                focus_areas,
                weight,
                basis: row.text(7),
            });
        }
    }

    /// Runs the checklist validation, naming each problem's cell.
    /// The "Translations" sheet: each column after Key and English is a language.
    fn translations(&mut self, range: &Range<Data>) {
        let read = super::translations_sheet::read(range);
        self.problems.extend(read.problems);
        for (path, cell) in read.cells {
            self.cells.put(path, cell);
        }
        self.checklist.translations = read.translations;
    }

    fn finish(mut self) -> ChecklistImport {
        let mut warnings = Vec::new();
        for found in validate(&self.checklist) {
            let entry = CellProblem {
                cell: self.cells.of(&found.path),
                message: found.message.clone(),
            };
            if found.is_error() {
                self.problems.push(entry);
            } else {
                warnings.push(entry);
            }
        }
        ChecklistImport {
            checklist: self.problems.is_empty().then_some(self.checklist),
            problems: self.problems,
            warnings,
        }
    }
}

/// Records the cell of each named field of a row (`""` skips a column), and the row itself.
fn note_cells(cells: &mut Cells, path: &str, row: &Row<'_>, fields: &[&str]) {
    cells.put(path.to_owned(), row.name(0));
    for (i, field) in fields.iter().enumerate().filter(|(_, f)| !f.is_empty()) {
        cells.put(format!("{path}.{field}"), row.name(i));
    }
}

/// A number cell, or text holding a number.
fn number(cell: &Data) -> Option<f64> {
    match cell {
        Data::Float(f) => Some(*f),
        Data::Int(i) => Some(*i as f64),
        _ => parse::text(cell)?
            .parse::<f64>()
            .ok()
            .filter(|f| f.is_finite()),
    }
}
