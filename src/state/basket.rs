//! The basket as app state: kept in localStorage on every change and in
//! step across open tabs.

use catalog::{Basket, BasketError};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// The localStorage key of the basket.
pub const STORAGE_KEY: &str = "nettbutikken.kurv";

/// The selected variables, shared by the table, the switch and the header,
/// and a notice for when a saved basket could not be read.
#[derive(Clone, Copy, Debug)]
pub struct BasketCtx(pub RwSignal<Basket>, pub RwSignal<Option<BasketError>>);

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved basket; a corrupt or foreign entry gives an error (the basket
/// then starts empty, and the app says so).
fn load() -> (Basket, Option<BasketError>) {
    let saved = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    match saved.as_deref().map(Basket::from_storage) {
        None => (Basket::default(), None),
        Some(Ok(basket)) => (basket, None),
        Some(Err(error)) => (Basket::default(), Some(error)),
    }
}

impl BasketCtx {
    /// Loads the saved basket, saves it on every change and follows changes
    /// other tabs make.
    pub fn provide() -> BasketCtx {
        let (basket, notice) = load();
        let ctx = BasketCtx(RwSignal::new(basket), RwSignal::new(notice));
        provide_context(ctx);
        // Writing to localStorage is the outside world: an effect.
        let basket = ctx.0;
        Effect::new(move |_| {
            let text = basket.read().to_storage();
            if let Some(storage) = storage() {
                let _ = storage.set_item(STORAGE_KEY, &text);
            }
        });
        follow_other_tabs(ctx);
        ctx
    }

    /// A basket of its own, in memory only, for components mounted alone
    /// (as in tests).
    pub fn expect() -> BasketCtx {
        use_context::<BasketCtx>().unwrap_or_else(|| {
            let ctx = BasketCtx(RwSignal::new(Basket::default()), RwSignal::new(None));
            provide_context(ctx);
            ctx
        })
    }
}

/// Another tab changed the basket: take its version. The `storage` event
/// fires only in the other tabs, so this never echoes.
fn follow_other_tabs(ctx: BasketCtx) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            if event.key().as_deref() != Some(STORAGE_KEY) {
                return;
            }
            let (basket, notice) = match event.new_value() {
                Some(text) => match Basket::from_storage(&text) {
                    Ok(basket) => (basket, None),
                    Err(error) => (Basket::default(), Some(error)),
                },
                None => (Basket::default(), None),
            };
            if ctx.0.get_untracked() != basket {
                ctx.0.set(basket);
            }
            if notice.is_some() {
                ctx.1.set(notice);
            }
        });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    // The listener lives as long as the page: the basket context does too.
    listener.forget();
}
