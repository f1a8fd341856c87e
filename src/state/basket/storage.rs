//! The browser's `localStorage`, as the basket uses it: a fresh read for
//! every change, and writes that report whether the browser took them.

use wasm_bindgen::{closure::Closure, JsCast};

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What `localStorage` holds under `key` right now: `Ok(None)` when
/// nothing, `Err(())` when the browser has no storage or refuses to read
/// it (then the tab's own state is all there is).
pub(super) fn read(key: &str) -> Result<Option<String>, ()> {
    storage().ok_or(())?.get_item(key).map_err(|_| ())
}

/// Writes `text` under `key`; false when the browser has no storage or
/// refuses (full, or disabled).
pub(super) fn write(key: &str, text: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, text).is_ok())
}

/// Calls `changed` with the old and new text whenever another tab changes
/// `key` (both `None` when it cleared the whole storage). The `storage`
/// event fires only in the other tabs, so this never echoes the tab's own
/// writes.
pub(super) fn on_change_elsewhere(
    key: &'static str,
    changed: impl Fn(Option<String>, Option<String>) + 'static,
) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            match event.key() {
                Some(k) if k == key => changed(event.old_value(), event.new_value()),
                Some(_) => {}
                // No key: `localStorage.clear()` in another tab.
                None => changed(None, None),
            }
        });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    // The listener lives as long as the page: the basket context does too.
    listener.forget();
}
