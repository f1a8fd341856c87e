//! The page about KUDAF and the VIGO pilot.

use super::{EcosystemPicture, NovariVariables, OutcomeSection, PilotTimeline, SourceList};
use crate::{
    state::{use_lang, use_ui, ContentCtx, QueryCtx},
    ui::{content_text as text, ContentGate, DocumentTitle},
};
use catalog::{content::Content, Route};
use leptos::prelude::*;
use std::sync::Arc;

/// The page, in the content's reading order.
#[component]
pub fn AboutPage() -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    let content = ContentCtx::expect();
    // The content's title once it is there; the same words from the UI
    // strings while it loads or when it fails, so the page always has its
    // heading.
    let title = Signal::derive(move || match content.loaded() {
        Some(c) => c.pilot.title.get(lang.get()).to_string(),
        None => ui.get().story.about_title.to_string(),
    });
    view! {
        <DocumentTitle text=title />
        <h1 class="ds-heading" data-size="lg" tabindex="-1">
            {title}
        </h1>
        <ContentGate render=|content| view! { <About content /> }.into_any() />
    }
}

/// The sections, for loaded content.
#[component]
fn About(content: Arc<Content>) -> impl IntoView {
    let page = &content.pilot;
    let kudaf = &page.kudaf;
    view! {
        <div class="story">
            <section class="story__section" aria-labelledby="kudaf-heading">
                <h2 class="ds-heading" data-size="md" id="kudaf-heading">
                    {text(kudaf.heading.clone())}
                </h2>
                <p class="ds-paragraph story__lead">{text(kudaf.summary.clone())}</p>
            </section>
            <EcosystemPicture ecosystem=page.ecosystem.clone() />
            <PilotTimeline pilot=page.pilot.clone() />
            <TrialLink />
            <NovariVariables list=page.variable_list.clone() />
            <OutcomeSection outcome=page.outcome.clone() />
            <SourceList sources=page.sources.clone() />
        </div>
    }
}

/// The way to the prøverom, where a provider checks its YAML as Novari
/// did in the pilot's second phase.
#[component]
fn TrialLink() -> impl IntoView {
    let ui = use_ui();
    let query = QueryCtx::expect();
    view! {
        <p class="ds-paragraph story__section">
            {move || ui.get().trial.pilot_text} " "
            <a class="ds-link" href=move || query.route_href(&Route::Trial)>
                {move || ui.get().trial.title}
            </a>
        </p>
    }
}
