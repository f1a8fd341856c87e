//! The UI language: a context derived from the URL, and the choice
//! remembered for the next visit.

use crate::i18n::{self, Ui};
use catalog::Lang;
use leptos::prelude::*;

/// The localStorage key of the language choice.
const KEY: &str = "nettbutikken.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language the user chose last time, if any.
pub fn stored_lang() -> Option<Lang> {
    storage()?
        .get_item(KEY)
        .ok()
        .flatten()
        .as_deref()
        .and_then(Lang::from_code)
}

/// Remembers the user's language choice; quietly does nothing where storage
/// is unavailable (private modes), since the URL still carries the choice.
pub fn store_lang(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, lang.code());
    }
}

/// The UI language, provided once at the top of the app.
#[derive(Clone, Copy, Debug)]
pub struct LangCtx(pub Signal<Lang>);

impl LangCtx {
    /// Provides the language, derived from `lang`.
    pub fn provide(lang: Signal<Lang>) -> LangCtx {
        let ctx = LangCtx(lang);
        provide_context(ctx);
        ctx
    }

    /// The language context.
    ///
    /// # Panics
    ///
    /// When no ancestor called [`LangCtx::provide`] (the app's shell does).
    pub fn expect() -> LangCtx {
        use_context::<LangCtx>()
            .expect("LangCtx is missing: call LangCtx::provide() in an ancestor")
    }
}

/// The current language.
pub fn use_lang() -> Signal<Lang> {
    LangCtx::expect().0
}

/// The strings of the current language.
pub fn use_ui() -> Signal<&'static Ui> {
    let lang = use_lang();
    Signal::derive(move || i18n::ui(lang.get()))
}
