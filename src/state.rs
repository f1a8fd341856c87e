//! App-wide state, provided as typed contexts. The URL is the source of
//! truth for what the browse page shows; the basket lives beside it.

mod basket;
mod lang;
mod url_query;

pub use basket::{BasketCtx, StorageProblem};
pub use lang::{store_lang, stored_lang};
pub use url_query::{History, QueryCtx};
