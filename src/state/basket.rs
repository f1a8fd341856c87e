//! The basket as app state.

use catalog::Basket;
use leptos::prelude::*;

/// The selected variables, shared by the table, the switch and the header.
#[derive(Clone, Copy, Debug)]
pub struct BasketCtx(pub RwSignal<Basket>);

impl BasketCtx {
    /// Provides an empty basket.
    pub fn provide() -> BasketCtx {
        let ctx = BasketCtx(RwSignal::new(Basket::default()));
        provide_context(ctx);
        ctx
    }

    /// The basket context; a fresh one when mounted alone (as in tests).
    pub fn expect() -> BasketCtx {
        use_context::<BasketCtx>().unwrap_or_else(BasketCtx::provide)
    }
}
