//! A result row's technical name, with the search's marks, breaking only
//! after its underscores.

use crate::ui::Marked;
use catalog::Highlighted;
use leptos::prelude::*;

/// A technical name cut after each underscore ([`Highlighted::segments`]),
/// each part followed by a line break opportunity, so long names wrap only
/// there. Parts are positional slots like [`Marked`]'s, never fewer than
/// the row has had, so the next variable's name refills them.
#[component]
pub fn NameSegments(
    /// The technical name with the search's matches.
    name: Memo<Highlighted>,
) -> impl IntoView {
    let segments = Memo::new(move |previous: Option<&Vec<Highlighted>>| {
        let mut segments = name.read().segments();
        let keep = previous.map_or(0, Vec::len);
        if segments.len() < keep {
            segments.resize(keep, Highlighted::default());
        }
        segments
    });
    view! {
        <For
            each=move || 0..segments.read().len()
            key=|slot| *slot
            children=move |slot| {
                let marked = Memo::new(move |_| {
                    segments.read().get(slot).cloned().unwrap_or_default()
                });
                view! {
                    <Marked marked />
                    <wbr />
                }
            }
        />
    }
}
