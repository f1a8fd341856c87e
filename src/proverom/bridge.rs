//! How the shop and the prøverom's page module talk. The module is a
//! second WebAssembly app (`src/bin/proverom_page.rs`), fetched only when
//! `?vis=proverom` opens, so the shop's first load does not carry the
//! prøverom's code. The two apps share the page and nothing else: they
//! talk by events on `window`, whose names and payloads are here.

use catalog::{Catalog, DetailShard};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit};

/// The module's loader, relative to `index.html` (so the prøverom works
/// under a sub-path); `scripts/build-proverom.sh` writes it.
pub const MODULE_URL: &str = "proverom/page.js";

/// The element the shop renders for the module to show its page in.
pub const HOST_ID: &str = "proverom-host";

/// Shop → module: the host is on the page, or the language changed.
/// Detail: the language code (`nb`, `nn`, `en`).
pub const ATTACH: &str = "nettbutikken:proverom-attach";

/// Module → shop: the module has started and shows its page.
pub const READY: &str = "nettbutikken:proverom-ready";

/// Module → shop: the module could not start. Detail: why, as text.
pub const FAILED: &str = "nettbutikken:proverom-failed";

/// Module → shop: preview this build. Detail: `{ nbcat: Uint8Array,
/// shards: [[path, json], …] }`.
pub const PREVIEW: &str = "nettbutikken:proverom-preview";

/// Sends `name` with `detail` on `window`.
pub fn send(name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_detail(detail);
    if let (Some(window), Ok(event)) = (
        web_sys::window(),
        CustomEvent::new_with_event_init_dict(name, &init),
    ) {
        let _ = window.dispatch_event(&event);
    }
}

/// The detail of an event, when it is a [`CustomEvent`].
pub fn detail(event: &web_sys::Event) -> JsValue {
    event
        .dyn_ref::<CustomEvent>()
        .map(CustomEvent::detail)
        .unwrap_or_default()
}

/// A build to preview, as [`PREVIEW`] carries it.
pub fn preview_detail(nbcat: &[u8], shards: &[(String, String)]) -> JsValue {
    let list = Array::new();
    for (path, json) in shards {
        list.push(&Array::of2(
            &JsValue::from_str(path),
            &JsValue::from_str(json),
        ));
    }
    let detail = Object::new();
    let _ = Reflect::set(&detail, &"nbcat".into(), &Uint8Array::from(nbcat));
    let _ = Reflect::set(&detail, &"shards".into(), &list);
    detail.into()
}

/// The catalog's bytes and the shards (path, JSON) of a [`PREVIEW`]
/// detail; empty parts for a detail of another shape, which the catalog's
/// decoder then refuses with its own message.
pub fn read_preview(detail: &JsValue) -> (Vec<u8>, Vec<(String, String)>) {
    let field = |key: &str| Reflect::get(detail, &key.into()).unwrap_or_default();
    let nbcat = field("nbcat")
        .dyn_into::<Uint8Array>()
        .map(|bytes| bytes.to_vec())
        .unwrap_or_default();
    let shards = field("shards")
        .dyn_into::<Array>()
        .map(|list| {
            list.iter()
                .filter_map(|pair| {
                    let pair = pair.dyn_into::<Array>().ok()?;
                    Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
                })
                .collect()
        })
        .unwrap_or_default();
    (nbcat, shards)
}

/// The built catalog and shards as the loader would have decoded them:
/// the catalog from its bytes (`catalog.nbcat`), the shards from JSON.
pub fn decode_preview(
    nbcat: &[u8],
    shards: &[(String, String)],
) -> Result<(Catalog, Vec<(String, DetailShard)>), String> {
    let catalog = Catalog::from_bytes(nbcat).map_err(|e| e.to_string())?;
    let shards = shards
        .iter()
        .map(|(path, json)| {
            DetailShard::from_json(json)
                .map(|s| (path.clone(), s))
                .map_err(|e| format!("{path}: {e}"))
        })
        .collect::<Result<_, _>>()?;
    Ok((catalog, shards))
}
