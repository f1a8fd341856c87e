//! The prøverom's page as the shop renders it: the heading and what the
//! page is for, at once, and a place where the page module (fetched on the
//! first visit, see [`super::bridge`]) shows the files, the report and the
//! preview. The module stays loaded, with its files and report, when the
//! provider leaves for the preview and comes back.

use super::bridge::{self, ATTACH, FAILED, HOST_ID, MODULE_URL, PREVIEW, READY};
use super::page::TrialHeader;
use super::preview::Unreadable;
use crate::{
    load::{Fetched, LoadError},
    state::{use_lang, use_ui, History, PreviewCtx, QueryCtx},
    ui::{DocumentTitle, LoadErrorView, Loading},
};
use catalog::Route;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// Where the page module is.
#[derive(Clone, Debug, PartialEq)]
enum Module {
    /// Not asked for yet.
    Absent,
    /// Asked for; not started.
    Loading,
    /// Started: it shows its page in the host.
    Ready,
    /// It could not be fetched or started; why.
    Failed(String),
}

thread_local! {
    /// The module's state across visits to the page: it is fetched once.
    static MODULE: RefCell<Module> = const { RefCell::new(Module::Absent) };
    /// How many times the module was asked for, to fetch a failed one anew.
    static ATTEMPTS: RefCell<u32> = const { RefCell::new(0) };
}

/// The page.
#[component]
pub fn TrialHost() -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    let module = RwSignal::new(MODULE.with_borrow(Clone::clone));
    let problem = RwSignal::new(None::<String>);
    let mark = move |state: Module| {
        MODULE.set(state.clone());
        module.set(state);
    };
    // The module's events; listening is reaching outside the app.
    let preview = PreviewCtx::expect();
    let query = QueryCtx::expect();
    let listeners = [
        window_event_listener_untyped(READY, move |_| mark(Module::Ready)),
        window_event_listener_untyped(FAILED, move |event| {
            let why = bridge::detail(&event).as_string().unwrap_or_default();
            mark(Module::Failed(why));
        }),
        window_event_listener_untyped(PREVIEW, move |event| {
            let (nbcat, shards) = bridge::read_preview(&bridge::detail(&event));
            match bridge::decode_preview(&nbcat, &shards) {
                Ok((catalog, shards)) => {
                    problem.set(None);
                    preview.start(catalog, shards);
                    query.go(&Route::Browse, History::Push);
                }
                Err(why) => problem.set(Some(why)),
            }
        }),
    ];
    on_cleanup(move || listeners.into_iter().for_each(|l| l.remove()));
    // Fetch the module on the first visit, and tell it the language (and
    // that its place is on the page) now and on every change.
    Effect::new(move |_| {
        let code = lang.get().code();
        if MODULE.with_borrow(|m| *m == Module::Absent) {
            mark(Module::Loading);
            fetch_module(mark);
        }
        bridge::send(ATTACH, &JsValue::from_str(code));
    });
    let status = move || match module.get() {
        Module::Absent | Module::Loading => {
            Some(view! { <Loading what=Fetched::Trial /> }.into_any())
        }
        Module::Failed(why) => Some(
            view! {
                <LoadErrorView
                    error=LoadError::Network(why)
                    what=Fetched::Trial
                    on_retry=move || {
                        mark(Module::Loading);
                        fetch_module(mark);
                    }
                />
            }
            .into_any(),
        ),
        Module::Ready => None,
    };
    view! {
        <DocumentTitle text=Signal::derive(move || ui.get().trial.title.to_string()) />
        <div class="trial">
            <TrialHeader />
            {status}
            <Unreadable problem />
            <div id=HOST_ID data-lang=move || lang.get().code()></div>
        </div>
    }
}

/// Adds the module's script to the page; a script that cannot be fetched
/// marks the module failed. A new attempt asks for a new address, since a
/// browser keeps a failed module's answer for its address.
fn fetch_module(mark: impl Fn(Module) + 'static) {
    let attempt = ATTEMPTS.with_borrow_mut(|n| {
        *n += 1;
        *n
    });
    let script = document()
        .create_element("script")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlScriptElement>().ok());
    let Some(script) = script else {
        mark(Module::Failed("no script element".into()));
        return;
    };
    script.set_type("module");
    let src = if attempt == 1 {
        MODULE_URL.to_owned()
    } else {
        format!("{MODULE_URL}?attempt={attempt}")
    };
    script.set_src(&src);
    let onerror = wasm_bindgen::closure::Closure::once_into_js(move |_: JsValue| {
        mark(Module::Failed(format!("{src} could not be fetched")));
    });
    script.set_onerror(Some(onerror.unchecked_ref()));
    if let Some(head) = document().head() {
        let _ = head.append_child(&script);
    }
}
