//! The request draft's and the timelines' strings in Norwegian Bokmål.

use crate::i18n::ui::DraftText;
use catalog::{DraftField, EditRefused, PeriodProblem, Problem};

/// The request draft and the coverage timelines in Norwegian Bokmål.
pub const NB_DRAFT: DraftText = DraftText {
    intro: "Fyll inn søknaden om tilgang til variablene i kurven. Hver søknad må ha et \
        konkret formål, og datatilbyderen vurderer formålsbegrensning og dataminimering for \
        hver variabel.",
    kept: "Utkastet lagres i denne nettleseren sammen med kurven, og tømmes når du tømmer \
        kurven.",
    applicant_heading: "Søker",
    project_heading: "Prosjektet",
    variables_heading: "Variablene og hvorfor de trengs",
    label: |field| match field {
        DraftField::ApplicantName => "Navn",
        DraftField::Institution => "Institusjon",
        DraftField::Email => "E-post",
        DraftField::Title => "Prosjekttittel",
        DraftField::Purpose => "Formål",
        DraftField::LegalBasis => "Rettslig grunnlag",
        DraftField::PeriodFrom => "Prosjektperiode fra år",
        DraftField::PeriodTo => "Prosjektperiode til år",
        DraftField::Population => "Populasjon",
        DraftField::Sample => "Utvalg",
        DraftField::AnalysisRoom => "Analyserom",
    },
    help: |field| match field {
        DraftField::Purpose => Some(
            "Konkret: hva dataene skal brukes til og hvilke analyser som skal gjøres, ikke \
                bare fagfeltet.",
        ),
        DraftField::LegalBasis => {
            Some("For eksempel artikkel i personvernforordningen (GDPR) eller særlov.")
        }
        DraftField::PeriodFrom | DraftField::PeriodTo => {
            Some("Årstall med fire sifre. Gjelder variabler uten egen periode.")
        }
        DraftField::Sample => Some("Hvem i populasjonen som trekkes ut, om ikke alle."),
        DraftField::AnalysisRoom => Some("Hvor dataene skal analyseres."),
        _ => None,
    },
    required: "(må fylles ut)",
    justification: "Hvorfor trengs variabelen?",
    justification_help: "Hva analysen trenger den til.",
    justification_missing: "Begrunnelsen mangler.",
    variable_period: "Periode",
    from_year: "Fra år",
    to_year: "Til år",
    period_help: |coverage| format!("Har data {coverage}. Tomt: prosjektperioden."),
    coverage_unknown: "ukjent",
    checklist_heading: "Sjekkliste",
    ready: "Klar til å sendes: alt som må fylles ut, er fylt ut.",
    not_ready: |n| match n {
        1 => "Ikke klar: 1 ting må rettes.".to_string(),
        n => format!("Ikke klar: {n} ting må rettes."),
    },
    advice_heading: "Verdt å se på",
    problem: |problem, names| match problem {
        Problem::NoVariables => "Kurven har ingen variabler fra katalogen.".to_string(),
        Problem::PurposeEmpty => "Formålet mangler.".to_string(),
        Problem::JustificationsMissing { ids } => {
            format!("{} variabler mangler begrunnelse: {names}", ids.len())
        }
        Problem::EmailInvalid => "E-postadressen ser ikke riktig ut.".to_string(),
        Problem::Empty(DraftField::Email) => "E-post mangler.".to_string(),
        Problem::Empty(_) => "Navnet mangler.".to_string(),
        Problem::Period(PeriodProblem::NotAYear { text, .. }) => {
            format!("«{text}» er ikke et årstall ({names}).")
        }
        Problem::Period(PeriodProblem::Reversed { from, to }) => {
            format!("Perioden går baklengs, {from}–{to} ({names}).")
        }
        Problem::OutsideCoverage { .. } => {
            format!("Perioden går utenfor årene med data ({names}).")
        }
        Problem::IdentifierMissing { unit_type, .. } => {
            format!("Identifikator for {unit_type} er ikke valgt: {names}")
        }
        Problem::NotInCatalog { ids } => {
            format!(
                "{} variabler er ikke lenger i katalogen: {names}",
                ids.len()
            )
        }
    },
    refused: |why| match why {
        EditRefused::TooLong => "Teksten er for lang og ble ikke lagret.".to_string(),
        EditRefused::TooManyVariables => {
            "Utkastet har for mange variabler; endringen ble ikke lagret.".to_string()
        }
        EditRefused::BadId => "Ugyldig variabel; endringen ble ikke lagret.".to_string(),
    },
    export_heading: "Send og skriv ut",
    download_request: "Last ned søknaden (JSON)",
    download_provider: |name| format!("Last ned for {name} (JSON)"),
    download_csv: "Last ned variabellisten (CSV)",
    print: "Skriv ut eller lagre som PDF",
    printed: |date| format!("Dato: {date}"),
    not_filled: "Ikke fylt ut",
    to_provider: |name| format!("Til {name}"),
    timeline_heading: "Hvilke år har variablene data for?",
    overlap: |from, to| format!("Felles år {from}–{to}"),
    legend_coverage: "År med data",
    legend_requested: "Ønsket periode",
    legend_code: "Koden gjelder",
    as_table: "Vis som tabell",
    col_from: "Fra",
    col_to: "Til",
    col_requested: "Ønsket periode",
    still: "fortsatt",
    code_timeline_heading: "Dekning og kodenes gyldighet",
    coverage_lane: "Variabelen",
    code_summary: |codes, dated| {
        format!("Kodelisten har {codes} koder; {dated} av dem har gyldighetsperiode.")
    },
};
