//! Makes text from files and paths safe to echo in a one-line message: control characters
//! (ESC, CR, newlines, NUL, DEL, the C1 range) are written as `\u{1b}`-style escapes, so a
//! crafted file can neither rewrite the user's terminal nor split a message over several lines.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::path::Path;

/// `text` with every control character escaped as `\u{..}`; borrowed when there is none.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A path as a user reads it, with control characters escaped.
pub fn path(path: &Path) -> String {
    printable(&path.display().to_string()).into_owned()
}

/// Like [`printable`], but keeps line breaks (for messages shown in a dialog, where our own
/// text may span lines); other control characters are escaped.
pub fn printable_lines(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_control() && c != '\n') {
        return Cow::Borrowed(text);
    }
    let lines: Vec<Cow<'_, str>> = text.split('\n').map(printable).collect();
    Cow::Owned(lines.join("\n"))
}

/// Writes one line to standard error, its control characters escaped. Never fails or panics:
/// when even standard error is gone (closed, full disk) there is nobody left to tell.
pub fn warn(line: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr().lock(), "{}", printable(line));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_line_breaks_are_escaped() {
        assert_eq!(
            printable("a\u{1b}[2Jb\r\nc\0\u{7f}\u{9b}"),
            "a\\u{1b}[2Jb\\u{d}\\u{a}c\\u{0}\\u{7f}\\u{9b}"
        );
    }

    #[test]
    fn ordinary_text_in_any_script_is_unchanged() {
        let text = "Việt Nam — ประเทศไทย — ကမ္ဘာ — \"quoted\" \\ tab-free";
        assert!(matches!(printable(text), Cow::Borrowed(_)));
        assert_eq!(printable(text), text);
    }

    #[test]
    fn dialog_text_keeps_its_lines_but_not_escapes() {
        assert_eq!(printable_lines("one\ntwo\u{1b}"), "one\ntwo\\u{1b}");
    }
}
