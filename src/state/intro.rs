//! Whether the start page's introduction is open, remembered for the next
//! visit.

/// The localStorage key of the choice.
const KEY: &str = "nettbutikken.intro";
/// The stored value of a folded introduction; anything else is open.
const CLOSED: &str = "closed";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Narrower than this (in CSS pixels), a first visit sees the introduction
/// folded, so a phone shows results above the fold.
const OPEN_FROM_WIDTH: f64 = 640.0;

/// Whether the introduction is open: as the user left it last time, or on
/// a first visit open on wide screens and folded on narrow ones.
pub fn intro_open() -> bool {
    match storage().and_then(|s| s.get_item(KEY).ok().flatten()) {
        Some(value) => value != CLOSED,
        None => web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|width| width.as_f64())
            .is_none_or(|width| width >= OPEN_FROM_WIDTH),
    }
}

/// Remembers whether the introduction is open; quietly does nothing where
/// storage is unavailable (private modes), where it opens on each visit.
pub fn remember_intro(open: bool) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, if open { "open" } else { CLOSED });
    }
}
