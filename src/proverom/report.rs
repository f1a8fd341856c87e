//! The report: the command line's summary lines with the problems grouped
//! per provider and file, each with its line and neighbours; activating
//! one opens its file in the editor with the cursor on its line.

use crate::state::{use_ui, TrialCtx};
use catalog::trial::{Excerpt, TrialProblem, TrialReport};
use leptos::prelude::*;
use std::sync::Arc;

/// The last check's report, when there is one.
#[component]
pub fn ReportView() -> impl IntoView {
    let trial = TrialCtx::expect();
    move || trial.report.get().map(|report| view! { <Report report /> })
}

/// One report.
#[component]
fn Report(report: Arc<TrialReport>) -> impl IntoView {
    let ui = use_ui();
    let groups = report
        .groups()
        .into_iter()
        .map(|group| {
            let heading = match &group.provider {
                Some(id) => id.clone(),
                None => ui.get_untracked().trial.outside.to_string(),
            };
            let files = group
                .files
                .into_iter()
                .map(|file| {
                    let problems = file
                        .problems
                        .iter()
                        .filter_map(|&i| report.problems.get(i).cloned())
                        .map(|problem| view! { <ProblemItem problem /> })
                        .collect_view();
                    view! {
                        <section class="trial-report__file">
                            <h4 class="ds-heading" data-size="2xs">
                                <code>{file.file}</code>
                            </h4>
                            <ul class="trial-report__problems">{problems}</ul>
                        </section>
                    }
                })
                .collect_view();
            view! {
                <section class="trial-report__provider">
                    <h3 class="ds-heading" data-size="xs">
                        {heading}
                    </h3>
                    <p class="ds-paragraph trial-report__summary">
                        <code>{group.summary}</code>
                    </p>
                    {files}
                </section>
            }
        })
        .collect_view();
    let clean = report.errors() == 0;
    let (shown, hidden) = (report.problems.len(), report.not_shown());
    let not_shown = (hidden > 0).then(|| {
        view! {
            <p class="ds-paragraph" data-size="sm">
                {move || (ui.get().trial.not_shown)(shown, shown + hidden)}
            </p>
        }
    });
    view! {
        <section class="trial-report" aria-labelledby="trial-report">
            <h2 class="ds-heading" data-size="sm" id="trial-report">
                {move || ui.get().trial.report_heading}
            </h2>
            <p
                class="ds-paragraph trial-report__total"
                class:trial-report__total--clean=clean
                data-testid="trial-total"
            >
                <code>{report.total.clone()}</code>
            </p>
            {not_shown}
            {groups}
            <details class="ds-details">
                <summary>{move || ui.get().trial.as_cli}</summary>
                <div>
                    <pre class="trial-report__cli" data-testid="trial-cli" tabindex="0">
                        {report.text.clone()}
                    </pre>
                </div>
            </details>
        </section>
    }
}

/// A problem: its line as `check` prints it, a button to its place when
/// the file can be opened, and the excerpt.
#[component]
fn ProblemItem(problem: TrialProblem) -> impl IntoView {
    let ui = use_ui();
    let trial = TrialCtx::expect();
    let openable = trial.editor_name.get_untracked() == problem.file
        || trial
            .files
            .with_untracked(|f| f.iter().any(|f| f.name == problem.file));
    let (file, line) = (problem.file.clone(), problem.line);
    let text = problem.text.clone();
    let message = if openable {
        view! {
            <button
                type="button"
                class="trial-problem__go"
                aria-describedby=format!("go-{}-{line}", slug(&file))
                on:click=move |_| open(trial, file.clone(), line)
            >
                {text}
            </button>
        }
        .into_any()
    } else {
        view! { <span>{text}</span> }.into_any()
    };
    let hint = openable.then(|| {
        let id = format!("go-{}-{line}", slug(&problem.file));
        view! {
            <span class="ds-sr-only" id=id>
                {move || (ui.get().trial.go_to_line)(line)}
            </span>
        }
    });
    view! {
        <li class="trial-problem" class:trial-problem--warning=!problem.error>
            <code class="trial-problem__text">{message}</code>
            {hint}
            <ExcerptView excerpt=problem.excerpt />
        </li>
    }
}

/// The problem's line with its neighbours, the problem's own marked.
#[component]
fn ExcerptView(excerpt: Excerpt) -> impl IntoView {
    let ui = use_ui();
    (!excerpt.lines.is_empty()).then(|| {
        let lines = excerpt
            .lines
            .into_iter()
            .map(|l| {
                let number = format!("{:>5} ", l.number);
                if l.marked {
                    view! {
                        <mark class="trial-excerpt__line">
                            <span class="ds-sr-only">
                                {move || ui.get().trial.marked_line} ": "
                            </span>
                            {number}
                            {l.text}
                            "\n"
                        </mark>
                    }
                    .into_any()
                } else {
                    view! { <span class="trial-excerpt__line">{number} {l.text} "\n"</span> }
                        .into_any()
                }
            })
            .collect_view();
        view! { <pre class="trial-excerpt">{lines}</pre> }
    })
}

/// Opens `file` in the editor (reading it when it was given as a file)
/// and puts the cursor on `line`.
fn open(trial: TrialCtx, file: String, line: usize) {
    if trial.editor_name.get_untracked() == file {
        trial.goto.set(Some(line));
        return;
    }
    let given = trial
        .files
        .with_untracked(|f| f.iter().find(|f| f.name == file).cloned());
    let Some(given) = given else {
        return;
    };
    leptos::task::spawn_local(async move {
        let text = match given.edited {
            Some(text) => text,
            None => wasm_bindgen_futures::JsFuture::from(given.file.text())
                .await
                .ok()
                .and_then(|t| t.as_string())
                .unwrap_or_default(),
        };
        // A byte-order mark is no character the provider typed.
        let text = text
            .strip_prefix('\u{feff}')
            .map(str::to_owned)
            .unwrap_or(text);
        trial.editor_name.set(file);
        trial.editor_text.set(text);
        trial.goto.set(Some(line));
    });
}

/// `file` as a part of an element id.
fn slug(file: &str) -> String {
    file.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}
