//! Suggested folders and file names for the save, export and open prompts: the session's own
//! folder, and a name made from the assessment's title (or its Member State).

use std::path::{Path, PathBuf};

use super::app::AppState;
use crate::session::Meta;

/// Longest suggested file name stem, in characters.
const MAX_STEM: usize = 80;

/// A file name stem from the title, else the Member State, else "assessment": characters that
/// no file system accepts and spaces become "-", e.g. "Malaysia-UN-cyber-norms-2026".
pub fn file_stem(meta: &Meta) -> String {
    [&meta.title, &meta.member_state]
        .into_iter()
        .flatten()
        .map(|s| sanitize(s))
        .find(|s| !s.is_empty())
        .unwrap_or_else(|| "assessment".to_owned())
}

/// `path`, with `extension` added when it has none (a typed "report" becomes "report.pdf").
pub fn with_default_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_none() {
        path.with_extension(extension)
    } else {
        path
    }
}

/// The suggested session file name, e.g. "Malaysia-UN-cyber-norms-2026.json".
pub fn session_file_name(meta: &Meta) -> String {
    format!("{}.json", file_stem(meta))
}

/// The suggested report file name, e.g. "Malaysia-UN-cyber-norms-2026-report.pdf".
pub fn report_file_name(meta: &Meta) -> String {
    format!("{}-report.pdf", file_stem(meta))
}

/// Where to suggest a file: the open session's folder, else the folder of the most recently
/// used file, else the user's Documents folder (or home folder) if there is one.
pub fn suggested_folder(session_path: Option<&Path>, recent: Option<&Path>) -> Option<PathBuf> {
    let existing_parent = |p: &Path| {
        p.parent()
            .filter(|d| !d.as_os_str().is_empty() && d.is_dir())
            .map(Path::to_path_buf)
    };
    session_path
        .and_then(existing_parent)
        .or_else(|| recent.and_then(existing_parent))
        .or_else(|| {
            let home = PathBuf::from(
                std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"))?,
            );
            let documents = home.join("Documents");
            Some(if documents.is_dir() { documents } else { home })
        })
}

impl AppState {
    /// The open session's folder, else the last used file's, else Documents.
    pub(super) fn suggested_folder(&self) -> Option<PathBuf> {
        let session = self.doc.as_ref().and_then(|d| d.path.as_deref());
        let recent = self.recent.first().map(|r| r.path.as_path());
        suggested_folder(session, recent)
    }
}

/// A file's name as the app shows it in dialogs and the status bar (the path when it has none).
pub fn shown_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Letters (of any script, with their marks), digits and harmless punctuation are kept;
/// separators, characters Windows forbids, control characters and spaces become single "-".
fn sanitize(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let replace = c.is_whitespace()
            || c.is_control()
            || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|');
        if replace {
            if !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push(c);
        }
    }
    let stem: String = out
        .trim_matches(|c| c == '-' || c == '.')
        .chars()
        .take(MAX_STEM)
        .collect();
    stem.trim_end_matches(['-', '.']).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(title: Option<&str>, state: Option<&str>) -> Meta {
        Meta {
            title: title.map(str::to_owned),
            member_state: state.map(str::to_owned),
            ..Meta::default()
        }
    }

    #[test]
    fn the_title_names_the_file() {
        let m = meta(Some("Malaysia UN cyber norms 2026"), Some("Malaysia"));
        assert_eq!(session_file_name(&m), "Malaysia-UN-cyber-norms-2026.json");
        assert_eq!(
            report_file_name(&m),
            "Malaysia-UN-cyber-norms-2026-report.pdf"
        );
    }

    #[test]
    fn without_a_title_the_member_state_names_the_file() {
        assert_eq!(
            session_file_name(&meta(Some("  "), Some("Viet Nam"))),
            "Viet-Nam.json"
        );
        assert_eq!(session_file_name(&meta(None, None)), "assessment.json");
    }

    #[test]
    fn unsafe_characters_go_but_every_script_stays() {
        assert_eq!(
            file_stem(&meta(Some("TLP:RED / Draft? <v2>"), None)),
            "TLP-RED-Draft-v2"
        );
        // Thai tone marks are not alphanumeric but are part of the word.
        assert_eq!(
            file_stem(&meta(Some("การประเมิน ที่นี่ 2026"), None)),
            "การประเมิน-ที่นี่-2026"
        );
        assert_eq!(file_stem(&meta(Some("..\n."), Some("Brunei"))), "Brunei");
        let long = "x".repeat(200);
        assert_eq!(
            file_stem(&meta(Some(&long), None)).chars().count(),
            MAX_STEM
        );
    }

    #[test]
    fn the_session_folder_comes_first_then_the_last_used_one() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("vn.json");
        let other = tempfile::tempdir().unwrap();
        let recent = other.path().join("old.json");
        assert_eq!(
            suggested_folder(Some(&session), Some(&recent)).as_deref(),
            Some(dir.path())
        );
        assert_eq!(
            suggested_folder(None, Some(&recent)).as_deref(),
            Some(other.path())
        );
        let gone = dir.path().join("no-such-folder/x.json");
        assert_ne!(
            suggested_folder(Some(&gone), None).as_deref(),
            gone.parent(),
            "a folder that no longer exists is not suggested"
        );
    }
}
