//! The UI strings of one language, one part per feature of the app, so a
//! page's strings sit together.

mod basket;
mod browse;
mod detail;
mod draft;
mod shell;

pub use basket::BasketText;
pub use browse::Browse;
pub use detail::Detail;
pub use draft::DraftText;
pub use shell::Shell;

/// The UI strings of one language.
#[derive(Debug)]
pub struct Ui {
    /// The header, the footer, loading, errors and notices.
    pub shell: Shell,
    /// The browse page.
    pub browse: Browse,
    /// The detail page.
    pub detail: Detail,
    /// The basket page, sharing and the request draft.
    pub basket: BasketText,
    /// The request draft and the coverage timelines.
    pub draft: DraftText,
}
