//! Every context of the app, each provided once by the shell (`lib.rs`):
//! the URL (the source of truth for what is shown), the catalog and its
//! detail shards, the site's texts, the basket and the language, and the
//! start page's remembered introduction; and focus and scrolling across
//! views (the way back to the result list, the skip links). A missing
//! context is a programming error, so each `expect()` panics naming its provider.

mod basket;
mod catalog;
mod content;
mod details;
mod focus;
mod intro;
mod lang;
mod preview;
mod trial;
pub mod url;

pub use self::catalog::CatalogCtx;
pub use basket::{BasketCtx, StorageProblem, STORAGE_KEY};
pub use content::ContentCtx;
pub use details::{DetailsCtx, ShardResource};
pub use focus::{focus_later, follow_route, remember_return, skip_to};
pub use intro::{intro_open, remember_intro};
pub use lang::{store_lang, stored_lang, use_lang, use_ui, LangCtx};
pub use preview::{Preview, PreviewCtx};
pub use trial::{TrialCtx, TrialFile, TrialState, Want};
pub use url::{History, QueryCtx};
