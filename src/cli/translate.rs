//! `normcheck translate`: a ministry adds or corrects a language without a new build. `export`
//! writes the translator's workbook, `import` checks it and installs the language in the
//! user's data folder, `list` shows the languages and how complete each is.

use super::language::tr as words;
use crate::msg;
use crate::t;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::output::{Failure, print_line};
use crate::checklist::builtin;
use crate::files::{WriteOptions, write_atomic_with};
use crate::i18n::check::{MessageProblem, check, messages};
use crate::i18n::sources::{message_sources, message_to_ftl};
use crate::i18n::{ENGLISH, shipped_messages};
use crate::sheets::CellProblem;
use crate::sheets::translation::{MessageRow, TextRow, read_translation, write_translation};
use crate::user_data::{catalog, data_dir};

/// `normcheck translate` subcommands.
#[derive(Debug, Subcommand)]
pub enum TranslateCommand {
    /// Write the translator's workbook of a language (its translations so far filled in).
    Export(ExportArgs),
    /// Check a filled-in workbook and install its language for this computer's user.
    Import {
        /// The workbook (.xlsx).
        file: PathBuf,
    },
    /// The languages there are, and how complete each one is.
    List,
}

/// Arguments of `translate export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The language's code (e.g. lo, my, ms, fil; or th to correct Thai).
    #[arg(long, value_name = "CODE")]
    pub lang: String,
    /// The workbook to write.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub out: PathBuf,
    /// Replace OUT even if it is a read-only file.
    #[arg(long)]
    pub force: bool,
}

/// Runs a `translate` subcommand.
pub(super) fn run(command: &TranslateCommand) -> Result<ExitCode, Failure> {
    match command {
        TranslateCommand::Export(args) => export(args),
        TranslateCommand::Import { file } => import(file),
        TranslateCommand::List => list(),
    }
}

/// The English message file.
fn english() -> &'static str {
    shipped_messages().next().map_or("", |(_, text)| text)
}

/// The message file of `code` as it stands: installed, else built in, else none.
fn current_messages(code: &str) -> String {
    let installed = data_dir().map(|d| language_folder(&d, code).join("normcheck.ftl"));
    if let Some(text) = installed.and_then(|p| std::fs::read_to_string(p).ok()) {
        return text;
    }
    shipped_messages()
        .find(|(c, _)| *c == code)
        .map_or_else(String::new, |(_, text)| text.to_owned())
}

fn language_folder(data: &Path, code: &str) -> PathBuf {
    data.join("languages").join(code)
}

fn export(args: &ExportArgs) -> Result<ExitCode, Failure> {
    let code = args.lang.trim();
    if code.is_empty() || code.parse::<unic_langid::LanguageIdentifier>().is_err() {
        return Err(t!(words(), "cli-not-a-language-code", code = code).into());
    }
    let done: BTreeMap<String, String> = message_sources(&current_messages(code))
        .into_iter()
        .map(|m| (m.id, m.text))
        .collect();
    let rows: Vec<MessageRow> = message_sources(english())
        .into_iter()
        .map(|m| MessageRow {
            translation: done.get(&m.id).cloned(),
            id: m.id,
            english: m.text,
            note: m.comment,
        })
        .collect();
    let checklist = builtin()?;
    let tr = catalog().tr(code).ok();
    let installed = tr.as_ref().and_then(|t| t.checklist_texts(&checklist.id));
    let local = checklist.localized(code, installed);
    let fell_back: std::collections::BTreeSet<&String> = local.fallbacks.iter().collect();
    let localized: BTreeMap<String, &str> = local
        .checklist
        .texts()
        .into_iter()
        .map(|t| (t.key, t.english))
        .collect();
    let texts: Vec<TextRow> = checklist
        .texts()
        .into_iter()
        .map(|t| TextRow {
            translation: (code != ENGLISH && !fell_back.contains(&t.key))
                .then(|| localized.get(&t.key).map(|s| (*s).to_owned()))
                .flatten(),
            key: t.key,
            english: t.english.to_owned(),
        })
        .collect();
    let name = tr.map_or_else(String::new, |t| t.dynamic("language-name"));
    let bytes =
        write_translation((code, &name), &rows, &texts).map_err(|e| super::words::said(&e))?;
    let write = WriteOptions {
        replace_read_only: args.force,
    };
    write_atomic_with(&args.out, &bytes, write).map_err(|e| super::words::said(&e))?;
    let filled = rows.iter().filter(|r| r.translation.is_some()).count();
    print_line(&t!(
        words(),
        "cli-translate-wrote",
        file = args.out.display().to_string(),
        messages = rows.len(),
        translated = filled,
        texts = texts.len()
    ))?;
    Ok(ExitCode::SUCCESS)
}

fn import(file: &Path) -> Result<ExitCode, Failure> {
    let bytes = std::fs::read(file).map_err(|e| {
        t!(
            words(),
            "cli-cannot-read",
            file = file.display().to_string(),
            reason = crate::files::describe_io(&e)
        )
    })?;
    let read = read_translation(&bytes)
        .map_err(|e| format!("{}: {}", file.display(), super::words::said(&e)))?;
    let mut problems = read.problems.clone();
    let english_messages = messages(english()).unwrap_or_default();
    let mut ftl = header(&read.language);
    for (id, text, cell) in &read.messages {
        let one = message_to_ftl(id, text);
        let found = check(english(), &one, false);
        if found.is_empty() && english_messages.contains_key(id) {
            ftl.push_str(&one);
        }
        problems.extend(found.into_iter().map(|p| CellProblem {
            cell: cell.clone(),
            message: describe(&p).into(),
        }));
    }
    let checklist = builtin()?;
    let texts = checklist_texts(&checklist, &read.texts, &mut problems);
    if !problems.is_empty() {
        for p in &problems {
            super::warn(&format!(
                "normcheck: {}: {}: {}",
                file.display(),
                p.cell,
                p.message
            ));
        }
        return Err(t!(
            words(),
            "cli-translate-nothing-installed",
            file = file.display().to_string(),
            count = problems.len()
        )
        .into());
    }
    let folder = install(&read.language, &ftl, &texts, &checklist.id)?;
    print_line(&t!(
        words(),
        "cli-translate-installed",
        code = read.language.clone(),
        messages = read.messages.len(),
        texts = texts.len(),
        folder = folder.display().to_string()
    ))?;
    Ok(ExitCode::SUCCESS)
}

/// The workbook's checklist texts the built-in checklist has; a problem for each other one.
fn checklist_texts(
    checklist: &crate::checklist::Checklist,
    read: &[(String, String, String)],
    problems: &mut Vec<CellProblem>,
) -> BTreeMap<String, String> {
    let keys: std::collections::BTreeSet<String> =
        checklist.texts().into_iter().map(|t| t.key).collect();
    let mut texts = BTreeMap::new();
    for (key, text, cell) in read {
        if keys.contains(key) {
            texts.insert(key.clone(), text.clone());
        } else {
            problems.push(CellProblem {
                cell: cell.clone(),
                message: msg!("cli-translate-no-text", key = key.clone()),
            });
        }
    }
    texts
}

/// Writes the language's messages and checklist texts into the user's data folder; returns
/// the language's folder.
fn install(
    code: &str,
    ftl: &str,
    texts: &BTreeMap<String, String>,
    checklist_id: &str,
) -> Result<PathBuf, Failure> {
    let data = data_dir().ok_or_else(|| t!(words(), "cli-translate-no-data-folder"))?;
    let folder = language_folder(&data, code);
    let checklist_file = folder
        .join(crate::i18n::CHECKLISTS_FOLDER)
        .join(format!("{}.json", checklist_id));
    for dir in [&folder, &folder.join(crate::i18n::CHECKLISTS_FOLDER)] {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("{}: {}", dir.display(), crate::files::describe_io(&e)))?;
    }
    let write = WriteOptions::default();
    write_atomic_with(&folder.join("normcheck.ftl"), ftl.as_bytes(), write)
        .map_err(|e| super::words::said(&e))?;
    let json = serde_json::to_vec_pretty(&texts).map_err(|e| e.to_string())?;
    write_atomic_with(&checklist_file, &json, write).map_err(|e| super::words::said(&e))?;
    Ok(folder)
}

/// The top of an installed message file.
fn header(code: &str) -> String {
    format!(
        "# normcheck's messages in \"{code}\", installed with normcheck translate import.\n\
         # Messages missing here are shown in English. Corrections are welcome: send the\n\
         # workbook (normcheck translate export --lang {code}) to the normcheck maintainers.\n\n"
    )
}

/// A problem of one message in the workbook's words.
fn describe(problem: &MessageProblem) -> String {
    match problem {
        MessageProblem::Syntax(_) => t!(words(), "cli-translate-bad-message"),
        MessageProblem::UnknownId(id) => t!(words(), "cli-translate-unknown-id", id = id.clone()),
        MessageProblem::Missing(id) => t!(words(), "cli-translate-missing", id = id.clone()),
        MessageProblem::Placeables { lost, unknown, .. } => {
            let braced = |names: &[String]| {
                let names: Vec<String> = names.iter().map(|n| format!("{{ {n} }}")).collect();
                names.join(", ")
            };
            let mut parts = Vec::new();
            if !lost.is_empty() {
                let placeables = braced(lost);
                parts.push(t!(
                    words(),
                    "cli-translate-placeables-lost",
                    placeables = placeables
                ));
            }
            if !unknown.is_empty() {
                let placeables = braced(unknown);
                parts.push(t!(
                    words(),
                    "cli-translate-placeables-unknown",
                    placeables = placeables
                ));
            }
            parts.join("; ")
        }
    }
}

fn list() -> Result<ExitCode, Failure> {
    let catalog = catalog();
    let total = messages(english()).map_or(0, |m| m.len());
    let checklist = builtin()?;
    let texts = checklist.texts().len();
    for language in catalog.languages() {
        let tr = catalog
            .tr(&language.code)
            .map_err(|e| super::words::said(&e))?;
        let own = messages(&current_messages(&language.code))
            .map_or(0, |m| m.keys().filter(|id| tr.has_own(id)).count());
        let own = if language.code == ENGLISH { total } else { own };
        let local = checklist.localized(&language.code, tr.checklist_texts(&checklist.id));
        let translated = texts - local.fallbacks.len();
        let origin = match &language.origin {
            crate::i18n::Origin::Shipped => t!(words(), "cli-origin-builtin"),
            crate::i18n::Origin::Installed(path) => t!(
                words(),
                "cli-origin-installed",
                folder = path.display().to_string()
            ),
            crate::i18n::Origin::Pseudo => t!(words(), "cli-origin-pseudo"),
        };
        print_line(&t!(
            words(),
            "cli-translate-language",
            code = language.code.clone(),
            name = language.name.clone(),
            own = own,
            total = total,
            translated = translated,
            texts = texts,
            origin = origin
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}
