//! The strings of the browse page.

/// The browse page: search, filters, results.
#[derive(Debug)]
pub struct Browse {
    /// The main heading of the catalog page.
    pub catalog_heading: &'static str,
    /// Column: variable name.
    pub col_variable: &'static str,
    /// Column: provider.
    pub col_provider: &'static str,
    /// Column: unit types.
    pub col_unit_types: &'static str,
    /// Column: access.
    pub col_access: &'static str,
    /// Caption of the variable table.
    pub table_caption: &'static str,
    /// "Showing {shown} of {total} variables".
    pub showing: fn(usize, usize) -> String,
    /// Shown when the catalog has no variables at all.
    pub no_variables: &'static str,
    /// The search box's label.
    pub search_label: &'static str,
    /// The hint under the search box.
    pub search_hint: &'static str,
    /// The browse page's skip link past the filters to the results.
    pub skip_to_results: &'static str,
    /// The English view's note that much of the metadata is Norwegian only.
    pub norwegian_only_note: &'static str,
    /// The heading of the filter panel.
    pub filters_heading: &'static str,
    /// The button that opens the filters on narrow screens.
    pub filter_toggle: &'static str,
    /// The switch that shows only the basket.
    pub only_selected: &'static str,
    /// The heading of the results.
    pub results_heading: &'static str,
    /// Beside the spinner while the search index's text part is on its
    /// way, in place of results that need it.
    pub search_loading: &'static str,
    /// Shows every value of a facet.
    pub show_more: &'static str,
    /// Shows the first values of a facet again.
    pub show_fewer: &'static str,
    /// The label of the filter box of a long facet.
    pub filter_values: &'static str,
    /// The label of the active filter chips.
    pub active_filters: &'static str,
    /// Removes every filter.
    pub clear_all: &'static str,
    /// The sort select's label.
    pub sort_label: &'static str,
    /// The page size select's label.
    pub page_size_label: &'static str,
    /// The pagination's accessible name.
    pub pagination_label: &'static str,
    /// The previous-page link.
    pub previous: &'static str,
    /// The next-page link.
    pub next: &'static str,
    /// Column: select.
    pub col_select: &'static str,
    /// The heading when nothing matches.
    pub empty_heading: &'static str,
    /// The button of the empty state.
    pub empty_clear: &'static str,
    /// The result count: "{n} variabler".
    pub count: fn(usize) -> String,
    /// "Side {page} av {pages}".
    pub page_of: fn(usize, usize) -> String,
    /// The accessible name of a page link.
    pub page_link: fn(usize) -> String,
    /// The accessible name of a filter chip.
    pub remove_filter: fn(&str) -> String,
    /// The accessible name of a row's checkbox.
    pub select_variable: fn(&str) -> String,
    /// The chip of the search text.
    pub search_chip: fn(&str) -> String,
    /// Says what the empty result was filtered by.
    pub empty_text: fn(&str) -> String,
    /// "Vis flere (n)".
    pub show_more_count: fn(usize) -> String,
    /// The link to a variable's details.
    pub details: &'static str,
}
