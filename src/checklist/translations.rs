//! A checklist's texts in other languages. Every text has a key — `norms.a.title`,
//! `items.a.1.guidance`, `scale.2.label`, `bands.25.label`, `focus_areas.awareness.title`,
//! `checklist.title` — and a translation is a map from key to text per language. A text
//! without a translation stays in English, one by one.

use crate::msg;
use std::collections::BTreeMap;

use super::model::Checklist;
use crate::format::problem::Problem;

/// One translatable text of a checklist: its key and its English wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text<'a> {
    /// e.g. "items.a.1.text".
    pub key: String,
    /// The text as the checklist has it.
    pub english: &'a str,
}

/// A checklist with its texts in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Localized {
    /// The checklist, its texts replaced where a translation exists.
    pub checklist: Checklist,
    /// The language asked for.
    pub language: String,
    /// The keys of the texts that stayed in English for want of a translation (none for
    /// English itself).
    pub fallbacks: Vec<String>,
}

impl Checklist {
    /// Every translatable text, in reading order.
    pub fn texts<'a>(&'a self) -> Vec<Text<'a>> {
        let mut out: Vec<(String, &str)> = Vec::new();
        let mut push = |key: String, text: Option<&'a str>| {
            if let Some(english) = text.filter(|t| !t.trim().is_empty()) {
                out.push((key, english));
            }
        };
        push("checklist.title".into(), Some(&self.title));
        push("checklist.description".into(), self.description.as_deref());
        for l in &self.scale.levels {
            push(format!("scale.{}.label", l.value), Some(&l.label));
            push(
                format!("scale.{}.description", l.value),
                l.description.as_deref(),
            );
        }
        for b in &self.bands {
            push(format!("bands.{}.label", b.min), Some(&b.label));
        }
        for a in &self.focus_areas {
            push(format!("focus_areas.{}.title", a.id), Some(&a.title));
            push(
                format!("focus_areas.{}.description", a.id),
                a.description.as_deref(),
            );
        }
        for n in &self.norms {
            push(format!("norms.{}.title", n.id), Some(&n.title));
            push(format!("norms.{}.summary", n.id), n.summary.as_deref());
            for i in &n.items {
                push(format!("items.{}.text", i.id), Some(&i.text));
                push(format!("items.{}.guidance", i.id), i.guidance.as_deref());
                push(
                    format!("items.{}.evidence_hint", i.id),
                    i.evidence_hint.as_deref(),
                );
            }
        }
        out.into_iter()
            .map(|(key, english)| Text { key, english })
            .collect()
    }

    /// The languages the checklist carries translations for.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.translations.keys().map(String::as_str)
    }

    /// The checklist in `language`: its own translations, then `extra` (a language a
    /// ministry installed itself) over them. English, or a language without translations,
    /// gives the checklist as it is (the latter with every text a fallback).
    pub fn localized(&self, language: &str, extra: Option<&BTreeMap<String, String>>) -> Localized {
        let own = self.translations.get(language);
        let lookup = |key: &str| -> Option<String> {
            extra
                .and_then(|e| e.get(key))
                .or_else(|| own.and_then(|o| o.get(key)))
                .filter(|t| !t.trim().is_empty())
                .cloned()
        };
        let mut checklist = self.clone();
        let mut fallbacks = Vec::new();
        if language != crate::i18n::ENGLISH {
            // Which level counts as implemented is read from the English labels: keep it.
            checklist.scale.implemented_hint = self.implemented_threshold();
            for text in self.texts() {
                match lookup(&text.key) {
                    Some(translated) => set_text(&mut checklist, &text.key, translated),
                    None => fallbacks.push(text.key),
                }
            }
        }
        Localized {
            checklist,
            language: language.to_owned(),
            fallbacks,
        }
    }
}

/// Replaces the text with `key` in `checklist`.
fn set_text(checklist: &mut Checklist, key: &str, text: String) {
    match key {
        "checklist.title" => return checklist.title = text,
        "checklist.description" => return checklist.description = Some(text),
        _ => {}
    }
    let Some((kind, rest)) = key.split_once('.') else {
        return;
    };
    let Some((id, field)) = rest.rsplit_once('.') else {
        return;
    };
    match kind {
        "scale" => {
            let level = checklist.scale.levels.iter_mut();
            if let Some(l) = level.into_iter().find(|l| l.value.to_string() == id) {
                match field {
                    "label" => l.label = text,
                    "description" => l.description = Some(text),
                    _ => {}
                }
            }
        }
        "bands" => {
            if let Some(b) = checklist.bands.iter_mut().find(|b| b.min.to_string() == id) {
                b.label = text;
            }
        }
        "focus_areas" => {
            if let Some(a) = checklist.focus_areas.iter_mut().find(|a| a.id == id) {
                match field {
                    "title" => a.title = text,
                    "description" => a.description = Some(text),
                    _ => {}
                }
            }
        }
        "norms" => {
            if let Some(n) = checklist.norms.iter_mut().find(|n| n.id == id) {
                match field {
                    "title" => n.title = text,
                    "summary" => n.summary = Some(text),
                    _ => {}
                }
            }
        }
        "items" => {
            let items = checklist.norms.iter_mut().flat_map(|n| n.items.iter_mut());
            if let Some(i) = items.into_iter().find(|i| i.id == id) {
                match field {
                    "text" => i.text = text,
                    "guidance" => i.guidance = Some(text),
                    "evidence_hint" => i.evidence_hint = Some(text),
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

/// Problems of the translations: a language code that is not one (an error), a translation of
/// a text the checklist does not have (a warning: left over from an edit, it is not used).
pub(crate) fn translation_problems(checklist: &Checklist) -> Vec<Problem> {
    let keys: std::collections::BTreeSet<String> =
        checklist.texts().into_iter().map(|t| t.key).collect();
    let mut problems = Vec::new();
    for (language, texts) in &checklist.translations {
        if language.is_empty() || language.parse::<unic_langid::LanguageIdentifier>().is_err() {
            problems.push(Problem::error(
                format!("translations.{language}"),
                msg!("problem-not-language-code", code = language.clone()),
            ));
        }
        for key in texts.keys() {
            if !keys.contains(key) {
                problems.push(Problem::warning(
                    format!("translations.{language}.{key}"),
                    msg!("problem-translation-unused", key = key.clone()),
                ));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use crate::checklist::builtin;

    #[test]
    fn a_translated_text_replaces_the_english_and_the_rest_falls_back_one_by_one() {
        let mut checklist = (*builtin().unwrap_or_else(|e| panic!("{e}"))).clone();
        checklist.translations.clear();
        let th = checklist.translations.entry("th".into()).or_default();
        th.insert("norms.a.title".into(), "ร่วมมือเพื่อเสถียรภาพ".into());
        th.insert("items.a.1.text".into(), "กำหนดหน่วยงานหลัก".into());
        th.insert("scale.3.label".into(), "ดำเนินการแล้ว".into());
        let total = checklist.texts().len();
        let local = checklist.localized("th", None);
        assert_eq!(local.checklist.norms[0].title, "ร่วมมือเพื่อเสถียรภาพ");
        assert_eq!(local.checklist.norms[0].items[0].text, "กำหนดหน่วยงานหลัก");
        let level = local.checklist.scale.level(3).map(|l| l.label.as_str());
        assert_eq!(level, Some("ดำเนินการแล้ว"));
        assert_eq!(local.checklist.norms[1].title, checklist.norms[1].title);
        assert_eq!(local.fallbacks.len(), total - 3);
        assert!(local.fallbacks.contains(&"norms.b.title".to_owned()));

        let english = checklist.localized("en", None);
        assert_eq!(english.checklist, checklist);
        assert!(english.fallbacks.is_empty());
    }

    #[test]
    fn the_gaps_are_the_same_in_every_language() {
        use crate::scoring::analysis::gaps;
        use crate::session::{Meta, Session};
        let checklist = builtin().unwrap_or_else(|e| panic!("{e}"));
        let mut session = Session::new(&checklist, Meta::default());
        for (item, level) in [("a.1", 3), ("a.2", 4), ("a.3", 2)] {
            session.answers.entry(item.into()).or_default().level = Some(level);
        }
        let english = gaps(&checklist, &session, true).len();
        for code in ["vi", "id", "th", "km"] {
            let local = checklist.localized(code, None).checklist;
            assert_ne!(
                local.scale.levels[3].label, "Implemented",
                "{code} is translated"
            );
            assert_eq!(local.implemented_threshold(), Some(3), "{code}");
            assert_eq!(gaps(&local, &session, true).len(), english, "{code}");
        }
    }

    #[test]
    fn an_installed_translation_goes_over_the_checklists_own() {
        let mut checklist = (*builtin().unwrap_or_else(|e| panic!("{e}"))).clone();
        let th = checklist.translations.entry("th".into()).or_default();
        th.insert("norms.a.title".into(), "own".into());
        let extra = [("norms.a.title".to_owned(), "installed".to_owned())].into();
        let local = checklist.localized("th", Some(&extra));
        assert_eq!(local.checklist.norms[0].title, "installed");
    }

    #[test]
    fn a_translation_of_a_text_the_checklist_lacks_is_a_warning() {
        let mut checklist = (*builtin().unwrap_or_else(|e| panic!("{e}"))).clone();
        let vi = checklist.translations.entry("vi".into()).or_default();
        vi.insert("items.zz.9.text".into(), "x".into());
        let problems = super::translation_problems(&checklist);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            !problems[0].is_error(),
            "a left-over translation does not refuse the file"
        );
    }
}
