//! How the pilot ended, as proposed in the decision case, and the public
//! documents the page is based on.

use crate::{
    state::{use_lang, use_ui},
    ui::{content_text as text, is_web_url},
};
use catalog::content::{date_label, Outcome, Source};
use leptos::prelude::*;

/// The outcome's points, introduced as the proposal they are.
#[component]
pub fn OutcomeSection(
    /// The outcome's texts.
    outcome: Outcome,
) -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    let Outcome {
        heading,
        decision_date,
        points,
    } = outcome;
    let points = points
        .into_iter()
        .map(|point| view! { <li>{text(point)}</li> })
        .collect_view();
    view! {
        <section class="story__section" aria-labelledby="outcome-heading">
            <h2 class="ds-heading" data-size="md" id="outcome-heading">
                {text(heading)}
            </h2>
            <p class="ds-paragraph">
                {move || (ui.get().story.proposed)(&date_label(&decision_date, lang.get()))}
            </p>
            <ul class="story__points">{points}</ul>
        </section>
    }
}

/// The sources, each with its date and, where it has one, its address.
#[component]
pub fn SourceList(
    /// The sources, in the content's order.
    sources: Vec<Source>,
) -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    let sources = sources
        .into_iter()
        .map(|source| {
            let title = text(source.title);
            // Only web addresses become links; the builder checks them too.
            let titled = match source.url.filter(|u| is_web_url(u)) {
                Some(url) => view! {
                    <a class="ds-link" href=url rel="external noopener noreferrer">
                        {title}
                    </a>
                }
                .into_any(),
                None => view! { <span>{title}</span> }.into_any(),
            };
            let date = source.date.map(|date| {
                let iso = date.clone();
                view! {
                    " ("
                    <time datetime=iso>{move || date_label(&date, lang.get())}</time>
                    ")"
                }
            });
            view! { <li>{titled} {date}</li> }
        })
        .collect_view();
    view! {
        <section class="story__section" aria-labelledby="sources-heading">
            <h2 class="ds-heading" data-size="sm" id="sources-heading">
                {move || ui.get().story.sources}
            </h2>
            <ul class="story__points">{sources}</ul>
        </section>
    }
}
