//! Every UI string in English.

mod draft;
mod pages;
mod trial;

use super::ui::{BasketText, Browse, Detail, Shell, Story, Ui};
use catalog::{group_digits, Lang};

/// English.
pub const EN: Ui = Ui {
    shell: Shell {
        skip_to_main: "Skip to main content",
        shop_name: "Nettbutikken",
        tagline: "Find variables from the Norwegian education sector's data-sharing programme \
            (KUDAF)",
        demo_notice:
            "KUDAF is under development. The variables and codes in this shop are synthetic \
            metadata made for demonstration, and they cannot be ordered.",
        loading: "Loading the variable catalogue …",
        load_failed: "We could not load the variable catalogue",
        loading_details: "Loading the variable's details …",
        details_load_failed: "We could not load the variable's details",
        retry: "Try again",
        footer_about: "Nettbutikken shows variables that KUDAF's data providers describe in the \
            KUDAF metadata standard.",
        err_network: "The network request failed. Check your connection and try again.",
        err_status: |status| format!("The server answered with error code {status}."),
        err_invalid: "The catalogue file is damaged or has the wrong format.",
        err_version: |found| {
            format!(
                "The catalogue has format version {found}, which this version of \
                    Nettbutikken cannot read. Reload the page to get the newest version."
            )
        },
        technical_details: "Technical details",
        err_timeout: "The server did not answer in time. Try again in a moment.",
        basket: "Basket",
        storage_unreadable: "The saved basket is damaged, so only what could be read is shown. \
            It has not been deleted: when you change the basket, it is kept as a backup in your \
            browser.",
        storage_other_version: "Your basket was saved by another version of the shop and cannot \
            be read here. It has not been deleted: when you change the basket, the new one is \
            saved and the old one is kept as a backup in your browser.",
        storage_backed_up: "The basket saved before could not be read here. It has been kept as a \
            backup in your browser, and your change is saved.",
        storage_not_saved: "Your browser does not let us save the basket, so it is lost when you \
            close the tab.",
        dismiss: "Close",
        crash_heading: "Something went wrong",
        crash_text: "The shop stopped because of an error. Your basket is saved.",
        crash_reload: "Reload the page",
        language_label: "Language",
        basket_count: |n| {
            if n == 1 {
                "1 variable in the basket".to_string()
            } else {
                format!("{n} variables in the basket")
            }
        },
    },
    browse: Browse {
        catalog_heading: "Find variables",
        col_variable: "Variable name",
        col_provider: "Data provider",
        col_unit_types: "Unit types",
        col_access: "Access",
        table_caption: "Variables",
        showing: |shown, total| format!("Showing {shown} of {total} variables"),
        no_variables: "The catalogue has no variables yet.",
        search_label: "What are you looking for?",
        search_hint:
            "Searches name, technical name, subject, unit type, provider, dataset and description",
        skip_to_results: "Skip to the results",
        norwegian_only_note: "Many descriptions exist only in Norwegian.",
        filters_heading: "Filter variables",
        filter_toggle: "Filter",
        only_selected: "Show only selected variables",
        results_heading: "Choose variables",
        search_loading: "Getting the search ready …",
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
        empty_heading: "No variables match",
        empty_clear: "Clear all filters and the search",
        count: |n| {
            if n == 1 {
                "1 variable".to_string()
            } else {
                format!("{n} variables")
            }
        },
        page_of: |page, pages| format!("Page {page} of {pages}"),
        page_link: |page| format!("Page {page}"),
        remove_filter: |label| format!("Remove the filter {label}"),
        select_variable: |label| format!("Select {label}"),
        search_chip: |text| format!("Search: “{text}”"),
        empty_text: |what| {
            format!(
                "No variables match {what}. Try fewer filters or another \
                    search."
            )
        },
        show_more_count: |n| format!("Show all {n}"),
        details: "Details",
    },
    detail: Detail {
        description: "Description",
        back_to_results: "Back to the search",
        add_to_basket: "Add to basket",
        remove_from_basket: "Remove from basket",
        in_basket: "The variable is in the basket",
        technical_name: "Technical name",
        about_variable: "About the variable",
        provider_heading: "Data provider",
        org_number: "Organisation number",
        contact: "Contact",
        web_address: "Web address",
        code_list_not_included: "The code list is not included in the catalogue.",
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
        link_explained: "This is a link variable: its value identifies another unit, so data \
            about the two unit types can be joined.",
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
        not_found_text: "The catalogue has no variable with this identifier. It may have been \
            removed or renamed.",
        codes_shown: "Code list",
        more_related: |n| format!("and {n} more"),
        codes_count: |n| match n {
            1 => "1 code".to_string(),
            n => format!("{n} codes"),
        },
    },
    basket: BasketText {
        basket_heading: "Your variable basket",
        basket_empty: "The basket is empty. Find variables and tick the ones you need.",
        basket_find: "Find variables",
        remove: "Remove",
        empty_basket: "Empty the basket",
        basket_emptied: "The basket was emptied.",
        basket_replaced: "The basket was replaced by the shared basket.",
        basket_added: |n| match n {
            1 => "1 variable was added to the basket.".to_string(),
            n => format!("{n} variables were added to the basket."),
        },
        refused_full: |max| {
            format!(
                "The basket is full ({} variables). Remove some before adding more.",
                group_digits(max, Lang::En)
            )
        },
        refused_too_long: "The identifier is too long to be saved in the basket.",
        refused_empty: "The variable has no identifier and cannot be put in the basket.",
        shared_none: "The link holds no variables that are in the catalogue. Your basket has not \
            changed.",
        shared_skipped: |n| match n {
            1 => "1 entry of the link is not in the catalogue and was skipped.".to_string(),
            n => format!("{n} entries of the link are not in the catalogue and were skipped."),
        },
        undo: "Undo",
        stale_heading: "No longer in the catalogue",
        stale_text: "These variables are selected but no longer in the catalogue. They may have \
            been removed or renamed.",
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
        join_intro: "Variables about the same unit type can be joined directly. Different unit \
            types can be joined when the catalogue has a link variable between them.",
        join_unlinked: "Your selection spans unit types that no link variable in the catalogue \
            connects. Consider adding a link variable.",
        join_via: "via",
        join_indirect: "indirectly through",
        draft_heading: "Request draft",
        draft_intro: "Draft of an application for access to variables from KUDAF. Print it or \
            save it as PDF and fill in purpose and legal basis.",
        print: "Print",
        back_to_basket: "Back to the basket",
        purpose: "Purpose of the project",
        legal_basis: "Legal basis",
        applicant: "Applicant and institution",
        remove_named: |label| format!("Remove {label}"),
        shared_text: |shared, own| {
            let shared = if shared == 1 {
                "1 variable".to_string()
            } else {
                format!("{shared} variables")
            };
            format!("The link holds {shared}. Your basket has {own}. What would you like to do?")
        },
        unit_group: |label, n| format!("{label}: {n}"),
    },
    provider: pages::EN_PROVIDER,
    dataset: pages::EN_DATASET,
    story: Story {
        loading: "Loading the page's text …",
        load_failed: "We could not load the page's text",
        err_invalid: "The file with the page's text is damaged or has the wrong format.",
        err_version: |found| {
            format!(
                "The text has format version {found}, which this version of Nettbutikken \
                    cannot read. Reload the page to get the latest version."
            )
        },
        intro_hide: "Hide the introduction",
        intro_show: "Show the introduction",
        steps_label: "How to use Nettbutikken",
        holdings: |variables, providers| {
            let variables = if variables == 1 {
                "1 variable".to_string()
            } else {
                format!("{variables} variables")
            };
            let providers = if providers == 1 {
                "1 data provider".to_string()
            } else {
                format!("{providers} data providers")
            };
            format!("The catalog holds {variables} from {providers}.")
        },
        about_title: "About KUDAF and the VIGO pilot",
        accessibility_title: "Accessibility statement",
        kudaf_home: "KUDAF's home page (kudaf.no)",
        footer_nav: "About Nettbutikken",
        picture_as_text: "The picture as text:",
        started: "Start",
        ended: "End",
        phases_label: "The pilot's phases",
        goal: "Goal",
        outcome: "Outcome",
        not_in_catalog: "Not in the catalog",
        proposed: |date| {
            format!(
                "From the decision case Novari IKS put to FKU, meeting date {date}. The \
                    conclusion is a proposal."
            )
        },
        sources: "Sources",
        target: "Target",
    },
    draft: draft::EN_DRAFT,
    trial: trial::EN_TRIAL,
};
