//! The catalog, loaded once for the whole app, and its search engine; or,
//! while the prøverom's preview is on, the catalog built there.

use super::preview::PreviewCtx;
use crate::load::{engine_for, fetch_catalog, IndexBytes, LoadError};
use catalog::{Catalog, Engine};
use leptos::prelude::*;
use std::sync::Arc;

/// The catalog resource, provided once at the top of the app so every page
/// shares one fetch, and the catalog's search engine.
#[derive(Clone, Copy)]
pub struct CatalogCtx(
    pub LocalResource<Result<Arc<Catalog>, LoadError>>,
    StoredValue<EngineSlot>,
);

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
    pub fn provide() -> CatalogCtx {
        let slot = StoredValue::new(EngineSlot::Empty);
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
                Ok(catalog)
            }
        });
        let ctx = CatalogCtx(resource, slot);
        provide_context(ctx);
        ctx
    }

    /// The search engine of `catalog`, made on first use (from the prebuilt
    /// index when it matches, see [`engine_for`]) and kept, so returning to
    /// the browse page does not index the catalog again.
    pub fn engine(&self, catalog: &Arc<Catalog>) -> Arc<Engine> {
        let cached = self.1.with_value(|slot| match slot {
            EngineSlot::Ready(c, engine) if Arc::ptr_eq(c, catalog) => Some(engine.clone()),
            _ => None,
        });
        cached.unwrap_or_else(|| {
            let ours = self.1.with_value(|slot| match slot {
                EngineSlot::Index(c, _) => Arc::ptr_eq(c, catalog),
                EngineSlot::Empty => true,
                EngineSlot::Ready(..) => false,
            });
            if !ours {
                // The prøverom's preview: the bundled catalog's index or
                // engine stays for when the preview ends.
                return Arc::new(Engine::new(catalog));
            }
            let index = match self.1.try_update_value(std::mem::take) {
                Some(EngineSlot::Index(c, index)) if Arc::ptr_eq(&c, catalog) => index,
                _ => Err("the index was not fetched with this catalog".to_owned()),
            };
            let engine = Arc::new(engine_for(catalog, index));
            self.1
                .set_value(EngineSlot::Ready(catalog.clone(), engine.clone()));
            engine
        })
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
