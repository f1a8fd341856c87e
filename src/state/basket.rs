//! The basket as app state: saved to localStorage synchronously on every
//! change and kept in step across open tabs.

use catalog::{Basket, BasketError};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// The localStorage key of the basket.
pub const STORAGE_KEY: &str = "nettbutikken.kurv";

/// Something about the saved basket the user should know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The saved basket could not be read, so the basket was emptied.
    Reset(BasketError),
    /// The browser refused to save the basket (storage full or disabled):
    /// the selection lasts only as long as the tab.
    NotSaved,
}

/// The selected variables, shared by the table, the switch and the header,
/// and a notice about the saved basket.
///
/// The selection is read through [`BasketCtx::selection`] and changed only
/// through [`BasketCtx::update`] and [`BasketCtx::set`], which save it
/// before they return: a tab killed right after a click keeps the click.
#[derive(Clone, Copy, Debug)]
pub struct BasketCtx {
    /// The selection.
    pub selection: ReadSignal<Basket>,
    /// Shown above the page until the user closes it.
    pub notice: RwSignal<Option<StorageProblem>>,
    write: WriteSignal<Basket>,
    /// False for a basket kept in memory only (components mounted alone).
    persist: bool,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads a saved basket; a corrupt or foreign entry gives an empty basket
/// and the reason, so the app can say so.
fn read(saved: Option<&str>) -> (Basket, Option<StorageProblem>) {
    match saved.map(Basket::from_storage) {
        None => (Basket::default(), None),
        Some(Ok(basket)) => (basket, None),
        Some(Err(error)) => (Basket::default(), Some(StorageProblem::Reset(error))),
    }
}

/// Writes the basket; false when the browser has no storage or refuses.
fn save(basket: &Basket) -> bool {
    storage().is_some_and(|s| s.set_item(STORAGE_KEY, &basket.to_storage()).is_ok())
}

impl BasketCtx {
    fn new(basket: Basket, notice: Option<StorageProblem>, persist: bool) -> BasketCtx {
        let (selection, write) = signal(basket);
        BasketCtx {
            selection,
            notice: RwSignal::new(notice),
            write,
            persist,
        }
    }

    /// An empty basket kept in memory only, not provided: for mounting
    /// components alone (as in tests), which then provide it themselves.
    pub fn in_memory() -> BasketCtx {
        BasketCtx::new(Basket::default(), None, false)
    }

    /// Loads the saved basket, provides it to the app and follows changes
    /// other tabs make. An unreadable saved basket is overwritten with the
    /// empty one at once, so the notice is shown once, not on every visit.
    pub fn provide() -> BasketCtx {
        let saved = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
        let (basket, notice) = read(saved.as_deref());
        let reset = notice.is_some();
        let ctx = BasketCtx::new(basket, notice, true);
        provide_context(ctx);
        if reset {
            ctx.save_now();
        }
        follow_other_tabs(ctx);
        ctx
    }

    /// The basket context.
    ///
    /// # Panics
    ///
    /// When no ancestor provided it: [`BasketCtx::provide`] (the app's
    /// shell) or [`BasketCtx::in_memory`] with `provide_context`.
    pub fn expect() -> BasketCtx {
        use_context::<BasketCtx>().expect(
            "BasketCtx is missing: call BasketCtx::provide() or provide BasketCtx::in_memory()",
        )
    }

    /// Changes the selection and saves it before returning.
    pub fn update<T>(&self, change: impl FnOnce(&mut Basket) -> T) -> Option<T> {
        let result = self.write.try_update(change);
        self.save_now();
        result
    }

    /// Replaces the selection and saves it before returning.
    pub fn set(&self, basket: Basket) {
        self.update(|b| *b = basket);
    }

    fn save_now(&self) {
        if !self.persist {
            return;
        }
        let saved = self.selection.with_untracked(save);
        let refused = Some(StorageProblem::NotSaved);
        // Only flips the notice on a change of outcome, so a refusing
        // browser does not re-render the notice on every click.
        if !saved && self.notice.get_untracked().is_none() {
            self.notice.set(refused);
        } else if saved && self.notice.get_untracked() == refused {
            self.notice.set(None);
        }
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
            let (basket, notice) = read(event.new_value().as_deref());
            if ctx.selection.get_untracked() != basket {
                ctx.write.set(basket);
            }
            if notice.is_some() {
                ctx.notice.set(notice);
            }
        });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    // The listener lives as long as the page: the basket context does too.
    listener.forget();
}
