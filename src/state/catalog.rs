//! The catalog, loaded once for the whole app, and its search engine; or,
//! while the prøverom's preview is on, the catalog built there.

use super::preview::PreviewCtx;
use crate::load::{
    attach_text, engine_for, fetch_catalog, fetch_text_index, IndexBytes, LoadError,
};
use catalog::{Catalog, Engine};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::{sync::Arc, time::Duration};

/// The catalog resource, provided once at the top of the app so every page
/// shares one fetch, and the catalog's search engine.
#[derive(Clone, Copy)]
pub struct CatalogCtx {
    /// The catalog (the prøverom's, while its preview is on).
    pub resource: LocalResource<Result<Arc<Catalog>, LoadError>>,
    slot: StoredValue<EngineSlot>,
    /// The prebuilt index's text part, when it arrives before the engine
    /// is made.
    text: StoredValue<Option<IndexBytes>>,
    /// Set once the text part is attached (or built, when it failed), so
    /// what waits for the search looks again.
    text_arrived: RwSignal<bool>,
}

/// The search engine of the loaded catalog, made on first use: until then
/// the prebuilt index's bytes wait here (decoding them is for the browse
/// page only, so a detail page does not pay for it).
#[derive(Default)]
enum EngineSlot {
    #[default]
    Empty,
    Index(Arc<Catalog>, IndexBytes),
    Ready(Arc<Catalog>, Arc<Engine>),
}

impl CatalogCtx {
    /// Starts loading the catalog and provides it to the app. While a
    /// preview is on, the resource is its catalog instead; the bundled one
    /// is kept meanwhile, so ending the preview fetches nothing again.
    ///
    /// The first page needs the catalog and the index's browse part; the
    /// text part is fetched after them, so it neither delays the first page
    /// nor takes its bandwidth.
    pub fn provide() -> CatalogCtx {
        let slot = StoredValue::new(EngineSlot::Empty);
        let text = StoredValue::new(None);
        let text_arrived = RwSignal::new(false);
        let bundled: StoredValue<Option<Arc<Catalog>>> = StoredValue::new(None);
        let preview = PreviewCtx::expect();
        let resource = LocalResource::new(move || {
            let shown = preview.current().map(|p| p.catalog);
            async move {
                if let Some(catalog) = shown {
                    return Ok(catalog);
                }
                if let Some(catalog) = bundled.get_value() {
                    return Ok(catalog);
                }
                let (catalog, index) = fetch_catalog().await?;
                slot.set_value(EngineSlot::Index(catalog.clone(), index));
                bundled.set_value(Some(catalog.clone()));
                spawn_local(fetch_text(catalog.clone(), slot, text, text_arrived));
                Ok(catalog)
            }
        });
        let ctx = CatalogCtx {
            resource,
            slot,
            text,
            text_arrived,
        };
        provide_context(ctx);
        ctx
    }

    /// The search engine of `catalog`, made on first use (from the prebuilt
    /// index when it matches, see [`engine_for`]) and kept, so returning to
    /// the browse page does not index the catalog again.
    pub fn engine(&self, catalog: &Arc<Catalog>) -> Arc<Engine> {
        let cached = self.slot.with_value(|slot| match slot {
            EngineSlot::Ready(c, engine) if Arc::ptr_eq(c, catalog) => Some(engine.clone()),
            _ => None,
        });
        cached.unwrap_or_else(|| {
            let ours = self.slot.with_value(|slot| match slot {
                EngineSlot::Index(c, _) => Arc::ptr_eq(c, catalog),
                EngineSlot::Empty => true,
                EngineSlot::Ready(..) => false,
            });
            if !ours {
                // The prøverom's preview: the bundled catalog's index or
                // engine stays for when the preview ends.
                return Arc::new(Engine::new(catalog));
            }
            let index = match self.slot.try_update_value(std::mem::take) {
                Some(EngineSlot::Index(c, index)) if Arc::ptr_eq(&c, catalog) => index,
                _ => Err("the index was not fetched with this catalog".to_owned()),
            };
            let engine = Arc::new(engine_for(catalog, index));
            if let Some(Some(text)) = self.text.try_update_value(Option::take) {
                attach_after_frame(engine.clone(), catalog.clone(), text, self.text_arrived);
            }
            self.slot
                .set_value(EngineSlot::Ready(catalog.clone(), engine.clone()));
            engine
        })
    }

    /// True when `engine` can answer every query now; false while its
    /// text part is on its way (queries with words or the basket filter
    /// wait for it). Reactive: it turns true when the part arrives.
    pub fn text_ready(&self, engine: &Engine) -> bool {
        self.text_arrived.track();
        engine.has_text()
    }

    /// The catalog context.
    ///
    /// # Panics
    ///
    /// When no ancestor called [`CatalogCtx::provide`] (the app's shell
    /// does).
    pub fn expect() -> CatalogCtx {
        use_context::<CatalogCtx>()
            .expect("CatalogCtx is missing: call CatalogCtx::provide() in an ancestor")
    }
}

/// Fetches the index's text part for the bundled `catalog` and gives it to
/// the engine if it is made already (then tells whoever waits for the
/// search), or keeps it for when it is.
async fn fetch_text(
    catalog: Arc<Catalog>,
    slot: StoredValue<EngineSlot>,
    text: StoredValue<Option<IndexBytes>>,
    text_arrived: RwSignal<bool>,
) {
    let bytes = fetch_text_index().await;
    let engine = slot.with_value(|slot| match slot {
        EngineSlot::Ready(c, engine) if Arc::ptr_eq(c, &catalog) => Some(engine.clone()),
        _ => None,
    });
    match engine {
        Some(engine) => {
            attach_text(&engine, &catalog, bytes);
            text_arrived.set(true);
        }
        None => text.set_value(Some(bytes)),
    }
}

/// Attaches a text part that came before the engine was made, once the
/// page being drawn with that engine has had its frame: decoding it then
/// would delay the first results it is not needed for.
fn attach_after_frame(
    engine: Arc<Engine>,
    catalog: Arc<Catalog>,
    text: IndexBytes,
    text_arrived: RwSignal<bool>,
) {
    request_animation_frame(move || {
        set_timeout(
            move || {
                attach_text(&engine, &catalog, text);
                text_arrived.set(true);
            },
            Duration::ZERO,
        );
    });
}
