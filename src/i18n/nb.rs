//! Every UI string in Norwegian Bokmål.

mod draft;
mod pages;
mod trial;

use super::ui::{BasketText, Browse, Detail, Shell, Story, Ui};
use catalog::{group_digits, Lang};

/// Norwegian Bokmål.
pub const NB: Ui = Ui {
    shell: Shell {
        skip_to_main: "Hopp til hovedinnhold",
        shop_name: "Nettbutikken",
        tagline: "Finn variabler fra Kunnskapssektorens datafellesskap (KUDAF)",
        demo_notice:
            "KUDAF er under utvikling. Variablene og kodene i denne butikken er syntetiske \
            metadata laget for demonstrasjon, og de kan ikke bestilles.",
        loading: "Henter variabelkatalogen …",
        load_failed: "Vi fikk ikke hentet variabelkatalogen",
        loading_details: "Henter detaljene om variabelen …",
        details_load_failed: "Vi fikk ikke hentet detaljene om variabelen",
        retry: "Prøv igjen",
        footer_about: "Nettbutikken viser variabler som datatilbyderne i KUDAF beskriver etter \
            KUDAFs metadatastandard.",
        err_network: "Nettverksforespørselen feilet. Sjekk nettforbindelsen og prøv igjen.",
        err_status: |status| format!("Serveren svarte med feilkode {status}."),
        err_invalid: "Katalogfilen er skadet eller har feil format.",
        err_version: |found| {
            format!(
                "Katalogen har formatversjon {found}, som denne versjonen av Nettbutikken \
                    ikke kan lese. Last siden på nytt for å hente nyeste versjon."
            )
        },
        technical_details: "Tekniske detaljer",
        err_timeout: "Serveren svarte ikke i tide. Prøv igjen om litt.",
        basket: "Kurv",
        storage_unreadable: "Den lagrede kurven er skadet, så vi viser bare det som kunne leses. \
            Den er ikke slettet: endrer du kurven, tas den vare på som sikkerhetskopi i \
            nettleseren.",
        storage_other_version: "Kurven din ble lagret av en annen versjon av nettbutikken og kan \
            ikke leses her. Den er ikke slettet: endrer du kurven, lagres den nye, og den gamle \
            tas vare på som sikkerhetskopi i nettleseren.",
        storage_backed_up: "Kurven som var lagret fra før, kunne ikke leses her. Den er tatt vare \
            på som sikkerhetskopi i nettleseren, og endringen din er lagret.",
        storage_not_saved: "Nettleseren lar oss ikke lagre kurven, så den forsvinner når du \
            lukker fanen.",
        dismiss: "Lukk",
        crash_heading: "Noe gikk galt",
        crash_text: "Nettbutikken stoppet på grunn av en feil. Kurven din er lagret.",
        crash_reload: "Last siden på nytt",
        language_label: "Språk",
        basket_count: |n| {
            if n == 1 {
                "1 variabel i kurven".to_string()
            } else {
                format!("{n} variabler i kurven")
            }
        },
    },
    browse: Browse {
        catalog_heading: "Finn variabler",
        col_variable: "Variabelnavn",
        col_provider: "Datatilbyder",
        col_unit_types: "Enhetstyper",
        col_access: "Tilgjengelighet",
        table_caption: "Variabler",
        showing: |shown, total| format!("Viser {shown} av {total} variabler"),
        no_variables: "Katalogen har ingen variabler ennå.",
        search_label: "Hva leter du etter?",
        search_hint:
            "Søker i navn, teknisk navn, emne, enhetstype, datatilbyder, datasett og beskrivelse",
        skip_to_results: "Hopp til resultatene",
        norwegian_only_note: "Mange beskrivelser finnes bare på norsk.",
        filters_heading: "Filtrer variabler",
        filter_toggle: "Filtrer",
        only_selected: "Vis kun valgte variabler",
        results_heading: "Velg variabler",
        search_loading: "Gjør søket klart …",
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
        empty_heading: "Ingen variabler passer",
        empty_clear: "Fjern alle filtre og søket",
        count: |n| {
            if n == 1 {
                "1 variabel".to_string()
            } else {
                format!("{n} variabler")
            }
        },
        page_of: |page, pages| format!("Side {page} av {pages}"),
        page_link: |page| format!("Side {page}"),
        remove_filter: |label| format!("Fjern filteret {label}"),
        select_variable: |label| format!("Velg {label}"),
        search_chip: |text| format!("Søk: «{text}»"),
        empty_text: |what| {
            format!(
                "Ingen variabler passer til {what}. Prøv færre filtre eller \
                    et annet søk."
            )
        },
        show_more_count: |n| format!("Vis alle {n}"),
        details: "Detaljer",
    },
    detail: Detail {
        description: "Beskrivelse",
        back_to_results: "Tilbake til søket",
        add_to_basket: "Legg i kurven",
        remove_from_basket: "Fjern fra kurven",
        in_basket: "Variabelen er i kurven",
        technical_name: "Teknisk navn",
        about_variable: "Om variabelen",
        provider_heading: "Datatilbyder",
        org_number: "Organisasjonsnummer",
        contact: "Kontakt",
        web_address: "Nettadresse",
        code_list_not_included: "Kodelisten er ikke med i katalogen.",
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
        link_explained: "Dette er en lenkevariabel: verdien identifiserer en annen enhet, slik \
            at data om de to enhetstypene kan kobles.",
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
        not_found_text: "Katalogen har ingen variabel med denne identifikatoren. Den kan være \
            fjernet eller ha fått nytt navn.",
        codes_shown: "Kodeliste",
        more_related: |n| format!("og {n} til"),
        codes_count: |n| match n {
            1 => "1 kode".to_string(),
            n => format!("{n} koder"),
        },
    },
    basket: BasketText {
        basket_heading: "Variabelkurven",
        basket_empty: "Kurven er tom. Finn variabler og kryss av for dem du trenger.",
        basket_find: "Finn variabler",
        remove: "Fjern",
        empty_basket: "Tøm kurven",
        basket_emptied: "Kurven er tømt.",
        basket_replaced: "Kurven er erstattet med den delte kurven.",
        basket_added: |n| match n {
            1 => "1 variabel er lagt til i kurven.".to_string(),
            n => format!("{n} variabler er lagt til i kurven."),
        },
        refused_full: |max| {
            format!(
                "Kurven er full ({} variabler). Fjern noen før du legger til flere.",
                group_digits(max, Lang::Nb)
            )
        },
        refused_too_long: "Identifikatoren er for lang til å lagres i kurven.",
        refused_empty: "Variabelen mangler identifikator og kan ikke legges i kurven.",
        shared_none: "Lenken inneholder ingen variabler som finnes i katalogen. Kurven din er \
            ikke endret.",
        shared_skipped: |n| match n {
            1 => "1 oppføring i lenken finnes ikke i katalogen og er hoppet over.".to_string(),
            n => format!("{n} oppføringer i lenken finnes ikke i katalogen og er hoppet over."),
        },
        undo: "Angre",
        stale_heading: "Ikke lenger i katalogen",
        stale_text: "Disse variablene er valgt, men finnes ikke lenger i katalogen. De kan være \
            fjernet eller ha fått nytt navn.",
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
        join_intro: "Variabler om samme enhetstype kan kobles direkte. Ulike enhetstyper kan \
            kobles når katalogen har en lenkevariabel mellom dem.",
        join_unlinked: "Utvalget ditt spenner over enhetstyper som ingen lenkevariabel i \
            katalogen kobler sammen. Vurder å legge til en lenkevariabel.",
        join_via: "via",
        join_indirect: "indirekte gjennom",
        draft_heading: "Søknadsutkast",
        draft_intro: "Utkast til søknad om tilgang til variabler fra KUDAF. Skriv ut eller lagre \
            som PDF og fyll inn formål og hjemmel.",
        print: "Skriv ut",
        back_to_basket: "Tilbake til kurven",
        purpose: "Formål med prosjektet",
        legal_basis: "Hjemmelsgrunnlag",
        applicant: "Søker og institusjon",
        remove_named: |label| format!("Fjern {label}"),
        shared_text: |shared, own| {
            let shared = if shared == 1 {
                "1 variabel".to_string()
            } else {
                format!("{shared} variabler")
            };
            format!("Lenken inneholder {shared}. Kurven din har {own}. Hva vil du gjøre?")
        },
        unit_group: |label, n| format!("{label}: {n}"),
    },
    provider: pages::NB_PROVIDER,
    dataset: pages::NB_DATASET,
    story: Story {
        loading: "Henter teksten til siden …",
        load_failed: "Vi fikk ikke hentet teksten til siden",
        err_invalid: "Filen med sidens tekst er skadet eller har feil format.",
        err_version: |found| {
            format!(
                "Teksten har formatversjon {found}, som denne versjonen av Nettbutikken ikke \
                    kan lese. Last siden på nytt for å hente nyeste versjon."
            )
        },
        intro_hide: "Skjul introduksjonen",
        intro_show: "Vis introduksjonen",
        steps_label: "Slik bruker du Nettbutikken",
        holdings,
        about_title: "Om KUDAF og VIGO-piloten",
        accessibility_title: "Tilgjengelighetserklæring",
        kudaf_home: "KUDAF – Datadeling i Kunnskapssektoren",
        footer_nav: "Om Nettbutikken",
        picture_as_text: "Bildet som tekst:",
        started: "Start",
        ended: "Slutt",
        phases_label: "Fasene i piloten",
        goal: "Mål",
        outcome: "Resultat",
        not_in_catalog: "Ikke i katalogen",
        proposed: |date| {
            format!(
                "Fra beslutningssaken Novari IKS la fram for FKU, møtedato {date}. \
                    Konklusjonen er et forslag."
            )
        },
        sources: "Kilder",
        target: "Mål",
    },
    draft: draft::NB_DRAFT,
    trial: trial::NB_TRIAL,
};

/// "Katalogen har 3 variabler fra 1 datatilbyder.": the start page's
/// holdings and the prøverom's built catalog say it the same way.
fn holdings(variables: usize, providers: usize) -> String {
    let variables = if variables == 1 {
        "1 variabel".to_string()
    } else {
        format!("{variables} variabler")
    };
    let providers = if providers == 1 {
        "1 datatilbyder".to_string()
    } else {
        format!("{providers} datatilbydere")
    };
    format!("Katalogen har {variables} fra {providers}.")
}
