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
use std::cell::Cell;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Where the page module is.
#[derive(Clone, Debug, PartialEq)]
enum Module {
    /// Not started yet: being fetched, or not asked for before this visit.
    Pending,
    /// Started: it shows its page in the host.
    Ready,
    /// It could not be fetched or started; why.
    Failed(String),
}

thread_local! {
    /// The module's state, kept across visits to the page (the module is
    /// fetched once): a signal outside any component, so it outlives the
    /// host.
    static MODULE: ArcRwSignal<Module> = ArcRwSignal::new(Module::Pending);
    /// How many times the module's script was added; 0 before the first
    /// visit. A new attempt asks for a new address.
    static ATTEMPTS: Cell<u32> = const { Cell::new(0) };
}

/// The page.
#[component]
pub fn TrialHost() -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    let module = RwSignal::from(MODULE.with(Clone::clone));
    let problem = RwSignal::new(None::<String>);
    // A build to preview, from the module; listening is reaching outside
    // the app.
    let preview = PreviewCtx::expect();
    let query = QueryCtx::expect();
    let previews = window_event_listener_untyped(PREVIEW, move |event| {
        let (nbcat, shards) = bridge::read_preview(&bridge::detail(&event));
        match bridge::decode_preview(&nbcat, &shards) {
            Ok((catalog, shards)) => {
                problem.set(None);
                preview.start(catalog, shards);
                query.go(&Route::Browse, History::Push);
            }
            Err(why) => problem.set(Some(why)),
        }
    });
    on_cleanup(move || previews.remove());
    // Fetch the module on the first visit, and tell it the language (and
    // that its place is on the page) now and on every change.
    Effect::new(move |_| {
        let code = lang.get().code();
        if ATTEMPTS.get() == 0 {
            listen_for_module();
            fetch_module();
        }
        bridge::send(ATTACH, &JsValue::from_str(code));
    });
    let status = move || match module.get() {
        Module::Pending => Some(view! { <Loading what=Fetched::Trial /> }.into_any()),
        Module::Failed(why) => Some(
            view! {
                <LoadErrorView
                    error=LoadError::Network(why)
                    what=Fetched::Trial
                    on_retry=move || {
                        module.set(Module::Pending);
                        fetch_module();
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

/// Follows the module's "ready" and "failed" for as long as the page
/// lives, so the news is not missed while the provider is on another page.
fn listen_for_module() {
    for (event, failed) in [(READY, false), (FAILED, true)] {
        let module = MODULE.with(Clone::clone);
        let on_event = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            module.set(if failed {
                Module::Failed(bridge::detail(&event).as_string().unwrap_or_default())
            } else {
                Module::Ready
            });
        });
        let _ = window().add_event_listener_with_callback(event, on_event.as_ref().unchecked_ref());
        on_event.forget();
    }
}

/// Adds the module's script to the page; a script that cannot be fetched
/// marks the module failed. A new attempt asks for a new address, since a
/// browser keeps a failed module's answer for its address.
fn fetch_module() {
    let module = MODULE.with(Clone::clone);
    let attempt = ATTEMPTS.get() + 1;
    ATTEMPTS.set(attempt);
    let script = document()
        .create_element("script")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlScriptElement>().ok());
    let Some(script) = script else {
        module.set(Module::Failed("no script element".into()));
        return;
    };
    script.set_type("module");
    let src = if attempt == 1 {
        MODULE_URL.to_owned()
    } else {
        format!("{MODULE_URL}?attempt={attempt}")
    };
    script.set_src(&src);
    let onerror = Closure::once_into_js(move |_: JsValue| {
        module.set(Module::Failed(format!("{src} could not be fetched")));
    });
    script.set_onerror(Some(onerror.unchecked_ref()));
    if let Some(head) = document().head() {
        let _ = head.append_child(&script);
    }
}
