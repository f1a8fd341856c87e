//! Reading a dropped folder: a drop hands over folders as entries
//! (`webkitGetAsEntry`), read through their callbacks here, each file named
//! by its path inside the dropped folder as a picked folder's files are.

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The dropped items' entries, when at least one is a folder; `None` when
/// only files were dropped (their `FileList` is then enough).
pub fn folder_entries(transfer: &web_sys::DataTransfer) -> Option<Vec<JsValue>> {
    let items = Reflect::get(transfer, &"items".into()).ok()?;
    let length = Reflect::get(&items, &"length".into()).ok()?.as_f64()? as u32;
    let mut entries = Vec::new();
    for i in 0..length {
        let item = Reflect::get(&items, &i.into()).ok()?;
        let entry = call(&item, "webkitGetAsEntry", &[]).ok()?;
        if !entry.is_null() {
            entries.push(entry);
        }
    }
    entries.iter().any(is_directory).then_some(entries)
}

/// Every `.yaml`, `.yml` and `.json` file under `entries`, with its path
/// (the dropped folder's name first), as the builder walks a folder.
pub async fn read_entries(entries: Vec<JsValue>) -> Vec<(String, web_sys::File)> {
    let mut stack: Vec<JsValue> = entries;
    let mut files = Vec::new();
    while let Some(entry) = stack.pop() {
        let path = Reflect::get(&entry, &"fullPath".into())
            .ok()
            .and_then(|p| p.as_string())
            .unwrap_or_default();
        let path = path.trim_start_matches('/').to_owned();
        if is_directory(&entry) {
            let Ok(reader) = call(&entry, "createReader", &[]) else {
                continue;
            };
            // readEntries gives a batch at a time, an empty one at the end.
            loop {
                let batch = callback(&reader, "readEntries").await;
                let Some(batch) = batch.ok().and_then(|b| b.dyn_into::<Array>().ok()) else {
                    break;
                };
                if batch.length() == 0 {
                    break;
                }
                stack.extend(batch.iter());
            }
        } else if super::pick::is_metadata(&path) {
            if let Ok(file) = callback(&entry, "file").await {
                if let Ok(file) = file.dyn_into::<web_sys::File>() {
                    files.push((path, file));
                }
            }
        }
    }
    catalog::sorting::sort_by(&mut files, |a, b| a.0.cmp(&b.0));
    files
}

fn is_directory(entry: &JsValue) -> bool {
    Reflect::get(entry, &"isDirectory".into())
        .ok()
        .and_then(|d| d.as_bool())
        .unwrap_or(false)
}

/// Calls `target.name(...args)`.
fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let method: Function = Reflect::get(target, &name.into())?.dyn_into()?;
    method.apply(target, &args.iter().collect::<Array>())
}

/// Calls `target.name(resolve, reject)`, an entry's callback style, and
/// waits for the answer.
async fn callback(target: &JsValue, name: &str) -> Result<JsValue, JsValue> {
    let mut failed = None;
    let promise = Promise::new(&mut |resolve, reject| {
        if let Err(e) = call(target, name, &[resolve.into(), reject.into()]) {
            failed = Some(e);
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    JsFuture::from(promise).await
}
