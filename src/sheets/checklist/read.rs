//! Reads a checklist workbook back: every sheet into the checklist model, then the same
//! validation as a JSON checklist file, each problem named by its cell.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Data, Range, Reader, Xlsx, open_workbook_from_rs};

use super::{AREAS, BANDS, DETAIL_FIELDS, DETAILS, DETAILS_COLUMNS, ITEMS, NORMS, SCALE, SOURCES};
use crate::checklist::{
    Band, CHECKLIST_FORMAT, CHECKLIST_FORMAT_VERSION, Checklist, FocusArea, Item, Level, Norm,
    NormKind, Scale, Source, validate,
};
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

/// Reads the checklist workbook `bytes`.
pub fn read_checklist(bytes: &[u8]) -> Result<ChecklistImport, SheetError> {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e: calamine::XlsxError| SheetError::Read(e.to_string()))?;
    let names = workbook.sheet_names();
    let mut range = |name: &str, required: bool| -> Result<Range<Data>, SheetError> {
        if !names.iter().any(|n| n == name) {
            return if required {
                Err(SheetError::MissingSheet(name.to_owned()))
            } else {
                Ok(Range::empty())
            };
        }
        workbook
            .worksheet_range(name)
            .map_err(|e| SheetError::Read(e.to_string()))
    };
    let details = range(DETAILS, true)?;
    let sources = range(SOURCES.0, false)?;
    let scale = range(SCALE.0, true)?;
    let bands = range(BANDS.0, false)?;
    let areas = range(AREAS.0, false)?;
    let norms = range(NORMS.0, true)?;
    let items = range(ITEMS.0, true)?;

    let mut cells = Cells::default();
    let mut problems = Vec::new();
    let mut problem = |cell: String, message: String| problems.push(CellProblem { cell, message });
    let mut checklist = Checklist {
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
        },
        bands: Vec::new(),
        focus_areas: Vec::new(),
        norms: Vec::new(),
    };

    let table = Table::new(DETAILS, &details, &DETAILS_COLUMNS);
    for row in table.rows() {
        let Some(field) = row.text(0) else { continue };
        let value = row.text(1);
        let cell = row.name(1);
        match DETAIL_FIELDS
            .iter()
            .position(|f| f.eq_ignore_ascii_case(&field))
        {
            Some(0) => {
                checklist.id = value.unwrap_or_default();
                cells.put("id".into(), cell);
            }
            Some(1) => {
                checklist.version = value.unwrap_or_default();
                cells.put("version".into(), cell);
            }
            Some(2) => {
                checklist.title = value.unwrap_or_default();
                cells.put("title".into(), cell);
            }
            Some(3) => checklist.description = value,
            Some(_) => match parse::yes_no(row.cell(1)) {
                Ok(allowed) => checklist.scale.not_applicable = allowed,
                Err(message) => problem(cell, message),
            },
            None => problem(
                row.name(0),
                format!(
                    "{field:?} is not a checklist field ({})",
                    DETAIL_FIELDS.join(", ")
                ),
            ),
        }
    }
    for (path, field) in [("id", 0), ("title", 2)] {
        if !cells.0.contains_key(path) {
            cells.put(
                path.into(),
                format!("{DETAILS}!A1 ({} row)", DETAIL_FIELDS[field]),
            );
        }
    }

    let table = Table::new(SOURCES.0, &sources, &SOURCES.1);
    for row in table.rows() {
        checklist.sources.push(Source {
            id: row.text(0).unwrap_or_default(),
            title: row.text(1).unwrap_or_default(),
            note: row.text(2),
        });
    }

    cells.put("scale.levels".into(), sheet_cell(SCALE.0, 0, 0));
    let table = Table::new(SCALE.0, &scale, &SCALE.1);
    for (i, row) in table.rows().enumerate() {
        let path = format!("scale.levels[{i}]");
        note_cells(&mut cells, &path, &row, &["value", "label", "description"]);
        let value = match number(row.cell(0)) {
            Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => v as i64,
            _ => {
                problem(
                    row.name(0),
                    "a level's value must be a whole number".to_owned(),
                );
                continue;
            }
        };
        checklist.scale.levels.push(Level {
            value,
            label: row.text(1).unwrap_or_default(),
            description: row.text(2),
        });
    }

    let table = Table::new(BANDS.0, &bands, &BANDS.1);
    for (i, row) in table.rows().enumerate() {
        note_cells(&mut cells, &format!("bands[{i}]"), &row, &["min", "label"]);
        let Some(min) = number(row.cell(0)) else {
            problem(
                row.name(0),
                "the minimum score must be a number (0–100)".to_owned(),
            );
            continue;
        };
        checklist.bands.push(Band {
            min,
            label: row.text(1).unwrap_or_default(),
        });
    }

    let table = Table::new(AREAS.0, &areas, &AREAS.1);
    for (i, row) in table.rows().enumerate() {
        note_cells(
            &mut cells,
            &format!("focus_areas[{i}]"),
            &row,
            &["id", "title", "description"],
        );
        checklist.focus_areas.push(FocusArea {
            id: row.text(0).unwrap_or_default(),
            title: row.text(1).unwrap_or_default(),
            description: row.text(2),
        });
    }

    cells.put("norms".into(), sheet_cell(NORMS.0, 0, 0));
    let table = Table::new(NORMS.0, &norms, &NORMS.1);
    for (i, row) in table.rows().enumerate() {
        let path = format!("norms[{i}]");
        note_cells(
            &mut cells,
            &path,
            &row,
            &["id", "title", "summary", "source", "kind"],
        );
        cells.put(format!("{path}.items"), row.name(0));
        let kind = match row.text(4).map(|k| k.to_lowercase()).as_deref() {
            None => None,
            Some("positive") => Some(NormKind::Positive),
            Some("restraint") => Some(NormKind::Restraint),
            Some("mixed") => Some(NormKind::Mixed),
            Some(other) => {
                problem(
                    row.name(4),
                    format!("{other:?} is not a kind (positive, restraint or mixed)"),
                );
                None
            }
        };
        checklist.norms.push(Norm {
            id: row.text(0).unwrap_or_default(),
            title: row.text(1).unwrap_or_default(),
            summary: row.text(2),
            source: row.text(3),
            kind,
            items: Vec::new(),
        });
    }

    let table = Table::new(ITEMS.0, &items, &ITEMS.1);
    for row in table.rows() {
        let norm_id = row.text(1).unwrap_or_default();
        let Some(n) = checklist.norms.iter().position(|n| n.id == norm_id) else {
            problem(
                row.name(1),
                format!(
                    "{norm_id:?} is not the id of a norm on the {} sheet",
                    NORMS.0
                ),
            );
            continue;
        };
        let weight = match row.text(6) {
            None => 1.0,
            Some(_) => match number(row.cell(6)) {
                Some(w) => w,
                None => {
                    problem(
                        row.name(6),
                        "the weight must be a number above 0".to_owned(),
                    );
                    continue;
                }
            },
        };
        let i = checklist.norms[n].items.len();
        let path = format!("norms[{n}].items[{i}]");
        note_cells(
            &mut cells,
            &path,
            &row,
            &[
                "id",
                "",
                "text",
                "guidance",
                "evidence_hint",
                "focus_areas",
                "weight",
                "basis",
            ],
        );
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
        checklist.norms[n].items.push(Item {
            id: row.text(0).unwrap_or_default(),
            text: row.text(2).unwrap_or_default(),
            guidance: row.text(3),
            evidence_hint: row.text(4),
            focus_areas,
            weight,
            basis: row.text(7),
        });
    }

    let mut warnings = Vec::new();
    for found in validate(&checklist) {
        let entry = CellProblem {
            cell: cells.of(&found.path),
            message: found.message.clone(),
        };
        if found.is_error() {
            problems.push(entry);
        } else {
            warnings.push(entry);
        }
    }
    Ok(ChecklistImport {
        checklist: problems.is_empty().then_some(checklist),
        problems,
        warnings,
    })
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
