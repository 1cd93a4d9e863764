//! The window's language. The app draws on one thread; the language chosen in View > Language
//! (or the system's) is set here at the start of every frame, and [`ui_t!`](crate::ui_t) looks
//! the app's words up in it. Reports and spreadsheets are given their language explicitly.

use std::cell::RefCell;

use crate::i18n::{Catalog, Tr};

thread_local! {
    static CURRENT: RefCell<Option<(Catalog, Tr)>> = const { RefCell::new(None) };
}

/// Makes `catalog` the languages this thread's window offers (the layout tests use one with
/// the pseudo-language); the language is chosen again at the next frame.
pub fn use_catalog(catalog: Catalog) {
    CURRENT.with(|c| {
        let english = catalog.english();
        *c.borrow_mut() = Some((catalog, english));
    });
}

/// The languages the app offers: built in, and installed in the data folder.
pub(crate) fn catalog() -> Catalog {
    CURRENT.with(|c| match &*c.borrow() {
        Some((catalog, _)) => catalog.clone(),
        None => crate::user_data::catalog(),
    })
}

/// Makes `choice` (a language code, or `None` for the system's) the window's language, if it
/// is not already.
pub(crate) fn follow(choice: Option<&str>) {
    CURRENT.with(|c| {
        let mut current = c.borrow_mut();
        let catalog = match &*current {
            Some((catalog, _)) => catalog.clone(),
            None => crate::user_data::catalog(),
        };
        let code = match choice.filter(|code| catalog.has(code)) {
            Some(code) => code.to_owned(),
            None => catalog.system_language(),
        };
        if current.as_ref().is_some_and(|(_, tr)| tr.code() == code) {
            return;
        }
        let tr = catalog.tr(&code).unwrap_or_else(|_| catalog.english());
        *current = Some((catalog, tr));
    });
}

/// The window's language.
pub(crate) fn current() -> Tr {
    CURRENT.with(|c| match &*c.borrow() {
        Some((_, tr)) => tr.clone(),
        None => Tr::english(),
    })
}

/// Runs `f` with the window's language.
pub(crate) fn with<R>(f: impl FnOnce(&Tr) -> R) -> R {
    CURRENT.with(|c| match &*c.borrow() {
        Some((_, tr)) => f(tr),
        None => f(&Tr::english()),
    })
}

/// The app's words: `ui_t!("message-id")` or `ui_t!("message-id", count = n)`, in the window's
/// language; checked against the English messages when compiling.
#[macro_export]
macro_rules! ui_t {
    ($($rest:tt)+) => {
        $crate::ui::lang::with(|tr| $crate::t!(tr, $($rest)+))
    };
}
