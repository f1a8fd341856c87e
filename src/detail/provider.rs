//! The provider of a variable, with its public web address.

use super::{clipped, fact, facts};
use crate::{
    i18n,
    ui::{ProviderLink, SafeLink},
};
use catalog::{Catalog, Lang, Variable};
use leptos::prelude::*;

/// The section about the provider of `v`: name (a link to its page),
/// organisation number, description and public web address; none when
/// the catalog does not know it.
pub fn provider_section(catalog: &Catalog, v: &Variable, lang: Lang) -> Option<impl IntoView> {
    let ui = i18n::ui(lang);
    let text = move |t: &catalog::Text| clipped(t.get(lang));
    catalog.provider(&v.provider).map(|p| {
        let contact = p.contact.clone().unwrap_or_default();
        let name = text(&p.name);
        view! {
            <section aria-labelledby="provider-heading">
                <h2 class="ds-heading" data-size="sm" id="provider-heading">
                    {ui.detail.provider_heading}
                </h2>
                {facts((
                    fact(
                        ui.detail.provider_heading,
                        view! { <ProviderLink id=p.id.clone() name /> },
                    ),
                    p.org_number.clone().map(|n| fact(ui.detail.org_number, n)),
                    p
                        .description
                        .as_ref()
                        .map(|d| {
                            let lang = d.lang_attr(lang);
                            fact(ui.detail.description, view! { <span lang=lang>{text(d)}</span> })
                        }),
                    contact
                        .url
                        .map(|url| { fact(ui.provider.web_address, view! { <SafeLink url /> }) }),
                ))}
            </section>
        }
    })
}
