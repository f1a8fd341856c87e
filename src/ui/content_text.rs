//! A text of the site's content, shown in the UI's language.

use crate::state::use_lang;
use catalog::content::Bilingual;
use leptos::prelude::*;

/// `text` in the current language as it changes, for a view: plain text,
/// never markup (the core's [`Bilingual::resolve`] picks the language). A
/// text the content lacks in the page's language (Nynorsk not yet written)
/// is shown in the next one and carries that language's `lang`, so screen
/// readers read it with the right voice.
pub fn content_text(text: Bilingual) -> impl IntoView {
    let lang = use_lang();
    let text = StoredValue::new(text);
    let shown = move || text.with_value(|t| t.get(lang.get()).to_string());
    let other = move || text.with_value(|t| t.resolve(lang.get()).lang_attr(lang.get()));
    view! { <span lang=other>{shown}</span> }
}

/// `text` in `lang` and the `lang` attribute it needs on a page in `lang`
/// (`None` when it is in the page's language): for an attribute or the
/// document title, where no element can carry its own `lang`.
pub fn content_string(text: &Bilingual, lang: catalog::Lang) -> (String, Option<&'static str>) {
    let resolved = text.resolve(lang);
    (resolved.text.to_string(), resolved.lang_attr(lang))
}
