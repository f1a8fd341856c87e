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
pub struct LangCtx(pub RwSignal<Lang>);

impl LangCtx {
    /// Provides the language context, starting in Norwegian.
    pub fn provide() -> LangCtx {
        let ctx = LangCtx(RwSignal::new(Lang::default()));
        provide_context(ctx);
        ctx
    }

    /// The language context; falls back to a fresh Norwegian one so a
    /// component mounted alone (as in tests) still renders.
    pub fn expect() -> LangCtx {
        use_context::<LangCtx>().unwrap_or_else(LangCtx::provide)
    }
}

/// The current language.
pub fn use_lang() -> Signal<Lang> {
    let ctx = LangCtx::expect();
    Signal::derive(move || ctx.0.get())
}

/// The strings of the current language.
pub fn use_ui() -> Signal<&'static Ui> {
    let lang = use_lang();
    Signal::derive(move || ui(lang.get()))
}
