//! The launcher's own few messages (a missing or unstartable `normcheck`), in the system's
//! language. They live with all the others in i18n/<lang>/normcheck.ftl (`launcher-…`, one line
//! each) and are translated with them; the launcher reads those lines itself, as it carries
//! none of normcheck's code (its message catalog included).

const FILES: [(&str, &str); 5] = [
    ("en", include_str!("../../../i18n/en/normcheck.ftl")),
    ("vi", include_str!("../../../i18n/vi/normcheck.ftl")),
    ("id", include_str!("../../../i18n/id/normcheck.ftl")),
    ("th", include_str!("../../../i18n/th/normcheck.ftl")),
    ("km", include_str!("../../../i18n/km/normcheck.ftl")),
];

/// Message `id` in the system's language (English when it has none), with `args` put in.
pub fn say(id: &str, args: &[(&str, &str)]) -> String {
    say_in(&system_language(), id, args)
}

fn say_in(language: &str, id: &str, args: &[(&str, &str)]) -> String {
    let file = |code: &str| FILES.iter().find(|(c, _)| *c == code).map(|(_, f)| *f);
    let text = file(language)
        .and_then(|f| message(f, id))
        .or_else(|| message(FILES[0].1, id))
        .unwrap_or(id);
    args.iter().fold(text.to_owned(), |text, (name, value)| {
        text.replace(&format!("{{ ${name} }}"), value)
    })
}

/// The one-line message `id` of a Fluent file.
fn message<'a>(file: &'a str, id: &str) -> Option<&'a str> {
    file.lines()
        .find_map(|line| line.strip_prefix(id)?.trim_start().strip_prefix('='))
        .map(str::trim)
}

/// The first of the system's preferred languages that normcheck speaks, by its main code.
fn system_language() -> String {
    sys_locale::get_locales()
        .filter_map(|locale| {
            let main = locale
                .split(['-', '_', '.', '@'])
                .next()?
                .to_ascii_lowercase();
            FILES.iter().any(|(code, _)| *code == main).then_some(main)
        })
        .next()
        .unwrap_or_else(|| "en".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_launcher_message_is_one_line_in_every_language_and_takes_its_arguments() {
        for (code, file) in FILES {
            for id in ["launcher-missing", "launcher-cannot-start"] {
                let text = message(file, id).unwrap_or_else(|| panic!("{code}: no {id}"));
                assert!(!text.is_empty(), "{code}: {id} is empty");
                let said = say_in(
                    code,
                    id,
                    &[("program", "C:\\x\\normcheck.exe"), ("reason", "R")],
                );
                assert!(said.contains("C:\\x\\normcheck.exe"), "{code}: {said}");
                assert!(!said.contains("{ $"), "{code}: {said}");
            }
        }
    }

    #[test]
    fn a_language_normcheck_lacks_gets_english() {
        let said = say_in("fr", "launcher-missing", &[("program", "normcheck")]);
        assert_eq!(
            said,
            say_in("en", "launcher-missing", &[("program", "normcheck")])
        );
    }
}
