//! The remembered UI language.

use catalog::Lang;

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
