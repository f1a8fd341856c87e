//! Every UI string in Norwegian Bokmål and English, and the language context.
//!
//! Strings are fields of one struct rather than keys in a map, so a string
//! missing in one language is a compile error, not a blank on screen.

use catalog::Lang;
use leptos::prelude::*;

/// The UI strings of one language.
#[derive(Debug)]
pub struct Ui {
    /// The skip link's text.
    pub skip_to_main: &'static str,
    /// The shop's name in the header.
    pub shop_name: &'static str,
    /// The line under the shop's name.
    pub tagline: &'static str,
    /// The demo banner.
    pub demo_notice: &'static str,
    /// The main heading of the catalog page.
    pub catalog_heading: &'static str,
    /// Shown while the catalog loads.
    pub loading: &'static str,
    /// The heading of the load error.
    pub load_failed: &'static str,
    /// The retry button.
    pub retry: &'static str,
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
    /// The search box's label.
    pub search_label: &'static str,
    /// The hint under the search box.
    pub search_hint: &'static str,
    /// The heading of the filter panel.
    pub filters_heading: &'static str,
    /// The button that opens the filters on narrow screens.
    pub filter_toggle: &'static str,
    /// The switch that shows only the basket.
    pub only_selected: &'static str,
    /// The heading of the results.
    pub results_heading: &'static str,
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
    /// The link to the other language, in that language.
    pub language_switch: &'static str,
    /// The accessible name of the language switch.
    pub language_switch_label: &'static str,
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
}

/// Norwegian Bokmål.
pub const NB: Ui = Ui {
    skip_to_main: "Hopp til hovedinnhold",
    shop_name: "Nettbutikken",
    tagline: "Finn variabler fra Kunnskapssektorens datafellesskap (KUDAF)",
    demo_notice: "Variablene er kun for demonstrasjon og kan ikke bestilles ennå.",
    catalog_heading: "Finn variabler",
    loading: "Henter variabelkatalogen …",
    load_failed: "Vi fikk ikke hentet variabelkatalogen",
    retry: "Prøv igjen",
    col_variable: "Variabelnavn",
    col_provider: "Datatilbyder",
    col_unit_types: "Enhetstyper",
    col_access: "Tilgjengelighet",
    table_caption: "Variabler",
    showing: |shown, total| format!("Viser {shown} av {total} variabler"),
    no_variables: "Katalogen har ingen variabler ennå.",
    footer_about: "Nettbutikken viser variabler som datatilbyderne i KUDAF beskriver etter KUDAFs metadatastandard.",
    err_network: "Nettverksforespørselen feilet. Sjekk nettforbindelsen og prøv igjen.",
    err_status: |status| format!("Serveren svarte med feilkode {status}."),
    err_invalid: "Katalogfilen er skadet eller har feil format.",
    err_version: |found| {
        format!("Katalogen har formatversjon {found}, som denne versjonen av Nettbutikken ikke kan lese. Last siden på nytt for å hente nyeste versjon.")
    },
    technical_details: "Tekniske detaljer",
    search_label: "Hva leter du etter?",
    search_hint: "Søk i navn, beskrivelse, emne, enhetstype og datatilbyder",
    filters_heading: "Filtrer variabler",
    filter_toggle: "Filtrer",
    only_selected: "Vis kun valgte variabler",
    results_heading: "Velg variabler",
    show_more: "Vis flere",
    show_fewer: "Vis færre",
    filter_values: "Finn i listen",
    active_filters: "Aktive filtre",
    clear_all: "Nullstill alle",
    sort_label: "Sortering",
    page_size_label: "Treff per side",
    pagination_label: "Sidenavigasjon",
    previous: "Forrige",
    next: "Neste",
    col_select: "Velg",
    language_switch: "English",
    language_switch_label: "Change language to English",
    empty_heading: "Ingen variabler passer",
    empty_clear: "Fjern alle filtre og søket",
    count: |n| if n == 1 { "1 variabel".to_string() } else { format!("{n} variabler") },
    page_of: |page, pages| format!("Side {page} av {pages}"),
    page_link: |page| format!("Side {page}"),
    remove_filter: |label| format!("Fjern filteret {label}"),
    select_variable: |label| format!("Velg {label}"),
    search_chip: |text| format!("Søk: «{text}»"),
    empty_text: |what| format!("Ingen variabler passer til {what}. Prøv færre filtre eller et annet søk."),
    show_more_count: |n| format!("Vis alle {n}"),
};

/// English.
pub const EN: Ui = Ui {
    skip_to_main: "Skip to main content",
    shop_name: "Nettbutikken",
    tagline: "Find variables from the Norwegian education sector's data-sharing programme (KUDAF)",
    demo_notice: "The variables are for demonstration only and cannot be ordered yet.",
    catalog_heading: "Find variables",
    loading: "Loading the variable catalogue …",
    load_failed: "We could not load the variable catalogue",
    retry: "Try again",
    col_variable: "Variable name",
    col_provider: "Data provider",
    col_unit_types: "Unit types",
    col_access: "Access",
    table_caption: "Variables",
    showing: |shown, total| format!("Showing {shown} of {total} variables"),
    no_variables: "The catalogue has no variables yet.",
    footer_about: "Nettbutikken shows variables that KUDAF's data providers describe in the KUDAF metadata standard.",
    err_network: "The network request failed. Check your connection and try again.",
    err_status: |status| format!("The server answered with error code {status}."),
    err_invalid: "The catalogue file is damaged or has the wrong format.",
    err_version: |found| {
        format!("The catalogue has format version {found}, which this version of Nettbutikken cannot read. Reload the page to get the newest version.")
    },
    technical_details: "Technical details",
    search_label: "What are you looking for?",
    search_hint: "Search names, descriptions, subjects, unit types and providers",
    filters_heading: "Filter variables",
    filter_toggle: "Filter",
    only_selected: "Show only selected variables",
    results_heading: "Choose variables",
    show_more: "Show more",
    show_fewer: "Show fewer",
    filter_values: "Find in the list",
    active_filters: "Active filters",
    clear_all: "Clear all",
    sort_label: "Sort by",
    page_size_label: "Results per page",
    pagination_label: "Pagination",
    previous: "Previous",
    next: "Next",
    col_select: "Select",
    language_switch: "Norsk (bokmål)",
    language_switch_label: "Bytt språk til norsk (bokmål)",
    empty_heading: "No variables match",
    empty_clear: "Clear all filters and the search",
    count: |n| if n == 1 { "1 variable".to_string() } else { format!("{n} variables") },
    page_of: |page, pages| format!("Page {page} of {pages}"),
    page_link: |page| format!("Page {page}"),
    remove_filter: |label| format!("Remove the filter {label}"),
    select_variable: |label| format!("Select {label}"),
    search_chip: |text| format!("Search: “{text}”"),
    empty_text: |what| format!("No variables match {what}. Try fewer filters or another search."),
    show_more_count: |n| format!("Show all {n}"),
};

/// The strings for a language.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Nb => &NB,
        Lang::En => &EN,
    }
}

/// The UI language, provided once at the top of the app.
#[derive(Clone, Copy, Debug)]
pub struct LangCtx(pub Signal<Lang>);

impl LangCtx {
    /// Provides the language, derived from `lang`.
    pub fn provide(lang: Signal<Lang>) -> LangCtx {
        let ctx = LangCtx(lang);
        provide_context(ctx);
        ctx
    }

    /// The language context; Norwegian when mounted alone (as in tests).
    pub fn expect() -> LangCtx {
        use_context::<LangCtx>().unwrap_or(LangCtx(Signal::stored(Lang::default())))
    }
}

/// The current language.
pub fn use_lang() -> Signal<Lang> {
    LangCtx::expect().0
}

/// The strings of the current language.
pub fn use_ui() -> Signal<&'static Ui> {
    let lang = use_lang();
    Signal::derive(move || ui(lang.get()))
}

/// The label of a sort order.
pub fn sort_name(sort: catalog::Sort, lang: Lang) -> &'static str {
    use catalog::Sort;
    match (sort, lang) {
        (Sort::Relevance, Lang::Nb) => "Relevans",
        (Sort::Relevance, Lang::En) => "Relevance",
        (Sort::Name, Lang::Nb) => "Navn A–Å",
        (Sort::Name, Lang::En) => "Name A–Z",
        (Sort::Provider, Lang::Nb) => "Datatilbyder",
        (Sort::Provider, Lang::En) => "Data provider",
        (Sort::Updated, Lang::Nb) => "Sist oppdatert",
        (Sort::Updated, Lang::En) => "Last updated",
    }
}
