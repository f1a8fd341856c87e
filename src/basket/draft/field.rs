//! One input of the draft with its label, help and error, bound to the
//! saved draft: every keystroke is one `DraftEdit`, saved before the
//! handler returns.

use crate::state::{use_ui, BasketCtx};
use catalog::{Draft, DraftEdit, EditRefused};
use leptos::prelude::*;

/// How the input looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A one-line text input.
    Line,
    /// An e-mail input.
    Email,
    /// A four-digit year.
    Year,
    /// A few lines of text.
    Area,
}

/// An input bound to one text of the draft. `value` reads it from the
/// draft, `edit` makes the edit that sets it; `error` is the checklist's
/// message for this field (empty when none), tied to the input with
/// `aria-describedby`, as is `help`.
#[component]
pub fn DraftInput(
    /// The input's `id`, from `FieldId::dom_id`.
    id: String,
    /// The label.
    #[prop(into)]
    label: Signal<String>,
    /// One line of help under the label.
    #[prop(into, optional)]
    help: Signal<Option<String>>,
    /// Whether the request needs it.
    #[prop(optional)]
    required: bool,
    /// The input's kind.
    kind: Kind,
    /// Reads the field's text from the draft.
    value: fn(&Draft, &str) -> String,
    /// A key passed to `value` and `edit` (a variable id, or empty).
    #[prop(optional, into)]
    key: String,
    /// Builds the edit that sets the field to the text.
    edit: fn(&str, String) -> DraftEdit,
    /// The checklist's message for this field.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let ui = use_ui();
    let ctx = BasketCtx::expect();
    let refused: RwSignal<Option<EditRefused>> = RwSignal::new(None);
    let value_key = key.clone();
    let text = Memo::new(move |_| ctx.draft.with(|d| value(d, &value_key)));
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        refused.set(ctx.edit(edit(&key, typed)));
    };
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let described = {
        let (help_id, error_id) = (help_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if help.read().is_some() {
                ids.push(help_id.clone());
            }
            if error.read().is_some() || refused.read().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || (error.read().is_some() || refused.read().is_some()).then_some("true");
    let message = move || {
        let refused = refused.get().map(|why| (ui.get().draft.refused)(why));
        refused.or_else(|| error.get())
    };
    let max = Draft::MAX_TEXT_CHARS.to_string();
    let input = match kind {
        Kind::Area => view! {
            <textarea
                class="ds-input"
                id=id.clone()
                rows="4"
                maxlength=max
                aria-describedby=described
                aria-invalid=invalid
                prop:value=move || text.get()
                on:input=on_input
            ></textarea>
        }
        .into_any(),
        _ => {
            let (ty, mode, auto) = match kind {
                Kind::Email => ("email", None, Some("email")),
                Kind::Year => ("text", Some("numeric"), None),
                _ => ("text", None, None),
            };
            view! {
                <input
                    class="ds-input"
                    id=id.clone()
                    type=ty
                    inputmode=mode
                    autocomplete=auto
                    maxlength=max
                    aria-describedby=described
                    aria-invalid=invalid
                    prop:value=move || text.get()
                    on:input=on_input
                />
            }
            .into_any()
        }
    };
    let year_class = if kind == Kind::Year {
        "ds-field draft-field draft-field--year"
    } else {
        "ds-field draft-field"
    };
    view! {
        <div class=year_class>
            <label class="ds-label" for=id.clone()>
                {move || label.get()}
                {required
                    .then(|| {
                        view! {
                            <span class="draft-field__required">
                                " " {move || ui.get().draft.required}
                            </span>
                        }
                    })}
            </label>
            {move || {
                help.get()
                    .map(|help| {
                        view! {
                            <div data-field="description" id=help_id.clone()>
                                {help}
                            </div>
                        }
                    })
            }}
            {input}
            {move || {
                message()
                    .map(|message| {
                        view! {
                            <div
                                class="ds-validation-message"
                                data-color="danger"
                                data-field="validation"
                                id=error_id.clone()
                            >
                                {message}
                            </div>
                        }
                    })
            }}
        </div>
    }
}
