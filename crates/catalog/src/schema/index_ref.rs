//! How `catalog.json` names the prebuilt index beside it, so the app uses
//! an index only with the catalog it was built for. Making and checking a
//! reference is the engine's ([`IndexRef::of`], [`IndexRef::check`]).

use serde::{Deserialize, Serialize};

/// The file name of the prebuilt index's browse part (facets and sort
/// orders), beside `catalog.json`. Fixed, so the app can request it at
/// the same time as the catalog.
pub const INDEX_FILE: &str = "engine.nbix";

/// The file name of the prebuilt index's text part (search index and
/// variable ids), which the browse part names by size and fingerprint.
/// The app requests it once the first page can be drawn.
pub const TEXT_INDEX_FILE: &str = "search.nbix";

/// `catalog.json`'s `index`: which prebuilt index belongs to this catalog.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IndexRef {
    /// The size of [`INDEX_FILE`] (the browse part) in bytes.
    pub bytes: u64,
    /// [`crate::fingerprint`] of [`INDEX_FILE`]'s bytes.
    pub fingerprint: String,
}
