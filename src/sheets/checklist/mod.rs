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

/// The messages of the instructions on the first sheet of a checklist workbook, in order.
pub const INSTRUCTIONS: [&str; 10] = [
    "checklist-sheet-howto-import",
    "checklist-sheet-howto-details",
    "checklist-sheet-howto-sources",
    "checklist-sheet-howto-scale",
    "checklist-sheet-howto-bands",
    "checklist-sheet-howto-areas",
    "checklist-sheet-howto-norms",
    "checklist-sheet-howto-items",
    "checklist-sheet-howto-translations",
    "checklist-sheet-howto-problems",
];
