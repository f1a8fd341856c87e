//! The strings of the KUDAF story: the start page's introduction, the page
//! about KUDAF and the VIGO pilot, the accessibility statement and the
//! footer's links. Their texts come from `content.json`; these are the
//! words around them.

/// The introduction, the pilot page, the statement and the footer links.
#[derive(Debug)]
pub struct Story {
    /// Shown while `content.json` loads.
    pub loading: &'static str,
    /// The heading of the error when `content.json` cannot be loaded.
    pub load_failed: &'static str,
    /// Error: `content.json` could not be read.
    pub err_invalid: &'static str,
    /// Error: `content.json` has a format version this app cannot read.
    pub err_version: fn(u64) -> String,
    /// The button that folds the start page's introduction away.
    pub intro_hide: &'static str,
    /// The button that shows the folded introduction again.
    pub intro_show: &'static str,
    /// The accessible name of the list of the shop's three steps.
    pub steps_label: &'static str,
    /// "The catalog holds {variables} variables from {providers} providers".
    pub holdings: fn(usize, usize) -> String,
    /// The page about KUDAF and the VIGO pilot: its title and link text.
    pub about_title: &'static str,
    /// The accessibility statement: its title and link text.
    pub accessibility_title: &'static str,
    /// The text of the link to KUDAF's home page.
    pub kudaf_home: &'static str,
    /// The accessible name of the footer's links.
    pub footer_nav: &'static str,
    /// The ecosystem picture's text alternative, before its list.
    pub picture_as_text: &'static str,
    /// The start of the pilot on its timeline.
    pub started: &'static str,
    /// The end of the pilot on its timeline.
    pub ended: &'static str,
    /// The accessible name of the phases' timeline.
    pub phases_label: &'static str,
    /// The label of a phase's goal.
    pub goal: &'static str,
    /// The label of a phase's outcome.
    pub outcome: &'static str,
    /// The mark beside a list item the catalog has no variable for.
    pub not_in_catalog: &'static str,
    /// Where the outcome comes from, with the meeting date in words.
    pub proposed: fn(&str) -> String,
    /// The heading of the sources.
    pub sources: &'static str,
    /// The label before the accessibility target, e.g. "Mål: WCAG 2.1 AA".
    pub target: &'static str,
}
