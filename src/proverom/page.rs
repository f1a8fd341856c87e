//! The prøverom's page in two parts: the heading and what the page is for,
//! which the shop renders at once ([`super::host`]), and the files, the
//! text, the report and the preview, which the page module renders
//! ([`super::module`]).

use super::{editor::Editor, pick::Pick, preview::PreviewPanel, report::ReportView};
use crate::state::{use_ui, TrialCtx, TrialState};
use leptos::prelude::*;

/// The heading, what the page is for, that nothing leaves the browser and
/// which dialects it reads.
#[component]
pub fn TrialHeader() -> impl IntoView {
    let ui = use_ui();
    view! {
        <header class="trial__header">
            <h1 class="ds-heading" data-size="lg" tabindex="-1">
                {move || ui.get().trial.title}
            </h1>
            <p class="ds-paragraph trial__lead">{move || ui.get().trial.lead}</p>
            <p class="ds-paragraph">
                <strong>{move || ui.get().trial.private}</strong>
            </p>
            <p class="ds-paragraph" data-size="sm">
                {move || ui.get().trial.dialects}
            </p>
        </header>
    }
}

/// The files, the text, the checker's state, the report and the preview.
#[component]
pub fn TrialBody() -> impl IntoView {
    let ui = use_ui();
    let trial = TrialCtx::expect();
    // Loads the checker while the provider picks files; the worker is
    // outside the reactive system, hence an effect.
    Effect::new(move |_| trial.warm());
    let status = move || match trial.state.get() {
        TrialState::Checking => {
            Some(view! { <p class="ds-paragraph">{ui.get().trial.checking}</p> }.into_any())
        }
        TrialState::Failed(why) => Some(
            view! {
                <div class="ds-alert" data-color="danger">
                    <h2 class="ds-heading" data-size="xs">
                        {ui.get().trial.failed}
                    </h2>
                    <p class="ds-paragraph">{why}</p>
                </div>
            }
            .into_any(),
        ),
        TrialState::Empty | TrialState::Checked => None,
    };
    view! {
        <div class="trial__body">
            <Pick />
            <Editor />
            <div class="trial__status" role="status">
                {status}
            </div>
            <ReportView />
            <PreviewPanel />
        </div>
    }
}
