//! The strings of the prøverom and of the preview's banner.

/// The prøverom (metadata test room) and its preview.
#[derive(Debug)]
pub struct TrialText {
    /// The page's title, also the footer's and the pilot page's link.
    pub title: &'static str,
    /// What the page is for.
    pub lead: &'static str,
    /// That nothing leaves the browser.
    pub private: &'static str,
    /// The dialects the builder reads.
    pub dialects: &'static str,
    /// Heading: giving files.
    pub files_heading: &'static str,
    /// Button: pick files.
    pub pick_files: &'static str,
    /// Button: pick a folder.
    pub pick_folder: &'static str,
    /// The drop zone's text.
    pub drop_hint: &'static str,
    /// Button: remove every file and the text.
    pub clear: &'static str,
    /// The list of files given, counted.
    pub file_count: fn(usize) -> String,
    /// Label of the text area, with the name its text is checked under.
    pub editor_label: fn(&str) -> String,
    /// Under the text area.
    pub editor_hint: &'static str,
    /// Said while the checker works.
    pub checking: &'static str,
    /// Heading of the failure.
    pub failed: &'static str,
    /// Heading: the report.
    pub report_heading: &'static str,
    /// How many problems are listed of how many (the rest are in the
    /// command line's report).
    pub not_shown: fn(usize, usize) -> String,
    /// Disclosure: the report as the command line prints it.
    pub as_cli: &'static str,
    /// A problem's button: go to its line.
    pub go_to_line: fn(usize) -> String,
    /// Marks the problem's line in an excerpt, for screen readers.
    pub marked_line: &'static str,
    /// Group heading of problems outside any provider.
    pub outside: &'static str,
    /// Heading: the preview.
    pub preview_heading: &'static str,
    /// Why there is no preview: errors.
    pub preview_blocked: &'static str,
    /// Said while the catalog is built.
    pub building: &'static str,
    /// What the built catalog holds: variables, providers.
    pub built: fn(usize, usize) -> String,
    /// The switch: merge with the shop's catalog.
    pub merge: &'static str,
    /// What merging does.
    pub merge_hint: &'static str,
    /// Button: show the preview.
    pub show_preview: &'static str,
    /// Button: download the built catalog.
    pub download_catalog: &'static str,
    /// Button: download the report as JSON.
    pub download_report: &'static str,
    /// The banner on every page during the preview.
    pub banner: &'static str,
    /// The banner's link back to the prøverom.
    pub back: &'static str,
    /// The banner's button that ends the preview.
    pub end: &'static str,
    /// Before the pilot page's link to the prøverom.
    pub pilot_text: &'static str,
    /// The preview's catalog could not be read.
    pub unreadable: &'static str,
    /// Beside the spinner while the page's module loads.
    pub loading: &'static str,
    /// Heading of the error when the page's module cannot be loaded.
    pub load_failed: &'static str,
}
