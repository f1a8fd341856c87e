//! How `catalog.json` names the prebuilt index beside it, so the app uses
//! an index only with the catalog it was built for. Making and checking a
//! reference is the engine's ([`IndexRef::of`], [`IndexRef::check`]).

use serde::{Deserialize, Serialize};

/// The file name of the prebuilt index, beside `catalog.json`. Fixed, so
/// the app can request it at the same time as the catalog.
pub const INDEX_FILE: &str = "engine.nbix";

/// `catalog.json`'s `index`: which prebuilt index belongs to this catalog.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IndexRef {
    /// The size of [`INDEX_FILE`] in bytes.
    pub bytes: u64,
    /// [`crate::fingerprint`] of [`INDEX_FILE`]'s bytes.
    pub fingerprint: String,
}
