//! Which parts of the basket can be joined, and through what.

use crate::state::{use_lang, use_ui, BasketCtx, QueryCtx};
use catalog::{unit_type_label, Catalog, Connection, JoinGraph, Lang, Route};
use leptos::prelude::*;
use std::sync::Arc;

/// Groups the basket by identifier unit type, shows the link variables
/// that connect the groups and warns when nothing links them.
#[component]
pub fn JoinSummary(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
) -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    let query = QueryCtx::expect();
    let basket = BasketCtx::expect().selection;
    // The graph depends only on the catalog: built once.
    let graph = Arc::new(JoinGraph::new(&catalog));
    let report = {
        let catalog = catalog.clone();
        Memo::new(move |_| graph.report(&catalog, &basket.read()))
    };
    let unit = {
        let catalog = catalog.clone();
        move |id: &str, lang: Lang| unit_type_label(&catalog, id, lang).to_string()
    };
    let body = move || {
        let report = report.get();
        let lang = lang.get();
        let ui = ui.get();
        let groups = report
            .groups
            .iter()
            .map(|g| {
                let label = unit(&g.unit_type, lang);
                view! { <li>{(ui.basket.unit_group)(&label, g.variables.len())}</li> }
            })
            .collect_view();
        let links = report
            .links
            .iter()
            .map(|link| {
                let ends = format!("{} ↔ {}", unit(&link.a, lang), unit(&link.b, lang));
                let how = match &link.connection {
                    Connection::Direct { via, .. } => {
                        let names = via
                            .items
                            .iter()
                            .filter_map(|&i| catalog.variables.get(i))
                            .map(|v| {
                                let href = query.route_href(&Route::Variable(v.id.clone()));
                                view! {
                                    <a class="ds-link" href=href>
                                        <code>{v.name.clone()}</code>
                                    </a>
                                    " "
                                }
                            })
                            .collect_view();
                        view! {
                            " "
                            {ui.basket.join_via}
                            " "
                            {names}
                        }
                        .into_any()
                    }
                    Connection::Indirect { path } => {
                        let chain = path
                            .iter()
                            .map(|u| unit(u, lang))
                            .collect::<Vec<_>>()
                            .join(" → ");
                        view! {
                            " "
                            {ui.basket.join_indirect}
                            " "
                            {chain}
                        }
                        .into_any()
                    }
                };
                view! {
                    <li class="join-link">
                        <strong>{ends}</strong>
                        {how}
                    </li>
                }
            })
            .collect_view();
        let warning = report.unlinked.then(|| {
            view! {
                <div class="ds-alert" data-color="warning">
                    <p class="ds-paragraph">{ui.basket.join_unlinked}</p>
                </div>
            }
        });
        view! {
            <ul class="join-groups">{groups}</ul>
            {(!report.links.is_empty()).then(|| view! { <ul class="join-links">{links}</ul> })}
            {warning}
        }
    };
    view! {
        <section class="join" aria-labelledby="join-heading">
            <h2 class="ds-heading" data-size="xs" id="join-heading">
                {move || ui.get().basket.join_heading}
            </h2>
            <p class="ds-paragraph">{move || ui.get().basket.join_intro}</p>
            {body}
        </section>
    }
}
