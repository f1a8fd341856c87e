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
    /// The browse page's skip link past the filters to the results.
    pub skip_to_results: &'static str,
    /// The English view's note that much of the metadata is Norwegian only.
    pub norwegian_only_note: &'static str,
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
    /// Shown while a variable's details load.
    pub loading_details: &'static str,
    /// The heading of the error when a variable's details cannot be loaded.
    pub details_load_failed: &'static str,
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
    /// The catalog request got no complete answer in time.
    pub err_timeout: &'static str,
    /// The basket link in the header.
    pub basket: &'static str,
    /// Heading of the basket page.
    pub basket_heading: &'static str,
    /// The empty basket.
    pub basket_empty: &'static str,
    /// Link from the empty basket.
    pub basket_find: &'static str,
    /// Removes one variable.
    pub remove: &'static str,
    /// Empties the basket.
    pub empty_basket: &'static str,
    /// Says the basket was emptied.
    pub basket_emptied: &'static str,
    /// Undoes the last action.
    pub undo: &'static str,
    /// Heading of stale entries.
    pub stale_heading: &'static str,
    /// Explains stale entries.
    pub stale_text: &'static str,
    /// Heading of the share section.
    pub share_heading: &'static str,
    /// Label of the share link.
    pub share_label: &'static str,
    /// Copies the share link.
    pub copy_link: &'static str,
    /// Says the link was copied.
    pub copied: &'static str,
    /// Downloads JSON.
    pub export_json: &'static str,
    /// Downloads CSV.
    pub export_csv: &'static str,
    /// Opens the request draft.
    pub draft_link: &'static str,
    /// Heading when opening a share link.
    pub shared_heading: &'static str,
    /// Replaces the basket with the shared one.
    pub replace_basket: &'static str,
    /// Merges the shared basket into the own one.
    pub merge_basket: &'static str,
    /// Ignores the shared basket.
    pub keep_basket: &'static str,
    /// Heading of the joinability section.
    pub join_heading: &'static str,
    /// Explains joinability.
    pub join_intro: &'static str,
    /// Warns about unlinked unit types.
    pub join_unlinked: &'static str,
    /// Introduces link variables.
    pub join_via: &'static str,
    /// An indirect connection.
    pub join_indirect: &'static str,
    /// Notice when the saved basket was unreadable.
    pub storage_reset: &'static str,
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
    /// Heading of the request draft.
    pub draft_heading: &'static str,
    /// Explains the request draft.
    pub draft_intro: &'static str,
    /// Prints the page.
    pub print: &'static str,
    /// Back link to the basket.
    pub back_to_basket: &'static str,
    /// A blank to fill in on the draft.
    pub purpose: &'static str,
    /// A blank to fill in on the draft.
    pub legal_basis: &'static str,
    /// A blank to fill in on the draft.
    pub applicant: &'static str,
    /// The basket count for screen readers.
    pub basket_count: fn(usize) -> String,
    /// Accessible name of a remove button.
    pub remove_named: fn(&str) -> String,
    /// Explains the shared basket choice.
    pub shared_text: fn(usize, usize) -> String,
    /// A unit type group heading.
    pub unit_group: fn(&str, usize) -> String,
    /// Label: description.
    pub description: &'static str,
    /// The back link from a detail page.
    pub back_to_results: &'static str,
    /// Adds a variable to the basket.
    pub add_to_basket: &'static str,
    /// Removes a variable from the basket.
    pub remove_from_basket: &'static str,
    /// Says a variable is in the basket.
    pub in_basket: &'static str,
    /// The link to a variable's details.
    pub details: &'static str,
    /// Label: technical name.
    pub technical_name: &'static str,
    /// Section: about the variable.
    pub about_variable: &'static str,
    /// Section: the provider.
    pub provider_heading: &'static str,
    /// Label: organisation number.
    pub org_number: &'static str,
    /// Label: contact.
    pub contact: &'static str,
    /// Label: dataset.
    pub dataset: &'static str,
    /// Label: temporality.
    pub temporality: &'static str,
    /// Label: access.
    pub access: &'static str,
    /// Label: population.
    pub population: &'static str,
    /// Label: spatial coverage.
    pub spatial_coverage: &'static str,
    /// Label: temporal coverage.
    pub temporal_coverage: &'static str,
    /// A coverage without end.
    pub ongoing: &'static str,
    /// Label: last updated.
    pub updated: &'static str,
    /// Label: subject fields.
    pub subjects: &'static str,
    /// Section: identifier unit type.
    pub unit_type_heading: &'static str,
    /// Section: the measured value.
    pub measure_heading: &'static str,
    /// Label: data type.
    pub data_type: &'static str,
    /// Label: format.
    pub format: &'static str,
    /// Label: definition links.
    pub definition: &'static str,
    /// Section: the allowed values.
    pub value_domain: &'static str,
    /// Label: measurement type.
    pub measurement_type: &'static str,
    /// Label: unit.
    pub unit: &'static str,
    /// Label: what a link variable points to.
    pub link_target: &'static str,
    /// Explains link variables.
    pub link_explained: &'static str,
    /// Column: code.
    pub code: &'static str,
    /// Column: code title.
    pub code_title: &'static str,
    /// Column: valid from.
    pub valid_from: &'static str,
    /// Column: valid until.
    pub valid_until: &'static str,
    /// Marks a missing-value code.
    pub missing_code: &'static str,
    /// Label of the code filter.
    pub filter_codes: &'static str,
    /// Section: revision.
    pub revision: &'static str,
    /// Says the variable is discontinued.
    pub discontinued: &'static str,
    /// Label: successors.
    pub successors: &'static str,
    /// Section: related variables.
    pub related_heading: &'static str,
    /// Related: same unit type at other providers.
    pub joinable_heading: &'static str,
    /// Related: same dataset.
    pub same_dataset_heading: &'static str,
    /// Heading of the not-found page.
    pub not_found_heading: &'static str,
    /// Text of the not-found page.
    pub not_found_text: &'static str,
    /// Caption of a code table.
    pub codes_shown: &'static str,
    /// "and N more".
    pub more_related: fn(usize) -> String,
    /// How many codes a list has.
    pub codes_count: fn(usize) -> String,
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
    skip_to_results: "Hopp til resultatene",
    norwegian_only_note: "Mange beskrivelser finnes bare på norsk.",
    shop_name: "Nettbutikken",
    tagline: "Finn variabler fra Kunnskapssektorens datafellesskap (KUDAF)",
    demo_notice: "Variablene er kun for demonstrasjon og kan ikke bestilles ennå.",
    catalog_heading: "Finn variabler",
    loading: "Henter variabelkatalogen …",
    load_failed: "Vi fikk ikke hentet variabelkatalogen",
    loading_details: "Henter detaljene om variabelen …",
    details_load_failed: "Vi fikk ikke hentet detaljene om variabelen",
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
    err_timeout: "Serveren svarte ikke i tide. Prøv igjen om litt.",
    basket: "Kurv",
    basket_heading: "Variabelkurven",
    basket_empty: "Kurven er tom. Finn variabler og kryss av for dem du trenger.",
    basket_find: "Finn variabler",
    remove: "Fjern",
    empty_basket: "Tøm kurven",
    basket_emptied: "Kurven er tømt.",
    undo: "Angre",
    stale_heading: "Ikke lenger i katalogen",
    stale_text: "Disse variablene er valgt, men finnes ikke lenger i katalogen. De kan være fjernet eller ha fått nytt navn.",
    share_heading: "Del og eksporter",
    share_label: "Lenke til kurven",
    copy_link: "Kopier lenken",
    copied: "Lenken er kopiert.",
    export_json: "Last ned JSON",
    export_csv: "Last ned CSV (regneark)",
    draft_link: "Lag søknadsutkast",
    shared_heading: "Du har åpnet en delt kurv",
    replace_basket: "Erstatt kurven min",
    merge_basket: "Legg til i kurven min",
    keep_basket: "Behold kurven min",
    join_heading: "Kobling mellom enhetstyper",
    join_intro: "Variabler om samme enhetstype kan kobles direkte. Ulike enhetstyper kan kobles når katalogen har en lenkevariabel mellom dem.",
    join_unlinked: "Utvalget ditt spenner over enhetstyper som ingen lenkevariabel i katalogen kobler sammen. Vurder å legge til en lenkevariabel.",
    join_via: "via",
    join_indirect: "indirekte gjennom",
    storage_reset: "Den lagrede kurven kunne ikke leses og er tømt.",
    storage_not_saved: "Nettleseren lar oss ikke lagre kurven, så den forsvinner når du lukker fanen.",
    dismiss: "Lukk",
    crash_heading: "Noe gikk galt",
    crash_text: "Nettbutikken stoppet på grunn av en feil. Kurven din er lagret.",
    crash_reload: "Last siden på nytt",
    draft_heading: "Søknadsutkast",
    draft_intro: "Utkast til søknad om tilgang til variabler fra KUDAF. Skriv ut eller lagre som PDF og fyll inn formål og hjemmel.",
    print: "Skriv ut",
    back_to_basket: "Tilbake til kurven",
    purpose: "Formål med prosjektet",
    legal_basis: "Hjemmelsgrunnlag",
    applicant: "Søker og institusjon",
    basket_count: |n| if n == 1 { "1 variabel i kurven".to_string() } else { format!("{n} variabler i kurven") },
    remove_named: |label| format!("Fjern {label}"),
    shared_text: |shared, own| {
        let shared = if shared == 1 { "1 variabel".to_string() } else { format!("{shared} variabler") };
        format!("Lenken inneholder {shared}. Kurven din har {own}. Hva vil du gjøre?")
    },
    unit_group: |label, n| format!("{label}: {n}"),
    description: "Beskrivelse",
    back_to_results: "Tilbake til søket",
    add_to_basket: "Legg i kurven",
    remove_from_basket: "Fjern fra kurven",
    in_basket: "Variabelen er i kurven",
    details: "Detaljer",
    technical_name: "Teknisk navn",
    about_variable: "Om variabelen",
    provider_heading: "Datatilbyder",
    org_number: "Organisasjonsnummer",
    contact: "Kontakt",
    dataset: "Datasett",
    temporality: "Temporalitet",
    access: "Tilgjengelighet",
    population: "Populasjon",
    spatial_coverage: "Geografisk dekning",
    temporal_coverage: "Tidsdekning",
    ongoing: "pågående",
    updated: "Sist oppdatert",
    subjects: "Emner",
    unit_type_heading: "Enhetstype",
    measure_heading: "Måleverdi",
    data_type: "Datatype",
    format: "Format",
    definition: "Definisjon",
    value_domain: "Verdier",
    measurement_type: "Måletype",
    unit: "Enhet",
    link_target: "Lenker til enhetstypen",
    link_explained: "Dette er en lenkevariabel: verdien identifiserer en annen enhet, slik at data om de to enhetstypene kan kobles.",
    code: "Kode",
    code_title: "Betydning",
    valid_from: "Gyldig fra",
    valid_until: "Gyldig til",
    missing_code: "Manglende/ukjent verdi",
    filter_codes: "Filtrer koder",
    revision: "Endringer",
    discontinued: "Variabelen er avsluttet",
    successors: "Erstattet av",
    related_heading: "Relaterte variabler",
    joinable_heading: "Samme enhetstype hos andre datatilbydere (kan kobles)",
    same_dataset_heading: "Fra samme datasett",
    not_found_heading: "Fant ikke variabelen",
    not_found_text: "Katalogen har ingen variabel med denne identifikatoren. Den kan være fjernet eller ha fått nytt navn.",
    codes_shown: "Kodeliste",
    more_related: |n| format!("og {n} til"),
    codes_count: |n| format!("{n} koder"),
    search_label: "Hva leter du etter?",
    search_hint: "Søker i navn, teknisk navn, emne, enhetstype, datatilbyder, datasett og beskrivelse",
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
    skip_to_results: "Skip to the results",
    norwegian_only_note: "Many descriptions exist only in Norwegian.",
    shop_name: "Nettbutikken",
    tagline: "Find variables from the Norwegian education sector's data-sharing programme (KUDAF)",
    demo_notice: "The variables are for demonstration only and cannot be ordered yet.",
    catalog_heading: "Find variables",
    loading: "Loading the variable catalogue …",
    load_failed: "We could not load the variable catalogue",
    loading_details: "Loading the variable's details …",
    details_load_failed: "We could not load the variable's details",
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
    err_timeout: "The server did not answer in time. Try again in a moment.",
    basket: "Basket",
    basket_heading: "Your variable basket",
    basket_empty: "The basket is empty. Find variables and tick the ones you need.",
    basket_find: "Find variables",
    remove: "Remove",
    empty_basket: "Empty the basket",
    basket_emptied: "The basket was emptied.",
    undo: "Undo",
    stale_heading: "No longer in the catalogue",
    stale_text: "These variables are selected but no longer in the catalogue. They may have been removed or renamed.",
    share_heading: "Share and export",
    share_label: "Link to the basket",
    copy_link: "Copy the link",
    copied: "The link was copied.",
    export_json: "Download JSON",
    export_csv: "Download CSV (spreadsheet)",
    draft_link: "Make a request draft",
    shared_heading: "You opened a shared basket",
    replace_basket: "Replace my basket",
    merge_basket: "Add to my basket",
    keep_basket: "Keep my basket",
    join_heading: "Joining unit types",
    join_intro: "Variables about the same unit type can be joined directly. Different unit types can be joined when the catalogue has a link variable between them.",
    join_unlinked: "Your selection spans unit types that no link variable in the catalogue connects. Consider adding a link variable.",
    join_via: "via",
    join_indirect: "indirectly through",
    storage_reset: "The saved basket could not be read and was emptied.",
    storage_not_saved: "Your browser does not let us save the basket, so it is lost when you close the tab.",
    dismiss: "Close",
    crash_heading: "Something went wrong",
    crash_text: "The shop stopped because of an error. Your basket is saved.",
    crash_reload: "Reload the page",
    draft_heading: "Request draft",
    draft_intro: "Draft of an application for access to variables from KUDAF. Print it or save it as PDF and fill in purpose and legal basis.",
    print: "Print",
    back_to_basket: "Back to the basket",
    purpose: "Purpose of the project",
    legal_basis: "Legal basis",
    applicant: "Applicant and institution",
    basket_count: |n| if n == 1 { "1 variable in the basket".to_string() } else { format!("{n} variables in the basket") },
    remove_named: |label| format!("Remove {label}"),
    shared_text: |shared, own| {
        let shared = if shared == 1 { "1 variable".to_string() } else { format!("{shared} variables") };
        format!("The link holds {shared}. Your basket has {own}. What would you like to do?")
    },
    unit_group: |label, n| format!("{label}: {n}"),
    description: "Description",
    back_to_results: "Back to the search",
    add_to_basket: "Add to basket",
    remove_from_basket: "Remove from basket",
    in_basket: "The variable is in the basket",
    details: "Details",
    technical_name: "Technical name",
    about_variable: "About the variable",
    provider_heading: "Data provider",
    org_number: "Organisation number",
    contact: "Contact",
    dataset: "Dataset",
    temporality: "Temporality",
    access: "Access",
    population: "Population",
    spatial_coverage: "Spatial coverage",
    temporal_coverage: "Temporal coverage",
    ongoing: "ongoing",
    updated: "Last updated",
    subjects: "Subjects",
    unit_type_heading: "Unit type",
    measure_heading: "Measured value",
    data_type: "Data type",
    format: "Format",
    definition: "Definition",
    value_domain: "Values",
    measurement_type: "Measurement type",
    unit: "Unit",
    link_target: "Links to the unit type",
    link_explained: "This is a link variable: its value identifies another unit, so data about the two unit types can be joined.",
    code: "Code",
    code_title: "Meaning",
    valid_from: "Valid from",
    valid_until: "Valid until",
    missing_code: "Missing/unknown value",
    filter_codes: "Filter codes",
    revision: "Revisions",
    discontinued: "The variable is discontinued",
    successors: "Replaced by",
    related_heading: "Related variables",
    joinable_heading: "Same unit type at other providers (joinable)",
    same_dataset_heading: "From the same dataset",
    not_found_heading: "Variable not found",
    not_found_text: "The catalogue has no variable with this identifier. It may have been removed or renamed.",
    codes_shown: "Code list",
    more_related: |n| format!("and {n} more"),
    codes_count: |n| format!("{n} codes"),
    search_label: "What are you looking for?",
    search_hint: "Searches name, technical name, subject, unit type, provider, dataset and description",
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

/// One line on what a temporality means, for the detail page.
pub fn temporality_explained(t: catalog::Temporality, lang: Lang) -> &'static str {
    use catalog::Temporality;
    match (t, lang) {
        (Temporality::Fixed, Lang::Nb) => {
            "Verdien endrer seg ikke over tid, for eksempel fødselsår."
        }
        (Temporality::Fixed, Lang::En) => {
            "The value does not change over time, such as a year of birth."
        }
        (Temporality::Status, Lang::Nb) => "Verdien er målt på én bestemt dato (et tverrsnitt).",
        (Temporality::Status, Lang::En) => {
            "The value is measured on one given date (a cross-section)."
        }
        (Temporality::Accumulated, Lang::Nb) => {
            "Verdien er summert over en periode med start- og sluttdato."
        }
        (Temporality::Accumulated, Lang::En) => {
            "The value is summed over a period with a start and an end date."
        }
        (Temporality::Event, Lang::Nb) => {
            "Verdien gjelder fra en startdato og eventuelt til en sluttdato (et forløp)."
        }
        (Temporality::Event, Lang::En) => {
            "The value holds from a start date, and possibly to an end date (an event)."
        }
    }
}

/// The label of a measurement type.
pub fn measurement_type_name(m: catalog::MeasurementType, lang: Lang) -> &'static str {
    use catalog::MeasurementType as M;
    match (m, lang) {
        (M::Currency, Lang::Nb) => "Valuta",
        (M::Currency, Lang::En) => "Currency",
        (M::Weight, Lang::Nb) => "Vekt",
        (M::Weight, Lang::En) => "Weight",
        (M::Length, Lang::Nb) => "Lengde",
        (M::Length, Lang::En) => "Length",
        (M::Height, Lang::Nb) => "Høyde",
        (M::Height, Lang::En) => "Height",
        (M::Geographical, Lang::Nb) => "Geografisk",
        (M::Geographical, Lang::En) => "Geographical",
    }
}
