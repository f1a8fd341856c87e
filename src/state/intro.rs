//! Whether the start page's introduction is open, remembered for the next
//! visit.

/// The localStorage key of the choice.
const KEY: &str = "nettbutikken.intro";
/// The stored value of a folded introduction; anything else is open.
const CLOSED: &str = "closed";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// True unless the user folded the introduction away last time: a first
/// visit sees it.
pub fn intro_open() -> bool {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .is_none_or(|value| value != CLOSED)
}

/// Remembers whether the introduction is open; quietly does nothing where
/// storage is unavailable (private modes), where it opens on each visit.
pub fn remember_intro(open: bool) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, if open { "open" } else { CLOSED });
    }
}
