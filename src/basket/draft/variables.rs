//! Per variable in the basket, grouped by provider: why it is needed and
//! which years, checked against its coverage.

use super::checklist::field_error;
use super::field::{DraftInput, Kind};
use crate::{
    i18n,
    state::{use_lang, BasketCtx},
    ui::ProviderLink,
};
use catalog::{Catalog, Checklist, Draft, DraftEdit, FieldId, PeriodEnd, Variable};
use leptos::prelude::*;
use std::sync::Arc;

/// The variables' fields, one group per provider; `#draft-variables` is
/// where the checklist's "no variables" item moves the focus.
#[component]
pub fn VariableFields(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// The draft's checklist.
    checklist: Memo<Checklist>,
) -> impl IntoView {
    let lang = use_lang();
    let basket = BasketCtx::expect().selection;
    let heading = move || i18n::ui(lang.get()).draft.variables_heading;
    let groups = move || {
        let lang = lang.get();
        let basket = basket.read();
        let resolved = basket.resolve(&catalog, lang);
        resolved
            .groups
            .iter()
            .map(|group| {
                let variables = group
                    .variables
                    .iter()
                    .filter_map(|&i| catalog.variables.get(i))
                    .map(|v| one(v, &catalog, checklist))
                    .collect_view();
                view! {
                    <section
                        class="draft-group draft-provider"
                        data-provider=group.provider.to_string()
                    >
                        <h3 class="ds-heading" data-size="xs">
                            <ProviderLink
                                id=group.provider.to_string()
                                name=group.name.to_string()
                            />
                        </h3>
                        {variables}
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        <section class="draft-variables" aria-labelledby="draft-variables">
            <h2 class="ds-heading" data-size="sm" id="draft-variables" tabindex="-1">
                {heading}
            </h2>
            {groups}
        </section>
    }
}

fn justification(draft: &Draft, id: &str) -> String {
    draft.variable(id).justification
}

fn period_from(draft: &Draft, id: &str) -> String {
    draft.variable(id).period.from
}

fn period_to(draft: &Draft, id: &str) -> String {
    draft.variable(id).period.to
}

fn edit_justification(id: &str, text: String) -> DraftEdit {
    DraftEdit::Justification {
        id: id.to_string(),
        text,
    }
}

fn edit_from(id: &str, text: String) -> DraftEdit {
    let (id, end) = (id.to_string(), PeriodEnd::From);
    DraftEdit::VariablePeriod { id, end, text }
}

fn edit_to(id: &str, text: String) -> DraftEdit {
    let (id, end) = (id.to_string(), PeriodEnd::To);
    DraftEdit::VariablePeriod { id, end, text }
}

/// One variable: its justification and its period.
fn one(v: &Variable, catalog: &Arc<Catalog>, checklist: Memo<Checklist>) -> impl IntoView {
    let lang = use_lang();
    let ui = i18n::ui(lang.get_untracked());
    let error = |field: FieldId| {
        let catalog = catalog.clone();
        Signal::derive(move || checklist.with(|c| field_error(c, &field, &catalog, lang.get())))
    };
    let id = v.id.clone();
    let coverage = v
        .temporal_coverage
        .as_ref()
        .map(|c| {
            // Years, as the period inputs take them.
            let year = |date: Option<&str>| date.and_then(|d| d.get(..4)).map(str::to_string);
            let start = year(c.start.as_deref()).unwrap_or_default();
            let stop = year(c.stop.as_deref()).unwrap_or_else(|| ui.draft.still.to_string());
            format!("{start}–{stop}")
        })
        .unwrap_or_else(|| ui.draft.coverage_unknown.to_string());
    let period_help = (ui.draft.period_help)(&coverage);
    let justification_id = FieldId::Justification(id.clone());
    let from_id = FieldId::VariablePeriod(id.clone(), PeriodEnd::From);
    let to_id = FieldId::VariablePeriod(id.clone(), PeriodEnd::To);
    view! {
        <fieldset class="ds-fieldset draft-variable" data-variable=id.clone()>
            <legend class="ds-label">
                <span lang=v
                    .label
                    .lang_attr(
                        lang.get_untracked(),
                    )>{v.label.get(lang.get_untracked()).to_string()}</span>
                " "
                <code class="variable-name">{v.name.clone()}</code>
            </legend>
            <DraftInput
                id=justification_id.dom_id()
                label=ui.draft.justification.to_string()
                help=Some(ui.draft.justification_help.to_string())
                required=true
                kind=Kind::Area
                value=justification
                key=id.clone()
                edit=edit_justification
                error=error(justification_id)
            />
            <div class="draft-period">
                <DraftInput
                    id=from_id.dom_id()
                    label=ui.draft.from_year.to_string()
                    help=Some(period_help)
                    kind=Kind::Year
                    value=period_from
                    key=id.clone()
                    edit=edit_from
                    error=error(from_id)
                />
                <DraftInput
                    id=to_id.dom_id()
                    label=ui.draft.to_year.to_string()
                    kind=Kind::Year
                    value=period_to
                    key=id.clone()
                    edit=edit_to
                    error=error(to_id)
                />
            </div>
        </fieldset>
    }
}
