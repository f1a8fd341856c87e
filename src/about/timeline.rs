//! The VIGO pilot: who and why, on synthetic data only, and its three
//! phases on a timeline from the first day to the last.

use crate::{
    state::{use_lang, use_ui},
    ui::content_text as text,
};
use catalog::content::{date_label, Pilot};
use leptos::prelude::*;

/// The pilot's section: its summary, the synthetic-data note, its period
/// and its phases in order, each with its goal and outcome.
#[component]
pub fn PilotTimeline(
    /// The pilot's texts.
    pilot: Pilot,
) -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    let Pilot {
        heading,
        summary,
        start,
        end,
        synthetic_data,
        phases,
    } = pilot;
    let (start_day, end_day) = (start.clone(), end.clone());
    let start_label = move || date_label(&start_day, lang.get());
    let end_label = move || date_label(&end_day, lang.get());
    let phases = phases
        .into_iter()
        .map(|phase| {
            view! {
                <li class="timeline__phase">
                    <h3 class="ds-heading" data-size="xs">
                        {text(phase.title)}
                    </h3>
                    <p class="ds-paragraph">
                        <strong>{move || ui.get().story.goal}": "</strong>
                        {text(phase.goal)}
                    </p>
                    <p class="ds-paragraph">
                        <strong>{move || ui.get().story.outcome}": "</strong>
                        {text(phase.outcome)}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="story__section" aria-labelledby="pilot-heading">
            <h2 class="ds-heading" data-size="md" id="pilot-heading">
                {text(heading)}
            </h2>
            <p class="ds-paragraph story__lead">{text(summary)}</p>
            <div class="ds-alert" data-color="info">
                <p class="ds-paragraph">{text(synthetic_data)}</p>
            </div>
            <div class="timeline">
                <p class="ds-paragraph timeline__span">
                    <span class="timeline__end">
                        <strong>{move || ui.get().story.started}</strong>
                        " "
                        <time datetime=start.clone()>{start_label}</time>
                    </span>
                    <span class="timeline__end">
                        <strong>{move || ui.get().story.ended}</strong>
                        " "
                        <time datetime=end.clone()>{end_label}</time>
                    </span>
                </p>
                <ol class="timeline__phases" aria-label=move || ui.get().story.phases_label>
                    {phases}
                </ol>
            </div>
        </section>
    }
}
