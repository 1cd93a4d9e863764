//! The recently used sessions, each with its assessment's title, remembered between runs in
//! eframe's storage. Lists stored by older versions (plain paths) are still read.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The storage key of the list (the same key older versions used for plain paths).
pub const RECENT_KEY: &str = "normcheck.recent";
/// How many recent sessions are remembered.
const LIMIT: usize = 8;

/// A recently opened or saved session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recent {
    /// Where the file is.
    pub path: PathBuf,
    /// The assessment's title (or Member State) when last seen, if any.
    #[serde(default)]
    pub title: Option<String>,
}

impl From<PathBuf> for Recent {
    fn from(path: PathBuf) -> Self {
        Self { path, title: None }
    }
}

impl Recent {
    /// The file name, or the whole path when it has none.
    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.path.display().to_string())
    }

    /// What the list shows: "Title — file.json", or the file name alone.
    pub fn label(&self) -> String {
        match &self.title {
            Some(title) => format!("{title} — {}", self.file_name()),
            None => self.file_name(),
        }
    }
}

/// The stored list, newest first: the current format, or the plain paths older versions
/// stored; empty when there is none or it cannot be read.
pub fn load(storage: Option<&dyn eframe::Storage>) -> Vec<Recent> {
    let Some(storage) = storage else {
        return Vec::new();
    };
    eframe::get_value::<Vec<Recent>>(storage, RECENT_KEY)
        .or_else(|| {
            eframe::get_value::<Vec<PathBuf>>(storage, RECENT_KEY)
                .map(|paths| paths.into_iter().map(Recent::from).collect())
        })
        .unwrap_or_default()
}

/// Stores the list for the next run.
pub fn save(storage: &mut dyn eframe::Storage, list: &[Recent]) {
    eframe::set_value(storage, RECENT_KEY, &list);
}

/// Puts a file at the top of the list, keeping the title it had, and forgets the oldest
/// beyond the limit.
pub fn remember(list: &mut Vec<Recent>, path: &Path) {
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let title = list
        .iter()
        .find(|r| r.path == path)
        .and_then(|r| r.title.clone());
    list.retain(|r| r.path != path);
    list.insert(0, Recent { path, title });
    list.truncate(LIMIT);
}

/// Records the title of the assessment in a file on the list (if it is there).
pub fn set_title(list: &mut [Recent], path: &Path, title: Option<&str>) {
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    if let Some(entry) = list.iter_mut().find(|r| r.path == path) {
        entry.title = title.map(str::to_owned);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::test_storage::MemoryStorage;

    #[test]
    fn a_list_stored_by_an_older_version_as_plain_paths_is_still_read() {
        let mut storage = MemoryStorage::default();
        let old = vec![
            PathBuf::from("/data/my.json"),
            PathBuf::from("/data/old.json"),
        ];
        eframe::set_value(&mut storage, RECENT_KEY, &old);
        let list = load(Some(&storage));
        assert_eq!(
            list,
            vec![Recent::from(old[0].clone()), Recent::from(old[1].clone())]
        );
    }

    #[test]
    fn titles_are_remembered_between_runs() {
        let mut storage = MemoryStorage::default();
        let list = vec![Recent {
            path: PathBuf::from("/data/my.json"),
            title: Some("Malaysia UN cyber norms 2026".into()),
        }];
        save(&mut storage, &list);
        assert_eq!(load(Some(&storage)), list);
        assert_eq!(list[0].label(), "Malaysia UN cyber norms 2026 — my.json");
    }

    #[test]
    fn an_unreadable_list_is_an_empty_one() {
        let mut storage = MemoryStorage::default();
        eframe::Storage::set_string(&mut storage, RECENT_KEY, "[(".into());
        assert!(load(Some(&storage)).is_empty());
        assert!(load(None).is_empty());
    }

    #[test]
    fn remembering_a_file_again_moves_it_to_the_top_and_keeps_its_title() {
        let mut list: Vec<Recent> = (0..LIMIT)
            .map(|n| Recent::from(PathBuf::from(format!("/nowhere/{n}.json"))))
            .collect();
        set_title(&mut list, Path::new("/nowhere/3.json"), Some("Brunei 2026"));
        remember(&mut list, Path::new("/nowhere/3.json"));
        assert_eq!(list[0].label(), "Brunei 2026 — 3.json");
        assert_eq!(list.len(), LIMIT);
        remember(&mut list, Path::new("/nowhere/new.json"));
        assert_eq!(list.len(), LIMIT, "the oldest is forgotten");
        assert_eq!(list[0].file_name(), "new.json");
    }
}
