//! Reads an "Assessment" sheet back: rows matched by their Item cell, each changed cell a
//! changed field, each empty cell a cleared field, every problem named by its cell.

use crate::i18n::{Message, Said, Tr};
use crate::msg;
use std::collections::BTreeMap;

use calamine::{Data, Range, Reader};
use serde::Serialize;
use serde_json::Value;

use super::cells::sheet_cell;
use super::columns::Column;
use super::{ASSESSMENT_SHEET, SheetError, parse};
use crate::checklist::Checklist;
use crate::session::fields::{self, FIELDS};
use crate::session::{Answer, Edit, Session};

/// A cell whose value could not be used, e.g. `Assessment!D17`: "7 is not a level ...".
/// (In JSON the message is in English.)
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CellProblem {
    /// The cell, with its sheet.
    pub cell: String,
    /// What is wrong with it, worded when shown.
    #[serde(serialize_with = "in_english")]
    pub message: Message,
}

impl CellProblem {
    /// A problem of `cell`.
    pub fn new(cell: String, message: impl Into<Message>) -> CellProblem {
        CellProblem {
            cell,
            message: message.into(),
        }
    }
}

impl Said for CellProblem {
    fn said(&self, tr: &Tr) -> String {
        format!("{}: {}", self.cell, self.message.said(tr))
    }
}

impl std::fmt::Display for CellProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(&Tr::english()))
    }
}

fn in_english<S: serde::Serializer>(message: &Message, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&message.to_string())
}

/// The fields of one item that the workbook changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemChange {
    /// The item id.
    pub item: String,
    /// The changed fields, named as in [`FIELDS`].
    pub fields: Vec<&'static str>,
}

/// What importing a workbook into a session would do.
#[derive(Debug, Clone, Default)]
pub struct SheetImport {
    /// The items changed, in sheet order.
    pub changes: Vec<ItemChange>,
    /// The edits that make those changes (cells with problems left out).
    pub edits: Vec<Edit>,
    /// Every cell that could not be used.
    pub problems: Vec<CellProblem>,
}

/// Reads the workbook `bytes` against `session` answered with `checklist`.
pub fn read_assessment(
    bytes: &[u8],
    checklist: &Checklist,
    session: &Session,
) -> Result<SheetImport, SheetError> {
    let range = assessment_range(bytes)?;
    let layout = Layout::find(&range)?;
    let mut import = SheetImport::default();
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    let empty = Data::Empty;
    for row in layout.top + 1..=layout.bottom {
        let cell = |col: u32| range.get_value((row, col)).unwrap_or(&empty);
        let name = |col: u32| sheet_cell(ASSESSMENT_SHEET, row, col);
        let row_cells = RowCells {
            columns: &layout.columns,
            cell: &cell,
            name: &name,
        };
        let Some(item) = row_item(&row_cells, layout.item_col, checklist, &mut import.problems)
        else {
            continue;
        };
        if let Some(first) = seen.insert(item.clone(), row) {
            let message = msg!("cell-item-twice", item = item.clone(), row = first + 1);
            import
                .problems
                .push(CellProblem::new(name(layout.item_col), message));
            continue;
        }
        let old = session.answers.get(&item).cloned().unwrap_or_default();
        let new = read_row(&row_cells, checklist, &old, &mut import.problems);
        import.record(item, &old, &new);
    }
    Ok(import)
}

impl SheetImport {
    /// Notes the fields in which `new` differs from `old`, and the edits that make them so.
    fn record(&mut self, item: String, old: &Answer, new: &Answer) {
        let changed: Vec<&'static str> = FIELDS
            .into_iter()
            .filter(|f| fields::get(old, f) != fields::get(new, f))
            .collect();
        if changed.is_empty() {
            return;
        }
        for field in &changed {
            self.edits.extend(edits_for(&item, field, old, new));
        }
        self.changes.push(ItemChange {
            item,
            fields: changed,
        });
    }
}

/// Where the header row is, which column holds what, and the last row.
struct Layout {
    columns: Vec<(u32, Column)>,
    item_col: u32,
    top: u32,
    bottom: u32,
}

impl Layout {
    /// Finds the columns by the header row (the sheet's first row in use); the Item column is
    /// required, the others are read when present.
    fn find(range: &Range<Data>) -> Result<Layout, SheetError> {
        let missing = |cell: String| SheetError::MissingColumn {
            sheet: ASSESSMENT_SHEET.to_owned(),
            cell,
            column: Column::Item.header().to_owned(),
        };
        let Some((top, left)) = range.start() else {
            return Err(missing("A1".to_owned()));
        };
        let (bottom, right) = range.end().unwrap_or((top, left));
        let mut columns: Vec<(u32, Column)> = Vec::new();
        for col in left..=right {
            let header = range.get_value((top, col)).and_then(parse::text);
            if let Some(column) = header.as_deref().and_then(Column::from_header)
                && !columns.iter().any(|(_, c)| *c == column)
            {
                columns.push((col, column));
            }
        }
        let item_col = columns
            .iter()
            .find_map(|(col, c)| (*c == Column::Item).then_some(*col))
            .ok_or_else(|| missing(super::cells::cell_name(top, left)))?;
        Ok(Layout {
            columns,
            item_col,
            top,
            bottom,
        })
    }
}

/// The item id of a row, when it names an item of the checklist; a row with answers but no
/// id, or an id the checklist lacks, is a problem.
fn row_item(
    row: &RowCells<'_>,
    item_col: u32,
    checklist: &Checklist,
    problems: &mut Vec<CellProblem>,
) -> Option<String> {
    let name = (row.name)(item_col);
    let Some(item) = parse::text((row.cell)(item_col)) else {
        let filled = row
            .columns
            .iter()
            .any(|(col, c)| c.field().is_some() && parse::text((row.cell)(*col)).is_some());
        if filled {
            problems.push(CellProblem::new(name, msg!("cell-no-item-id")));
        }
        return None;
    };
    if checklist.item(&item).is_none() {
        let message = msg!(
            "cell-unknown-item",
            checklist = checklist.id.clone(),
            item = item.clone()
        );
        problems.push(CellProblem::new(name, message));
        return None;
    }
    Some(item)
}

fn assessment_range(bytes: &[u8]) -> Result<Range<Data>, SheetError> {
    let mut workbook = super::bounded::open_workbook(bytes)?;
    if !workbook.sheet_names().iter().any(|n| n == ASSESSMENT_SHEET) {
        return Err(SheetError::MissingSheet(ASSESSMENT_SHEET.to_owned()));
    }
    super::bounded::sheet_range(&mut workbook, ASSESSMENT_SHEET)
}

/// One row's cells, found by column.
struct RowCells<'a> {
    columns: &'a [(u32, Column)],
    cell: &'a dyn Fn(u32) -> &'a Data,
    name: &'a dyn Fn(u32) -> String,
}

impl RowCells<'_> {
    fn find(&self, column: Column) -> Option<(&Data, String)> {
        self.columns
            .iter()
            .find(|(_, c)| *c == column)
            .map(|(col, _)| ((self.cell)(*col), (self.name)(*col)))
    }
}

/// The answer as the row has it: `old` with every readable cell's field set from the cell;
/// cells that cannot be read leave their field as it was and add a problem.
fn read_row(
    row: &RowCells<'_>,
    checklist: &Checklist,
    old: &Answer,
    problems: &mut Vec<CellProblem>,
) -> Answer {
    let mut new = old.clone();
    let mut problem = |cell: String, message: Message| problems.push(CellProblem { cell, message });
    if let Some(value) = level_value(row, checklist, old, &mut problem) {
        // Values read by `level_value` always fit the field.
        let _ = fields::set(&mut new, "level", &value);
    }
    for (col, column) in row.columns {
        let (cell, name) = ((row.cell)(*col), (row.name)(*col));
        let value = match column {
            Column::Justification | Column::Note | Column::Owner => Ok(parse::plain(cell)),
            Column::Evidence => Ok(parse::evidence(cell)),
            Column::TargetDate => parse::date(cell),
            Column::Priority => parse::priority(cell),
            Column::Flagged => parse::yes_no(cell).map(Value::Bool),
            Column::Support => parse::support(cell),
            Column::Norm
            | Column::Item
            | Column::Action
            | Column::Level
            | Column::NotApplicable => {
                continue;
            }
        };
        let Some(field) = column.field() else {
            continue;
        };
        match value.and_then(|v| fields::set(&mut new, field, &v)) {
            Ok(()) => {}
            Err(message) => problem(name, message),
        }
    }
    new
}

/// The names of the scale's levels in the checklist's translations (an export in another
/// language writes "3 นำไปปฏิบัติแล้ว").
fn level_names(checklist: &Checklist) -> Vec<(i64, String)> {
    let mut names = Vec::new();
    for texts in checklist.translations.values() {
        for level in &checklist.scale.levels {
            if let Some(name) = texts.get(&format!("scale.{}.label", level.value)) {
                names.push((level.value, name.clone()));
            }
        }
    }
    names
}

/// The `level` field from the Level and Not applicable cells, or `None` when either cannot be
/// read (a problem says why) or neither column is there.
fn level_value(
    row: &RowCells<'_>,
    checklist: &Checklist,
    old: &Answer,
    problem: &mut dyn FnMut(String, Message),
) -> Option<Value> {
    let level_cell = row.find(Column::Level);
    let na_cell = row.find(Column::NotApplicable);
    if level_cell.is_none() && na_cell.is_none() {
        return None;
    }
    let level = match &level_cell {
        Some((cell, name)) => match parse::level(cell, &checklist.scale, &level_names(checklist)) {
            Ok(level) => level,
            Err(message) => {
                problem(name.clone(), message);
                return None;
            }
        },
        None => old.level,
    };
    let na = match &na_cell {
        Some((cell, name)) => match parse::yes_no(cell) {
            Ok(true) if !checklist.scale.not_applicable => {
                problem(name.clone(), msg!("problem-na-not-allowed"));
                return None;
            }
            Ok(na) => na,
            Err(message) => {
                problem(name.clone(), message);
                return None;
            }
        },
        None => old.not_applicable && level.is_none(),
    };
    match (na, level) {
        (true, Some(_)) => {
            let name = level_cell.map(|(_, n)| n).unwrap_or_default();
            problem(name, msg!("cell-level-and-na"));
            None
        }
        (true, None) => Some(Value::String("na".to_owned())),
        (false, Some(v)) => Some(Value::from(v)),
        (false, None) => Some(Value::Null),
    }
}

/// The edits that turn `field` of `old` into that of `new` for `item`.
fn edits_for(item: &str, field: &str, old: &Answer, new: &Answer) -> Vec<Edit> {
    let item = item.to_owned();
    let text = |t: &Option<String>| t.clone().unwrap_or_default();
    let edit = match field {
        "level" => match (new.not_applicable, new.level) {
            (true, _) => Edit::SetNotApplicable { item, value: true },
            (false, Some(level)) => Edit::SetLevel {
                item,
                level: Some(level),
            },
            (false, None) if old.not_applicable => Edit::SetNotApplicable { item, value: false },
            (false, None) => Edit::SetLevel { item, level: None },
        },
        "justification" => Edit::SetJustification {
            item,
            text: text(&new.justification),
        },
        "note" => Edit::SetNote {
            item,
            text: text(&new.note),
        },
        "evidence" => Edit::SetEvidence {
            item,
            evidence: new.evidence.clone(),
        },
        "owner" => Edit::SetOwner {
            item,
            text: text(&new.owner),
        },
        "target_date" => Edit::SetTargetDate {
            item,
            date: new.target_date,
        },
        "priority" => Edit::SetPriority {
            item,
            priority: new.priority,
        },
        "flagged" => Edit::SetFlagged {
            item,
            value: new.flagged,
        },
        "support" => Edit::SetSupport {
            item,
            support: new.support.clone(),
        },
        _ => return Vec::new(),
    };
    vec![edit]
}
