//! A text of the site's content, shown in the UI's language.

use crate::state::use_lang;
use catalog::content::Bilingual;
use leptos::prelude::Get;

/// `text` in the current language as it changes, for a view: plain text,
/// never markup (the core's [`Bilingual::get`] picks the language).
pub fn content_text(text: Bilingual) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let lang = use_lang();
    move || text.get(lang.get()).to_string()
}
