//! The UI strings of one language, one part per feature of the app, so a
//! page's strings sit together.

mod basket;
mod browse;
mod dataset;
mod detail;
mod draft;
mod provider;
mod shell;
mod story;
mod trial;

pub use basket::BasketText;
pub use browse::Browse;
pub use dataset::DatasetText;
pub use detail::Detail;
pub use draft::DraftText;
pub use provider::ProviderText;
pub use shell::Shell;
pub use story::Story;
pub use trial::TrialText;

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
    /// A data provider's page.
    pub provider: ProviderText,
    /// A dataset's page.
    pub dataset: DatasetText,
    /// The start page's introduction, the pilot page, the accessibility
    /// statement and the footer's links.
    pub story: Story,
    /// The request draft and the coverage timelines.
    pub draft: DraftText,
    /// The prøverom and its preview.
    pub trial: TrialText,
}
