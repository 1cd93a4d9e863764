//! Messages as a translator sees them: each message's Fluent source (placeables written as
//! they must appear, `{ $count }`), its comment, and back to a Fluent file.

/// One message of a Fluent file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageSource {
    /// The message id.
    pub id: String,
    /// Its value as written in the file, continuation lines unindented and joined by line
    /// breaks.
    pub text: String,
    /// The comment lines just above it (`#` removed), if any.
    pub comment: Option<String>,
}

/// The messages of a Fluent file, in order. Reads the layout our files use: `id = value` on
/// one line, continuation lines indented, comments starting with `#`.
pub fn message_sources(ftl: &str) -> Vec<MessageSource> {
    let mut out: Vec<MessageSource> = Vec::new();
    let mut comment: Vec<String> = Vec::new();
    let mut open = false;
    for line in ftl.lines() {
        let continues = line.starts_with([' ', '\t']) || line.starts_with('}');
        if open && continues && !line.trim().is_empty() {
            if let Some(last) = out.last_mut() {
                last.text.push('\n');
                last.text.push_str(continuation(line));
            }
            continue;
        }
        open = false;
        if let Some(c) = line.strip_prefix('#') {
            if !c.starts_with('#') {
                comment.push(c.trim().to_owned());
            } else {
                comment.clear();
            }
            continue;
        }
        let Some((id, value)) = line.split_once('=') else {
            comment.clear();
            continue;
        };
        let id = id.trim();
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            comment.clear();
            continue;
        }
        out.push(MessageSource {
            id: id.to_owned(),
            text: value.trim().to_owned(),
            comment: (!comment.is_empty()).then(|| comment.join(" ")),
        });
        comment.clear();
        open = true;
    }
    out
}

/// A continuation line without its indentation, except that a select's variants keep a
/// leading space so they read as part of the select.
fn continuation(line: &str) -> &str {
    let trimmed = line.trim_start();
    if trimmed.starts_with('[') || trimmed.starts_with('*') {
        &line[line.len() - trimmed.len() - 1..]
    } else {
        trimmed
    }
}

/// One message as Fluent source: `id = text`, its later lines indented.
pub fn message_to_ftl(id: &str, text: &str) -> String {
    let mut lines = text.lines();
    let mut out = format!("{id} = {}", lines.next().unwrap_or_default().trim_end());
    for line in lines {
        out.push_str("\n    ");
        out.push_str(line.trim());
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_goes_out_and_comes_back_the_same() {
        let ftl = "# Shown on the button.\nsave = Save\n\n## Section\nn = { $count ->\n    [one] one\n   *[other] { $count } files\n}\n";
        let found = message_sources(ftl);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].comment.as_deref(), Some("Shown on the button."));
        assert_eq!(found[1].comment, None);
        let back: String = found
            .iter()
            .map(|m| message_to_ftl(&m.id, &m.text))
            .collect();
        let english = crate::i18n::check::messages(ftl).unwrap_or_default();
        assert_eq!(
            crate::i18n::check::messages(&back).unwrap_or_default(),
            english
        );
        assert!(crate::i18n::check::check(ftl, &back, true).is_empty());
    }
}
