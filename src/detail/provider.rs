//! The provider of a variable, with its contact.

use super::{clipped, fact, facts};
use crate::{
    i18n,
    ui::{MailLink, SafeLink},
};
use catalog::{Catalog, Lang, Variable};
use leptos::prelude::*;

/// The section about the provider of `v`: name, organisation number,
/// description and contact; none when the catalog does not know it.
pub fn provider_section(catalog: &Catalog, v: &Variable, lang: Lang) -> Option<impl IntoView> {
    let ui = i18n::ui(lang);
    let text = move |t: &catalog::Text| clipped(t.get(lang));
    catalog.provider(&v.provider).map(|p| {
        let contact = p.contact.clone().unwrap_or_default();
        let has_contact =
            contact.name.is_some() || contact.email.is_some() || contact.url.is_some();
        let contact_view = view! {
            <span class="contact">
                {contact.name.map(|n| view! { <span>{n}</span> })}
                {contact.email.map(|email| view! { <MailLink email /> })}
                {contact.url.map(|url| view! { <SafeLink url /> })}
            </span>
        };
        view! {
            <section aria-labelledby="provider-heading">
                <h2 class="ds-heading" data-size="sm" id="provider-heading">
                    {ui.detail.provider_heading}
                </h2>
                {facts((
                    fact(ui.detail.provider_heading, text(&p.name)),
                    p.org_number.clone().map(|n| fact(ui.detail.org_number, n)),
                    p.description.as_ref().map(|d| fact(ui.detail.description, text(d))),
                    has_contact.then(|| fact(ui.detail.contact, contact_view)),
                ))}
            </section>
        }
    })
}
