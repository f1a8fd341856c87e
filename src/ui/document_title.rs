//! The browser tab's title.

use leptos::prelude::*;

/// Sets `document.title` to `text` and the shop's name while mounted, so
/// every view has a title that says where the user is (WCAG 2.4.2). The
/// title is outside the reactive system, hence an effect.
#[component]
pub fn DocumentTitle(
    /// What the view shows, e.g. a variable's label.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    Effect::new(move |_| {
        let text = text.get();
        let title = if text.is_empty() {
            "Nettbutikken – KUDAF".to_string()
        } else {
            format!("{text} – Nettbutikken – KUDAF")
        };
        document().set_title(&title);
    });
}
