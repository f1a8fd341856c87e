//! Text with highlighted search matches.

use catalog::Highlighted;
use leptos::prelude::*;

/// Renders a text with each of its ranges wrapped in `<mark>`, as
/// [`Highlighted::parts`] cuts it (ranges that do not fit are skipped).
///
/// The parts are slots by position (text, mark, text, mark, …, text), so
/// when the next keystroke moves the matches but not their number, only
/// text nodes change: inserting and removing `<mark>` elements makes the
/// browser restyle the page (Designsystemet's `:has()` rules), which cost
/// more than everything else a keystroke does.
#[component]
pub fn Marked(
    /// The text and the byte ranges of it to highlight.
    #[prop(into)]
    marked: Signal<Highlighted>,
) -> impl IntoView {
    let parts = Memo::new(move |_| {
        let marked = marked.read();
        marked.parts().into_iter().map(str::to_string).collect::<Vec<_>>()
    });
    view! {
        <For
            each=move || 0..parts.read().len()
            key=|slot| *slot
            children=move |slot| {
                let text = move || parts.read().get(slot).cloned().unwrap_or_default();
                // Even slots are the text between matches, odd ones matches.
                if slot % 2 == 0 {
                    text.into_any()
                } else {
                    view! { <mark>{text}</mark> }.into_any()
                }
            }
        />
    }
}
