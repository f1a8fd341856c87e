//! The UI strings of one language, one part per feature of the app, so a
//! page's strings sit together.

mod basket;
mod browse;
mod detail;
mod shell;
mod story;

pub use basket::BasketText;
pub use browse::Browse;
pub use detail::Detail;
pub use shell::Shell;
pub use story::Story;

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
    /// The start page's introduction, the pilot page, the accessibility
    /// statement and the footer's links.
    pub story: Story,
}
