//! The strings every page shares: header, footer, loading, errors, notices.

/// The header, the footer, loading, errors and notices: every page.
#[derive(Debug)]
pub struct Shell {
    /// The skip link's text.
    pub skip_to_main: &'static str,
    /// The shop's name in the header.
    pub shop_name: &'static str,
    /// The line under the shop's name.
    pub tagline: &'static str,
    /// The demo banner until `content.json` has loaded, or when it cannot
    /// be: the same words as its `demoNotice`.
    pub demo_notice: &'static str,
    /// Shown while the catalog loads.
    pub loading: &'static str,
    /// The heading of the load error.
    pub load_failed: &'static str,
    /// Shown while a variable's details load.
    pub loading_details: &'static str,
    /// The heading of the error when a variable's details cannot be loaded.
    pub details_load_failed: &'static str,
    /// The retry button.
    pub retry: &'static str,
    /// The footer's line about the data.
    pub footer_about: &'static str,
    /// Error: the network request failed.
    pub err_network: &'static str,
    /// Error: the server answered with an HTTP error status.
    pub err_status: fn(u16) -> String,
    /// Error: the catalog could not be read.
    pub err_invalid: &'static str,
    /// Error: the catalog's format version is not supported.
    pub err_version: fn(u64) -> String,
    /// The technical details disclosure of an error.
    pub technical_details: &'static str,
    /// The catalog request got no complete answer in time.
    pub err_timeout: &'static str,
    /// The basket link in the header.
    pub basket: &'static str,
    /// Notice when the saved basket is damaged: what could be read is
    /// shown, and the saved text is kept.
    pub storage_unreadable: &'static str,
    /// Notice when the saved basket is from another version of the shop:
    /// it is kept, and this tab starts from an empty basket.
    pub storage_other_version: &'static str,
    /// Notice after the first change to such a basket: the other one was
    /// moved to the backup key, and the change is saved.
    pub storage_backed_up: &'static str,
    /// Notice when the browser refuses to save the basket.
    pub storage_not_saved: &'static str,
    /// Closes a notice.
    pub dismiss: &'static str,
    /// Heading of the notice shown when the app stopped on an internal error.
    pub crash_heading: &'static str,
    /// What happened and what to do, in that notice.
    pub crash_text: &'static str,
    /// The reload link in that notice.
    pub crash_reload: &'static str,
    /// The accessible name of the language switch.
    pub language_label: &'static str,
    /// The basket count for screen readers.
    pub basket_count: fn(usize) -> String,
}
