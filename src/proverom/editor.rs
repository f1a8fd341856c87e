//! The text area with line numbers, where YAML is pasted or typed, or a
//! given file is opened to be fixed; activating a problem puts its cursor
//! on the problem's line.

use crate::state::{use_ui, TrialCtx};
use catalog::trial::line_span_utf16;
use leptos::{html, prelude::*};

/// The editor.
#[component]
pub fn Editor() -> impl IntoView {
    let ui = use_ui();
    let trial = TrialCtx::expect();
    let area = NodeRef::<html::Textarea>::new();
    let gutter = NodeRef::<html::Pre>::new();
    let numbers = Memo::new(move |_| {
        let lines = trial.editor_text.with(|t| t.split('\n').count()).max(1);
        let mut text = String::with_capacity(lines * 4);
        for n in 1..=lines {
            text.push_str(&n.to_string());
            text.push('\n');
        }
        text
    });
    let follow = move || {
        if let (Some(area), Some(gutter)) = (area.get(), gutter.get()) {
            gutter.set_scroll_top(area.scroll_top());
        }
    };
    // A problem asked for its line: the cursor and the scroll position are
    // outside the reactive system, hence an effect.
    Effect::new(move |_| {
        let Some(line) = trial.goto.get() else {
            return;
        };
        let Some(area) = area.get() else {
            return;
        };
        let (start, end) = trial
            .editor_text
            .with_untracked(|t| line_span_utf16(t, line));
        // The report is below the text area: bring the whole area back
        // into view, then put the cursor in it.
        area.scroll_into_view_with_bool(true);
        let _ = area.focus();
        let _ = area.set_selection_range(start, end);
        let lines = trial
            .editor_text
            .with_untracked(|t| t.split('\n').count())
            .max(1);
        let height = f64::from(area.scroll_height()) / lines as f64;
        let top = (line.saturating_sub(3)) as f64 * height;
        area.set_scroll_top(top as i32);
        follow();
        trial.goto.set(None);
    });
    view! {
        <section class="trial__editor">
            <label class="ds-label" for="trial-text">
                {move || (ui.get().trial.editor_label)(&trial.editor_name.get())}
            </label>
            <p class="ds-paragraph" data-size="sm" id="trial-text-hint">
                {move || ui.get().trial.editor_hint}
            </p>
            <div class="trial-editor">
                <pre class="trial-editor__gutter" aria-hidden="true" node_ref=gutter>
                    {numbers}
                </pre>
                <textarea
                    id="trial-text"
                    node_ref=area
                    class="trial-editor__text"
                    aria-describedby="trial-text-hint"
                    spellcheck="false"
                    autocomplete="off"
                    wrap="off"
                    rows="16"
                    prop:value=move || trial.editor_text.get()
                    on:input:target=move |e| trial.typed(e.target().value())
                    on:scroll=move |_| follow()
                ></textarea>
            </div>
        </section>
    }
}
