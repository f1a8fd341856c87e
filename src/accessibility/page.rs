//! The accessibility statement: the standard aimed at, how the shop is
//! tested, its known limitations and how to report a problem.

use crate::{
    state::{use_lang, use_ui, ContentCtx},
    ui::{content_text as text, is_web_url, ContentGate, DocumentTitle},
};
use catalog::content::{Accessibility, Content, Section};
use leptos::prelude::*;
use std::sync::Arc;

/// The statement's page.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    let content = ContentCtx::expect();
    // The content's title once it is there, the UI's words until then.
    let title = Signal::derive(move || match content.loaded() {
        Some(c) => c.accessibility.title.get(lang.get()).to_string(),
        None => ui.get().story.accessibility_title.to_string(),
    });
    view! {
        <DocumentTitle text=title />
        <h1 class="ds-heading" data-size="lg" tabindex="-1">
            {title}
        </h1>
        <ContentGate render=|content| view! { <Statement content /> }.into_any() />
    }
}

/// The statement's sections, for loaded content.
#[component]
fn Statement(content: Arc<Content>) -> impl IntoView {
    let ui = use_ui();
    let Accessibility {
        conformance,
        testing,
        limitations,
        feedback,
        ..
    } = content.accessibility.clone();
    let aim = text(conformance.text);
    let link = feedback.url.filter(|u| is_web_url(u)).map(|url| {
        let href = url.clone();
        view! {
            <p class="ds-paragraph">
                <a class="ds-link" href=href rel="external noopener noreferrer">
                    {url}
                </a>
            </p>
        }
    });
    view! {
        <div class="story">
            <section class="story__section">
                <p class="ds-paragraph story__lead">
                    <strong>{move || ui.get().story.target}": "</strong>
                    {conformance.target}
                </p>
                <p class="ds-paragraph">{aim}</p>
            </section>
            <Points section=testing id="testing-heading" />
            <Points section=limitations id="limitations-heading" />
            <section class="story__section" aria-labelledby="feedback-heading">
                <h2 class="ds-heading" data-size="md" id="feedback-heading">
                    {text(feedback.heading)}
                </h2>
                <p class="ds-paragraph">{text(feedback.text)}</p>
                {link}
            </section>
        </div>
    }
}

/// A heading with its points.
#[component]
fn Points(section: Section, id: &'static str) -> impl IntoView {
    let items = section
        .items
        .into_iter()
        .map(|item| view! { <li>{text(item)}</li> })
        .collect_view();
    view! {
        <section class="story__section" aria-labelledby=id>
            <h2 class="ds-heading" data-size="md" id=id>
                {text(section.heading)}
            </h2>
            <ul class="story__points">{items}</ul>
        </section>
    }
}
