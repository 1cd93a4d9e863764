//! Which languages there are: those built into the program and those a ministry installed
//! in the user's data folder (`languages/<code>/normcheck.ftl`).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use unic_langid::LanguageIdentifier;

use super::{ChecklistTexts, ENGLISH, Tr};

/// The message files built into the program: code and file.
const SHIPPED: [(&str, &str); 5] = [
    (ENGLISH, include_str!("../../i18n/en/normcheck.ftl")),
    ("vi", include_str!("../../i18n/vi/normcheck.ftl")),
    ("id", include_str!("../../i18n/id/normcheck.ftl")),
    ("th", include_str!("../../i18n/th/normcheck.ftl")),
    ("km", include_str!("../../i18n/km/normcheck.ftl")),
];

/// The message files built into the program: each language's code and its Fluent text,
/// English first.
pub fn shipped_messages() -> impl Iterator<Item = (&'static str, &'static str)> {
    SHIPPED.into_iter()
}

/// The file of each language, below the language's folder.
pub const MESSAGE_FILE: &str = "normcheck.ftl";

/// Where a language comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Built into the program.
    Shipped,
    /// Installed with `normcheck translate import`, in this folder.
    Installed(PathBuf),
    /// The pseudo-language of the layout tests.
    Pseudo,
}

/// A language the program can speak.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageInfo {
    /// Its code, e.g. "vi".
    pub code: String,
    /// Its name in itself, e.g. "Tiếng Việt".
    pub name: String,
    /// Built in or installed.
    pub origin: Origin,
}

/// A language code the program does not have.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct UnknownLanguage {
    /// What was asked for.
    pub code: String,
    /// The codes there are, each with its name: "vi (Tiếng Việt)".
    pub available: Vec<String>,
}

/// Every language the program has, loaded once; [`Catalog::tr`] picks one.
#[derive(Clone)]
pub struct Catalog {
    loader: Arc<FluentLanguageLoader>,
    languages: Vec<LanguageInfo>,
    checklists: BTreeMap<String, Arc<ChecklistTexts>>,
}

/// The message files as i18n-embed reads them: `<code>/normcheck.ftl`.
struct Files(Vec<(String, Cow<'static, [u8]>)>);

impl I18nAssets for Files {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        self.0
            .iter()
            .filter(|(path, _)| path == file_path)
            .map(|(_, bytes)| Cow::Borrowed(bytes.as_ref()))
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(self.0.iter().map(|(path, _)| path.clone()))
    }
}

impl Catalog {
    /// The languages built into the program (read once, then shared).
    pub fn shipped() -> Catalog {
        static SHIPPED_CATALOG: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
        SHIPPED_CATALOG
            .get_or_init(|| Catalog::load(Vec::new()))
            .clone()
    }

    /// The built-in languages and the pseudo-language of the layout tests
    /// ([`super::pseudo::PSEUDO`]: English accented and 40 % longer).
    pub fn with_pseudo() -> Catalog {
        let english = SHIPPED[0].1;
        let pseudo = super::pseudo::pseudo_messages(english);
        let mut catalog = Catalog::load(vec![(
            super::pseudo::PSEUDO.to_owned(),
            PathBuf::new(),
            pseudo,
        )]);
        for language in &mut catalog.languages {
            if language.code == super::pseudo::PSEUDO {
                language.origin = Origin::Pseudo;
            }
        }
        catalog
    }

    /// The built-in languages and those installed under `data_dir/languages/`. An installed
    /// language with the code of a built-in one adds to it (its messages come first).
    pub fn with_installed(data_dir: &Path) -> Catalog {
        Catalog::load(installed(data_dir))
    }

    fn load(installed: Vec<(String, PathBuf, String)>) -> Catalog {
        let mut files: Vec<(String, Cow<'static, [u8]>)> = Vec::new();
        let mut languages: Vec<LanguageInfo> = Vec::new();
        let mut checklists = BTreeMap::new();
        for (code, folder, text) in installed {
            checklists.insert(code.clone(), Arc::new(installed_checklists(&folder)));
            files.push((file_path(&code), Cow::Owned(text.into_bytes())));
            languages.push(LanguageInfo {
                code,
                name: String::new(),
                origin: Origin::Installed(folder),
            });
        }
        for (code, text) in SHIPPED {
            files.push((file_path(code), Cow::Borrowed(text.as_bytes())));
            if !languages.iter().any(|l| l.code == code) {
                languages.push(LanguageInfo {
                    code: code.to_owned(),
                    name: String::new(),
                    origin: Origin::Shipped,
                });
            }
        }
        let ids: Vec<LanguageIdentifier> = languages
            .iter()
            .filter_map(|l| l.code.parse().ok())
            .collect();
        let loader = FluentLanguageLoader::new("normcheck", english_id());
        // Every code here has a file, and English is built in: loading cannot fail for want of
        // one. A file that does not parse keeps the messages that do (checked on import).
        let _ = loader.load_languages(&Files(files), &ids);
        loader.set_use_isolating(false);
        let loader = Arc::new(loader);
        for language in &mut languages {
            language.name = name_of(&loader, &language.code);
        }
        languages.sort_by_key(|l| (l.code != ENGLISH, l.code.clone()));
        Catalog {
            loader,
            languages,
            checklists,
        }
    }

    /// The languages, English first.
    pub fn languages(&self) -> &[LanguageInfo] {
        &self.languages
    }

    /// Whether the catalog has the language.
    pub fn has(&self, code: &str) -> bool {
        self.languages.iter().any(|l| l.code == code)
    }

    /// Words in the language `code`.
    pub fn tr(&self, code: &str) -> Result<Tr, UnknownLanguage> {
        let unknown = || UnknownLanguage {
            code: code.to_owned(),
            available: self
                .languages
                .iter()
                .map(|l| format!("{} ({})", l.code, l.name))
                .collect(),
        };
        if !self.has(code) {
            return Err(unknown());
        }
        let id: LanguageIdentifier = code.parse().map_err(|_| unknown())?;
        Ok(Tr {
            loader: Arc::new(self.loader.select_languages(&[id])),
            code: code.to_owned(),
            checklists: self.checklists.get(code).cloned().unwrap_or_default(),
        })
    }

    /// English, which every catalog has.
    pub fn english(&self) -> Tr {
        Tr {
            loader: Arc::new(self.loader.select_languages(&[english_id()])),
            code: ENGLISH.to_owned(),
            checklists: Arc::default(),
        }
    }

    /// The language to start in: the first of the system's languages the catalog has (by its
    /// main code, so "th-TH" is Thai), else English.
    pub fn system_language(&self) -> String {
        self.pick(sys_locale::get_locales())
    }

    /// The first of `preferred` (locale names such as "vi-VN" or "km_KH.UTF-8") the catalog
    /// has, by its main code; English if none.
    pub fn pick(&self, preferred: impl IntoIterator<Item = String>) -> String {
        preferred
            .into_iter()
            .filter_map(|locale| {
                let main = locale
                    .split(['-', '_', '.', '@'])
                    .next()
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                self.has(&main).then_some(main)
            })
            .next()
            .unwrap_or_else(|| ENGLISH.to_owned())
    }
}

fn english_id() -> LanguageIdentifier {
    LanguageIdentifier::from_bytes(ENGLISH.as_bytes()).unwrap_or_default()
}

fn file_path(code: &str) -> String {
    format!("{code}/{MESSAGE_FILE}")
}

/// A language's name in itself (its `language-name` message), else its code.
fn name_of(loader: &FluentLanguageLoader, code: &str) -> String {
    let Ok(id) = code.parse::<LanguageIdentifier>() else {
        return code.to_owned();
    };
    loader
        .select_languages(&[id])
        .get("language-name")
        .trim()
        .to_owned()
}

/// The folder below a language's folder holding its checklist texts, one `<id>.json` per
/// checklist (a JSON object from text key to text).
pub const CHECKLISTS_FOLDER: &str = "checklists";

/// The checklist texts installed in a language's `folder`; files that do not read as a map
/// of texts are left out (`translate import` writes only ones that do).
fn installed_checklists(folder: &Path) -> ChecklistTexts {
    let Ok(entries) = std::fs::read_dir(folder.join(CHECKLISTS_FOLDER)) else {
        return ChecklistTexts::new();
    };
    entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let path = entry.path();
            let id = path.file_stem()?.to_str()?.to_owned();
            let bytes = std::fs::read(&path).ok()?;
            let texts: BTreeMap<String, String> = serde_json::from_slice(&bytes).ok()?;
            Some((id, texts))
        })
        .collect()
}

/// The installed languages: code, folder and message file, for each folder of
/// `data_dir/languages/` holding a readable `normcheck.ftl` and named by a valid code.
fn installed(data_dir: &Path) -> Vec<(String, PathBuf, String)> {
    let Ok(entries) = std::fs::read_dir(data_dir.join("languages")) else {
        return Vec::new();
    };
    let mut found: Vec<(String, PathBuf, String)> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let folder = entry.path();
            let code = entry.file_name().to_str()?.to_owned();
            code.parse::<LanguageIdentifier>().ok()?;
            let text = std::fs::read_to_string(folder.join(MESSAGE_FILE)).ok()?;
            Some((code, folder, text))
        })
        .collect();
    found.sort();
    found
}

impl super::Said for UnknownLanguage {
    fn said(&self, tr: &Tr) -> String {
        crate::t!(
            tr,
            "language-unknown",
            code = self.code.clone(),
            available = self.available.join(", ")
        )
    }
}

impl std::fmt::Display for UnknownLanguage {
    /// In English, for logs and tests.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::Said::said(self, &crate::i18n::Tr::english()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_language_has_every_message_with_its_placeables() {
        let english = SHIPPED[0].1;
        for (code, text) in SHIPPED.into_iter().skip(1) {
            let problems = super::super::check::check(english, text, true);
            let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
            assert!(listed.is_empty(), "{code}: {}", listed.join("; "));
        }
        assert!(super::super::check::messages(english).is_ok());
    }

    #[test]
    fn a_system_locale_picks_the_language_by_its_main_code() {
        let catalog = Catalog::shipped();
        assert_eq!(catalog.pick(["th-TH".to_owned()]), "th");
        assert_eq!(catalog.pick(["km_KH.UTF-8".to_owned()]), "km");
        assert_eq!(catalog.pick(["de-DE".to_owned(), "vi".to_owned()]), "vi");
        assert_eq!(catalog.pick(["de-DE".to_owned()]), "en");
    }

    #[test]
    fn an_unknown_code_is_refused_with_the_languages_there_are() {
        let Err(e) = Catalog::shipped().tr("xx") else {
            panic!("xx is not a language of the program");
        };
        let message = e.to_string();
        assert!(message.contains("\"xx\""), "{message}");
        assert!(message.contains("th (ไทย)"), "{message}");
        assert!(message.contains("en (English)"), "{message}");
    }

    #[test]
    fn a_language_falls_back_to_english_message_by_message() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let folder = dir.path().join("languages").join("lo");
        std::fs::create_dir_all(&folder).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(folder.join(MESSAGE_FILE), "language-name = ລາວ\n")
            .unwrap_or_else(|e| panic!("{e}"));
        let catalog = Catalog::with_installed(dir.path());
        let lao = catalog.tr("lo").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(lao.dynamic("language-name"), "ລາວ");
        assert_eq!(
            lao.dynamic("report-section-methodology"),
            "Methodology",
            "a message Lao lacks comes in English"
        );
        assert!(lao.has_own("language-name"));
        assert!(!lao.has_own("report-section-methodology"));
    }
}
