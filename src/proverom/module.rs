//! The prøverom's page module: the second app, which shows the files, the
//! report and the preview in the shop's host element (see
//! [`super::bridge`]). Started by `src/bin/proverom_page.rs`.

use super::bridge::{self, ATTACH, HOST_ID, READY};
use super::page::TrialBody;
use crate::state::{LangCtx, TrialCtx};
use catalog::Lang;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::HtmlElement;

/// Mounts the page into an element of its own, puts that into the shop's
/// host and follows the shop's language. The element outlives the host:
/// when the provider comes back from the preview, the shop renders a new
/// host and the same page, with its files and report, moves into it.
pub fn start() {
    let document = document();
    let lang = document
        .get_element_by_id(HOST_ID)
        .and_then(|host| host.get_attribute("data-lang"))
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or_default();
    let lang = RwSignal::new(lang);
    let Some(root) = document
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        bridge::send(
            bridge::FAILED,
            &JsValue::from_str("no element to show the page in"),
        );
        return;
    };
    leptos::mount::mount_to(root.clone(), move || {
        LangCtx::provide(lang.into());
        TrialCtx::provide();
        view! { <TrialBody /> }
    })
    .forget();
    attach(&root);
    let on_attach = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let code = bridge::detail(&event).as_string();
        if let Some(chosen) = code.as_deref().and_then(Lang::from_code) {
            lang.set(chosen);
        }
        attach(&root);
    });
    let _ = window().add_event_listener_with_callback(ATTACH, on_attach.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_attach.forget();
    bridge::send(READY, &JsValue::NULL);
}

/// Moves the page into the shop's host, when the shop shows one.
fn attach(root: &HtmlElement) {
    let Some(host) = document().get_element_by_id(HOST_ID) else {
        return;
    };
    if root.parent_element().as_ref() != Some(&host) {
        let _ = host.append_child(root);
    }
}
