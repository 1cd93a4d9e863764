//! How `normcheck-cli`, the small console launcher (src/bin/normcheck-cli.rs), and the program it
//! starts ask for a passphrase. On Windows `normcheck.exe` is a GUI program: started from a
//! console it has none of its own, so it cannot ask without echo. The launcher, a console
//! program, asks in its place: the program writes [`ASK_MARKER`] and the prompt as one line on
//! standard error, and reads the answer as one line on standard input (a pipe between the two).

/// Set by the launcher (to "1") when its console can be asked and it relays the prompts.
pub const RELAY_ENV: &str = "NORMCHECK_PROMPT_RELAY";

/// Begins a line on standard error that asks the launcher for a passphrase; the prompt follows.
pub const ASK_MARKER: &str = "\u{1}normcheck-ask-passphrase\u{1}";

/// Whether this program was started by the launcher, which relays passphrase prompts.
pub fn relayed() -> bool {
    std::env::var_os(RELAY_ENV).is_some_and(|value| value == "1")
}

/// The line that asks the launcher for a passphrase with `prompt` (kept to one line).
pub fn ask_line(prompt: &str) -> String {
    let one_line: String = prompt
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    format!("{ASK_MARKER}{one_line}")
}

/// The prompt a line from the program asks with, or `None` for an ordinary line of output.
pub fn asked(line: &str) -> Option<&str> {
    line.strip_prefix(ASK_MARKER)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prompt_travels_as_one_line_and_is_recognised() {
        let line = ask_line("Passphrase for a.json\n(again): ");
        assert!(!line.contains('\n'));
        assert_eq!(asked(&line), Some("Passphrase for a.json (again): "));
        assert_eq!(asked("a.json: 3 problems"), None);
    }
}
