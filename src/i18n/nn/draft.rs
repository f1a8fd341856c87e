//! The request draft's and the timelines' strings in Norwegian Nynorsk.

use crate::i18n::ui::DraftText;
use catalog::{DraftField, EditRefused, PeriodProblem, Problem};

/// The request draft and the coverage timelines in Norwegian Nynorsk.
pub const NN_DRAFT: DraftText = DraftText {
    intro: "Fyll ut søknaden om tilgang til variablane i korga. Kvar søknad må ha eit \
        konkret føremål, og datatilbydaren vurderer føremålsavgrensing og dataminimering for \
        kvar variabel.",
    kept: "Utkastet blir lagra i denne nettlesaren saman med korga, og blir tømt når du tømer \
        korga.",
    applicant_heading: "Søkjar",
    project_heading: "Prosjektet",
    variables_heading: "Variablane og kvifor dei trengst",
    label: |field| match field {
        DraftField::ApplicantName => "Namn",
        DraftField::Institution => "Institusjon",
        DraftField::Email => "E-post",
        DraftField::Title => "Prosjekttittel",
        DraftField::Purpose => "Føremål",
        DraftField::LegalBasis => "Rettsleg grunnlag",
        DraftField::PeriodFrom => "Prosjektperiode frå år",
        DraftField::PeriodTo => "Prosjektperiode til år",
        DraftField::Population => "Populasjon",
        DraftField::Sample => "Utval",
        DraftField::AnalysisRoom => "Analyserom",
    },
    help: |field| match field {
        DraftField::Purpose => Some(
            "Konkret: kva dataa skal brukast til og kva analysar som skal gjerast, ikkje \
                berre fagfeltet.",
        ),
        DraftField::LegalBasis => {
            Some("Til dømes ein artikkel i personvernforordninga (GDPR) eller ei særlov.")
        }
        DraftField::PeriodFrom | DraftField::PeriodTo => {
            Some("Årstal med fire siffer. Gjeld variablar utan eigen periode.")
        }
        DraftField::Sample => Some("Kven i populasjonen som blir trekte ut, om ikkje alle."),
        DraftField::AnalysisRoom => Some("Kvar dataa skal analyserast."),
        _ => None,
    },
    required: "(må fyllast ut)",
    justification: "Kvifor trengst variabelen?",
    justification_help: "Kva analysen treng han til.",
    justification_missing: "Grunngivinga manglar.",
    variable_period: "Periode",
    from_year: "Frå år",
    to_year: "Til år",
    period_help: |coverage| format!("Har data {coverage}. Tomt: prosjektperioden."),
    coverage_unknown: "ukjend",
    checklist_heading: "Sjekkliste",
    ready: "Klar til å sendast: alt som må fyllast ut, er fylt ut.",
    not_ready: |n| match n {
        1 => "Ikkje klar: 1 ting må rettast.".to_string(),
        n => format!("Ikkje klar: {n} ting må rettast."),
    },
    advice_heading: "Verdt å sjå på",
    problem: |problem, names| match problem {
        Problem::NoVariables => "Korga har ingen variablar frå katalogen.".to_string(),
        Problem::PurposeEmpty => "Føremålet manglar.".to_string(),
        Problem::JustificationsMissing { ids } => {
            format!("{} variablar manglar grunngiving: {names}", ids.len())
        }
        Problem::EmailInvalid => "E-postadressa ser ikkje rett ut.".to_string(),
        Problem::Empty(DraftField::Email) => "E-post manglar.".to_string(),
        Problem::Empty(_) => "Namnet manglar.".to_string(),
        Problem::Period(PeriodProblem::NotAYear { text, .. }) => {
            format!("«{text}» er ikkje eit årstal ({names}).")
        }
        Problem::Period(PeriodProblem::Reversed { from, to }) => {
            format!("Perioden går baklengs, {from}–{to} ({names}).")
        }
        Problem::OutsideCoverage { .. } => {
            format!("Perioden går utanfor åra med data ({names}).")
        }
        Problem::IdentifierMissing { unit_type, .. } => {
            format!("Identifikator for {unit_type} er ikkje vald: {names}")
        }
        Problem::NotInCatalog { ids } => {
            format!(
                "{} variablar er ikkje lenger i katalogen: {names}",
                ids.len()
            )
        }
    },
    refused: |why| match why {
        EditRefused::TooLong => "Teksten er for lang og vart ikkje lagra.".to_string(),
        EditRefused::TooManyVariables => {
            "Utkastet har for mange variablar; endringa vart ikkje lagra.".to_string()
        }
        EditRefused::BadId => "Ugyldig variabel; endringa vart ikkje lagra.".to_string(),
    },
    export_heading: "Send og skriv ut",
    download_request: "Last ned søknaden (JSON)",
    download_provider: |name| format!("Last ned for {name} (JSON)"),
    download_csv: "Last ned variabellista (CSV)",
    print: "Skriv ut eller lagre som PDF",
    printed: |date| format!("Dato: {date}"),
    not_filled: "Ikkje fylt ut",
    to_provider: |name| format!("Til {name}"),
    timeline_heading: "Kva år har variablane data for?",
    overlap: |from, to| format!("Felles år {from}–{to}"),
    legend_coverage: "År med data",
    legend_requested: "Ønskt periode",
    legend_code: "Koden gjeld",
    as_table: "Vis som tabell",
    col_from: "Frå",
    col_to: "Til",
    col_requested: "Ønskt periode",
    still: "framleis",
    code_timeline_heading: "Dekning og gyldigheita til kodane",
    coverage_lane: "Variabelen",
    code_summary: |codes, dated| {
        format!("Kodelista har {codes} kodar; {dated} av dei har gyldigheitsperiode.")
    },
};
