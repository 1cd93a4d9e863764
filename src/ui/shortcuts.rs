//! Every keyboard shortcut of the app, in one list: the key handling asks this list whether a
//! command's keys were pressed, and Help → Keyboard shortcuts shows the same list, so the two
//! cannot drift apart.

use egui::{Key, KeyboardShortcut, Modifiers};

/// What a shortcut does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// A new assessment.
    New,
    /// Open an assessment.
    Open,
    /// Save.
    Save,
    /// Save under another name.
    SaveAs,
    /// Undo the last change.
    Undo,
    /// Redo what was undone.
    Redo,
    /// The user guide, at the section of the screen shown.
    Help,
    /// Everything larger.
    ZoomIn,
    /// Everything smaller.
    ZoomOut,
    /// Back to 100 %.
    ZoomReset,
    /// The next practical action (walk-through).
    NextItem,
    /// The previous practical action (walk-through).
    PreviousItem,
    /// The next norm (walk-through).
    NextNorm,
    /// The previous norm (walk-through).
    PreviousNorm,
    /// Answer with the level of the digit (walk-through).
    Level,
    /// Mark or unmark not applicable (walk-through).
    NotApplicable,
    /// Show or hide the selected action's details (walk-through).
    Details,
    /// Confirm what was typed in a passphrase or file-path field.
    Confirm,
}

/// Where a shortcut works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Everywhere in the window.
    Window,
    /// In the walk-through, when no text field has the keyboard.
    Walkthrough,
    /// In a passphrase or file-path field.
    Field,
}

/// One shortcut: its command, its keys (any of them), where it works and the message that
/// says what it does.
pub struct Shortcut {
    /// What it does.
    pub command: Command,
    /// The keys, any of which does it.
    pub keys: &'static [KeyboardShortcut],
    /// Where it works.
    pub scope: Scope,
    /// The message id saying what it does.
    pub says: &'static str,
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(
        Modifiers {
            alt: false,
            ctrl: false,
            shift: true,
            mac_cmd: false,
            command: true,
        },
        key,
    )
}

const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

/// The digit keys 0–9, by the level they choose.
pub const DIGITS: [KeyboardShortcut; 10] = [
    plain(Key::Num0),
    plain(Key::Num1),
    plain(Key::Num2),
    plain(Key::Num3),
    plain(Key::Num4),
    plain(Key::Num5),
    plain(Key::Num6),
    plain(Key::Num7),
    plain(Key::Num8),
    plain(Key::Num9),
];

/// Every shortcut, in the order Help shows them. Ctrl+Shift+S comes before Ctrl+S and
/// Ctrl+Shift+Z before Ctrl+Z: consuming the shorter one first would swallow the longer.
pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        command: Command::New,
        keys: &[ctrl(Key::N)],
        scope: Scope::Window,
        says: "keys-new",
    },
    Shortcut {
        command: Command::Open,
        keys: &[ctrl(Key::O)],
        scope: Scope::Window,
        says: "keys-open",
    },
    Shortcut {
        command: Command::SaveAs,
        keys: &[ctrl_shift(Key::S)],
        scope: Scope::Window,
        says: "keys-save-as",
    },
    Shortcut {
        command: Command::Save,
        keys: &[ctrl(Key::S)],
        scope: Scope::Window,
        says: "keys-save",
    },
    Shortcut {
        command: Command::Redo,
        keys: &[ctrl(Key::Y), ctrl_shift(Key::Z)],
        scope: Scope::Window,
        says: "keys-redo",
    },
    Shortcut {
        command: Command::Undo,
        keys: &[ctrl(Key::Z)],
        scope: Scope::Window,
        says: "keys-undo",
    },
    Shortcut {
        command: Command::Help,
        keys: &[plain(Key::F1)],
        scope: Scope::Window,
        says: "keys-help",
    },
    Shortcut {
        command: Command::ZoomIn,
        keys: &[ctrl(Key::Plus), ctrl(Key::Equals)],
        scope: Scope::Window,
        says: "menu-view-zoom-in",
    },
    Shortcut {
        command: Command::ZoomOut,
        keys: &[ctrl(Key::Minus)],
        scope: Scope::Window,
        says: "menu-view-zoom-out",
    },
    Shortcut {
        command: Command::ZoomReset,
        keys: &[ctrl(Key::Num0)],
        scope: Scope::Window,
        says: "menu-view-zoom-reset",
    },
    Shortcut {
        command: Command::NextItem,
        keys: &[plain(Key::ArrowDown), plain(Key::J)],
        scope: Scope::Walkthrough,
        says: "keys-next-item",
    },
    Shortcut {
        command: Command::PreviousItem,
        keys: &[plain(Key::ArrowUp), plain(Key::K)],
        scope: Scope::Walkthrough,
        says: "keys-previous-item",
    },
    Shortcut {
        command: Command::NextNorm,
        keys: &[plain(Key::PageDown)],
        scope: Scope::Walkthrough,
        says: "keys-next-norm",
    },
    Shortcut {
        command: Command::PreviousNorm,
        keys: &[plain(Key::PageUp)],
        scope: Scope::Walkthrough,
        says: "keys-previous-norm",
    },
    Shortcut {
        command: Command::Level,
        keys: &DIGITS,
        scope: Scope::Walkthrough,
        says: "keys-level",
    },
    Shortcut {
        command: Command::NotApplicable,
        keys: &[plain(Key::N)],
        scope: Scope::Walkthrough,
        says: "keys-not-applicable",
    },
    Shortcut {
        command: Command::Details,
        keys: &[plain(Key::Enter)],
        scope: Scope::Walkthrough,
        says: "keys-details",
    },
    Shortcut {
        command: Command::Confirm,
        keys: &[plain(Key::Enter)],
        scope: Scope::Field,
        says: "keys-confirm",
    },
];

/// The keys egui gives every control, listed in Help though egui handles them: Tab (with
/// Shift, back), Space or Enter, Esc; each with the message saying what it does.
pub const FOCUS_KEYS: &[(&[KeyboardShortcut], &str)] = &[
    (&[plain(Key::Tab)], "keys-focus-next"),
    (&[plain(Key::Space), plain(Key::Enter)], "keys-focus-press"),
    (&[LEAVE], "keys-focus-leave"),
];

/// Esc: leaves the focused control, and closes a dialog or Help.
pub const LEAVE: KeyboardShortcut = plain(Key::Escape);

/// The keys of `command`.
pub fn keys_of(command: Command) -> &'static [KeyboardShortcut] {
    SHORTCUTS
        .iter()
        .find(|s| s.command == command)
        .map_or(&[], |s| s.keys)
}

/// Whether one of `command`'s keys was pressed this frame; the key is consumed so that no
/// other handler sees it.
pub fn consume(input: &mut egui::InputState, command: Command) -> bool {
    keys_of(command).iter().any(|k| input.consume_shortcut(k))
}

/// Which of `command`'s keys was pressed this frame (the first), if any; for walk-through
/// keys, pressed with no modifier.
pub fn pressed(ctx: &egui::Context, command: Command) -> Option<usize> {
    ctx.input(|i| {
        keys_of(command)
            .iter()
            .position(|k| i.key_pressed(k.logical_key) && i.modifiers.matches_exact(k.modifiers))
    })
}

/// The first key of `command` as a menu shows it: "Ctrl+S" ("⌘S" on a Mac).
pub fn menu_text(command: Command) -> String {
    keys_of(command).first().map_or_else(String::new, |k| {
        k.format(&egui::ModifierNames::NAMES, cfg!(target_os = "macos"))
    })
}

/// A shortcut's keys as the user reads them: "Ctrl+Shift+S", "↓ / J", "0–9".
pub fn keys_text(ctx: &egui::Context, shortcut: &Shortcut) -> String {
    if shortcut.command == Command::Level {
        return "0–9".to_owned();
    }
    let names: Vec<String> = shortcut
        .keys
        .iter()
        .map(|k| ctx.format_shortcut(k))
        .collect();
    names.join(" / ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_keys_and_no_key_does_two_things() {
        let all = [
            Command::New,
            Command::Open,
            Command::Save,
            Command::SaveAs,
            Command::Undo,
            Command::Redo,
            Command::Help,
            Command::ZoomIn,
            Command::ZoomOut,
            Command::ZoomReset,
            Command::NextItem,
            Command::PreviousItem,
            Command::NextNorm,
            Command::PreviousNorm,
            Command::Level,
            Command::NotApplicable,
            Command::Details,
            Command::Confirm,
        ];
        for command in all {
            let listed = SHORTCUTS.iter().filter(|s| s.command == command).count();
            assert_eq!(listed, 1, "{command:?} is listed once");
            assert!(!keys_of(command).is_empty(), "{command:?} has keys");
        }
        assert_eq!(
            SHORTCUTS.len(),
            all.len(),
            "every listed shortcut is a command"
        );
        let mut seen = Vec::new();
        for s in SHORTCUTS {
            for k in s.keys {
                let key = (
                    k.logical_key,
                    k.modifiers.command,
                    k.modifiers.shift,
                    s.scope,
                );
                assert!(!seen.contains(&key), "{k:?} does two things");
                seen.push(key);
            }
        }
    }

    /// The key handling asks the list: no other file of the app names a key.
    #[test]
    fn no_key_is_handled_outside_the_list() {
        let ui = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
        let mut stack = vec![ui];
        let mut offenders = Vec::new();
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                if path.ends_with("shortcuts.rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for needle in ["consume_shortcut", "consume_key", "Key::"] {
                    if text.contains(needle) {
                        offenders.push(format!("{}: {needle}", path.display()));
                    }
                }
            }
        }
        assert!(
            offenders.is_empty(),
            "keys handled outside the list: {offenders:?}"
        );
    }
}
