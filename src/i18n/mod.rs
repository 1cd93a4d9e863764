//! The message seam: every word normcheck shows or prints for people is a message of a Fluent
//! file, `i18n/<code>/normcheck.ftl`, looked up in the chosen language with English behind it,
//! message by message. Machine-readable output (JSON, ids, exit codes, file formats) never
//! comes from here, and a session has no language.
//!
//! [`t!`](crate::t) looks a message up; its id and arguments are checked against the English
//! file when compiling. [`Catalog`] knows the shipped languages and those a ministry installed
//! itself (`normcheck translate import`).

mod catalog;
pub mod check;
mod numbers;
pub mod pseudo;
mod said;
pub mod sources;

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use i18n_embed::fluent::FluentLanguageLoader;

pub use catalog::{
    CHECKLISTS_FOLDER, Catalog, LanguageInfo, Origin, UnknownLanguage, shipped_messages,
};
pub use said::{Message, Said};

/// The code of the language every message exists in.
pub const ENGLISH: &str = "en";

/// Looks a message up in a [`Tr`]: `t!(tr, "message-id")` or `t!(tr, "message-id", count = n)`.
/// The id and the argument names are checked against `i18n/en/normcheck.ftl` when compiling.
#[macro_export]
macro_rules! t {
    ($tr:expr, $($rest:tt)+) => {
        ::i18n_embed_fl::fl!(($tr).loader(), $($rest)+)
    };
}

/// Words in one language, English behind every message the language lacks.
#[derive(Clone)]
pub struct Tr {
    loader: Arc<FluentLanguageLoader>,
    code: String,
    checklists: Arc<ChecklistTexts>,
}

/// Checklist texts a ministry installed with its language: checklist id, then text key, then
/// the text.
pub type ChecklistTexts = BTreeMap<String, BTreeMap<String, String>>;

impl Tr {
    /// English, which has every message.
    pub fn english() -> Tr {
        Catalog::shipped().english()
    }

    /// The language's code, e.g. "th".
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The texts of checklist `id` installed with the language, if any (they go over the
    /// checklist's own translations).
    pub fn checklist_texts(&self, id: &str) -> Option<&BTreeMap<String, String>> {
        self.checklists.get(id)
    }

    /// The Fluent loader behind [`t!`](crate::t).
    pub fn loader(&self) -> &FluentLanguageLoader {
        &self.loader
    }

    /// A message whose id is only known at run time (e.g. `month-12`); English if the
    /// language lacks it, the id itself if English does too.
    pub fn dynamic(&self, id: &str) -> String {
        self.loader.get(id)
    }

    /// Whether the language itself (not English behind it) has the message.
    pub fn has_own(&self, id: &str) -> bool {
        let own: unic_langid::LanguageIdentifier = match self.code.parse() {
            Ok(l) => l,
            Err(_) => return false,
        };
        self.loader.with_message_iter(&own, |messages| {
            let mut found = false;
            for m in messages {
                found |= m.id.name == id;
            }
            found
        })
    }
}

impl Default for Tr {
    fn default() -> Tr {
        Tr::english()
    }
}

impl PartialEq for Tr {
    fn eq(&self, other: &Tr) -> bool {
        self.code == other.code
    }
}

impl fmt::Debug for Tr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Tr").field(&self.code).finish()
    }
}
