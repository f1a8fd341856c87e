//! Links to the pages of a provider and of a dataset, so every page names
//! them the same way and carries the browse query along (the search text
//! as someone follows them: `data-carry`, see `QueryCtx::carried_href`).

use crate::state::QueryCtx;
use catalog::{Dataset, Route};
use leptos::prelude::*;

/// A link to the page of the provider `id`, showing `name`.
#[component]
pub fn ProviderLink(
    /// The provider's id.
    #[prop(into)]
    id: Signal<String>,
    /// What the link shows: the provider's name.
    #[prop(into)]
    name: Signal<String>,
) -> impl IntoView {
    let query = QueryCtx::expect();
    view! {
        <a
            class="ds-link provider-link"
            href=move || query.carried_href(&Route::Provider(id.get()))
            data-carry
        >
            {name}
        </a>
    }
}

/// A link to the page of the dataset `id` of `provider`, showing `title`.
#[component]
pub fn DatasetLink(
    /// The dataset's provider.
    provider: String,
    /// The dataset's id within its provider.
    id: String,
    /// What the link shows: the dataset's title.
    title: String,
    /// The title's `lang` when it is not the page's (a Bokmål title on a
    /// Nynorsk page).
    lang: Option<&'static str>,
) -> impl IntoView {
    let query = QueryCtx::expect();
    let route = Route::Dataset(Dataset::key_of(&provider, &id));
    view! {
        <a
            class="ds-link dataset-link"
            href=move || query.carried_href(&route)
            lang=lang
            data-carry
        >
            {title}
        </a>
    }
}
