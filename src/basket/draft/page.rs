//! The request draft page: intro, checklist, the form, the coverage
//! timeline with the requested years, exports, and the printed request.

use super::{
    checklist::ChecklistView, exports::DraftExports, print::PrintedDraft, project::ProjectFields,
    variables::VariableFields,
};
use crate::basket::coverage::CoverageTimeline;
use crate::{
    i18n,
    state::{use_lang, use_ui, BasketCtx, QueryCtx},
    ui::{CatalogGate, DocumentTitle},
};
use catalog::{check, Catalog, DraftField, Lang, Route};
use leptos::prelude::*;
use std::sync::Arc;

const APPLICANT: &[DraftField] = &[
    DraftField::ApplicantName,
    DraftField::Institution,
    DraftField::Email,
];

const PROJECT: &[DraftField] = &[
    DraftField::Title,
    DraftField::Purpose,
    DraftField::LegalBasis,
    DraftField::PeriodFrom,
    DraftField::PeriodTo,
    DraftField::Population,
    DraftField::Sample,
    DraftField::AnalysisRoom,
];

/// The editable request for the basket's variables.
#[component]
pub fn DraftPage() -> impl IntoView {
    let ui = use_ui();
    let query = QueryCtx::expect();
    view! {
        <DocumentTitle text=Signal::derive(move || ui.get().basket.draft_heading.to_string()) />
        <p class="back-link no-print">
            <a class="ds-link" href=move || query.route_href(&Route::Basket)>
                <span aria-hidden="true">"← "</span>
                {move || ui.get().basket.back_to_basket}
            </a>
        </p>
        <h1 class="ds-heading" data-size="lg" tabindex="-1">
            {move || ui.get().basket.draft_heading}
        </h1>
        <p class="ds-paragraph no-print">{move || ui.get().draft.intro}</p>
        <p class="ds-paragraph no-print draft-kept">{move || ui.get().draft.kept}</p>
        <CatalogGate render=|catalog| view! { <DraftBody catalog /> }.into_any() />
    }
}

fn applicant_legend(lang: Lang) -> &'static str {
    i18n::ui(lang).draft.applicant_heading
}

fn project_legend(lang: Lang) -> &'static str {
    i18n::ui(lang).draft.project_heading
}

/// The draft for a loaded catalog; the checklist is derived once here.
#[component]
fn DraftBody(catalog: Arc<Catalog>) -> impl IntoView {
    let lang = use_lang();
    let ctx = BasketCtx::expect();
    let checklist = {
        let catalog = catalog.clone();
        Memo::new(move |_| {
            check(
                &ctx.draft.read(),
                &ctx.selection.read(),
                &catalog,
                lang.get(),
            )
        })
    };
    view! {
        <div class="draft">
            <ChecklistView catalog=catalog.clone() checklist />
            <form class="draft-form no-print" novalidate on:submit=|ev| ev.prevent_default()>
                <ProjectFields
                    catalog=catalog.clone()
                    checklist
                    legend=applicant_legend
                    fields=APPLICANT
                />
                <ProjectFields
                    catalog=catalog.clone()
                    checklist
                    legend=project_legend
                    fields=PROJECT
                />
                <VariableFields catalog=catalog.clone() checklist />
            </form>
            <CoverageTimeline catalog=catalog.clone() requested=true />
            <DraftExports catalog=catalog.clone() />
            <PrintedDraft catalog />
        </div>
    }
}
