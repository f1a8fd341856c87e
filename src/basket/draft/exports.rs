//! The draft's exports: the request as JSON (whole and per provider), the
//! variable list as CSV with links, and print / PDF.

use crate::i18n;
use crate::state::{url::site_base, use_lang, use_ui, BasketCtx};
use crate::ui::{download, today};
use catalog::{export_csv_linked, request_files, Catalog};
use leptos::prelude::*;
use std::sync::Arc;

/// The export buttons; each file is made when its button is pressed, from
/// the saved draft and basket as they are then.
#[component]
pub fn DraftExports(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
) -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    let ctx = BasketCtx::expect();
    let files = {
        let catalog = catalog.clone();
        move || {
            let date = today();
            request_files(
                &ctx.selection.read_untracked(),
                &ctx.draft.read_untracked(),
                &catalog,
                lang.get_untracked(),
                Some(&date),
            )
        }
    };
    let save = {
        let files = files.clone();
        move |name: String| {
            if let Some(file) = files().into_iter().find(|f| f.name == name) {
                let _ = download(&file.name, "application/json", &file.json);
            }
        }
    };
    let providers = {
        let catalog = catalog.clone();
        let save = save.clone();
        move || {
            let lang = lang.get();
            let basket = ctx.selection.read();
            let resolved = basket.resolve(&catalog, lang);
            resolved
                .groups
                .iter()
                .map(|g| {
                    let label = (i18n::ui(lang).draft.download_provider)(g.name);
                    let name = format!("soknad-{}.json", g.provider);
                    let save = save.clone();
                    view! {
                        <button
                            class="ds-button"
                            data-variant="secondary"
                            type="button"
                            data-file=name.clone()
                            on:click=move |_| save(name.clone())
                        >
                            {label}
                        </button>
                    }
                })
                .collect_view()
        }
    };
    let save_whole = move |_| save("soknad.json".to_string());
    let save_csv = move |_| {
        let text = export_csv_linked(
            &ctx.selection.read_untracked(),
            &catalog,
            lang.get_untracked(),
            &site_base(),
        );
        let _ = download("nettbutikken-kurv.csv", "text/csv;charset=utf-8", &text);
    };
    view! {
        <section class="draft-exports no-print" aria-labelledby="draft-exports-heading">
            <h2 class="ds-heading" data-size="xs" id="draft-exports-heading">
                {move || ui.get().draft.export_heading}
            </h2>
            <div class="basket-actions">
                <button
                    class="ds-button"
                    data-variant="primary"
                    type="button"
                    on:click=move |_| {
                        let _ = window().print();
                    }
                >
                    {move || ui.get().draft.print}
                </button>
                <button
                    class="ds-button"
                    data-variant="secondary"
                    type="button"
                    on:click=save_whole
                >
                    {move || ui.get().draft.download_request}
                </button>
                {providers}
                <button class="ds-button" data-variant="secondary" type="button" on:click=save_csv>
                    {move || ui.get().draft.download_csv}
                </button>
            </div>
        </section>
    }
}
