//! A pseudo-language for layout tests: English with every letter accented and every text
//! about 40 % longer ("Šåvé ·ẋẋẋẋ"), as Vietnamese or Bahasa texts run longer than English and
//! carry marks above and below. Placeables and selectors are left as they are.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// The pseudo-language's code (Android's and Windows' pseudo-locale for longer text).
pub const PSEUDO: &str = "en-XA";

/// The English messages turned into the pseudo-language.
pub fn pseudo_messages(english: &str) -> String {
    let mut resource = match fluent_syntax::parser::parse(english.to_owned()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    for entry in &mut resource.body {
        if let Entry::Message(m) = entry {
            if m.id.name == "language-name" {
                continue;
            }
            if let Some(p) = &mut m.value {
                pattern(p);
            }
        }
    }
    let mut text = fluent_syntax::serializer::serialize(&resource);
    text.push_str("language-name = Pseudo (ẋ)\n");
    text.retain(|c| c != '\r');
    text.lines()
        .filter(|l| !l.starts_with("language-name = English"))
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

fn pattern(p: &mut Pattern<String>) {
    for element in &mut p.elements {
        match element {
            PatternElement::TextElement { value } => *value = stretch(value),
            PatternElement::Placeable { expression } => expression_text(expression),
        }
    }
}

fn expression_text(expression: &mut Expression<String>) {
    match expression {
        Expression::Select { variants, .. } => {
            for v in variants {
                pattern(&mut v.value);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_text(expression)
        }
        Expression::Inline(_) => {}
    }
}

/// Accented letters, then about 40 % more characters in words a line can break between.
fn stretch(text: &str) -> String {
    let accented: String = text.chars().map(accent).collect();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let extra = (letters * 2).div_ceil(5);
    if extra == 0 {
        return accented;
    }
    let mut padding = String::new();
    for i in 0..extra {
        padding.push(if i % 5 == 0 { ' ' } else { 'ẋ' });
    }
    // Keep a trailing space or line break where the text had it.
    let trimmed = accented.trim_end();
    let tail = &accented[trimmed.len()..];
    format!("{trimmed}{padding}{tail}")
}

fn accent(c: char) -> char {
    match c {
        'a' => 'å',
        'e' => 'é',
        'i' => 'ï',
        'o' => 'ö',
        'u' => 'ü',
        'y' => 'ý',
        'c' => 'ç',
        'n' => 'ñ',
        's' => 'š',
        'A' => 'Å',
        'E' => 'É',
        'I' => 'Ï',
        'O' => 'Ö',
        'U' => 'Ü',
        'S' => 'Š',
        'C' => 'Ç',
        'N' => 'Ñ',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudo_text_is_longer_accented_and_keeps_every_placeable() {
        let english = crate::i18n::shipped_messages()
            .next()
            .map_or("", |(_, t)| t);
        let pseudo = pseudo_messages(english);
        let problems = crate::i18n::check::check(english, &pseudo, true);
        assert!(problems.is_empty(), "{problems:?}");
        let catalog = crate::i18n::Catalog::with_pseudo();
        let tr = catalog.tr(PSEUDO).unwrap_or_else(|e| panic!("{e}"));
        let save = tr.dynamic("menu-file-save");
        assert!(save.starts_with("Šåvé"), "{save}");
        assert!(save.chars().count() >= 6, "{save}");
        let summary = tr.dynamic("report-section-summary");
        assert!(summary.chars().count() as f64 >= 1.35 * "Executive summary".len() as f64);
    }
}
