//! Fetching `content.json`, the texts of the start page's introduction,
//! the pilot page and the accessibility statement.

use super::{fetch_in_time, LoadError};
use catalog::content::{Content, ContentError, CONTENT_FILE};
use std::sync::Arc;

/// Fetches and reads `content.json` (beside `index.html`), giving up after
/// [`super::CATALOG_TIMEOUT`] like the catalog.
pub async fn fetch_content() -> Result<Arc<Content>, LoadError> {
    let bytes = fetch_in_time(CONTENT_FILE).await?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        LoadError::Content(ContentError::Invalid(format!(
            "not UTF-8 text (byte {})",
            e.valid_up_to()
        )))
    })?;
    Content::from_json(text)
        .map(Arc::new)
        .map_err(LoadError::Content)
}
