//! Words decided now and said later: an error or a problem found in a file is made where the
//! file is read, but worded where it is shown — in the window's language, the command's, or
//! English in a log. [`Said`] is what every such error implements; [`Message`] is one message
//! of the Fluent files with its arguments, made with [`msg!`](crate::msg) (whose id and
//! arguments are checked when compiling, like [`t!`](crate::t)).

use std::fmt;
use std::sync::Arc;

use super::Tr;

/// Something that can say itself in any language.
pub trait Said {
    /// The words in `tr`'s language.
    fn said(&self, tr: &Tr) -> String;
}

/// One message with its arguments, worded when shown.
#[derive(Clone)]
pub struct Message(Words);

#[derive(Clone)]
enum Words {
    /// A message of the Fluent files.
    Message(Arc<dyn Fn(&Tr) -> String + Send + Sync>),
    /// Words that come from elsewhere as they are (a JSON parser's detail, a workbook's own
    /// message).
    Text(String),
}

impl Message {
    /// A message worded by `say`; use [`msg!`](crate::msg) rather than this.
    pub fn new(say: impl Fn(&Tr) -> String + Send + Sync + 'static) -> Message {
        Message(Words::Message(Arc::new(say)))
    }
}

impl Message {
    /// The words of `said` (an error) as a message.
    pub fn of(said: impl Said + Send + Sync + 'static) -> Message {
        Message::new(move |tr| said.said(tr))
    }
}

impl Said for Message {
    fn said(&self, tr: &Tr) -> String {
        match &self.0 {
            Words::Message(say) => say(tr),
            Words::Text(text) => text.clone(),
        }
    }
}

impl From<String> for Message {
    /// Words from elsewhere, shown as they are in every language.
    fn from(text: String) -> Message {
        Message(Words::Text(text))
    }
}

impl fmt::Display for Message {
    /// The message in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said(&Tr::english()))
    }
}

impl fmt::Debug for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_string())
    }
}

impl PartialEq for Message {
    /// Two messages are the same when they say the same in English.
    fn eq(&self, other: &Message) -> bool {
        self.to_string() == other.to_string()
    }
}

/// A [`Message`]: `msg!("problem-level-unknown", level = 99)`. The arguments are taken now
/// (they must be `Clone + Send + Sync + 'static`); the message is worded when shown.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::i18n::Message::new(move |tr: &$crate::i18n::Tr| $crate::t!(tr, $id))
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        $(#[allow(clippy::redundant_locals)]
        let $name = $value;)+
        $crate::i18n::Message::new(move |tr: &$crate::i18n::Tr| {
            $crate::t!(tr, $id, $($name = $name.clone()),+)
        })
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_worded_in_the_language_it_is_shown_in() {
        let catalog = crate::i18n::Catalog::shipped();
        let message = crate::msg!("report-page", page = 2, total = 5);
        assert_eq!(message.to_string(), "Page 2 of 5");
        let thai = catalog.tr("th").unwrap();
        let said = message.said(&thai);
        assert_ne!(said, "Page 2 of 5");
        assert!(said.contains('2') && said.contains('5'), "{said}");
    }

    #[test]
    fn words_from_elsewhere_stay_as_they_are() {
        let text = Message::from("expected value at line 1 column 2".to_owned());
        let thai = crate::i18n::Catalog::shipped().tr("th").unwrap();
        assert_eq!(text.said(&thai), "expected value at line 1 column 2");
    }
}
