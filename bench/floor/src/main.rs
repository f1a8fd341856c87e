//! Two routes, a text box, a derived list and a link: what every Leptos
//! app with a router has, and nothing of the shop's own.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

fn main() {
    console_error_panic_hook::set_once();
    mount_to_body(App);
}

/// The router with its two pages.
#[component]
fn App() -> impl IntoView {
    view! {
        <Router>
            <nav>
                <A href="">"Start"</A>
                <A href="om">"Om"</A>
            </nav>
            <main>
                <Routes fallback=|| "Fant ikke siden">
                    <Route path=path!("") view=Search />
                    <Route path=path!("om") view=|| view! { <p>"Om"</p> } />
                </Routes>
            </main>
        </Router>
    }
}

/// A text box filtering a list through a memo.
#[component]
fn Search() -> impl IntoView {
    let query = RwSignal::new(String::new());
    let words = ["elev", "karakter", "lånekassen", "skole", "kommune"];
    let hits = Memo::new(move |_| {
        let q = query.get();
        words
            .iter()
            .filter(|w| w.contains(q.as_str()))
            .map(|w| w.to_string())
            .collect::<Vec<_>>()
    });
    view! {
        <input prop:value=query on:input=move |e| query.set(event_target_value(&e)) />
        <ul>
            <For each=move || hits.get() key=|w| w.clone() let:w>
                <li>{w}</li>
            </For>
        </ul>
    }
}
