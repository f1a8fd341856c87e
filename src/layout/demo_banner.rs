//! The banner that says the shop is a demonstration.

use crate::state::{use_lang, use_ui, ContentCtx};
use crate::ui::content_string;
use leptos::prelude::*;

/// Tells every visitor that the variables and codes are synthetic
/// demonstration metadata and that nothing can be ordered, in the words of
/// the site's content (`demoNotice`); the same words from the UI strings
/// until the content has loaded, or when it cannot be.
#[component]
pub fn DemoBanner() -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    let content = ContentCtx::expect();
    // With the `lang` of the content's text when it is not the page's.
    let notice = Memo::new(move |_| match content.loaded() {
        Some(content) => content_string(&content.pilot.kudaf.demo_notice, lang.get()),
        None => (ui.get().shell.demo_notice.to_string(), None),
    });
    view! {
        <div class="demo-banner">
            <div class="ds-alert" data-color="warning">
                <p class="ds-paragraph" lang=move || notice.get().1>
                    {move || notice.get().0}
                </p>
            </div>
        </div>
    }
}
