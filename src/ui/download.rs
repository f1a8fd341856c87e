//! Saving text as a file the user downloads.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a download named `file_name`, through a Blob URL and a
/// temporary `<a download>`; no server is involved.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys_array(text);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Revoke later: some browsers read the Blob after the click returns.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// Today's date, `YYYY-MM-DD`, for exports and the printed draft; the
/// core has no clock.
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

fn js_sys_array(text: &str) -> JsValue {
    // A one-element JS array of the text, as Blob's constructor wants.
    let array = js_sys::Array::new();
    array.push(&JsValue::from_str(text));
    array.into()
}
