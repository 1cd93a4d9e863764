//! Checklists as workbooks: a sheet each for the details, sources, scale, bands, focus areas,
//! norms and items, so the official wording held in Excel can be loaded without writing JSON.

mod read;
mod translations_sheet;
mod write;

pub use read::{ChecklistImport, read_checklist};
pub use write::{checklist_template, export_checklist};

/// The "Checklist" sheet: one field per row.
pub const DETAILS: &str = "Checklist";
/// Its columns.
pub const DETAILS_COLUMNS: [&str; 2] = ["Field", "Value"];
/// The fields on the "Checklist" sheet, in order.
pub const DETAIL_FIELDS: [&str; 5] = [
    "Id",
    "Version",
    "Title",
    "Description",
    "Not applicable allowed",
];
/// The "Sources" sheet and its columns.
pub const SOURCES: (&str, [&str; 3]) = ("Sources", ["Id", "Title", "Note"]);
/// The "Scale" sheet and its columns.
pub const SCALE: (&str, [&str; 3]) = ("Scale", ["Value", "Label", "Description"]);
/// The "Bands" sheet and its columns.
pub const BANDS: (&str, [&str; 2]) = ("Bands", ["Minimum score", "Label"]);
/// The "Focus areas" sheet and its columns.
pub const AREAS: (&str, [&str; 3]) = ("Focus areas", ["Id", "Title", "Description"]);
/// The "Norms" sheet and its columns.
pub const NORMS: (&str, [&str; 5]) = ("Norms", ["Id", "Title", "Summary", "Source", "Kind"]);
/// The "Items" sheet and its columns.
pub const ITEMS: (&str, [&str; 8]) = (
    "Items",
    [
        "Id",
        "Norm",
        "Text",
        "Guidance",
        "Evidence hint",
        "Focus areas",
        "Weight",
        "Basis",
    ],
);

/// The "Translations" sheet: one row per text of the checklist (its key and its English),
/// then one column per language, headed by the language's code (th, vi, ...).
pub const TRANSLATIONS: (&str, [&str; 2]) = ("Translations", ["Key", "English"]);

/// The instructions on the first sheet of a checklist workbook.
pub const INSTRUCTIONS: [&str; 10] = [
    "This workbook is a normcheck checklist: what is asked, on which scale. Fill in the sheets, then run: normcheck checklist import FILE.xlsx -o CHECKLIST.json",
    "Checklist: the checklist's id (sessions refer to it; never change it once sessions exist), its version, title and description, and whether items may be marked not applicable (Yes or No).",
    "Sources: the documents the checklist draws on (id such as A/70/174, title, note).",
    "Scale: the answer levels, lowest first: a whole-number value, a short label and what it means.",
    "Bands: labels for score ranges, lowest first: the minimum score (0–100) and the label.",
    "Focus areas: cross-cutting areas items can be tagged with (id, title, description).",
    "Norms: one row per norm (id such as a, title, summary, source, kind: positive, restraint or mixed).",
    "Items: one row per practical action, in order: a unique id (such as a.1), the id of its norm, the text, guidance, evidence hint, focus area ids separated by commas, a weight above 0 (empty means 1) and its basis.",
    "Translations: the checklist's texts in other languages. Each row is one text (its key and the English); add a column headed by a language's code (th, vi, id, km, lo, my, ms, fil, ...) and write the texts in it. An empty cell keeps the English.",
    "Import checks the workbook like a checklist file and names the cell of every problem (for example Items!G5).",
];
