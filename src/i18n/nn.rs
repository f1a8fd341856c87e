//! Every UI string in Norwegian Nynorsk.
//!
//! Written as nynorsk, not as Bokmål respelt. The words that matter, used
//! the same way everywhere (e-infinitiv, a-ending in feminine nouns):
//!
//! | Bokmål | Nynorsk |
//! |---|---|
//! | kurv, kurven | korg, korga (ei korg; "Tøm korga") |
//! | variabel, variabler, variablene | variabel, variablar, variablane |
//! | datatilbyder, datatilbydere | datatilbydar, datatilbydarar |
//! | datasett, datasettene | datasett, datasetta |
//! | søk, søke, søker | søk, søkje, søkjar |
//! | filter, filtrene; filtrer | filter, filtera; filtrer |
//! | utkast, søknad | utkast, søknad (eit utkast, ein søknad) |
//! | enhet, enhetstyper | eining, einingstypar |
//! | tilgjengelighet(serklæring) | tilgjenge(erklæring) |
//! | lenke | lenkje |
//! | beskrivelse | skildring |
//! | velg, valgte | vel, valde |
//! | ikke, bare, hva, hvordan | ikkje, berre, kva, korleis |
//! | formål, hjemmel, begrunnelse | føremål, heimel, grunngiving |
//! | beslutning, forslag, kilde | avgjerd, framlegg, kjelde |
//! | sikkerhetskopi | tryggingskopi |

mod draft;
mod pages;
mod trial;

use super::ui::{BasketText, Browse, Detail, Shell, Story, Ui};
use catalog::{group_digits, Lang};

/// Norwegian Nynorsk.
pub const NN: Ui = Ui {
    shell: Shell {
        skip_to_main: "Hopp til hovudinnhaldet",
        shop_name: "Nettbutikken",
        tagline: "Finn variablar frå Kunnskapssektorens datafellesskap (KUDAF)",
        demo_notice:
            "KUDAF er under utvikling. Variablane og kodane i denne butikken er syntetiske \
            metadata laga for demonstrasjon, og dei kan ikkje bestillast.",
        loading: "Hentar variabelkatalogen …",
        load_failed: "Vi fekk ikkje henta variabelkatalogen",
        loading_details: "Hentar detaljane om variabelen …",
        details_load_failed: "Vi fekk ikkje henta detaljane om variabelen",
        retry: "Prøv igjen",
        footer_about: "Nettbutikken viser variablar som datatilbydarane i KUDAF skildrar etter \
            metadatastandarden til KUDAF.",
        err_network: "Nettverksførespurnaden feila. Sjekk nettsambandet og prøv igjen.",
        err_status: |status| format!("Tenaren svarte med feilkode {status}."),
        err_invalid: "Katalogfila er skadd eller har feil format.",
        err_version: |found| {
            format!(
                "Katalogen har formatversjon {found}, som denne versjonen av Nettbutikken \
                    ikkje kan lese. Last inn sida på nytt for å hente den nyaste versjonen."
            )
        },
        technical_details: "Tekniske detaljar",
        err_timeout: "Tenaren svarte ikkje i tide. Prøv igjen om litt.",
        basket: "Korg",
        storage_unreadable: "Den lagra korga er skadd, så vi viser berre det som kunne lesast. \
            Ho er ikkje sletta: endrar du korga, blir ho teken vare på som tryggingskopi i \
            nettlesaren.",
        storage_other_version: "Korga di vart lagra av ein annan versjon av nettbutikken og kan \
            ikkje lesast her. Ho er ikkje sletta: endrar du korga, blir den nye lagra, og den \
            gamle blir teken vare på som tryggingskopi i nettlesaren.",
        storage_backed_up: "Korga som var lagra frå før, kunne ikkje lesast her. Ho er teken \
            vare på som tryggingskopi i nettlesaren, og endringa di er lagra.",
        storage_not_saved: "Nettlesaren lèt oss ikkje lagre korga, så ho forsvinn når du \
            lukkar fana.",
        dismiss: "Lukk",
        crash_heading: "Noko gjekk gale",
        crash_text: "Nettbutikken stoppa på grunn av ein feil. Korga di er lagra.",
        crash_reload: "Last inn sida på nytt",
        language_label: "Språk",
        basket_count: |n| format!("{} i korga", variables(n)),
    },
    browse: Browse {
        catalog_heading: "Finn variablar",
        col_variable: "Variabelnamn",
        col_provider: "Datatilbydar",
        col_unit_types: "Einingstypar",
        col_access: "Tilgjenge",
        table_caption: "Variablar",
        showing: |shown, total| format!("Viser {shown} av {total} variablar"),
        no_variables: "Katalogen har ingen variablar enno.",
        search_label: "Kva leitar du etter?",
        search_hint:
            "Søkjer i namn, teknisk namn, emne, einingstype, datatilbydar, datasett og skildring",
        skip_to_results: "Hopp til resultata",
        norwegian_only_note: "Mange skildringar finst berre på bokmål.",
        filters_heading: "Filtrer variablar",
        filter_toggle: "Filtrer",
        only_selected: "Vis berre valde variablar",
        results_heading: "Vel variablar",
        search_loading: "Gjer søket klart …",
        show_more: "Vis fleire",
        show_fewer: "Vis færre",
        filter_values: "Finn i lista",
        active_filters: "Aktive filter",
        clear_all: "Nullstill alle",
        sort_label: "Sortering",
        page_size_label: "Treff per side",
        pagination_label: "Sidenavigasjon",
        previous: "Førre",
        next: "Neste",
        col_select: "Vel",
        empty_heading: "Ingen variablar passar",
        empty_clear: "Fjern alle filtera og søket",
        count: variables,
        page_of: |page, pages| format!("Side {page} av {pages}"),
        page_link: |page| format!("Side {page}"),
        remove_filter: |label| format!("Fjern filteret {label}"),
        select_variable: |label| format!("Vel {label}"),
        search_chip: |text| format!("Søk: «{text}»"),
        empty_text: |what| {
            format!(
                "Ingen variablar passar til {what}. Prøv færre filter eller \
                    eit anna søk."
            )
        },
        show_more_count: |n| format!("Vis alle {n}"),
        details: "Detaljar",
    },
    detail: Detail {
        description: "Skildring",
        back_to_results: "Tilbake til søket",
        add_to_basket: "Legg i korga",
        remove_from_basket: "Fjern frå korga",
        in_basket: "Variabelen er i korga",
        technical_name: "Teknisk namn",
        about_variable: "Om variabelen",
        provider_heading: "Datatilbydar",
        org_number: "Organisasjonsnummer",
        contact: "Kontakt",
        web_address: "Nettadresse",
        code_list_not_included: "Kodelista er ikkje med i katalogen.",
        dataset: "Datasett",
        temporality: "Temporalitet",
        access: "Tilgjenge",
        population: "Populasjon",
        spatial_coverage: "Geografisk dekning",
        temporal_coverage: "Tidsdekning",
        ongoing: "pågåande",
        updated: "Sist oppdatert",
        subjects: "Emne",
        unit_type_heading: "Einingstype",
        measure_heading: "Måleverdi",
        data_type: "Datatype",
        format: "Format",
        definition: "Definisjon",
        value_domain: "Verdiar",
        measurement_type: "Måletype",
        unit: "Eining",
        link_target: "Lenkjer til einingstypen",
        link_explained: "Dette er ein lenkjevariabel: verdien identifiserer ei anna eining, slik \
            at data om dei to einingstypane kan koplast.",
        code: "Kode",
        code_title: "Tyding",
        valid_from: "Gyldig frå",
        valid_until: "Gyldig til",
        missing_code: "Manglande/ukjend verdi",
        filter_codes: "Filtrer kodar",
        revision: "Endringar",
        discontinued: "Variabelen er avslutta",
        successors: "Erstatta av",
        related_heading: "Relaterte variablar",
        joinable_heading: "Same einingstype hos andre datatilbydarar (kan koplast)",
        same_dataset_heading: "Frå same datasett",
        not_found_heading: "Fann ikkje variabelen",
        not_found_text: "Katalogen har ingen variabel med denne identifikatoren. Han kan vere \
            fjerna eller ha fått nytt namn.",
        codes_shown: "Kodeliste",
        more_related: |n| format!("og {n} til"),
        codes_count: |n| match n {
            1 => "1 kode".to_string(),
            n => format!("{n} kodar"),
        },
    },
    basket: BasketText {
        basket_heading: "Variabelkorga",
        basket_empty: "Korga er tom. Finn variablar og kryss av for dei du treng.",
        basket_find: "Finn variablar",
        remove: "Fjern",
        empty_basket: "Tøm korga",
        basket_emptied: "Korga er tømd.",
        basket_replaced: "Korga er bytt ut med den delte korga.",
        basket_added: |n| match n {
            1 => "1 variabel er lagd i korga.".to_string(),
            n => format!("{n} variablar er lagde i korga."),
        },
        refused_full: |max| {
            format!(
                "Korga er full ({} variablar). Fjern nokre før du legg til fleire.",
                group_digits(max, Lang::Nn)
            )
        },
        refused_too_long: "Identifikatoren er for lang til å lagrast i korga.",
        refused_empty: "Variabelen manglar identifikator og kan ikkje leggjast i korga.",
        shared_none: "Lenkja inneheld ingen variablar som finst i katalogen. Korga di er \
            ikkje endra.",
        shared_skipped: |n| match n {
            1 => "1 oppføring i lenkja finst ikkje i katalogen og er hoppa over.".to_string(),
            n => format!("{n} oppføringar i lenkja finst ikkje i katalogen og er hoppa over."),
        },
        undo: "Angre",
        stale_heading: "Ikkje lenger i katalogen",
        stale_text: "Desse variablane er valde, men finst ikkje lenger i katalogen. Dei kan vere \
            fjerna eller ha fått nytt namn.",
        share_heading: "Del og eksporter",
        share_label: "Lenkje til korga",
        copy_link: "Kopier lenkja",
        copied: "Lenkja er kopiert.",
        export_json: "Last ned JSON",
        export_csv: "Last ned CSV (rekneark)",
        draft_link: "Lag søknadsutkast",
        shared_heading: "Du har opna ei delt korg",
        replace_basket: "Erstatt korga mi",
        merge_basket: "Legg til i korga mi",
        keep_basket: "Behald korga mi",
        join_heading: "Kopling mellom einingstypar",
        join_intro: "Variablar om same einingstype kan koplast direkte. Ulike einingstypar kan \
            koplast når katalogen har ein lenkjevariabel mellom dei.",
        join_unlinked: "Utvalet ditt spenner over einingstypar som ingen lenkjevariabel i \
            katalogen koplar saman. Vurder å leggje til ein lenkjevariabel.",
        join_via: "via",
        join_indirect: "indirekte gjennom",
        draft_heading: "Søknadsutkast",
        draft_intro: "Utkast til søknad om tilgang til variablar frå KUDAF. Skriv ut eller lagre \
            som PDF og fyll inn føremål og heimel.",
        print: "Skriv ut",
        back_to_basket: "Tilbake til korga",
        purpose: "Føremål med prosjektet",
        legal_basis: "Heimelsgrunnlag",
        applicant: "Søkjar og institusjon",
        remove_named: |label| format!("Fjern {label}"),
        shared_text: |shared, own| {
            let shared = variables(shared);
            format!("Lenkja inneheld {shared}. Korga di har {own}. Kva vil du gjere?")
        },
        unit_group: |label, n| format!("{label}: {n}"),
    },
    provider: pages::NN_PROVIDER,
    dataset: pages::NN_DATASET,
    story: Story {
        loading: "Hentar teksten til sida …",
        load_failed: "Vi fekk ikkje henta teksten til sida",
        err_invalid: "Fila med teksten til sida er skadd eller har feil format.",
        err_version: |found| {
            format!(
                "Teksten har formatversjon {found}, som denne versjonen av Nettbutikken ikkje \
                    kan lese. Last inn sida på nytt for å hente den nyaste versjonen."
            )
        },
        intro_hide: "Gøym innleiinga",
        intro_show: "Vis innleiinga",
        steps_label: "Slik brukar du Nettbutikken",
        holdings: |variables, providers| {
            let variables = self::variables(variables);
            let providers = if providers == 1 {
                "1 datatilbydar".to_string()
            } else {
                format!("{providers} datatilbydarar")
            };
            format!("Katalogen har {variables} frå {providers}.")
        },
        about_title: "Om KUDAF og VIGO-piloten",
        accessibility_title: "Tilgjengeerklæring",
        kudaf_home: "KUDAF – Datadeling i Kunnskapssektoren",
        footer_nav: "Om Nettbutikken",
        picture_as_text: "Biletet som tekst:",
        started: "Start",
        ended: "Slutt",
        phases_label: "Fasane i piloten",
        goal: "Mål",
        outcome: "Resultat",
        not_in_catalog: "Ikkje i katalogen",
        proposed: |date| {
            format!(
                "Frå avgjerdssaka Novari IKS la fram for FKU, møtedato {date}. \
                    Konklusjonen er eit framlegg."
            )
        },
        sources: "Kjelder",
        target: "Mål",
    },
    draft: draft::NN_DRAFT,
    trial: trial::NN_TRIAL,
};

/// "1 variabel", "2 variablar".
fn variables(n: usize) -> String {
    if n == 1 {
        "1 variabel".to_string()
    } else {
        format!("{n} variablar")
    }
}
