//! The preview: what `build` made of the files, downloads of the catalog
//! and the report, the switch that merges with the shop's catalog, and
//! the button that shows the variables in the shop's own pages.

use super::bridge;
use crate::{
    state::{use_ui, TrialCtx, Want},
    ui::download,
};
use catalog::trial::TrialBuild;
use leptos::prelude::*;
use std::sync::Arc;

/// The preview's panel, once there is a report.
#[component]
pub fn PreviewPanel() -> impl IntoView {
    let ui = use_ui();
    let trial = TrialCtx::expect();
    let problem = RwSignal::new(None::<String>);
    act_on_written(trial, problem);
    let errors = move || trial.report.with(|r| r.as_ref().map(|r| r.errors()));
    let body = move || {
        let t = &ui.get().trial;
        match (errors(), trial.build.get()) {
            (None, _) => None,
            (Some(n), _) if n > 0 => {
                Some(view! { <p class="ds-paragraph">{t.preview_blocked}</p> }.into_any())
            }
            (Some(_), None) => Some(view! { <p class="ds-paragraph">{t.building}</p> }.into_any()),
            (Some(_), Some(build)) => Some(built(build, trial)),
        }
    };
    let report_json = move |_| {
        if let Some(report) = trial.report.get_untracked() {
            let _ = download("proverom-rapport.json", "application/json", &report.json);
        }
    };
    view! {
        <Show when=move || errors().is_some()>
            <section class="trial__preview" aria-labelledby="trial-preview">
                <h2 class="ds-heading" data-size="sm" id="trial-preview">
                    {move || ui.get().trial.preview_heading}
                </h2>
                <div class="ds-field trial__merge">
                    <input
                        class="ds-input"
                        type="checkbox"
                        role="switch"
                        id="trial-merge"
                        aria-describedby="trial-merge-hint"
                        prop:checked=move || trial.merge.get()
                        on:change:target=move |e| {
                            trial.merge.set(e.target().checked());
                            trial.check();
                        }
                    />
                    <label class="ds-label" for="trial-merge">
                        {move || ui.get().trial.merge}
                    </label>
                </div>
                <p class="ds-paragraph" data-size="sm" id="trial-merge-hint">
                    {move || ui.get().trial.merge_hint}
                </p>
                {body}
                <Unreadable problem />
                <div class="trial__downloads">
                    <button
                        type="button"
                        class="ds-button"
                        data-variant="secondary"
                        on:click=report_json
                    >
                        {move || ui.get().trial.download_report}
                    </button>
                </div>
            </section>
        </Show>
    }
}

/// Once the build's files have come for a wish, hands them to the shop to
/// preview or
/// saves `catalog.json`: a download and the shop's page are outside the
/// reactive system, hence an effect.
fn act_on_written(trial: TrialCtx, problem: RwSignal<Option<String>>) {
    Effect::new(move |_| {
        let Some(build) = trial.written.get() else {
            return;
        };
        let Some(want) = trial.want.get() else {
            return;
        };
        trial.want.set(None);
        let Some(catalog) = build.catalog.as_deref() else {
            return;
        };
        match want {
            Want::Download => {
                let _ = download("catalog.json", "application/json", catalog);
            }
            // Checked here, so a catalog that cannot be read is said beside
            // the button; the shop shows it (see `bridge`).
            Want::Preview => match bridge::decode_preview(&build.nbcat, &build.shards) {
                Ok(_) => {
                    problem.set(None);
                    let detail = bridge::preview_detail(&build.nbcat, &build.shards);
                    bridge::send(bridge::PREVIEW, &detail);
                }
                Err(why) => problem.set(Some(why)),
            },
        }
    });
}

/// What a build gives: its counts, the preview button and the catalog's
/// download; or, merged with the shop's catalog, its clashes as `build`
/// prints them.
fn built(build: Arc<TrialBuild>, trial: TrialCtx) -> AnyView {
    let ui = use_ui();
    let report = build.report.clone();
    if !build.written {
        let lines = report
            .problems
            .iter()
            .map(|p| {
                view! {
                    <li>
                        <code>{p.text.clone()}</code>
                    </li>
                }
            })
            .collect_view();
        return view! {
            <div class="ds-alert" data-color="danger" data-testid="trial-clash">
                <p class="ds-paragraph">
                    <code>{report.total.clone()}</code>
                </p>
                <ul class="trial-report__problems">{lines}</ul>
            </div>
        }
        .into_any();
    }
    let (variables, providers) = (report.variables, report.providers.len());
    view! {
        <p class="ds-paragraph" data-testid="trial-built">
            {move || (ui.get().trial.built)(variables, providers)}
        </p>
        <div class="trial__downloads">
            <button
                type="button"
                class="ds-button"
                data-variant="primary"
                on:click=move |_| trial.ask_written(Want::Preview)
            >
                {move || ui.get().trial.show_preview}
            </button>
            <button
                type="button"
                class="ds-button"
                data-variant="secondary"
                on:click=move |_| trial.ask_written(Want::Download)
            >
                {move || ui.get().trial.download_catalog}
            </button>
        </div>
    }
    .into_any()
}

/// That the built catalog could not be read, and why; nothing while
/// `problem` is `None`. Shown beside the preview button, and by the shop
/// should its own reading fail.
#[component]
pub fn Unreadable(problem: RwSignal<Option<String>>) -> impl IntoView {
    let ui = use_ui();
    move || {
        problem.get().map(|why| {
            view! {
                <p class="ds-paragraph" role="alert">
                    {ui.get().trial.unreadable}
                    " "
                    {why}
                </p>
            }
        })
    }
}
