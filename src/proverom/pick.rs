//! Giving files: buttons that pick files or a folder, a zone to drop them
//! on, and the list of what was given.

use super::folder_drop::{folder_entries, read_entries};
use crate::state::{use_ui, TrialCtx, TrialFile};
use leptos::{html, prelude::*};
use wasm_bindgen::JsValue;

/// The pickers, the drop zone and the list of files.
#[component]
pub fn Pick() -> impl IntoView {
    let ui = use_ui();
    let trial = TrialCtx::expect();
    let files_input = NodeRef::<html::Input>::new();
    let folder_input = NodeRef::<html::Input>::new();
    let dragging = RwSignal::new(false);
    let picked = move |input: NodeRef<html::Input>| {
        if let Some(input) = input.get() {
            trial.add(given(input.files()));
            // So that picking the same files again is a change too.
            input.set_value("");
        }
    };
    let on_drop = move |event: web_sys::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        let Some(transfer) = event.data_transfer() else {
            return;
        };
        match folder_entries(&transfer) {
            // Read now: the entries are only readable during the drop's task.
            Some(entries) => leptos::task::spawn_local(async move {
                let files = read_entries(entries).await;
                trial.add(
                    files
                        .into_iter()
                        .map(|(name, file)| TrialFile {
                            name,
                            file,
                            edited: None,
                        })
                        .collect(),
                );
            }),
            None => trial.add(given(transfer.files())),
        }
    };
    let names = move || {
        trial
            .files
            .get()
            .into_iter()
            .map(|f| view! { <li>{f.name}</li> })
            .collect_view()
    };
    view! {
        <section class="trial__files" aria-labelledby="trial-files">
            <h2 class="ds-heading" data-size="sm" id="trial-files">
                {move || ui.get().trial.files_heading}
            </h2>
            <div
                class="trial__drop"
                class:trial__drop--over=move || dragging.get()
                on:dragover=move |e: web_sys::DragEvent| {
                    e.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <button
                    type="button"
                    class="ds-button"
                    data-variant="primary"
                    on:click=move |_| {
                        if let Some(i) = files_input.get() {
                            i.click();
                        }
                    }
                >
                    {move || ui.get().trial.pick_files}
                </button>
                <button
                    type="button"
                    class="ds-button"
                    data-variant="secondary"
                    on:click=move |_| {
                        if let Some(i) = folder_input.get() {
                            i.click();
                        }
                    }
                >
                    {move || ui.get().trial.pick_folder}
                </button>
                <span class="ds-paragraph">{move || ui.get().trial.drop_hint}</span>
                <input
                    node_ref=files_input
                    class="trial__input"
                    type="file"
                    multiple
                    accept=".yaml,.yml,.json"
                    tabindex="-1"
                    aria-hidden="true"
                    data-testid="trial-files"
                    on:change=move |_| picked(files_input)
                />
                <input
                    node_ref=folder_input
                    class="trial__input"
                    type="file"
                    multiple
                    prop:webkitdirectory=true
                    tabindex="-1"
                    aria-hidden="true"
                    data-testid="trial-folder"
                    on:change=move |_| picked(folder_input)
                />
            </div>
            <Show when=move || !trial.files.with(Vec::is_empty)>
                <p class="ds-paragraph" data-size="sm">
                    {move || (ui.get().trial.file_count)(trial.files.with(Vec::len))}
                </p>
                <ul class="trial__file-list">{names}</ul>
            </Show>
            <Show when=move || {
                !trial.files.with(Vec::is_empty) || !trial.editor_text.with(String::is_empty)
            }>
                <button
                    type="button"
                    class="ds-button"
                    data-variant="tertiary"
                    on:click=move |_| trial.clear()
                >
                    {move || ui.get().trial.clear}
                </button>
            </Show>
        </section>
    }
}

/// The files of a picker or a drop. A file in a picked folder is named by
/// its path inside it (so `provider.yaml` is found above the JSON beside
/// it) and, as the command line does in a folder, taken only when it is
/// `.yaml`, `.yml` or `.json`; a file picked or dropped on its own is taken
/// whatever its name, except an empty one without an extension, which is
/// how a browser hands over a dropped folder.
fn given(list: Option<web_sys::FileList>) -> Vec<TrialFile> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i))
        .filter_map(|file| {
            let relative = js_sys::Reflect::get(&file, &JsValue::from_str("webkitRelativePath"))
                .ok()
                .and_then(|p| p.as_string())
                .filter(|p| !p.is_empty());
            let name = match relative {
                Some(path) if !is_metadata(&path) => return None,
                Some(path) => path,
                None if file.size() == 0.0 && !file.name().contains('.') => return None,
                None => file.name(),
            };
            Some(TrialFile {
                name,
                file,
                edited: None,
            })
        })
        .collect()
}

/// `*.yaml`, `*.yml` and `*.json` in any letter case, as the builder
/// looks for in folders.
pub(super) fn is_metadata(name: &str) -> bool {
    let lower = name.to_lowercase();
    [".yaml", ".yml", ".json"]
        .iter()
        .any(|e| lower.ends_with(e))
}
