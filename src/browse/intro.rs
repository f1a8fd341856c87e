//! The start page's introduction: what KUDAF is, the shop's three steps,
//! what the catalog holds and the way to the pilot story. It can be folded
//! away, and stays as the user left it.

use crate::{
    load::Fetched,
    state::{intro_open, remember_intro, use_ui, CatalogCtx, ContentCtx, QueryCtx},
    ui::{content_text as text, LoadErrorView},
};
use catalog::{
    content::{Content, Holdings},
    Route,
};
use leptos::prelude::*;
use std::sync::Arc;

/// The introduction above the search, folded or open as last time.
#[component]
pub fn StartIntro() -> impl IntoView {
    let content = ContentCtx::expect().0;
    // Nothing while the texts load (they are small and come with the
    // catalog); a failure gets its message and a retry, and the search
    // below works regardless.
    move || match content.get() {
        None => ().into_any(),
        Some(Ok(content)) => view! { <Intro content /> }.into_any(),
        Some(Err(error)) => {
            let on_retry = move || content.refetch();
            view! { <LoadErrorView error what=Fetched::Content on_retry /> }.into_any()
        }
    }
}

/// The introduction for loaded texts.
#[component]
fn Intro(content: Arc<Content>) -> impl IntoView {
    let ui = use_ui();
    let query = QueryCtx::expect();
    let open = RwSignal::new(intro_open());
    // The choice is kept in localStorage, outside the reactive system,
    // hence an effect; the first run only reads, so a visitor who never
    // folds it stores nothing.
    Effect::new(move |previous: Option<bool>| {
        let now = open.get();
        if previous.is_some_and(|p| p != now) {
            remember_intro(now);
        }
        now
    });
    let kudaf = &content.pilot.kudaf;
    let steps = kudaf
        .steps
        .iter()
        .map(|step| {
            view! {
                <li>
                    <strong>{text(step.title.clone())}</strong>
                    " "
                    <span>{text(step.text.clone())}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="intro" aria-labelledby="intro-heading">
            <div class="intro__bar">
                <h2 class="ds-heading" data-size="xs" id="intro-heading">
                    {text(kudaf.heading.clone())}
                </h2>
                <button
                    class="ds-button"
                    data-variant="tertiary"
                    data-size="sm"
                    type="button"
                    aria-expanded=move || open.get().to_string()
                    aria-controls="intro-body"
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {move || {
                        if open.get() {
                            ui.get().story.intro_hide
                        } else {
                            ui.get().story.intro_show
                        }
                    }}
                </button>
            </div>
            <div class="intro__body" id="intro-body" hidden=move || !open.get()>
                <p class="ds-paragraph intro__summary">{text(kudaf.summary.clone())}</p>
                <ol class="intro__steps" aria-label=move || ui.get().story.steps_label>
                    {steps}
                </ol>
                <p class="ds-paragraph intro__more">
                    <Holding />
                    " "
                    <a class="ds-link" href=move || query.carried_href(&Route::About) data-carry>
                        {text(content.pilot.title.clone())}
                    </a>
                </p>
            </div>
        </section>
    }
}

/// How many variables and providers the catalog holds, once it is there.
#[component]
fn Holding() -> impl IntoView {
    let ui = use_ui();
    let catalog = CatalogCtx::expect().resource;
    let holdings = Memo::new(move |_| match catalog.get() {
        Some(Ok(catalog)) => Some(Holdings::of(&catalog)),
        _ => None,
    });
    move || {
        holdings
            .get()
            .map(|h| (ui.get().story.holdings)(h.variables, h.providers))
    }
}
