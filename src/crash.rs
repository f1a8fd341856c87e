//! What happens when the app panics. The release build aborts on panic
//! (`panic = "abort"`): the hook runs, then the wasm traps and no Rust code
//! runs again, so the page would freeze silently. The hook therefore
//! reports the panic to the console and replaces the dead page with a
//! plain notice built from DOM calls, without Leptos.

use crate::{i18n, state::url};
use catalog::Lang;
use std::panic::PanicHookInfo;

/// The id of the notice, so a second panic does not add another.
pub const NOTICE_ID: &str = "crash-notice";

/// Installs the panic hook: console report first, then the notice.
pub fn install() {
    std::panic::set_hook(Box::new(|info: &PanicHookInfo<'_>| {
        console_error_panic_hook::hook(info);
        show_notice();
    }));
}

/// Shows "something went wrong" with a reload link at the top of the page
/// and makes the rest of the page inert, so nobody clicks buttons that no
/// longer do anything. The reload link is a plain link to the current
/// address: it works without the wasm, and the URL keeps the view.
pub fn show_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Some(body), None) = (document.body(), document.get_element_by_id(NOTICE_ID)) else {
        return;
    };
    // The app keeps the document's `lang` in step with the UI language.
    let lang = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let href = url::current_href();
    let Some(notice) = build_notice(&document, i18n::ui(lang), &href) else {
        return;
    };
    let children = body.children();
    for i in 0..children.length() {
        if let Some(child) = children.item(i) {
            let _ = child.set_attribute("inert", "");
        }
    }
    let _ = body.class_list().add_1("crashed");
    let _ = body.prepend_with_node_1(&notice);
}

/// The notice: a danger alert with a heading, a sentence and a reload link.
fn build_notice(
    document: &web_sys::Document,
    ui: &i18n::Ui,
    href: &str,
) -> Option<web_sys::Element> {
    let element = |tag: &str, class: &str, text: &str| {
        let e = document.create_element(tag).ok()?;
        e.set_class_name(class);
        e.set_text_content(Some(text));
        Some(e)
    };
    let notice = element("div", "ds-alert crash-notice", "")?;
    notice.set_id(NOTICE_ID);
    notice.set_attribute("role", "alert").ok()?;
    notice.set_attribute("data-color", "danger").ok()?;
    let heading = element("h2", "ds-heading", ui.shell.crash_heading)?;
    heading.set_attribute("data-size", "xs").ok()?;
    let link = element("a", "ds-link", ui.shell.crash_reload)?;
    link.set_attribute("href", href).ok()?;
    let text = element("p", "ds-paragraph", ui.shell.crash_text)?;
    for child in [&heading, &text, &link] {
        notice.append_child(child).ok()?;
    }
    Some(notice)
}
